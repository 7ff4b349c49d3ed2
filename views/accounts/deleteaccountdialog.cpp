// SPDX-License-Identifier: MIT
#include "deleteaccountdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DeleteAccountDialog::DeleteAccountDialog(const QString &accountName, QWidget *parent)
    : QDialog(parent)
    , m_accountName(accountName)
{
    setObjectName(u"deleteAccountDialog"_s);
    setWindowTitle(tr("Delete sub-account"));
    auto *warning = new QLabel(tr("Deleting “%1” removes the account with all its contacts, users, plans "
                                  "and history from ClientTether, and its web key stops working. This "
                                  "cannot be undone.\n\nType the account's name to confirm:")
                                   .arg(accountName),
                               this);
    warning->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"confirmAccountName"_s);
    m_name->setAccessibleName(tr("Account name, typed to confirm"));
    m_name->setPlaceholderText(accountName);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete account"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"confirmDeleteAccount"_s);
    m_delete->setEnabled(false);
    m_delete->setAutoDefault(false);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &typed) {
        // The exact name: a slip of the hand must not delete an account.
        m_delete->setEnabled(typed.trimmed() == m_accountName);
    });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
}
