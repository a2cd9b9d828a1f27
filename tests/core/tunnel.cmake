# SPDX-License-Identifier: MIT
vwb_add_test(tst_tunnelanswers SOURCES tst_tunnelanswers.cpp LIBS vwb_tunnel)
vwb_add_test(tst_tunnelfinder SOURCES tst_tunnelfinder.cpp LIBS vwb_tunnel)
vwb_add_test(tst_urlpreflight SOURCES tst_urlpreflight.cpp LIBS vwb_tunnel)
