#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks the Debian package made by scripts/package.sh (or `cpack -G DEB`): its control fields and
# library dependencies, its files, and that the programs run from a copy extracted into a throw-away
# root. Usage: check-deb.sh PACKAGE.deb
# With DPKG_INSTALL=1 (root only) it also installs the package with dpkg -i, runs vipps-hooks from
# /usr/bin and removes the package again; it refuses if the package is already installed.
set -euo pipefail

deb="$(realpath "$1")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
package="$(field Package)"
version="$(field Version)"
upstream="${version%-*}"
[[ "$package" == vipps-webhook-workbench ]] || fail "Package is '$package'"
[[ "$(field Section)" == devel ]] || fail "Section is '$(field Section)'"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is '$(field Maintainer)'"
depends="$(field Depends)"
echo "Depends: $depends"
# dpkg-shlibdeps ran: the Qt 6 and QtKeychain runtime libraries are there, no development package is.
names="$(sed -E 's/ *\([^)]*\)//g; s/ *[,|] */\n/g' <<<"$depends")"
for lib in libc6 libstdc++6 libqt6core6 libqt6network6 libqt6gui6 libqt6widgets6 libqt6keychain1; do
    grep -Fxq "$lib" <<<"$names" || fail "Depends lacks $lib"
done
if grep -E -- '-dev$' <<<"$names"; then
    fail "Depends names a development package"
fi

# Files.
dpkg-deb -x "$deb" "$tmp/root"
id=org.vippswebhookworkbench.Workbench
doc="usr/share/doc/$package"
for file in usr/bin/vipps-hooks usr/bin/vipps-workbench "usr/share/applications/$id.desktop" \
            "usr/share/metainfo/$id.metainfo.xml" usr/share/icons/hicolor/scalable/apps/vipps-workbench.svg \
            usr/share/man/man1/vipps-hooks.1.gz usr/share/man/man1/vipps-workbench.1.gz \
            "$doc/copyright" "$doc/changelog.Debian.gz"; do
    [[ -f "$tmp/root/$file" ]] || fail "missing: /$file"
done
if dpkg-deb -c "$deb" | awk '{print $NF}' | grep -Ev '^\./usr/' | grep -Evx '\./'; then
    fail "files outside /usr"
fi
head -1 "$tmp/root/$doc/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    fail "copyright is not in the machine-readable format"
for gz in "$tmp/root/$doc/changelog.Debian.gz" "$tmp/root"/usr/share/man/man1/*.gz; do
    gzip -t "$gz" || fail "not gzip: $gz"
done
zcat "$tmp/root/$doc/changelog.Debian.gz" | head -1 | grep -q "^$package ($version) " ||
    fail "changelog's first entry is not $package ($version)"
if command -v file >/dev/null; then
    for program in vipps-hooks vipps-workbench; do
        file -b "$tmp/root/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped"
    done
fi

# The extracted programs find every library and run. A throw-away home and no D-Bus session: the first
# start of vipps-workbench creates its simulator profile, which must touch neither this user's files
# nor their keychain.
mkdir -p "$tmp/home"
mkdir -m 700 "$tmp/runtime"
run() {
    env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
        XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime" \
        DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-bus" QT_QPA_PLATFORM=offscreen "$@"
}
for program in vipps-hooks vipps-workbench; do
    if ldd "$tmp/root/usr/bin/$program" | grep 'not found'; then
        fail "$program: libraries not found"
    fi
done
got="$(run "$tmp/root/usr/bin/vipps-hooks" --version)" || fail "vipps-hooks --version failed"
echo "vipps-hooks --version: $got"
[[ "$got" == "vipps-hooks $upstream" ]] || fail "vipps-hooks --version printed '$got', not 'vipps-hooks $upstream'"
run "$tmp/root/usr/bin/vipps-hooks" --help | grep -q '^Usage: vipps-hooks' || fail "vipps-hooks --help"
got="$(run "$tmp/root/usr/bin/vipps-workbench" --version)" || fail "vipps-workbench --version failed"
echo "vipps-workbench --version: $got"
[[ "$got" == "vipps-workbench $upstream" ]] || fail "vipps-workbench --version printed '$got'"
# The app itself must start and keep running until stopped, its window shown on the offscreen platform.
rc=0
run timeout 5 "$tmp/root/usr/bin/vipps-workbench" >"$tmp/workbench.log" 2>&1 || rc=$?
if [[ $rc -eq 124 ]]; then
    echo "vipps-workbench: still running after 5 s, stopped"
else
    fail "vipps-workbench exited with $rc within 5 s"
    cat "$tmp/workbench.log"
fi

if [[ "${DPKG_INSTALL:-0}" == 1 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        fail "DPKG_INSTALL=1 needs root"
    elif dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q installed; then
        fail "$package is already installed; not touching it"
    else
        dpkg -i "$deb"
        got="$(/usr/bin/vipps-hooks --version)" || true
        echo "installed vipps-hooks --version: $got"
        [[ "$got" == "vipps-hooks $upstream" ]] || fail "installed vipps-hooks --version printed '$got'"
        dpkg -r "$package"
        [[ ! -e /usr/bin/vipps-hooks ]] || fail "/usr/bin/vipps-hooks left after dpkg -r"
    fi
fi

if [[ $status -eq 0 ]]; then
    echo "check-deb: $(basename "$deb") is fine"
fi
exit "$status"
