// SPDX-License-Identifier: MIT
#include "userspage.h"

#include "adminpagewidgets.h"
#include "userdialog.h"
#include "usersmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::UsersModel;

UsersPage::UsersPage(UsersModel *model, QWidget *parent)
    : AdminListPage(model, u"usersMessage"_s, parent)
    , m_model(model)
{
    setObjectName(u"usersPage"_s);
    auto *create = new QPushButton(tr("&New user…"), this);
    create->setObjectName(u"newUser"_s);
    connect(create, &QPushButton::clicked, this, &UsersPage::newUser);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editUser"_s);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editCurrent);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteUser"_s);
    connect(m_delete, &QPushButton::clicked, this, &UsersPage::confirmDelete);
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(u"refreshUsers"_s);
    connect(refresh, &QPushButton::clicked, model, &UsersModel::refresh);

    makeTable(u"usersTable"_s, tr("Users"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editCurrent);

    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(model, &UsersModel::editFailed, this, [this](const QString &key, const QString &message) {
        const QString name = UsersModel::fullName(m_model->recordAt(m_model->rowOfKey(key)));
        AdminPageWidgets::showMessage(m_message, tr("User \"%1\": %2 Edit the user to correct it.").arg(name, message),
                                    true);
    });
    followList();
}

void UsersPage::updateActions()
{
    const int row = currentRow();
    // A user still being created has no id to edit or delete yet.
    const bool usable = row >= 0 && !m_model->isRemovalPending(row) && !m_model->idAt(row).isEmpty();
    m_edit->setEnabled(usable);
    m_delete->setEnabled(usable);
}

void UsersPage::newUser()
{
    auto *dialog = new UserDialog(m_model, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        AdminPageWidgets::showMessage(m_message, tr("User created."), false);
    });
    m_dialog = dialog;
    dialog->open();
}

void UsersPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0 || m_model->idAt(row).isEmpty() || m_model->isRemovalPending(row))
        return;
    auto *dialog = new UserDialog(m_model, m_model->keyAt(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { AdminPageWidgets::showMessage(m_message, {}, false); });
    m_dialog = dialog;
    dialog->open();
}

void UsersPage::confirmDelete()
{
    const int row = currentRow();
    if (row < 0 || m_model->idAt(row).isEmpty())
        return;
    const QString key = m_model->keyAt(row);
    const QString name = UsersModel::fullName(m_model->recordAt(row));
    m_dialog = AdminPageWidgets::askToDelete(
        this, u"deleteUserConfirmation"_s, tr("Delete user"),
        tr("Delete the user \"%1\"? They can no longer sign in; contacts assigned to "
           "them become unassigned.").arg(name),
        [this, key] {
            if (!m_model->removeUser(key))
                AdminPageWidgets::showMessage(m_message, m_model->errorString(), true);
            else
                AdminPageWidgets::showMessage(m_message, {}, false);
            updateActions();
        });
}
