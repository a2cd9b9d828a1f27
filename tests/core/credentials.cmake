# SPDX-License-Identifier: MIT
vwb_add_test(tst_profile SOURCES tst_profile.cpp)
vwb_add_test(tst_profilestore SOURCES tst_profilestore.cpp)
vwb_add_test(tst_secretstore SOURCES tst_secretstore.cpp)
vwb_add_test(tst_keychainsecretstore SOURCES tst_keychainsecretstore.cpp)
