// SPDX-License-Identifier: MIT
#include "administrationview.h"

#include "leadsourcespage.h"
#include "tagspage.h"
#include "userspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AdministrationView::AdministrationView(ct::models::LeadSourcesModel *leadSources, ct::models::TagCountsModel *tags,
                                       ct::models::ContactsModel *contacts, ct::models::UsersModel *users,
                                       QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_leadSources(new LeadSourcesPage(leadSources, this))
    , m_tags(new TagsPage(tags, contacts, this))
    , m_users(new UsersPage(users, this))
{
    setObjectName(u"administrationView"_s);
    m_tabs->setObjectName(u"administrationTabs"_s);
    m_tabs->setAccessibleName(tr("Administration"));
    m_tabs->addTab(m_leadSources, tr("&Lead sources"));
    m_tabs->addTab(m_tags, tr("&Tags"));
    m_tabs->addTab(m_users, tr("&Users"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}
