# SPDX-License-Identifier: MIT
vwb_add_test(tst_paymentledger SOURCES tst_paymentledger.cpp)
vwb_add_test(tst_simtoken SOURCES tst_simtoken.cpp)
vwb_add_test(tst_simwebhooks SOURCES tst_simwebhooks.cpp)
vwb_add_test(tst_simepayment SOURCES tst_simepayment.cpp)
vwb_add_test(tst_deliveryengine SOURCES tst_deliveryengine.cpp)
vwb_add_test(tst_landingpage SOURCES tst_landingpage.cpp)
vwb_add_test(tst_simulatorprofile SOURCES tst_simulatorprofile.cpp)
