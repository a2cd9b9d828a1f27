#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Each library of src/ includes only its own headers and those of the libraries its CMakeLists.txt links
# (docs/architecture.md §1). The link lines are the one list of who may use whom; this reads them and checks
# every #include "area/..." against them, so a lower layer reaching for a higher one fails here with the
# file and line, before anything is compiled. Usage: check-layers.sh [repository root]
set -euo pipefail

root="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$root/src"

# The vwb_* libraries a folder's CMakeLists.txt names in its link lists, as folder names.
linked_areas() {
    grep -oE 'vwb_[a-z]+' "$1/CMakeLists.txt" | sed 's/^vwb_//' | sort -u
}

declare -A allowed
for dir in core/*/; do
    area="$(basename "$dir")"
    allowed[$area]="$area $(linked_areas "core/$area" | tr '\n' ' ')"
done
core_areas="$(for dir in core/*/; do basename "$dir"; done | tr '\n' ' ')"
# The programs' libraries: the whole core below them, and their own folder.
allowed[cli]="cli $core_areas"
allowed[gui]="gui $core_areas"

broken=0
checked=0
check_folder() {
    local folder="$1" area="$2"
    while IFS=: read -r file line text; do
        checked=$((checked + 1))
        local target
        target="$(sed -E 's/^#include "([a-z]+)\/.*/\1/' <<<"$text")"
        if [[ " ${allowed[$area]} " != *" $target "* ]]; then
            echo "src/$file:$line: $area includes $target, which its CMakeLists.txt does not link ($text)"
            broken=$((broken + 1))
        fi
    done < <(grep -rnE '^#include "[a-z]+/' "$folder" --include='*.h' --include='*.cpp' || true)
}

for dir in core/*/; do
    check_folder "$dir" "$(basename "$dir")"
done
check_folder cli cli
check_folder gui gui

if ((broken > 0)); then
    echo "check-layers: $broken of $checked includes cross a layer the build does not allow"
    exit 1
fi
echo "check-layers: $checked includes, each within the libraries its folder links"
