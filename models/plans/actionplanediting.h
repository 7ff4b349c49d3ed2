// SPDX-License-Identifier: MIT
#pragma once

#include "fieldproblem.h"
#include "outboxediting.h"

#include "api/apicall.h"

// What the action plan screens ask for: a new plan (create_action_plan) and changes to one
// (update_action_plan_by_id), each checked first, then queued in the outbox before this
// returns and shown in the plans model at once as pending. (The API cannot delete a plan.)
namespace ct::models {

class ActionPlansModel;

class ActionPlanEditing : public OutboxEditing
{
    Q_OBJECT

public:
    ActionPlanEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, ActionPlansModel *plans,
                      QObject *parent = nullptr);

    // The first field the plan's values cannot go to the server with, and why.
    using Problem = FieldProblem;
    // fields: action_plan_name, action_plan_type, action_plan_link_id, action_plan_next_plan_id.
    static Problem check(const ct::api::ApiParams &fields, bool creating);

    // Returns the new plan's local key ("action_plan:local:<uuid>"), empty when not accepted
    // (errorString()/errorKey() say why; nothing was queued).
    QString createPlan(const ct::api::ApiParams &fields);
    // keyOrId: a plan's id or record key, or the local key of a plan not yet created.
    bool updatePlan(const QString &keyOrId, const ct::api::ApiParams &changed, const ct::api::ApiParams &base);

private:
    QPointer<ActionPlansModel> m_plans;
};

} // namespace ct::models
