#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzzers of the request parser and of the chunked decoder with clang (ASan + UBSan + libFuzzer) and
# runs each in turn.
# Usage: scripts/fuzz.sh [BUILD_DIR]   (default: build-fuzz in the repository root)
# FUZZ_SECONDS (default 60) sets how long each runs. Exits non-zero when a fuzzer finds anything;
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
cmake --build "$build_dir" --target requestparser_fuzzer chunkeddecoder_fuzzer --parallel "${FUZZ_JOBS:-2}"

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

# Each fuzzer with its own seeds: fuzz/corpus for the request parser, fuzz/corpus-chunked for the decoder.
for run in requestparser:fuzz/corpus chunkeddecoder:fuzz/corpus-chunked; do
    target="${run%%:*}"
    cp -R "${run#*:}" "$work_dir/$target"
    "$build_dir/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$work_dir/$target"
done
