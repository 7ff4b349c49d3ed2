#!/bin/sh
# SPDX-License-Identifier: MIT
# What a user's desktop login gives every program, stood in for in a root that has no desktop: a
# runtime folder (XDG_RUNTIME_DIR), an X display (Xvfb, 1440x900) and a session D-Bus, over which
# the console reaches the Secret Service. Runs COMMAND inside it.
#   desktop-session.sh COMMAND [ARGS...]
set -eu
runtime=/run/user/$(id -u)
mkdir -p "$runtime"
chmod 0700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
exec xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- "$@"
