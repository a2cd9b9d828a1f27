#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package: installs what is missing, makes a Release build in its own folder
# (BUILD_DIR, default build-package), runs `cpack -G DEB`, checks the result with lintian when it is
# installed, and prints the .deb's path as the last line.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-package}"

"$root/scripts/install-deps.sh" package

# Debian's compiler and linker flags (hardening), without -g: the package's binaries are stripped.
# From the source folder, so that -ffile-prefix-map (and with it the build) is the same wherever this runs.
export DEB_BUILD_MAINT_OPTIONS="${DEB_BUILD_MAINT_OPTIONS:-hardening=+all}"
flags() { (cd "$root" && dpkg-buildflags --get "$1") | sed -E 's/(^| )-g( |$)/ /g'; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_FLAGS="$(flags CPPFLAGS) $(flags CXXFLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(flags LDFLAGS)"
cmake --build "$build"

out="$build/deb"
rm -f "$out"/*.deb
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out"
debs=("$out"/*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f "${debs[0]}" ]]; then
    echo "cpack made no single .deb in $out" >&2
    exit 1
fi
deb="${debs[0]}"

status=0
if command -v lintian >/dev/null; then
    echo "lintian $deb"
    lintian "$deb" || status=$?
fi
echo "$deb"
exit "$status"
