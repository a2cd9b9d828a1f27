#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the README's screenshots from the real app (docs/screenshots/*.png). Uses Xvfb when it is
# installed, so the window gets a real window manager-free X11 surface; otherwise Qt's offscreen platform.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
out="${1:-$root/docs/screenshots}"

cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target vwb-screenshots vipps-workbench
tool="$build/tools/screenshots/vwb-screenshots"
translations="$build/src/app" # the compiled .qm files

# A throw-away home: the screenshots never show (or touch) your own profiles, keys or journal.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# English and Norwegian, at full HD-ish and at 1024×700, the smallest size the window is made for.
for language in "" nb; do
    for size in 1600x1000 1024x700; do
        args=("$out" --size "$size")
        [[ -n "$language" ]] && args+=(--language "$language" --translations "$translations")
        if command -v xvfb-run >/dev/null; then
            xvfb-run -a -s "-screen 0 ${size}x24" "$tool" "${args[@]}"
        else
            QT_QPA_PLATFORM=offscreen "$tool" "${args[@]}"
        fi
    done
done
