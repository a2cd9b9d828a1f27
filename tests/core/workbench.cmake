# SPDX-License-Identifier: MIT
vwb_add_test(tst_receiverservice SOURCES tst_receiverservice.cpp LIBS vwb_http vwb_journal vwb_sim vwb_workbench)
vwb_add_test(tst_simulatorservice SOURCES tst_simulatorservice.cpp LIBS vwb_sim vwb_workbench)
vwb_add_test(tst_requestlogmodel SOURCES tst_requestlogmodel.cpp LIBS vwb_workbench)
vwb_add_test(tst_quickstart SOURCES tst_quickstart.cpp LIBS vwb_workbench)
vwb_add_test(tst_profilesession SOURCES tst_profilesession.cpp LIBS vwb_api vwb_credentials vwb_http vwb_sim vwb_workbench)
vwb_add_test(tst_webhooklistmodel SOURCES tst_webhooklistmodel.cpp LIBS vwb_workbench)
vwb_add_test(tst_paymentlistmodel SOURCES tst_paymentlistmodel.cpp LIBS vwb_workbench)
vwb_add_test(tst_workspace SOURCES tst_workspace.cpp LIBS vwb_api vwb_credentials vwb_sim vwb_workbench)
