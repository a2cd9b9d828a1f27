# SPDX-License-Identifier: MIT
vwb_add_test(tst_eventlogmodel SOURCES tst_eventlogmodel.cpp)
vwb_add_test(tst_eventfiltermodel SOURCES tst_eventfiltermodel.cpp)
vwb_add_test(tst_requestexport SOURCES tst_requestexport.cpp)
