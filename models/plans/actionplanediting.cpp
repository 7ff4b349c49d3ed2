// SPDX-License-Identifier: MIT
#include "actionplanediting.h"

#include "actionplansmodel.h"

#include "api/validator.h"
#include "store/outbox.h"

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString planEntity = u"action_plan"_s;

} // namespace

ActionPlanEditing::ActionPlanEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                                     ActionPlansModel *plans, QObject *parent)
    : OutboxEditing(outbox, replayer, parent)
    , m_plans(plans)
{
}

ActionPlanEditing::Problem ActionPlanEditing::check(const ct::api::ApiParams &fields, bool creating)
{
    const QString name = fields.value(u"action_plan_name"_s);
    if ((creating || fields.contains(u"action_plan_name"_s)) && name.trimmed().isEmpty())
        return {u"action_plan_name"_s, tr("A plan needs a name.")};
    const QString type = fields.value(u"action_plan_type"_s);
    if (creating && type.isEmpty())
        return {u"action_plan_type"_s, tr("Choose the plan's type.")};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (RecordKey::isLocal(it.value()))
            continue;   // a plan not yet created: the outbox sends its id once it has one
        const QString reason = ct::api::Validator::problemWith(it.key(), it.value());
        if (!reason.isEmpty())
            return {it.key(), reason};
    }
    // The document: Connection plans link to a lead source, Conversion plans to a sales cycle;
    // a Retention plan has nothing to link to.
    const QString link = fields.value(u"action_plan_link_id"_s);
    if (type == u"Retention" && !link.isEmpty() && link != u"0")
        return {u"action_plan_link_id"_s, tr("A Retention plan links to no lead source or sales cycle.")};
    return {};
}

QString ActionPlanEditing::createPlan(const ct::api::ApiParams &fields)
{
    clearError();
    ct::api::ApiParams params;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isEmpty())
            params.insert(it.key(), it.value());
    }
    params.insert(u"action_plan_name"_s, fields.value(u"action_plan_name"_s).trimmed());
    if (const Problem problem = check(params, true); !problem.isEmpty()) {
        fail(problem.key, problem.message);
        return {};
    }
    const QString localKey = RecordKey::newLocal(planEntity);
    if (!queue(ct::api::Call::CreateActionPlan, params, localKey))
        return {};
    if (m_plans)
        m_plans->insertLocalPlan(localKey, editedFields(params));
    return localKey;
}

bool ActionPlanEditing::updatePlan(const QString &keyOrId, const ct::api::ApiParams &changed,
                                   const ct::api::ApiParams &base)
{
    clearError();
    if (changed.isEmpty())
        return true;
    ct::api::ApiParams params = changed;
    if (params.contains(u"action_plan_name"_s))
        params.insert(u"action_plan_name"_s, params.value(u"action_plan_name"_s).trimmed());
    // The type decides which link is right, so the check sees the plan's type even when only
    // the link changed.
    ct::api::ApiParams checked = params;
    if (!checked.contains(u"action_plan_type"_s) && !base.value(u"action_plan_type"_s).isEmpty())
        checked.insert(u"action_plan_type"_s, base.value(u"action_plan_type"_s));
    if (const Problem problem = check(checked, false); !problem.isEmpty())
        return fail(problem.key, problem.message);
    const QString recordKey = keyOrId.contains(u':') ? keyOrId : RecordKey::make(planEntity, keyOrId);
    params.insert(u"action_plan_id"_s, RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey));
    if (!queueUpdate(ct::api::Call::UpdateActionPlanById, recordKey, params, base))
        return false;
    if (m_plans)
        m_plans->applyLocalEdit(recordKey, editedFields(params, u"action_plan_id"_s));
    return true;
}

} // namespace ct::models
