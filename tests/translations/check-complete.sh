#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every .ts file given is complete: lrelease finds no unfinished and no untranslated message.
set -euo pipefail
lrelease="$1"
shift
status=0
for ts in "$@"; do
    report="$("$lrelease" "$ts" -qm /dev/null 2>&1)"
    if ! grep -q "(.* finished and 0 unfinished)" <<<"$report" || grep -q "untranslated" <<<"$report"; then
        echo "incomplete: $ts"
        echo "$report"
        status=1
    else
        echo "complete: $ts ($(grep -o 'Generated [0-9]*' <<<"$report"))"
    fi
done
exit "$status"
