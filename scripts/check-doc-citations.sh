#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that every citation of the project's docs in src/, tests/, bench/, fuzz/, tools/ and scripts/ resolves.
# Usage: scripts/check-doc-citations.sh [REPO_ROOT]   (default: the folder above this script)
#
# A citation is a docs file name ending in .md, optionally followed by section numbers and a quoted heading:
#   <docs>/NAME.md   <docs>/NAME.md §3   <docs>/NAME.md §3 "Limits"   §6 and §7   §6, §9   §5-§7   §7 (and §3 "X")
# The file must exist; each §N needs a line "## N. " in it; a quoted heading must be part of a "###" or "####"
# heading between that line and the next "## ". A heading quoted at the start of the next line (a wrapped
# comment) belongs to the citation that ended the line before.
# Prints every broken citation as "path:line: <docs>/NAME.md §N "X": reason" and exits 1 if there is any;
# otherwise prints one line with the counts and exits 0.
set -euo pipefail

root="${1:-$(dirname "${BASH_SOURCE[0]}")/..}"
if [[ ! -d "$root" ]]; then
    echo "check-doc-citations: $root is not a folder" >&2
    exit 2
fi
cd "$root"
self="scripts/$(basename "${BASH_SOURCE[0]}")"

dirs=()
for dir in src tests bench fuzz tools scripts; do
    [[ -d "$dir" ]] && dirs+=("$dir")
done
if [[ ${#dirs[@]} -eq 0 ]]; then
    echo "check-doc-citations: no src/, tests/, bench/, fuzz/, tools/ or scripts/ under $PWD" >&2
    exit 2
fi

# Text files that mention a docs file at all; this script's own examples are not citations.
files=()
while IFS= read -r file; do
    [[ "$file" == "$self" ]] || files+=("$file")
done < <(grep -rlIE 'docs/[A-Za-z0-9_.-]+\.md' "${dirs[@]}" 2>/dev/null | LC_ALL=C sort)

if [[ ${#files[@]} -eq 0 ]]; then
    echo "check-doc-citations: no doc citations found"
    exit 0
fi

# Byte semantics everywhere: "§" is the two bytes C2 A7 both in the sources and in the patterns below.
LC_ALL=C awk '
function load(name,    path, line, n, fence) {
    if (name in loaded)
        return loaded[name]
    path = "docs/" name
    n = ""
    fence = 0
    while ((getline line < path) > 0) {
        if (line ~ /^[ ]*(```|~~~)/) {
            fence = !fence
            continue
        }
        if (fence)
            continue
        if (line ~ /^## [0-9]+\. /) {
            n = line
            sub(/^## /, "", n)
            sub(/\..*$/, "", n)
            n = n + 0
            section[name, n] = 1
            subs[name, n] = ""
        } else if (line ~ /^## /) {
            n = ""
        } else if (n != "" && line ~ /^####? /) {
            sub(/^####? +/, "", line)
            subs[name, n] = subs[name, n] "\n" line "\n"
        }
    }
    close(path)
    loaded[name] = 1
    return 1
}
function exists(name,    path, line, r) {
    if (name in present)
        return present[name]
    path = "docs/" name
    r = (getline line < path)
    close(path)
    present[name] = (r >= 0) ? 1 : 0
    return present[name]
}
function label(name, n, heading) {
    return "docs/" name (n != "" ? " §" n : "") (heading != "" ? " \"" heading "\"" : "")
}
function check(file, lineno, name, n, heading,    text) {
    refs++
    if (!exists(name)) {
        fail(file, lineno, label(name, n, heading), "docs/" name " does not exist")
        return
    }
    if (n == "")
        return
    load(name)
    if (!((name, n + 0) in section)) {
        fail(file, lineno, label(name, n, heading), "no heading \"## " n ". \" in docs/" name)
        return
    }
    if (heading != "" && index(subs[name, n + 0], heading) == 0)
        fail(file, lineno, label(name, n, heading), "no ### or #### heading containing \"" heading "\" in §" n)
}
function fail(file, lineno, what, reason) {
    printf "%s:%d: %s: %s\n", file, lineno, what, reason
    broken++
}
function flush(nextline,    h) {
    if (!pending)
        return
    pending = 0
    h = ""
    if (nextline != "" && match(nextline, /^[ \t]*(\/\/+|#+|\*+|--)?[ \t]*"[^"]+"/)) {
        h = substr(nextline, RSTART, RLENGTH)
        sub(/^[^"]*"/, "", h)
        sub(/"$/, "", h)
    }
    check(pfile, pline, pname, pn, h)
}
# One line: every citation on it, each with its chain of section numbers.
function scan(file, lineno, text,    rest, name, s, seg, n, prev, range, heading, m) {
    rest = text
    while (match(rest, /docs\/[A-Za-z0-9_.-]+\.md/)) {
        name = substr(rest, RSTART + 5, RLENGTH - 5)
        rest = substr(rest, RSTART + RLENGTH)
        citations++
        cited[name] = 1
        s = rest
        sub(/^`/, "", s)
        if (!match(s, /^ §[0-9]+/)) {
            check(file, lineno, name, "", "")
            continue
        }
        prev = ""
        range = 0
        while (1) {
            seg = substr(s, RSTART, RLENGTH)
            s = substr(s, RSTART + RLENGTH)
            n = seg
            sub(/^.*§/, "", n)
            n = n + 0
            heading = ""
            if (match(s, /^ "[^"]+"/)) {
                heading = substr(s, RSTART + 2, RLENGTH - 3)
                s = substr(s, RSTART + RLENGTH)
            }
            if (range && prev != "" && prev + 0 < n) {
                for (m = prev + 1; m < n; m++)
                    check(file, lineno, name, m, "")
            }
            if (heading == "" && s ~ /^[ \t]*$/) {
                # The heading may follow on the next line.
                pending = 1
                pfile = file; pline = lineno; pname = name; pn = n
            } else {
                check(file, lineno, name, n, heading)
            }
            prev = n
            if (match(s, /^(-|–)§[0-9]+/)) {
                range = 1
            } else if (match(s, /^,? +((and|or|\(and|\(see|to) +)?§[0-9]+/)) {
                range = (s ~ /^,? +to +§/)
            } else {
                break
            }
        }
    }
}
FNR == 1 { flush("") }
{
    flush($0)
    scan(FILENAME, FNR, $0)
}
END {
    flush("")
    if (broken > 0) {
        printf "check-doc-citations: %d of %d section references broken (%d citations)\n", broken, refs, citations > "/dev/stderr"
        exit 1
    }
    ndocs = 0
    for (d in cited)
        ndocs++
    printf "check-doc-citations: %d citations of %d docs, %d section references, all resolve\n", citations, ndocs, refs
}
' "${files[@]}"
