// SPDX-License-Identifier: MIT
#pragma once

#include "adminlistpage.h"

class QPushButton;
namespace ct::models { class UsersModel; }

// The users tab: the account's users (never a password), and creating, editing and deleting one.
class UsersPage : public AdminListPage
{
    Q_OBJECT

public:
    explicit UsersPage(ct::models::UsersModel *model, QWidget *parent = nullptr);

    void newUser();
    void editCurrent();
    void confirmDelete();

private:
    void updateActions() override;

    ct::models::UsersModel *m_model;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
