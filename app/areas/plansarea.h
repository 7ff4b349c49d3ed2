// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class ActionPlanEditing; class ActionPlansModel; }

// Action plans: the tree of plans with their steps and their editor; starting and stopping a
// plan on the contact on show (actions of the contact's pane).
class PlansArea : public WorkArea
{
    Q_OBJECT

public:
    explicit PlansArea(AccountSession &session);
    ~PlansArea() override;

    QString id() const override { return QStringLiteral("actionPlans"); }
    QString title() const override { return tr("Action plans"); }
    QWidget *createPage(const AreaContext &context) override;

    ct::models::ActionPlansModel *plans() const { return m_plans.get(); }

private:
    std::unique_ptr<ct::models::ActionPlansModel> m_plans;
    std::unique_ptr<ct::models::ActionPlanEditing> m_editing;
};
