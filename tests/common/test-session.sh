#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs one test program the way every suite expects, whoever starts it (ctest, an IDE's test
# runner, tests/run-tests.sh, make screenshots):
#   - a throwaway HOME and XDG folders, so no test reads or writes the user's own settings, data
#     or keyring;
#   - QT_QPA_PLATFORM=offscreen, so no window appears on the user's screen;
#   - a private D-Bus session with its own gnome-keyring (a real Secret Service), when the
#     machine has dbus-run-session and gnome-keyring-daemon.
#
#   test-session.sh [--secret-service] PROGRAM [ARGS...]
#
# --secret-service marks a suite that cannot run without the Secret Service: where none can be
# started it says why and exits 77, which ctest shows as "Skipped" (SKIP_RETURN_CODE), never as
# passed. With CT_REQUIRE_SECRET_SERVICE=1 (make test, CI) that is a failure instead.
set -eu

needs_secrets=
if [ "${1:-}" = "--secret-service" ]; then
    needs_secrets=1
    shift
fi
[ $# -ge 1 ] || { echo "usage: $0 [--secret-service] PROGRAM [ARGS...]" >&2; exit 2; }

no_secret_service() {
    if [ -n "$needs_secrets" ]; then
        if [ "${CT_REQUIRE_SECRET_SERVICE:-}" = 1 ]; then
            echo "FAIL: this suite needs a Secret Service and none could be started: $1" >&2
            exit 1
        fi
        echo "SKIPPED: this suite needs a Secret Service and none could be started: $1" >&2
        echo "         (install dbus and gnome-keyring: make deps-test)" >&2
        exit 77
    fi
}

# Second stage: inside the private bus that the first stage started.
if [ "${CT_TEST_SESSION_STAGE:-}" = bus ]; then
    unset CT_TEST_SESSION_STAGE
    # A known password unlocks (and creates) the login keyring without a prompt. The daemon
    # ends with the private bus.
    if keyring_env=$(echo ct-test-keyring | gnome-keyring-daemon --unlock --components=secrets 2>&1); then
        eval "$keyring_env"
        export GNOME_KEYRING_CONTROL 2>/dev/null || true
    fi
    # The daemon forks and registers its name on the bus a moment later: wait for it (5 s at most).
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true'; do
        tries=$((tries + 1))
        if [ "$tries" -gt 50 ]; then
            no_secret_service "gnome-keyring-daemon did not register org.freedesktop.secrets within 5 s"
            break
        fi
        sleep 0.1
    done
    exec "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ctconsole-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# The user's own session bus and keyring are never the tests' business.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

status=0
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1 \
        && command -v dbus-send >/dev/null 2>&1; then
    CT_TEST_SESSION_STAGE=bus dbus-run-session -- "$0" ${needs_secrets:+--secret-service} "$@" || status=$?
else
    no_secret_service "dbus-run-session, dbus-send or gnome-keyring-daemon is not installed"
    "$@" || status=$?
fi
exit "$status"
