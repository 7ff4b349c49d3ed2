// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// The ct.store logging category: the local database, the outbox and its replayer. Parameter
// values are personal data and never appear at info level; credentials never reach the store.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
