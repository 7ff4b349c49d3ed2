// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QTabWidget;
class LeadSourcesPage;
class TagsPage;
class UsersPage;
namespace ct::models { class ContactsModel; class LeadSourcesModel; class TagCountsModel; class UsersModel; }

// The Administration area: the account's lead sources, tags and users, one tab each.
class AdministrationView : public QWidget
{
    Q_OBJECT

public:
    AdministrationView(ct::models::LeadSourcesModel *leadSources, ct::models::TagCountsModel *tags,
                       ct::models::ContactsModel *contacts, ct::models::UsersModel *users, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    LeadSourcesPage *leadSourcesPage() const { return m_leadSources; }
    TagsPage *tagsPage() const { return m_tags; }
    UsersPage *usersPage() const { return m_users; }

private:
    QTabWidget *m_tabs;
    LeadSourcesPage *m_leadSources;
    TagsPage *m_tags;
    UsersPage *m_users;
};
