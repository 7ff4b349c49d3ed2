// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblem.h"
#include "calendarevent.h"

#include "api/apicall.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTime>

namespace ct::store { class Outbox; class OutboxReplayer; struct OutboxEntry; }

namespace ct::models {

// What the user asks for in the event dialog, before it becomes create_client_event parameters.
struct EventDraft
{
    QString clientId;       // a client id, or a contact's local key while it is being created
    QString type;           // Call, Contact Reminder, Appointment
    QDate date;
    QTime time;
    QDate endDate;          // appointments only
    QTime endTime;
    QString userId;
    QString note;
    QString planId;         // a plan set for manual scheduling; empty for none

    // create_client_event's parameters: dates YYYY:MM:DD, times HH:MM:SS.
    ct::api::ApiParams params() const;
    static EventDraft fromEvent(const CalendarEvent &event);
};

// Queues the calendar's edits in the outbox: schedule (create_client_event), cancel
// (delete_client_event) and move, which the API can only do as a delete followed by a create.
//
// A move puts both halves under one new local record key ("event:local:<uuid>"): the outbox
// sends a record's entries one at a time in order, so the create never overtakes the delete, and
// a delete that fails stops the create behind it. Discarding either half discards the other
// (Outbox::discard), so the new time is never booked while the old one stays, nor the old one
// freed without the new one booked: the move succeeds, fails or goes away as one change.
class EventScheduling : public QObject
{
    Q_OBJECT

public:
    using Problem = FieldProblem;
    struct Outcome
    {
        bool accepted = false;
        QString key;        // the event's key in AppointmentsModel once accepted
        Problem problem;    // why not
    };

    EventScheduling(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, QObject *parent = nullptr);

    // The first problem of a draft, at its field (required keys, end after start, value limits).
    static QList<Problem> check(const EventDraft &draft);

    Outcome schedule(const EventDraft &draft);
    // Moves (or otherwise changes) an event: a queued create not yet sent is simply rewritten.
    Outcome move(const CalendarEvent &event, const EventDraft &to);
    Outcome cancel(const CalendarEvent &event);

    // Whether an outbox entry is half of a move, for describing it ("Move event").
    static bool isMoveHalf(const ct::store::Outbox &outbox, const ct::store::OutboxEntry &entry);
    // The Outbox area's words for a half of a move ("Move event (1 of 2…)"); empty for any other
    // entry. Given to OutboxModel::addActionDescriber.
    static QString describeInOutbox(const ct::store::Outbox &outbox, const ct::store::OutboxEntry &entry);

private:
    Outcome refused(const QString &message, const QString &key = {}) const;
    Outcome editQueuedCreate(const CalendarEvent &event, const ct::api::ApiParams &params);

    QPointer<ct::store::Outbox> m_outbox;
    QPointer<ct::store::OutboxReplayer> m_replayer;
};

} // namespace ct::models
