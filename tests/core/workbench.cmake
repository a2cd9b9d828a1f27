# SPDX-License-Identifier: MIT
vwb_add_test(tst_receiverservice SOURCES tst_receiverservice.cpp)
vwb_add_test(tst_simulatorservice SOURCES tst_simulatorservice.cpp)
vwb_add_test(tst_requestlogmodel SOURCES tst_requestlogmodel.cpp)
vwb_add_test(tst_quickstart SOURCES tst_quickstart.cpp)
vwb_add_test(tst_profilesession SOURCES tst_profilesession.cpp)
vwb_add_test(tst_workspace SOURCES tst_workspace.cpp)
