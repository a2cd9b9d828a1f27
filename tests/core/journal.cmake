# SPDX-License-Identifier: MIT
vwb_add_test(tst_journalcodec SOURCES tst_journalcodec.cpp LIBS vwb_journal)
vwb_add_test(tst_journalreader SOURCES tst_journalreader.cpp LIBS vwb_journal)
vwb_add_test(tst_journalwriter SOURCES tst_journalwriter.cpp LIBS vwb_journal)
vwb_add_test(tst_journalcursor SOURCES tst_journalcursor.cpp LIBS vwb_journal)
vwb_add_test(tst_journalrotation SOURCES tst_journalrotation.cpp LIBS vwb_journal)
vwb_add_test(tst_journalcommit SOURCES tst_journalcommit.cpp LIBS vwb_journal)
vwb_add_test(tst_forwardcodec SOURCES tst_forwardcodec.cpp LIBS vwb_journal)
vwb_add_test(tst_journalforwards SOURCES tst_journalforwards.cpp LIBS vwb_journal)
