// SPDX-License-Identifier: MIT
#pragma once

#include "calendarevent.h"

#include "store/outboxentry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

// How the calendar reads the outbox: which known events are being cancelled or moved, and which
// queued creates stand for new events. Pure: rows and journal entries in, events out, by start.
//
// - A create_client_event entry is a pending event (failed when the server refused it).
// - A delete_client_event hides the event it names while it waits; refused, the event shows again
//   with the reason.
// - A move is a delete and a create under one new local record key: the old event is hidden and
//   the create stands for the whole change; a refused delete marks the move failed.
namespace ct::models::CalendarMerge {

// The outbox calls that add and cancel events: the calendar follows their entries.
extern const QString createCall;   // create_client_event
extern const QString deleteCall;   // delete_client_event
bool isEventCall(const QString &callName);

struct Filter
{
    QStringList users;      // the users whose events show
    QString clientId;       // non-empty: only this contact's events, of every user
};

QList<CalendarEvent> merge(const QHash<QString, QJsonObject> &createdHere,
                           const QHash<QString, QJsonObject> &serverRows,
                           const QList<ct::store::OutboxEntry> &journal, const Filter &filter,
                           const std::function<QString(const QString &clientId)> &contactName);

} // namespace ct::models::CalendarMerge
