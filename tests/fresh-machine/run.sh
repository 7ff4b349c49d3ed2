#!/bin/sh
# SPDX-License-Identifier: MIT
# Proves the README on a brand-new Debian 12 machine, as .ci/run does on every submission:
#  1. a pristine root (debootstrap --variant=minbase bookworm, the default mirror; the untouched
#     base system is kept as a tarball in $CT_FRESH_CACHE and unpacked anew for every root);
#  2. root A, from a fresh clone of this repository's HEAD (commit first: uncommitted changes are
#     not in it): apt-get install make, `make run` under Xvfb until the console's window has been
#     up for 20 s, `make test`, `make package`;
#  3. root B, pristine again: apt-get install ./ctconsole_*.deb, `ctconsole --version` with no
#     display, the demo under Xvfb for 20 s, then purge (nothing left but the user's data).
# Each root runs in its own PID and mount namespaces (enter-root.sh): everything it started ends
# with it. Needs root (debootstrap, chroot, namespaces) and the network to Debian's mirror.
#   tests/fresh-machine/run.sh [--new-base]     --new-base: debootstrap again instead of the tarball
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
cache=${CT_FRESH_CACHE:-/var/cache/ctconsole-fresh-machine}
base_tar=$cache/bookworm-minbase.tar

[ "$(id -u)" = 0 ] || { echo "run.sh needs root: debootstrap, chroot and namespaces" >&2; exit 1; }
[ "${1:-}" = "--new-base" ] && rm -f "$base_tar"

start=$(date +%s)
work=$(mktemp -d "${CT_FRESH_WORK:-/var/tmp}/ctconsole-fresh.XXXXXX")
export CT_PHASE_LOG="$work/phases.tsv"
: > "$CT_PHASE_LOG"
. "$here/phases.sh"

# The phases, host and roots alike, with their times: printed at the end, failed or not.
phase_table() {
    cat "$work/a/phases.tsv" "$work/b/tmp/ctconsole-pkg/phases.tsv" >> "$CT_PHASE_LOG" 2>/dev/null || true
    echo
    printf '%-62s %8s\n' "phase" "seconds"
    while IFS="$(printf '\t')" read -r name seconds; do
        printf '%-62s %8s\n' "$name" "$seconds"
    done < "$CT_PHASE_LOG"
    printf '%-62s %8s\n' "all" "$(( $(date +%s) - start ))"
}
cleanup() {
    status=$?
    phase_table
    if [ "$status" -eq 0 ]; then
        echo "=== fresh machine: every phase passed"
        # ctest's summary of the suite that ran in root A, last, for whoever reads the closing lines.
        grep -E 'tests passed|tests failed' "$work/a/root/make-test.log" | tail -n 1 || true
    else
        echo "=== fresh machine: FAILED (exit $status)" >&2
    fi
    # The roots' mounts lived in namespaces that are gone; refuse to delete through a mount anyway.
    if grep -q " $work/" /proc/self/mounts; then
        echo "run.sh: something is still mounted under $work; not removing it" >&2
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

host_tools() {
    missing=
    for tool in debootstrap unshare chroot git; do
        command -v "$tool" > /dev/null 2>&1 || missing="$missing $tool"
    done
    [ -z "$missing" ] && return 0
    echo "installing on the host: debootstrap (missing:$missing)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

base_system() {
    if [ -f "$base_tar" ]; then
        echo "the untouched base system from $base_tar ($(du -h "$base_tar" | cut -f1))"
        return 0
    fi
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$work/base" || return 1
    apt_clean_root "$work/base"
    tar --numeric-owner -C "$work/base" -cf "$base_tar.new" . && mv "$base_tar.new" "$base_tar"
    rm -rf --one-file-system "$work/base"
}
apt_clean_root() { rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*; }

new_root() {
    mkdir "$work/$1"
    tar --numeric-owner -C "$work/$1" -xf "$base_tar"
}
in_root() {
    root=$1
    shift
    # --kill-child: if run.sh is stopped, the namespace (and every process in it) goes too.
    unshare --fork --pid --mount --kill-child -- "$here/enter-root.sh" "$root" "$@"
}

phase "host: tools (debootstrap, unshare, chroot)" host_tools
phase "host: pristine Debian 12 base" base_system

prepare_root_a() {
    new_root a && git clone --quiet "$repo" "$work/a/root/ctconsole"
}
prepare_root_b() {
    new_root b && mkdir "$work/b/tmp/ctconsole-pkg" &&
    cp "$work"/a/root/ctconsole/build/ctconsole_*.deb "$here/window-up.sh" "$here/desktop-session.sh" "$here/phases.sh" \
       "$here/in-root-package.sh" "$work/b/tmp/ctconsole-pkg/" &&
    ls -l "$work"/b/tmp/ctconsole-pkg/ctconsole_*.deb &&
    dpkg-deb --field "$work"/b/tmp/ctconsole-pkg/ctconsole_*.deb Depends Recommends Installed-Size
}

phase "host: root A unpacked, fresh clone of HEAD ($(git -C "$repo" rev-parse --short HEAD))" prepare_root_a
in_root "$work/a" /bin/sh /root/ctconsole/tests/fresh-machine/in-root-source.sh
phase "host: root B unpacked, with the package" prepare_root_b
in_root "$work/b" /bin/sh /tmp/ctconsole-pkg/in-root-package.sh
