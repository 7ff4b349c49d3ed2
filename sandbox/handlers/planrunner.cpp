// SPDX-License-Identifier: MIT
#include "planrunner.h"

#include "api/normalizer.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox::PlanRunner {

namespace {

void addPendingActions(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 planId,
                       const QVariant &eventId, QDate anchor)
{
    QSqlQuery steps = store.exec(u"SELECT step_order, step_type, day_offset, step_time, subject, body"
                                 " FROM action_steps WHERE action_plan_id=? ORDER BY step_order"_s,
                                 {planId});
    while (steps.next()) {
        const QDate due = anchor.addDays(steps.value(2).toInt());
        store.insert(u"INSERT INTO pending_actions (account_id, client_id, action_plan_id, event_id,"
                     " step_order, action_type, action_date, action_time, subject, body)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                     {accountId, clientId, planId, eventId, steps.value(0), steps.value(1),
                      ct::api::Normalizer::toApiDate(due), steps.value(3), steps.value(4),
                      steps.value(5)});
    }
}

} // namespace

QJsonObject plan(const SandboxStore &store, qint64 accountId, qint64 planId)
{
    return store.row(u"SELECT * FROM action_plans WHERE action_plan_id=? AND account_id=?"_s,
                     {planId, accountId});
}

qint64 connectionPlanFor(const SandboxStore &store, qint64 accountId, qint64 leadSourceId)
{
    return store.scalar(u"SELECT action_plan_id FROM action_plans WHERE account_id=?"
                        " AND action_plan_type='Connection' AND action_plan_link_id=?"
                        " ORDER BY action_plan_id LIMIT 1"_s,
                        {accountId, leadSourceId}).toLongLong();
}

void start(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 planId,
           QDate startDate, QJsonObject &fields)
{
    const QJsonObject p = plan(store, accountId, planId);
    if (p.isEmpty())
        return;
    fields.insert(u"action_plan_id"_s, QString::number(planId));
    if (p.value(u"action_plan_type"_s).toString() == u"Conversion") {
        const QString cycle = p.value(u"action_plan_link_id"_s).toString();
        if (!cycle.isEmpty() && cycle != u"0")
            fields.insert(u"sales_cycle_id"_s, cycle);
    }
    addPendingActions(store, accountId, clientId, planId, QVariant(), startDate);
}

void stop(const SandboxStore &store, qint64 clientId, qint64 planId)
{
    store.ok(u"DELETE FROM pending_actions WHERE client_id=? AND action_plan_id=? AND event_id IS NULL"_s,
             {clientId, planId});
}

void scheduleForEvent(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 planId,
                      qint64 eventId, QDate eventDate)
{
    addPendingActions(store, accountId, clientId, planId, eventId, eventDate);
}

void change(const SandboxStore &store, qint64 accountId, qint64 clientId, qint64 newPlanId,
            QDate today, QJsonObject &fields)
{
    const qint64 oldPlan = fields.value(u"action_plan_id"_s).toString().toLongLong();
    if (oldPlan == newPlanId)
        return;   // resending the running plan does not restart it
    if (oldPlan != 0)
        stop(store, clientId, oldPlan);
    fields.insert(u"action_plan_id"_s, QString::number(newPlanId));
    if (newPlanId != 0)
        start(store, accountId, clientId, newPlanId, today, fields);
}

} // namespace ct::sandbox::PlanRunner
