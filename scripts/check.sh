#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds with warnings as errors, runs every test headless, builds the programs
# optimised as the app's start does, then a short fuzz run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build-check}"

"$root/scripts/install-deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-Werror"
cmake --build "$build"

export QT_QPA_PLATFORM=offscreen
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
ctest --test-dir "$build" --output-on-failure --timeout 300 -j2 | tee "$log"

# The Debian package, made by CPack from this (Debug) build: seconds, where scripts/package.sh's own
# Release build takes minutes. Needs dpkg-dev; SKIP_PACKAGE=1 leaves it out. On CI, as root, the package is
# also installed with dpkg -i and removed again (DPKG_INSTALL=1); elsewhere it is only unpacked.
if [[ "${SKIP_PACKAGE:-0}" != 1 ]] && { [[ $(id -u) -eq 0 ]] || command -v dpkg-deb >/dev/null; }; then
    "$root/scripts/install-deps.sh" package
    rm -rf "$build/deb"
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$build/deb" >/dev/null
    debs=("$build"/deb/*.deb)
    lintian "${debs[0]}"
    if [[ -n "${CI:-}" && $(id -u) -eq 0 ]]; then
        export DPKG_INSTALL=1
    fi
    "$root/tests/install/check-deb.sh" "${debs[0]}"
fi

# The programs built as the README's first command builds them (scripts/start.sh: optimised, no tests): an
# optimised build can fail where the Debug one links, when a call the Debug build inlines has no symbol of its own.
if [[ "${SKIP_OPTIMISED:-0}" != 1 ]]; then
    cmake -S "$root" -B "$root/build-optimised" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF \
        -DCMAKE_CXX_FLAGS="-Werror" >/dev/null
    cmake --build "$root/build-optimised" --target vipps-workbench vipps-hooks >/dev/null
    echo "optimised build: vipps-workbench and vipps-hooks build and link"
fi

if [[ "${SKIP_FUZZ:-0}" != 1 ]]; then
    FUZZ_SECONDS="${FUZZ_SECONDS:-60}" "$root/scripts/fuzz.sh" "$root/build-fuzz"
    echo "fuzz: ${FUZZ_SECONDS:-60} s each on the request parser and the chunked decoder found nothing"
fi

# Repeat the test tally last, so it is the closing line whatever ran after the tests.
summary="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)"
total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary")"
failed="$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$summary")"
echo "ctest: $((total - failed)) passed, $failed failed"
