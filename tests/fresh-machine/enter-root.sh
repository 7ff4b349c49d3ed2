#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs COMMAND inside the root folder ROOT as a machine of its own would: called by run.sh as
# PID 1 of new PID and mount namespaces (unshare --fork --pid --mount), it mounts a fresh /proc,
# /sys, a minimal /dev with its own devpts and /dev/shm, all private to the namespace, then
# chroots. When it returns the kernel ends every process left in the namespace and the mounts
# vanish with it: nothing of the host is shared but the network and the device nodes below.
#   enter-root.sh ROOT COMMAND [ARGS...]
set -eu
root=$1
shift
mount --make-rprivate /
# The root folder onto itself, so that inside it / is a mount point as on a machine of its own
# (suites that make their own mount namespace make / private, which needs a mount point there).
mount --bind "$root" "$root"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount -t tmpfs -o mode=0755,nosuid tmpfs "$root/dev"
for node in null zero full random urandom tty; do
    touch "$root/dev/$node"
    mount --bind "/dev/$node" "$root/dev/$node"
done
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$root/dev/pts"
ln -s pts/ptmx "$root/dev/ptmx"
ln -s /proc/self/fd "$root/dev/fd"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A clean environment, as a login on the new machine would have.
exec chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    ${CI:+CI=$CI} "$@"
