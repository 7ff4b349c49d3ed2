#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command that ends in the console's window (`make run`, which builds first, or
# `ctconsole --demo`) on the X display in DISPLAY, waits until the main window is mapped, keeps
# it up for SECONDS, then closes it. Fails when the command ends before, the window never shows,
# the console dies while up, or the demo did not open (the sign-in dialog is showing).
#   window-up.sh SECONDS COMMAND [ARGS...]
set -u
hold=$1
shift
wait_limit=${CT_WINDOW_WAIT:-3600}   # make run builds first: up to an hour on a slow machine
log=$(mktemp "${TMPDIR:-/tmp}/window-up.XXXXXX")

"$@" > "$log" 2>&1 &
command_pid=$!

windows() { xwininfo -root -tree 2>/dev/null; }
# What the console itself printed: under make, what follows make's echo of the console's command.
console_output() {
    if grep -q '^\./.*app/ctconsole' "$log"; then
        sed -n '\|^\./.*app/ctconsole|,$p' "$log" | tail -n +2
    else
        cat "$log"
    fi
}
console_pid() { pgrep -x ctconsole | head -n 1; }
fail() {
    echo "FAIL: $1" >&2
    echo "--- last output of: $*" >&2
    tail -n 60 "$log" >&2
    kill "$command_pid" 2>/dev/null
    exit 1
}

waited=0
until windows | grep -q '"ClientTether Console": '; do
    kill -0 "$command_pid" 2>/dev/null || fail "'$*' ended before the console's window showed"
    [ "$waited" -lt "$wait_limit" ] || fail "no console window after $wait_limit s"
    sleep 2
    waited=$((waited + 2))
done
echo "window-up: the console's window is mapped after ${waited} s; holding it for ${hold} s"

held=0
while [ "$held" -lt "$hold" ]; do
    [ -n "$(console_pid)" ] || fail "the console died ${held} s after its window showed"
    sleep 1
    held=$((held + 1))
done
if windows | grep -q '"Sign in to ClientTether'; then
    fail "the sign-in dialog is showing: the demo account did not open"
fi
windows | grep '"ClientTether Console": '

# Close it as a window manager would end a session: SIGTERM to the console, not to its parent.
pid=$(console_pid)
kill -TERM "$pid"
wait "$command_pid" 2>/dev/null
echo "window-up: closed after ${hold} s up; the console's own output (none is best):"
console_output | tail -n 20
# Warnings that a user would see on the terminal are failures of the install.
# (The session bus's own daemons, activated on demand, write to the same output: not the console.)
if console_output | grep -v -E '^(dbus-daemon|gnome-keyring-daemon|discover_other_daemon)' \
        | grep -E -i 'xkb|warning|could not|cannot|failed|not loaded|not found|not set'; then
    echo "FAIL: the console warned (above)" >&2
    exit 1
fi
rm -f "$log"
exit 0
