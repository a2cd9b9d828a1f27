# SPDX-License-Identifier: MIT
vwb_add_test(tst_eventlogmodel SOURCES tst_eventlogmodel.cpp LIBS vwb_events vwb_receiver)
vwb_add_test(tst_eventfiltermodel SOURCES tst_eventfiltermodel.cpp LIBS vwb_events vwb_receiver)
vwb_add_test(tst_requestexport SOURCES tst_requestexport.cpp LIBS vwb_events)
vwb_add_test(tst_journalhistory SOURCES tst_journalhistory.cpp LIBS vwb_events vwb_journal vwb_receiver vwb_signature)
vwb_add_test(tst_historyforwards SOURCES tst_historyforwards.cpp LIBS vwb_events vwb_journal vwb_signature)
