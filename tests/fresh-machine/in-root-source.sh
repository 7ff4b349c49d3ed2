#!/bin/sh
# SPDX-License-Identifier: MIT
# Inside a pristine Debian 12 root, from a fresh clone in /root/ctconsole: what a new user does
# with the README. Only `make` is installed by hand, as the README says; xvfb stands in for the
# user's desktop session: a display and a session bus (desktop-session.sh). Then the README's two
# commands, then the package.
set -u
cd /root/ctconsole
. tests/fresh-machine/phases.sh
export DEBIAN_FRONTEND=noninteractive
export CT_PHASE_LOG=/phases.tsv   # run.sh reads it from outside the root

harness_packages() {
    apt-get update -qq && apt-get install -y -qq --no-install-recommends make xvfb xauth x11-utils procps dbus
}
phase "root A: apt-get install make (and the display stand-in)" harness_packages
phase "root A: make run, window up for 20 s" \
    tests/fresh-machine/desktop-session.sh tests/fresh-machine/window-up.sh 20 make run
# Also kept in a file: run.sh ends its output with ctest's summary line.
make_test() {
    { make test; echo $? > /root/make-test.rc; } 2>&1 | tee /root/make-test.log
    return "$(cat /root/make-test.rc)"
}
phase "root A: make test" make_test
phase "root A: make package" make package
