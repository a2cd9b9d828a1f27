#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every translatable string of the app's sources is in each .ts file, and no .ts file keeps a string the sources
# no longer have. lupdate runs on copies, so the files in the tree stay as they are.
# Usage: check-extracted.sh CMAKE PROJECT_IN PROJECT_JSON GENERATOR LUPDATE TS...
set -euo pipefail
cmake="$1" project_in="$2" project_json="$3" generator="$4" lupdate="$5"
shift 5
if [[ ! -f "$project_in" || ! -f "$generator" ]]; then
    echo "skipped: this Qt writes its lupdate project elsewhere ($project_in)"
    exit 77
fi
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$project_json" -P "$generator"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    report="$("$lupdate" -project "$project_json" -ts "$copy" 2>&1 | grep -E 'source text|obsolete|Removed' || true)"
    new="$(sed -nE 's/.*\(([0-9]+) new and.*/\1/p' <<<"$report")"
    if [[ "$new" != 0 ]] || grep -qE 'Kept [1-9][0-9]* obsolete|Removed [1-9]' <<<"$report"; then
        echo "out of date: $ts"
        echo "$report"
        status=1
    else
        echo "up to date: $ts"
    fi
done
if ((status)); then
    echo "Run: cmake --build BUILD --target update_translations && scripts/carry-translations.py translations/*.ts"
    echo "then translate what is still unfinished."
fi
exit "$status"
