#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian/Ubuntu packages that are missing. Usage: install-deps.sh [app|test|package]
set -euo pipefail

profile="${1:-app}"
# qt6-translations-l10n: Qt's own words (Cancel, Save, …) in Norwegian, Danish and Finnish.
packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev libgl-dev libssl-dev
    qt6-translations-l10n)
if [[ "$profile" == test ]]; then
    # clang for the libFuzzer target (its runtime is looked after below); a D-Bus session and GNOME
    # keyring give the keychain tests a real Secret Service; openssl makes the HTTPS tests' certificates.
    packages+=(clang dbus gnome-keyring openssl)
elif [[ "$profile" == package ]]; then
    # scripts/package.sh: CPack's DEB generator computes the dependencies with dpkg-shlibdeps (dpkg-dev)
    # and finds the binaries with file; lintian checks the result.
    packages+=(dpkg-dev file lintian)
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
updated=0

apt_install() {
    if ! command -v apt-get >/dev/null; then
        echo "Missing packages: $*" >&2
        echo "This script installs them with apt-get (Debian 12, Ubuntu 24.04); install them by other means." >&2
        exit 1
    fi
    if ((${#sudo[@]})) && ! command -v sudo >/dev/null; then
        echo "Missing packages: $*; run this as root or install sudo." >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    if ((updated == 0)); then
        "${sudo[@]}" apt-get update -qq
        updated=1
    fi
    echo "Installing: $*"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for p in "${packages[@]}"; do
    is_installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
    apt_install "${missing[@]}"
fi

# libFuzzer ships with clang's runtime, whose package name differs between releases
# (libclang-rt-dev on Debian 12, libclang-rt-NN-dev elsewhere).
if [[ "$profile" == test ]] && ! find "$(clang -print-resource-dir)" -name 'libclang_rt.fuzzer*.a' 2>/dev/null | grep -q .; then
    major="$(clang -dumpversion | cut -d. -f1)"
    apt_install libclang-rt-dev || apt_install "libclang-rt-${major}-dev"
fi
echo "All required packages are installed."
