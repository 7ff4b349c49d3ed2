#!/bin/sh
# SPDX-License-Identifier: MIT
# --version and --help print and exit without a display: no X11, no Wayland, no platform plugin
# asked for (over ssh, in a package's smoke test).
#   check-commandline.sh CTCONSOLE VERSION
set -u
console=$1
version=$2
status=0
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$console" "$@" 2>&1
}
out=$(run --version); rc=$?
if [ $rc -ne 0 ] || [ "$out" != "ctconsole $version" ]; then
    echo "FAIL: --version without a display exited $rc and printed: $out" >&2
    status=1
else
    echo "ok: --version prints '$out'"
fi
out=$(run --help); rc=$?
case $out in
    *--demo*--api-url*) [ $rc -eq 0 ] || status=1 ;;
    *) status=1 ;;
esac
if [ $status -ne 0 ]; then
    echo "FAIL: --help without a display exited $rc and printed: $out" >&2
else
    echo "ok: --help lists the options"
fi
exit $status
