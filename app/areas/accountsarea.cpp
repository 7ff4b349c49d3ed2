// SPDX-License-Identifier: MIT
#include "areas/accountsarea.h"

#include "accountediting.h"
#include "accountsession.h"
#include "accountsmodel.h"
#include "accountsview.h"

AccountsArea::AccountsArea(AccountSession &session) : WorkArea(session) {}

AccountsArea::~AccountsArea() = default;

QWidget *AccountsArea::createPage(const AreaContext &)
{
    m_accounts = std::make_unique<ct::models::AccountsModel>();
    m_accounts->setAccount(m_session.database(), m_session.api());
    m_accounts->trackOutbox(m_session.outbox(), m_session.replayer());
    m_editing = std::make_unique<ct::models::AccountEditing>(m_session.outbox(), m_session.replayer(), m_accounts.get());
    m_accounts->load();
    return new AccountsView(m_accounts.get(), m_editing.get());
}
