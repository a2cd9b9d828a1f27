#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what is missing, builds with warnings as errors, runs every test headless, then a short fuzz run.
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

if [[ "${SKIP_FUZZ:-0}" != 1 ]]; then
    FUZZ_SECONDS="${FUZZ_SECONDS:-60}" "$root/scripts/fuzz.sh" "$root/build-fuzz"
    echo "fuzz: ${FUZZ_SECONDS:-60} s on the request parser found nothing"
fi

# Repeat the test tally last, so it is the closing line whatever ran after the tests.
summary="$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -1)"
total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$summary")"
failed="$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$summary")"
echo "ctest: $((total - failed)) passed, $failed failed"
