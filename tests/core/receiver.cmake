# SPDX-License-Identifier: MIT
vwb_add_test(tst_server SOURCES tst_server.cpp)
vwb_add_test(tst_webhookhandler SOURCES tst_webhookhandler.cpp)
vwb_add_test(tst_eventsummary SOURCES tst_eventsummary.cpp)
