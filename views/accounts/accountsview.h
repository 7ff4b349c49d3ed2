// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace ct::models { class AccountEditing; class AccountsModel; }

// The Accounts area of a multi-level (enterprise) account: the account with its sub-accounts
// as a tree, the selected one's details, edit and (for a sub-account) delete with a typed
// confirmation. A standard account sees why this area has nothing for it instead of an error.
class AccountsView : public QWidget
{
    Q_OBJECT

public:
    AccountsView(ct::models::AccountsModel *accounts, ct::models::AccountEditing *editing, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QLabel *unavailableLabel() const { return m_unavailable; }
    // The dialog this view opened last (tests answer it).
    QWidget *openDialog() const { return m_dialog; }

    void editAccount();
    void deleteAccount();

private:
    void updateSelection();
    void updateAvailability();

    QPointer<ct::models::AccountsModel> m_accounts;
    QPointer<ct::models::AccountEditing> m_editing;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unavailable = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QPointer<QWidget> m_dialog;
};
