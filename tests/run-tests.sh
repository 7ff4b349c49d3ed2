#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs every ctest suite headless. Each suite gets its own throwaway HOME and private D-Bus
# session with a real Secret Service (gnome-keyring) from ctest itself (tests/common/test-session.sh),
# so plain `ctest` in a build directory does the same; this script adds that the keychain suites
# must run here (a missing Secret Service fails instead of skipping).
#   tests/run-tests.sh [BUILD_DIR]          run ctest
#   tests/run-tests.sh --exec CMD [ARGS]    run CMD in the same kind of session (screenshots)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
export CT_REQUIRE_SECRET_SERVICE=1
# As root (make test in a container, CI's pristine root) the disk-problem suites can make their
# mount namespaces: there a suite that cannot fails instead of skipping.
if [ "$(id -u)" = 0 ]; then export CT_REQUIRE_MOUNT_NAMESPACE=1; fi
if [ "${1:-}" = "--exec" ]; then
    shift
    exec "$here/common/test-session.sh" --secret-service "$@"
fi
build_dir=${1:-build}
jobs=$(nproc 2>/dev/null || echo 2)
exec ctest --test-dir "$build_dir" --output-on-failure --timeout 900 -j "$jobs"
