// SPDX-License-Identifier: MIT
#include "accountediting.h"

#include "accountsmodel.h"
#include "calllabels.h"

#include "api/normalizer.h"
#include "api/parameterschema.h"
#include "api/validator.h"
#include "store/outbox.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

QString idOf(const QString &idOrKey)
{
    return idOrKey.contains(u':') ? RecordKey::idOf(idOrKey) : idOrKey;
}

} // namespace

AccountEditing::AccountEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                               AccountsModel *accounts, QObject *parent)
    : OutboxEditing(outbox, replayer, parent)
    , m_accounts(accounts)
{
}

const QStringList &AccountEditing::editableKeys()
{
    // account_type is left out on purpose: turning an enterprise account into a standard one
    // from a form would cut it off from its sub-accounts.
    static const QStringList keys = {
        u"account_company_name"_s, u"account_owner_name"_s, u"account_first_name"_s, u"account_last_name"_s,
        u"account_email"_s, u"account_office_phone"_s, u"account_phone"_s, u"account_addr1"_s,
        u"account_addr2"_s, u"account_addr3"_s, u"account_return_phone"_s, u"account_return_text"_s};
    return keys;
}

QString AccountEditing::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {u"account_id"_s, QT_TR_NOOP("Account ID")},
        {u"account_type"_s, QT_TR_NOOP("Type")},
        {u"account_company_name"_s, QT_TR_NOOP("Company")},
        {u"account_owner_name"_s, QT_TR_NOOP("Owner")},
        {u"account_first_name"_s, QT_TR_NOOP("First name")},
        {u"account_last_name"_s, QT_TR_NOOP("Last name")},
        {u"account_username"_s, QT_TR_NOOP("Username")},
        {u"account_email"_s, QT_TR_NOOP("Email")},
        {u"account_office_phone"_s, QT_TR_NOOP("Office phone")},
        {u"account_phone"_s, QT_TR_NOOP("Mobile phone")},
        {u"account_ctphone"_s, QT_TR_NOOP("ClientTether number")},
        {u"account_return_phone"_s, QT_TR_NOOP("Return call number")},
        {u"account_return_text"_s, QT_TR_NOOP("Return text number")},
        {u"account_addr1"_s, QT_TR_NOOP("Address line 1")},
        {u"account_addr2"_s, QT_TR_NOOP("Address line 2")},
        {u"account_addr3"_s, QT_TR_NOOP("Address line 3")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? CallLabels::fieldLabel(key) : tr(it.value());
}

QString AccountEditing::normalized(const QString &key, const QString &value)
{
    const ct::api::ParameterSpec *spec = ct::api::ParameterSchema::find(key);
    const bool phone = (spec && spec->type == ct::api::ValueType::Phone) || key.endsWith(u"phone"_s);
    const QString trimmed = value.trimmed();
    return phone && !trimmed.isEmpty() ? ct::api::Normalizer::phone(trimmed) : trimmed;
}

QString AccountEditing::problemWith(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return {};   // clearing a field is allowed
    if (key == u"account_email" && !ct::api::Validator::isValidEmail(value))
        return tr("Not an email address: write it as name@example.com.");
    // Phones the document types as ten digits; the office and mobile numbers are held to the
    // same rule so every number of the account is one the server can dial.
    if (key.endsWith(u"phone"_s) && (value.size() != 10 || !std::all_of(value.cbegin(), value.cend(),
                                                                    [](QChar c) { return c.isDigit(); })))
        return tr("A phone number needs ten digits, e.g. (303) 929-1447.");
    return ct::api::Validator::problemWith(key, value);
}

bool AccountEditing::updateAccount(const QString &idOrKey, const ct::api::ApiParams &changed,
                                   const ct::api::ApiParams &base)
{
    clearError();
    ct::api::ApiParams params;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const QString value = normalized(it.key(), it.value());
        if (const QString reason = problemWith(it.key(), value); !reason.isEmpty())
            return fail(it.key(), reason);
        params.insert(it.key(), value);
    }
    if (params.isEmpty())
        return true;
    const QString id = idOf(idOrKey);
    const QString recordKey = RecordKey::make(u"account"_s, id);
    params.insert(u"account_id"_s, id);
    if (!queueUpdate(ct::api::Call::UpdateAccountById, recordKey, params, base))
        return false;
    if (m_accounts)
        m_accounts->applyLocalEdit(recordKey, editedFields(params, u"account_id"_s));
    return true;
}

bool AccountEditing::deleteAccount(const QString &idOrKey, const QString &ownAccountId)
{
    clearError();
    const QString id = idOf(idOrKey);
    if (id.isEmpty())
        return fail(u"account_id"_s, tr("Choose a sub-account to delete."));
    if (id == ownAccountId)
        return fail(u"account_id"_s, tr("An account cannot delete itself; only its sub-accounts can be deleted."));
    const QString recordKey = RecordKey::make(u"account"_s, id);
    if (!queue(ct::api::Call::DeleteAccountById, {{u"account_id"_s, id}}, recordKey))
        return false;
    if (m_accounts)
        m_accounts->markRemoved(recordKey);
    return true;
}

} // namespace ct::models
