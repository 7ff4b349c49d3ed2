// SPDX-License-Identifier: MIT
#include "areas/plansarea.h"

#include "accountsession.h"
#include "actionplanediting.h"
#include "actionplansmodel.h"
#include "actionplansview.h"
#include "areas/contactsarea.h"
#include "contactdetailpane.h"
#include "contactplanactions.h"
#include "contactsmodel.h"
#include "namelookup.h"

PlansArea::PlansArea(AccountSession &session) : WorkArea(session) {}

PlansArea::~PlansArea() = default;

QWidget *PlansArea::createPage(const AreaContext &context)
{
    AccountSession &session = m_session;
    m_plans = std::make_unique<ct::models::ActionPlansModel>();
    m_plans->setNames(session.contacts()->names());
    m_plans->setAccount(session.database(), session.api());
    m_plans->trackOutbox(session.outbox(), session.replayer());
    m_editing = std::make_unique<ct::models::ActionPlanEditing>(session.outbox(), session.replayer(), m_plans.get());
    // A plan the server confirmed is one the contact screens may name and start.
    connect(m_plans.get(), &ct::models::ActionPlansModel::planConfirmed, session.contacts()->names(),
            &ct::models::NameLookup::refresh);
    m_plans->load();
    ContactDetailPane *detail = context.contacts->detail();
    auto *planActions = new ContactPlanActions(detail, m_session.contacts(), m_session.contactEditing(),
                                               context.contacts->pendingActions(), m_session.outbox(), detail);
    connect(planActions, &ContactPlanActions::message, this, &WorkArea::message);
    return new ActionPlansView(m_plans.get(), m_editing.get(), m_session.contacts()->names());
}
