# SPDX-License-Identifier: MIT
vwb_add_test(tst_problemdetails SOURCES tst_problemdetails.cpp)
vwb_add_test(tst_curl SOURCES tst_curl.cpp)
vwb_add_test(tst_eventcatalog SOURCES tst_eventcatalog.cpp)
vwb_add_test(tst_epaymentrequest SOURCES tst_epaymentrequest.cpp)
vwb_add_test(tst_accesstoken SOURCES tst_accesstoken.cpp)
vwb_add_test(tst_tokenprovider SOURCES tst_tokenprovider.cpp)
vwb_add_test(tst_apiclient SOURCES tst_apiclient.cpp)
