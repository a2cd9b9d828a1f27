# SPDX-License-Identifier: MIT
vwb_add_test(tst_receiverservice SOURCES tst_receiverservice.cpp)
