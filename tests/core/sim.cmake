# SPDX-License-Identifier: MIT
vwb_add_test(tst_paymentledger SOURCES tst_paymentledger.cpp LIBS vwb_sim)
vwb_add_test(tst_simtoken SOURCES tst_simtoken.cpp LIBS vwb_api vwb_http vwb_sim)
vwb_add_test(tst_simwebhooks SOURCES tst_simwebhooks.cpp LIBS vwb_api vwb_http vwb_signature vwb_sim)
vwb_add_test(tst_simepayment SOURCES tst_simepayment.cpp LIBS vwb_api vwb_http vwb_sim)
vwb_add_test(tst_deliveryengine SOURCES tst_deliveryengine.cpp LIBS vwb_http vwb_signature vwb_sim)
vwb_add_test(tst_landingpage SOURCES tst_landingpage.cpp LIBS vwb_api vwb_http vwb_sim)
vwb_add_test(tst_simulatorprofile SOURCES tst_simulatorprofile.cpp LIBS vwb_credentials vwb_sim)
