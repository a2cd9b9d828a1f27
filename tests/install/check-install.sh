#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `cmake --install` puts both programs, the desktop file, the icon and the AppStream metadata where a
# desktop finds them; the metadata validates when appstreamcli is installed.
set -euo pipefail
build="$1"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
id=org.vippswebhookworkbench.Workbench
status=0
for file in bin/vipps-hooks bin/vipps-workbench "share/applications/$id.desktop" \
            "share/metainfo/$id.metainfo.xml" share/icons/hicolor/scalable/apps/vipps-workbench.svg; do
    if [[ -f "$prefix/$file" ]]; then
        echo "installed: $file"
    else
        echo "missing: $file"
        status=1
    fi
done
grep -q '^Icon=vipps-workbench$' "$prefix/share/applications/$id.desktop" || { echo "desktop file names another icon"; status=1; }
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" || status=1
fi
exit "$status"
