#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the request parser fuzzer with clang (ASan + UBSan + libFuzzer) and runs it.
# Usage: scripts/fuzz.sh [BUILD_DIR]   (default: build-fuzz in the repository root)
# FUZZ_SECONDS (default 60) sets how long it runs. Exits non-zero when the fuzzer finds anything;
# the crashing input is left in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail

build_dir=""
if [[ $# -gt 0 ]]; then
    case "$1" in
    /*) build_dir="$1" ;;
    *) build_dir="$PWD/$1" ;;
    esac
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir="${build_dir:-$PWD/build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"

CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFUZZ=ON -DBUILD_GUI=OFF -DBUILD_TESTING=OFF
cmake --build "$build_dir" --target requestparser_fuzzer --parallel "${FUZZ_JOBS:-2}"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
cp -R fuzz/corpus "$work_dir/corpus"
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

"$build_dir/fuzz/requestparser_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work_dir/corpus"
