// SPDX-License-Identifier: MIT
#include "syncroledata.h"

#include "modelroles.h"

#include <QBrush>
#include <QColor>

namespace ct::models {

QVariant syncRoleData(const RecordSyncTracker::Status &status, const QString &recordKey, int role)
{
    switch (role) {
    case Qt::ForegroundRole:
        if (status.state == SyncState::Failed || status.state == SyncState::Conflict)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case SyncStateRole: return int(status.state);
    case SyncErrorRole: return status.error;
    case SyncErrorKeyRole: return status.errorKey;
    case RecordKeyRole: return recordKey;
    }
    return {};
}

} // namespace ct::models
