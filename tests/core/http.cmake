# SPDX-License-Identifier: MIT
vwb_add_test(tst_requestparser SOURCES tst_requestparser.cpp LIBS vwb_http)
vwb_add_test(tst_chunkeddecoder SOURCES tst_chunkeddecoder.cpp LIBS vwb_http)
vwb_add_test(tst_httpmessage SOURCES tst_httpmessage.cpp LIBS vwb_http)
vwb_add_test(tst_boundedreply SOURCES tst_boundedreply.cpp LIBS vwb_http)
