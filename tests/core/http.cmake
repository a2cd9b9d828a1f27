# SPDX-License-Identifier: MIT
vwb_add_test(tst_requestparser SOURCES tst_requestparser.cpp)
vwb_add_test(tst_chunkeddecoder SOURCES tst_chunkeddecoder.cpp)
