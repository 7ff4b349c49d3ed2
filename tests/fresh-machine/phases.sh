# SPDX-License-Identifier: MIT
# Sourced by the fresh-machine scripts: `phase NAME COMMAND...` runs a command as one timed phase,
# announces it, and appends "NAME<TAB>seconds" to $CT_PHASE_LOG; a failing phase fails the script.
phase() {
    _name=$1
    shift
    echo
    echo "=== phase: $_name"
    _start=$(date +%s)
    "$@"
    _status=$?
    _seconds=$(( $(date +%s) - _start ))
    if [ -n "${CT_PHASE_LOG:-}" ]; then
        printf '%s\t%s\n' "$_name" "$_seconds" >> "$CT_PHASE_LOG"
    fi
    if [ "$_status" -ne 0 ]; then
        echo "=== phase failed after ${_seconds} s: $_name (exit $_status)" >&2
        exit "$_status"
    fi
    echo "=== phase done in ${_seconds} s: $_name"
}
