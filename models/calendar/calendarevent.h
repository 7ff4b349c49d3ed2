// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace ct::models {

// One event as the calendar shows it: what the server reported, what this console created and
// the server confirmed, or what still waits in the outbox.
struct CalendarEvent
{
    QString key;            // "event:123"; "event:local:<uuid>" while its create is queued
    QString eventId;        // the server's id, empty while pending
    QString clientId;
    QString contactName;
    QString type;           // Call, Contact Reminder, Appointment
    QString note;
    QString userId;
    QString planId;         // event_manual_action_plan_id, empty when none
    QDateTime start;
    QDateTime end;          // start + 30 min when the event has no end (calls, reminders)
    SyncState sync = SyncState::Confirmed;
    QString error;          // the server's refusal of the queued change
    QUuid opId;             // the queued create (pending events)
    QString movedFromId;    // a pending move: the server id of the event it replaces

    bool isValid() const { return !key.isEmpty(); }
    bool isPending() const { return eventId.isEmpty(); }
};

// An event from a server row (read_appts_by_user_id) or from create_client_event parameters.
CalendarEvent calendarEventFromRow(const QJsonObject &row);

} // namespace ct::models
