// SPDX-License-Identifier: MIT
#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "ct.store", QtInfoMsg)
