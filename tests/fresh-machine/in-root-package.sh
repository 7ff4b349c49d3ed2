#!/bin/sh
# SPDX-License-Identifier: MIT
# Inside a second pristine Debian 12 root: the package as a user installs it. /tmp/ctconsole-pkg
# holds the .deb and the harness scripts. Installs it with apt (recommends included, as apt does by
# default), runs --version before any display exists, the demo under Xvfb for 20 seconds, then
# purges the package and checks that nothing of it is left but the user's data.
set -u
. /tmp/ctconsole-pkg/phases.sh
export DEBIAN_FRONTEND=noninteractive
export CT_PHASE_LOG=/tmp/ctconsole-pkg/phases.tsv   # run.sh reads it from outside the root
cd /tmp/ctconsole-pkg

install_package() {
    apt-get update -qq && apt-get install -y -qq ./ctconsole_*.deb
}
version_without_display() {
    out=$(ctconsole --version 2>&1) || { echo "$out"; return 1; }
    echo "$out"
    case $out in "ctconsole "[0-9]*) ;; *) return 1 ;; esac
}
display_stand_in() {
    apt-get install -y -qq --no-install-recommends xvfb xauth x11-utils procps dbus
}
purge_leaves_only_user_data() {
    dpkg-query -L ctconsole | while read -r path; do [ -d "$path" ] || echo "$path"; done > files
    echo "the package installed $(wc -l < files) files"
    apt-get purge -y -qq ctconsole || return 1
    left=0
    while read -r path; do
        if [ -e "$path" ]; then echo "left behind: $path"; left=1; fi
    done < files
    [ "$left" -eq 0 ] || return 1
    data="$HOME/.local/share/ClientTether Console/ctconsole"
    if [ -d "$data" ]; then
        echo "the user's data is kept: $data ($(find "$data" -type f | wc -l) files)"
    else
        echo "FAIL: the demo wrote no data where expected ($data)"; return 1
    fi
}

phase "root B: apt-get install ./ctconsole_*.deb" install_package
phase "root B: ctconsole --version without a display" version_without_display
phase "root B: install the display stand-in" display_stand_in
phase "root B: ctconsole --demo, window up for 20 s" \
    ./desktop-session.sh ./window-up.sh 20 ctconsole --demo
phase "root B: apt-get purge ctconsole" purge_leaves_only_user_data
