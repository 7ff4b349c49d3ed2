#!/bin/sh
# SPDX-License-Identifier: MIT
# Installs the build into a scratch prefix and compares what lands there with what a desktop
# package must hold: the console, its desktop entry, its icon (SVG and the hicolor PNG sizes) and
# its AppStream metainfo; never a test, a benchmark or the ctsandbox program.
#   check-install.sh BUILD_DIR APP_ID
set -eu
build=$1
id=$2
prefix=$(mktemp -d "${TMPDIR:-/tmp}/ctconsole-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null

expected=$(mktemp "${TMPDIR:-/tmp}/ctconsole-expected.XXXXXX")
trap 'rm -rf "$prefix" "$expected"' EXIT
{
    echo bin/ctconsole
    echo "share/applications/$id.desktop"
    echo "share/metainfo/$id.metainfo.xml"
    echo "share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 22 24 32 48 64 128 256; do
        echo "share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
} | sort > "$expected"

actual=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
if [ "$actual" != "$(cat "$expected")" ]; then
    echo "FAIL: the install tree differs from a desktop package's (- expected, + installed):" >&2
    printf '%s\n' "$actual" | diff "$expected" - >&2 || true
    exit 1
fi
# The PNGs really are icons of their size (the renderer ran), not empty files.
for size in 16 256; do
    png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
    header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
    case $header in
        89504e470d0a1a0a*) ;;
        *) echo "FAIL: $png is not a PNG" >&2; exit 1 ;;
    esac
    width=$((0x$(echo "$header" | cut -c33-40)))
    [ "$width" -eq "$size" ] || { echo "FAIL: $png is $width px wide, not $size" >&2; exit 1; }
done
echo "ok: $(printf '%s\n' "$actual" | wc -l) files, as a desktop package needs"
