// SPDX-License-Identifier: MIT
#include "sandboxlogging.h"

// Per-request lines are debug output: quiet in tests and benchmarks unless asked for.
Q_LOGGING_CATEGORY(lcSandbox, "ct.sandbox", QtInfoMsg)
