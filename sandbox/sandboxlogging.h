// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// One category for the sandbox. Log lines name which credentials were present, never their values.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
