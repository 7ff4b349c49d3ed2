#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a freedesktop validator (desktop-file-validate, appstreamcli) and fails on anything it
# reports. Where the validator is not installed the test is reported as skipped (exit 77), not
# passed: make deps-test installs both.
#   validate.sh TOOL [ARGS...]
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (make deps-test installs it)" >&2
    exit 77
fi
output=$("$@" 2>&1)
status=$?
printf '%s\n' "$output"
# desktop-file-validate exits 0 on hints and warnings too: any line it prints is a finding.
if [ "$tool" = desktop-file-validate ] && [ -n "$output" ]; then
    exit 1
fi
exit $status
