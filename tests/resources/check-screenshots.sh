#!/bin/sh
# SPDX-License-Identifier: MIT
# Every screenshot the AppStream metainfo names is one of the README's, so software centres show
# what the repository holds (and `make screenshots` keeps fresh).
#   check-screenshots.sh METAINFO SCREENSHOT_DIR
set -eu
metainfo=$1
dir=$2
images=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")
[ -n "$images" ] || { echo "FAIL: $metainfo names no screenshot" >&2; exit 1; }
status=0
for url in $images; do
    name=${url##*/}
    if [ -f "$dir/$name" ]; then
        echo "ok: $name"
    else
        echo "FAIL: $metainfo names $name, which is not in $dir" >&2
        status=1
    fi
done
exit $status
