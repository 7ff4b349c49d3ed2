// SPDX-License-Identifier: MIT
#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "ct.sandbox")
