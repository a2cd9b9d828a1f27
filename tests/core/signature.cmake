# SPDX-License-Identifier: MIT
vwb_add_test(tst_scheme SOURCES tst_scheme.cpp signaturetesthelpers.h LIBS vwb_signature)
vwb_add_test(tst_verifier SOURCES tst_verifier.cpp signaturetesthelpers.h LIBS vwb_signature)
vwb_add_test(tst_signer SOURCES tst_signer.cpp signaturetesthelpers.h LIBS vwb_signature)
vwb_add_test(tst_digest SOURCES tst_digest.cpp LIBS vwb_signature)
vwb_add_test(tst_phrase SOURCES tst_phrase.cpp LIBS vwb_signature)
vwb_add_test(tst_translatedreasons SOURCES tst_translatedreasons.cpp signaturetesthelpers.h LIBS vwb_signature)
