// SPDX-License-Identifier: MIT
#pragma once

#include "outboxediting.h"

#include "api/apicall.h"

// What the accounts screen asks for: changes to an account (update_account_by_id) and the
// removal of a sub-account (delete_account_by_id), checked first, queued in the outbox before
// this returns and shown in the accounts model at once as pending.
namespace ct::models {

class AccountsModel;

class AccountEditing : public OutboxEditing
{
    Q_OBJECT

public:
    AccountEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, AccountsModel *accounts,
                   QObject *parent = nullptr);

    // The keys an account edit may change (the server reports, but never takes, the others).
    static const QStringList &editableKeys();
    // What people call an account field ("Company", "Return text number").
    static QString fieldLabel(const QString &key);
    // Phones as the API wants them (ten digits), other values trimmed.
    static QString normalized(const QString &key, const QString &value);
    // The reason a value cannot go to the server, for showing at its field; empty when it can.
    static QString problemWith(const QString &key, const QString &value);

    bool updateAccount(const QString &idOrKey, const ct::api::ApiParams &changed, const ct::api::ApiParams &base);
    // ownAccountId: the signed-in account, which cannot remove itself.
    bool deleteAccount(const QString &idOrKey, const QString &ownAccountId);

private:
    QPointer<AccountsModel> m_accounts;
};

} // namespace ct::models
