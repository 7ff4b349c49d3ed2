// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

// Roles every model of the console answers beyond Qt's own, so views render edit states alike.
namespace ct::models {

enum Role {
    // How far the server has confirmed the row: a SyncState value.
    SyncStateRole = Qt::UserRole + 100,
    // The server's message for a failed edit of the row, empty otherwise.
    SyncErrorRole,
    // The field the server (or the validator) named, empty otherwise.
    SyncErrorKeyRole,
    // The record key ("client:8475832") the row shows.
    RecordKeyRole,
    // The outbox operation id of an outbox row (QUuid).
    OperationIdRole,
};

enum class SyncState {
    Confirmed = 0,   // what the server has
    Pending,         // accepted here, waiting in the outbox
    Failed,          // the server refused it; the outbox shows why
    Conflict,        // changed on the server meanwhile; the user decides
};

} // namespace ct::models
