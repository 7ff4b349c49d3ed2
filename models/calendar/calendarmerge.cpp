// SPDX-License-Identifier: MIT
#include "calendarmerge.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxEntry;
using ct::store::OutboxState;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace CalendarMerge {

const QString createCall = ct::api::callName(ct::api::Call::CreateClientEvent);
const QString deleteCall = ct::api::callName(ct::api::Call::DeleteClientEvent);

bool isEventCall(const QString &callName)
{
    return callName == createCall || callName == deleteCall;
}

QList<CalendarEvent> merge(const QHash<QString, QJsonObject> &createdHere,
                           const QHash<QString, QJsonObject> &serverRows,
                           const QList<OutboxEntry> &journal, const Filter &filter,
                           const std::function<QString(const QString &clientId)> &contactName)
{
    const bool allUsers = !filter.clientId.isEmpty();
    const auto shown = [&](const CalendarEvent &e) {
        if (!filter.clientId.isEmpty() && e.clientId != filter.clientId)
            return false;
        return allUsers || filter.users.contains(e.userId);
    };

    // The outbox in journal order: which events are being cancelled, which are moving.
    QList<const OutboxEntry *> entries;
    for (const OutboxEntry &e : journal) {
        if (isEventCall(e.callName))
            entries.append(&e);
    }
    QSet<QString> createRecords;
    for (const OutboxEntry *e : std::as_const(entries)) {
        if (e->callName == createCall)
            createRecords.insert(e->recordKey);
    }
    QHash<QString, const OutboxEntry *> deletes;        // event id or local key -> its delete
    QHash<QString, const OutboxEntry *> moveDeletes;    // record key of a move -> its first half
    for (const OutboxEntry *e : std::as_const(entries)) {
        if (e->callName != deleteCall)
            continue;
        const QString id = e->params.value(u"event_id"_s);
        deletes.insert(id, e);
        // A move: the delete of the old event shares its record with the create of the new one.
        if (RecordKey::isLocal(e->recordKey) && e->recordKey != id && createRecords.contains(e->recordKey))
            moveDeletes.insert(e->recordKey, e);
    }
    const auto isMoveHalf = [&moveDeletes](const OutboxEntry *d) {
        return moveDeletes.value(d->recordKey) == d;
    };

    QList<CalendarEvent> out;
    // What the server reported wins over what this console remembers making.
    QHash<QString, QJsonObject> known = createdHere;
    for (auto it = serverRows.cbegin(); it != serverRows.cend(); ++it)
        known.insert(it.key(), it.value());
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        CalendarEvent e = calendarEventFromRow(it.value());
        e.eventId = it.key();
        e.key = RecordKey::make(u"event"_s, it.key());
        if (e.contactName.isEmpty())
            e.contactName = contactName(e.clientId);
        if (const OutboxEntry *d = deletes.value(it.key())) {
            if (isMoveHalf(d))
                continue;   // the pending event at the new time stands for the whole move
            if (d->state != OutboxState::Failed)
                continue;   // cancelled here; the server is being told
            e.sync = SyncState::Failed;
            e.error = QCoreApplication::translate("ct::models::CalendarMerge", "Could not cancel: %1").arg(d->lastError);
        }
        if (shown(e))
            out.append(e);
    }
    for (const OutboxEntry *c : std::as_const(entries)) {
        if (c->callName != createCall)
            continue;
        QJsonObject row;
        for (auto p = c->params.cbegin(); p != c->params.cend(); ++p)
            row.insert(p.key(), p.value());
        CalendarEvent e = calendarEventFromRow(row);
        e.key = RecordKey::isLocal(c->recordKey) ? c->recordKey : u"op:"_s + c->opId.toString(QUuid::WithoutBraces);
        e.eventId.clear();
        e.opId = c->opId;
        e.contactName = contactName(e.clientId);
        const bool failed = c->state == OutboxState::Failed || c->state == OutboxState::Conflict;
        e.sync = failed ? SyncState::Failed : SyncState::Pending;
        e.error = c->lastError;
        if (const OutboxEntry *d = deletes.value(e.key); d && d->state != OutboxState::Failed)
            continue;   // cancelled before the server confirmed it
        if (const OutboxEntry *d = moveDeletes.value(c->recordKey)) {
            e.movedFromId = d->params.value(u"event_id"_s);
            if (d->state == OutboxState::Failed) {
                e.sync = SyncState::Failed;
                e.error = QCoreApplication::translate("ct::models::CalendarMerge", "Could not move: %1").arg(d->lastError);
            }
        }
        if (shown(e))
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.start != b.start ? a.start < b.start : a.key < b.key;
    });
    return out;
}

} // namespace CalendarMerge
} // namespace ct::models
