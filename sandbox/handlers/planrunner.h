// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxstore.h"

#include <QDate>
#include <QJsonObject>

// Runs action plans the way the document describes: a started plan turns its steps into pending
// actions scheduled by day offset from the start; a Conversion plan linked to a sales cycle moves
// the client to that cycle; a Connection plan linked to a lead source starts for new clients of
// that source; changing the plan removes the old plan's pending actions.
namespace ct::sandbox::PlanRunner {

// The plan's row (action_plan_id, type, link id ...) if it belongs to the account; empty if not.
QJsonObject plan(const SandboxStore &store, qint64 accountId, qint64 planId);

// The Connection plan linked to a lead source, 0 when none.
qint64 connectionPlanFor(const SandboxStore &store, qint64 accountId, qint64 leadSourceId);

// Starts `planId` for the client: writes the pending actions and sets action_plan_id (and the
// sales cycle for a linked Conversion plan) in `fields`; the caller saves the fields.
void start(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 planId,
           QDate startDate, QJsonObject &fields);

// Removes the pending actions that a client's running plan produced.
void stop(const SandboxStore &store, qint64 clientId, qint64 planId);

// An event's manual-schedule plan: pending actions anchored at the event date, tied to the event.
void scheduleForEvent(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 planId,
                      qint64 eventId, QDate eventDate);

// Applies a new action_plan_id to a client: stops the old plan, starts the new one (0: none).
void change(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 newPlanId,
            QDate today, QJsonObject &fields);

} // namespace ct::sandbox::PlanRunner
