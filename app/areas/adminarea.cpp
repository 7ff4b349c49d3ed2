// SPDX-License-Identifier: MIT
#include "areas/adminarea.h"

#include "accountsession.h"
#include "administrationview.h"
#include "contactsmodel.h"
#include "leadsourcesmodel.h"
#include "namelookup.h"
#include "tagcountsmodel.h"
#include "usersmodel.h"

AdminArea::AdminArea(AccountSession &session) : WorkArea(session) {}

AdminArea::~AdminArea() = default;

QWidget *AdminArea::createPage(const AreaContext &)
{
    AccountSession &session = m_session;
    m_leadSources = std::make_unique<ct::models::LeadSourcesModel>();
    m_leadSources->setSources(session.database(), session.api(), session.outbox(), session.replayer());
    m_leadSources->setNameLookup(session.contacts()->names(), ct::models::NameLookup::LeadSource);
    m_users = std::make_unique<ct::models::UsersModel>();
    m_users->setSources(session.database(), session.api(), session.outbox(), session.replayer());
    m_users->setNameLookup(session.contacts()->names(), ct::models::NameLookup::User);
    m_tagCounts = std::make_unique<ct::models::TagCountsModel>(session.accountTags(), session.contacts(), session.outbox(),
                                                               session.replayer());
    m_leadSources->refresh();
    m_users->refresh();
    return new AdministrationView(m_leadSources.get(), m_tagCounts.get(), m_session.contacts(), m_users.get());
}
