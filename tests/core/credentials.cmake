# SPDX-License-Identifier: MIT
vwb_add_test(tst_profile SOURCES tst_profile.cpp LIBS vwb_credentials)
vwb_add_test(tst_profilestore SOURCES tst_profilestore.cpp LIBS vwb_credentials)
vwb_add_test(tst_secretstore SOURCES tst_secretstore.cpp LIBS vwb_credentials)
vwb_add_test(tst_keychainsecretstore SOURCES tst_keychainsecretstore.cpp LIBS vwb_credentials)
vwb_add_test(tst_secretresolver SOURCES tst_secretresolver.cpp LIBS vwb_credentials)
vwb_add_test(tst_profilewithsecrets SOURCES tst_profilewithsecrets.cpp LIBS vwb_credentials)

# The same keychain test against a real Secret Service, where the machine can run one.
find_program(DBUS_RUN_SESSION dbus-run-session)
find_program(GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON)
    add_test(NAME tst_keychainsecretstore_service
             COMMAND ${CMAKE_SOURCE_DIR}/tests/run-with-keyring.sh $<TARGET_FILE:tst_keychainsecretstore>)
    set_tests_properties(tst_keychainsecretstore_service PROPERTIES TIMEOUT 120)
endif()
