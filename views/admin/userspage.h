// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
namespace ct::models { class UsersModel; }

// The users tab: the account's users (never a password), and creating, editing and deleting one.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(ct::models::UsersModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    bool selectKey(const QString &recordKey);
    QString currentKey() const;
    // The dialog or confirmation this page opened (non-modal, so tests and screen readers reach it).
    QWidget *openDialog() const { return m_dialog; }

    void newUser();
    void editCurrent();
    void confirmDelete();

private:
    int currentUserRow() const;
    void updateActions();

    ct::models::UsersModel *m_model;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    QPointer<QWidget> m_dialog;
};
