# SPDX-License-Identifier: MIT
vwb_add_test(tst_base SOURCES tst_base.cpp LIBS vwb_base)
