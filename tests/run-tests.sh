#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs every ctest suite headless, inside a private D-Bus session with a real Secret Service
# (gnome-keyring), so credential tests never touch the user's own keyring.
#   tests/run-tests.sh [BUILD_DIR]          run ctest
#   tests/run-tests.sh --exec CMD [ARGS]    run CMD in the same kind of session (screenshots)
set -eu
build_dir=${1:-build}

if [ -z "${CT_IN_TEST_SESSION:-}" ]; then
    export CT_IN_TEST_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

# A throwaway home for the keyring and every XDG folder the suites might write.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ctconsole-tests.XXXXXX")
# The keyring daemon ends with the private bus; kill it early only when it told us its pid
# (a bare "kill 0" would signal this whole process group, make and CI included).
trap 'if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null || true; fi; rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A known password unlocks (and creates) the login keyring without a prompt.
eval "$(echo ct-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL GNOME_KEYRING_PID 2>/dev/null || true

export QT_QPA_PLATFORM=offscreen
if [ "$build_dir" = "--exec" ]; then
    shift
    "$@"
    exit $?
fi
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j "$jobs"
