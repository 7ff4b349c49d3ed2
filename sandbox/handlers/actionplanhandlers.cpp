// SPDX-License-Identifier: MIT
#include "actionplanhandlers.h"

#include "answers.h"
#include "cataloghandlers.h"
#include "planrunner.h"

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;

namespace ct::sandbox::ActionPlanHandlers {

namespace {

const QString planSelect =
    u"SELECT p.action_plan_id, p.action_plan_name, p.action_plan_type, p.action_plan_link_id,"
    " COALESCE(CASE p.action_plan_type WHEN 'Connection' THEN ls.lead_source_name"
    " WHEN 'Conversion' THEN sc.sales_cycle_name END, '') AS action_plan_link_name,"
    " p.action_plan_next_plan_id, COALESCE(n.action_plan_name, '') AS action_plan_next_plan_name,"
    " p.action_plan_manual_schedule FROM action_plans p"
    " LEFT JOIN lead_sources ls ON ls.lead_source_id = p.action_plan_link_id"
    " LEFT JOIN sales_cycles sc ON sc.sales_cycle_id = p.action_plan_link_id"
    " LEFT JOIN action_plans n ON n.action_plan_id = p.action_plan_next_plan_id"
    " WHERE p.account_id = ? "_s;

// The document's two-level shape: each plan carries its "Action Steps".
QJsonArray withSteps(const CallContext &ctx, const QJsonArray &plans)
{
    QJsonArray out;
    for (const QJsonValue &value : plans) {
        QJsonObject plan = value.toObject();
        plan.insert(u"Action Steps"_s, ctx.store.rows(
            u"SELECT step_order AS \"Order\", step_type AS \"Type\", day_offset AS \"Date\","
            " step_time AS \"Time\", subject AS \"Subject\", body AS \"Body\" FROM action_steps"
            " WHERE action_plan_id=? ORDER BY step_order"_s,
            {plan.value(u"action_plan_id"_s).toString().toLongLong()}));
        out.append(plan);
    }
    return out;
}

QJsonArray planRows(const CallContext &ctx, qint64 id)
{
    return withSteps(ctx, ctx.store.rows(planSelect + u"AND p.action_plan_id = ?"_s, {ctx.account.id, id}));
}

// A link must name a record of the right kind: a lead source for a Connection plan, a sales
// cycle for a Conversion plan; a Retention plan links to nothing.
QString badLinks(const CallContext &ctx, const QString &type, qint64 selfId)
{
    const qint64 link = ctx.value(u"action_plan_link_id"_s).toLongLong();
    if (link != 0) {
        QString table, column;
        if (type == u"Connection") {
            table = u"lead_sources"_s;
            column = u"lead_source_id"_s;
        } else if (type == u"Conversion") {
            table = u"sales_cycles"_s;
            column = u"sales_cycle_id"_s;
        } else {
            return u"action_plan_link_id"_s;
        }
        if (!ctx.store.scalar(u"SELECT 1 FROM %1 WHERE %2=? AND account_id=?"_s.arg(table, column),
                              {link, ctx.account.id}).isValid())
            return u"action_plan_link_id"_s;
    }
    const qint64 next = ctx.value(u"action_plan_next_plan_id"_s).toLongLong();
    if (next != 0 && (next == selfId || PlanRunner::plan(ctx.store, ctx.account.id, next).isEmpty()))
        return u"action_plan_next_plan_id"_s;
    return {};
}

QVariant idOrNull(const CallContext &ctx, const QString &key)
{
    const qint64 v = ctx.value(key).toLongLong();
    return v ? QVariant(v) : QVariant();
}

QJsonObject createPlan(const CallContext &ctx)
{
    if (const QString bad = badLinks(ctx, ctx.value(u"action_plan_type"_s), 0); !bad.isEmpty())
        return Answers::validation(bad);
    const qint64 id = ctx.store.insert(
        u"INSERT INTO action_plans (account_id, action_plan_name, action_plan_type,"
        " action_plan_link_id, action_plan_next_plan_id) VALUES (?,?,?,?,?)"_s,
        {ctx.account.id, ctx.value(u"action_plan_name"_s), ctx.value(u"action_plan_type"_s),
         idOrNull(ctx, u"action_plan_link_id"_s), idOrNull(ctx, u"action_plan_next_plan_id"_s)});
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    return Answers::written(planRows(ctx, id));
}

QJsonObject readPlan(const CallContext &ctx)
{
    const QJsonArray rows = planRows(ctx, ctx.value(u"action_plan_id"_s).toLongLong());
    return rows.isEmpty() ? Answers::code(NoRecord) : Answers::read(rows);
}

QJsonObject readPlanList(const CallContext &ctx)
{
    // action_plan_name is matched like SQL "LIKE 'name%'" (the document's words).
    QString prefix = ctx.value(u"action_plan_name"_s);
    prefix.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return Answers::read(withSteps(ctx, ctx.store.rows(
        planSelect + u"AND p.action_plan_name LIKE ? ESCAPE '\\' ORDER BY p.action_plan_id"_s,
        {ctx.account.id, prefix + u'%'})));
}

QJsonObject updatePlan(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"action_plan_id"_s).toLongLong();
    const QJsonObject current = PlanRunner::plan(ctx.store, ctx.account.id, id);
    if (current.isEmpty())
        return Answers::code(NoRecord);
    const QString type = ctx.has(u"action_plan_type"_s) ? ctx.value(u"action_plan_type"_s)
                                                       : current.value(u"action_plan_type"_s).toString();
    if (const QString bad = badLinks(ctx, type, id); !bad.isEmpty())
        return Answers::validation(bad);
    CatalogHandlers::updateColumns(ctx, u"action_plans"_s, u"action_plan_id"_s, id,
                                   {u"action_plan_name"_s, u"action_plan_type"_s});
    for (const QString key : {u"action_plan_link_id"_s, u"action_plan_next_plan_id"_s}) {
        if (ctx.given(key))
            ctx.store.ok(u"UPDATE action_plans SET %1=? WHERE action_plan_id=?"_s.arg(key),
                         {idOrNull(ctx, key), id});
    }
    return Answers::written(planRows(ctx, id));
}

} // namespace

void registerAll(HandlerTable &t)
{
    t.insert(u"create_action_plan"_s, createPlan);
    t.insert(u"read_action_plan_by_id"_s, readPlan);
    t.insert(u"read_action_plan_list"_s, readPlanList);
    t.insert(u"update_action_plan_by_id"_s, updatePlan);
}

} // namespace ct::sandbox::ActionPlanHandlers
