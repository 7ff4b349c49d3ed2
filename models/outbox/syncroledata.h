// SPDX-License-Identifier: MIT
#pragma once

#include "recordsynctracker.h"

#include <QVariant>

namespace ct::models {

// What a row edited through the outbox answers for the roles that tell where its edits stand
// (SyncStateRole, SyncErrorRole, SyncErrorKeyRole, RecordKeyRole) and for Qt::ForegroundRole (red
// while the server refuses it), so every tree of records shows those states alike. Any other
// role: an invalid QVariant, for the model to answer itself.
QVariant syncRoleData(const RecordSyncTracker::Status &status, const QString &recordKey, int role);

} // namespace ct::models
