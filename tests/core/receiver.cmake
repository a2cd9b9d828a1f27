# SPDX-License-Identifier: MIT
vwb_add_test(tst_server SOURCES tst_server.cpp LIBS vwb_http)
vwb_add_test(tst_deferredanswer SOURCES tst_deferredanswer.cpp LIBS vwb_http)
vwb_add_test(tst_webhookhandler SOURCES tst_webhookhandler.cpp LIBS vwb_http vwb_journal vwb_receiver vwb_signature)
vwb_add_test(tst_eventsummary SOURCES tst_eventsummary.cpp LIBS vwb_receiver)
vwb_add_test(tst_receiverhost SOURCES tst_receiverhost.cpp LIBS vwb_http vwb_journal vwb_receiver vwb_signature)
vwb_add_test(tst_serverframing SOURCES tst_serverframing.cpp LIBS vwb_http)
vwb_add_test(tst_forwarder SOURCES tst_forwarder.cpp LIBS vwb_http vwb_journal vwb_receiver)
vwb_add_test(tst_groupcommit SOURCES tst_groupcommit.cpp LIBS vwb_http vwb_journal vwb_receiver vwb_signature)
