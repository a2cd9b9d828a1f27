# SPDX-License-Identifier: MIT
# Debian package with CPack, from the same build: `cpack -G DEB` in a configured and built build folder
# (scripts/package.sh does all of it: a Release build, the package, lintian). Included at the end of the
# top-level CMakeLists.txt, after every install() rule of the programs.
#
# Besides the programs, the desktop file, the icon and the AppStream metadata (src/app/CMakeLists.txt),
# every install gets the man pages and the copyright file; the Debian changelog is only put into the
# package (component `deb`, left out of a plain `cmake --install`).

set(VWB_DEB_PACKAGE vipps-webhook-workbench)
set(VWB_DEB_RELEASE 1 CACHE STRING "Debian revision of the package (the -N in VERSION-N)")
set(VWB_DEB_MAINTAINER
    "Vipps Webhook Workbench contributors <maintainers@users.noreply.r-seed-0dc54792.example>"
    CACHE STRING "Maintainer field of the Debian package: Name <email>")
set(VWB_DEB_VERSION "${PROJECT_VERSION}-${VWB_DEB_RELEASE}")
set(vwb_pkg_dir "${CMAKE_BINARY_DIR}/packaging")
set(vwb_pkg_src "${PROJECT_SOURCE_DIR}/resources")
set(vwb_pkg_docdir "${CMAKE_INSTALL_DATADIR}/doc/${VWB_DEB_PACKAGE}")

# This version's release date (YYYY-MM-DD), from its <release> in the AppStream metadata; today if none.
set(vwb_metainfo "${vwb_pkg_src}/desktop/org.vippswebhookworkbench.Workbench.metainfo.xml")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${vwb_metainfo}")
file(STRINGS "${vwb_metainfo}" vwb_release REGEX "<release version=\"${PROJECT_VERSION}\" date=\"[0-9-]+\"")
if(vwb_release MATCHES "date=\"([0-9]+-[0-9]+-[0-9]+)\"")
    set(VWB_RELEASE_DATE "${CMAKE_MATCH_1}")
else()
    string(TIMESTAMP VWB_RELEASE_DATE "%Y-%m-%d" UTC)
endif()

# Configures SRC (@VAR@ only) into DEST without its .gz and compresses that into DEST with `gzip -9n`
# (no name, no time stamp: what Debian policy and lintian want), again whenever SRC changes.
function(vwb_configure_gzip src dest)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${src}")
    string(REGEX REPLACE "\\.gz$" "" plain "${dest}")
    configure_file("${src}" "${plain}" @ONLY)
    execute_process(COMMAND gzip -9 -n -c "${plain}" OUTPUT_FILE "${dest}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip ${plain} failed: ${rc}")
    endif()
endfunction()

# Man pages, written from --help.
set(vwb_man_pages vipps-hooks)
if(BUILD_GUI)
    list(APPEND vwb_man_pages vipps-workbench)
endif()
foreach(page IN LISTS vwb_man_pages)
    vwb_configure_gzip("${vwb_pkg_src}/man/${page}.1.in" "${vwb_pkg_dir}/man/${page}.1.gz")
    install(FILES "${vwb_pkg_dir}/man/${page}.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# Machine-readable copyright (MIT; the AppStream metadata is CC0-1.0), and the README that Help → README opens.
install(FILES "${vwb_pkg_src}/debian/copyright" "${PROJECT_SOURCE_DIR}/README.md" DESTINATION "${vwb_pkg_docdir}")

# Debian changelog, one entry for this version, dated with its release date.
execute_process(COMMAND date -u -R -d "${VWB_RELEASE_DATE} 12:00:00"
                OUTPUT_VARIABLE VWB_DEB_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(VWB_DEB_DATE STREQUAL "")
    string(TIMESTAMP VWB_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()
vwb_configure_gzip("${vwb_pkg_src}/debian/changelog.in" "${vwb_pkg_dir}/changelog.Debian.gz")
install(FILES "${vwb_pkg_dir}/changelog.Debian.gz" DESTINATION "${vwb_pkg_docdir}"
        COMPONENT deb EXCLUDE_FROM_ALL)

# CPack: one .deb with everything a plain install puts in, plus the `deb` component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "${VWB_DEB_PACKAGE}")
set(CPACK_PACKAGE_VENDOR "Vipps Webhook Workbench contributors")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${VWB_DEB_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "receive, verify and simulate Vipps MobilePay webhooks locally")
set(CPACK_PACKAGE_DESCRIPTION [=[
Tools for developers who integrate Vipps MobilePay webhooks, working entirely
on the local machine.

vipps-hooks is a command-line tool: a local webhook receiver that checks the
HMAC signature of every delivery and journals it, an explanation of why a
captured delivery's signature does or does not match, clients for the access
token, Webhooks and ePayment APIs, a local Vipps simulator, and a sender of
correctly signed (or deliberately broken) events.

vipps-workbench is the Qt desktop app on the same core: credentials, webhooks
and payments panels, a live event log with an inspector that explains every
signature check, a guided quick start and the simulator built in.]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_INSTALL_CMAKE_PROJECTS
    "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/"
    "${CMAKE_BINARY_DIR};${PROJECT_NAME};deb;/")

set(CPACK_DEBIAN_PACKAGE_NAME "${VWB_DEB_PACKAGE}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${VWB_DEB_RELEASE}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${VWB_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# No homepage: the project metadata (README, AppStream) names none.
# Library dependencies (Qt 6, QtKeychain, libstdc++, libc) come from dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(BUILD_GUI)
    # The window icon is an SVG: Qt loads it through the plugins in libqt6svg6, which no binary links.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, qt6-translations-l10n")
endif()

include(CPack)
