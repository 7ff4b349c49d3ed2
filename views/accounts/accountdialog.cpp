// SPDX-License-Identifier: MIT
#include "accountdialog.h"
#include "serverfieldtext.h"

#include "accountediting.h"
#include "accountsmodel.h"
#include "calllabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::AccountEditing;

using ct::models::serverFieldText;

namespace {

} // namespace

AccountDialog::AccountDialog(AccountEditing *editing, const QString &recordKey, const QJsonObject &account,
                             QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_recordKey(recordKey)
    , m_account(account)
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Account: %1").arg(ct::models::AccountsModel::displayName(account)));
    auto *form = new QFormLayout;
    // What the server reports but never takes.
    const QList<std::pair<QString, QString>> readOnly = {
        {u"account_id"_s, tr("Account ID:")}, {u"account_type"_s, tr("Type:")},
        {u"account_username"_s, tr("Username:")}, {u"account_ctphone"_s, tr("ClientTether number:")}};
    for (const auto &[key, label] : readOnly) {
        auto *value = new QLabel(serverFieldText(account, key), this);
        value->setObjectName(key);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, value);
    }
    for (const QString &key : AccountEditing::editableKeys()) {
        auto *edit = new QLineEdit(serverFieldText(account, key), this);
        edit->setObjectName(key);
        const QString label = ct::models::AccountEditing::fieldLabel(key);
        edit->setAccessibleName(label);
        form->addRow(label + u':', edit);
        form->addRow(QString(), m_problems.add(key, edit, this));
        m_fields.insert(key, edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveAccount"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.addFormLine(u"accountProblem"_s, this));
    layout->addWidget(buttons);
}

void AccountDialog::showProblem(const QString &key, const QString &message)
{
    m_problems.showAt(key, message);
}

void AccountDialog::accept()
{
    m_problems.clear();
    if (!m_editing)
        return;
    ct::api::ApiParams changed, base;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString before = serverFieldText(m_account, it.key());
        const QString now = AccountEditing::normalized(it.key(), it.value()->text());
        if (now == before)
            continue;
        // Every field is checked before anything is queued, so all problems show at once.
        if (const QString reason = AccountEditing::problemWith(it.key(), now); !reason.isEmpty())
            showProblem(it.key(), reason);
        changed.insert(it.key(), now);
        base.insert(it.key(), before);
    }
    if (m_problems.anyShown())
        return;
    if (!m_editing->updateAccount(m_recordKey, changed, base)) {
        showProblem(m_editing->errorKey(), m_editing->errorString());
        return;
    }
    QDialog::accept();
}
