#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a test inside its own D-Bus session with an unlocked, throw-away GNOME keyring, so the
# keychain code is exercised against a real Secret Service. Usage: run-with-keyring.sh TEST [ARGS...]
set -euo pipefail
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" VWB_REQUIRE_KEYCHAIN=1
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c 'printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' _ "$@"
