// SPDX-License-Identifier: MIT
#include "usersmodel.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/apiresult.h"
#include "api/normalizer.h"
#include "api/parameterschema.h"
#include "api/validator.h"
#include "store/outboxentry.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

const QString firstKey = u"user_first_name"_s;
const QString lastKey = u"user_last_name"_s;
const QString phoneKey = u"user_phone"_s;
const QString emailKey = u"user_email"_s;
const QString usernameKey = u"user_username"_s;
const QString typeKey = u"user_type"_s;
const QString calendarKey = u"user_show_calendar"_s;
const QString passwordKey = u"user_password"_s;
const QString fullNameKey = u"full_name"_s;   // a column of its own, not an API key

QString usernameOf(const QJsonObject &record)
{
    // The document's sample names it user_name; the parameter table user_username.
    const QString name = record.value(usernameKey).toString();
    return name.isEmpty() ? record.value(u"user_name"_s).toString() : name;
}

} // namespace

UsersModel::UsersModel(QObject *parent)
    : AdminListModel(u"user"_s, u"user_id"_s,
                     [](ct::api::ApiClient *client) { return ct::api::UsersApi(client).readList(); }, parent)
{
    setColumns({{fullNameKey, tr("Name")},
                {usernameKey, tr("Username")},
                {emailKey, tr("Email")},
                {phoneKey, tr("Phone")},
                {typeKey, tr("Type")},
                {calendarKey, tr("Calendar shown")}});
}

QString UsersModel::fullName(const QJsonObject &record)
{
    return QStringList{record.value(firstKey).toString(), record.value(lastKey).toString()}.join(u' ').trimmed();
}

QString UsersModel::displayText(const QJsonObject &record, const QString &key) const
{
    if (key == fullNameKey)
        return fullName(record);
    if (key == usernameKey)
        return usernameOf(record);
    if (key == typeKey || key == calendarKey) {
        // Servers write the type as "standard" too (the document's sample).
        QString value = record.value(key).toString();
        if (key == typeKey && !value.isEmpty())
            value = value.left(1).toUpper() + value.mid(1).toLower();
        return ct::api::ParameterSchema::labelFor(key, value);
    }
    if (key == phoneKey) {
        // Ten digits read the way people write them; anything else as the server has it.
        const QString digits = record.value(key).toString();
        if (digits.size() == 10 && ct::api::Normalizer::phone(digits) == digits)
            return u"(%1) %2-%3"_s.arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
    }
    return AdminListModel::displayText(record, key);
}

ct::api::ApiParams UsersModel::normalized(const ct::api::ApiParams &fields)
{
    ct::api::ApiParams out;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() == passwordKey)
            out.insert(it.key(), it.value());   // a password is taken exactly as typed
        else if (it.key() == phoneKey)
            out.insert(it.key(), ct::api::Normalizer::phone(it.value()));
        else
            out.insert(it.key(), it.value().trimmed());
    }
    return out;
}

bool UsersModel::usernameUsedByAnother(const QString &username, const QString &recordKey) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (keyAt(row) != recordKey && !isRemovalPending(row) &&
            usernameOf(recordAt(row)).compare(username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QMap<QString, QString> UsersModel::problems(const ct::api::ApiParams &input, bool creating, const QString &recordKey) const
{
    QMap<QString, QString> out;
    const ct::api::ApiParams fields = normalized(input);
    const QStringList required = {firstKey, lastKey, phoneKey, emailKey, usernameKey, typeKey, calendarKey, passwordKey};
    for (const QString &key : required) {
        const bool given = fields.contains(key);
        if (!creating && (key == typeKey || key == passwordKey)) {
            if (given)
                out.insert(key, tr("Can only be set when the user is created."));
            continue;
        }
        if (!creating && !given)
            continue;   // an edit sends only what changed
        if (fields.value(key).isEmpty()) {
            out.insert(key, key == passwordKey ? tr("A new user needs a password.") : tr("Required."));
            continue;
        }
        QString problem;
        if (key == emailKey && !ct::api::Validator::isValidEmail(fields.value(key)))
            problem = tr("Must be a well-formed email address, for example name@example.com.");
        else if (key == phoneKey && (fields.value(key).size() != 10 ||
                                     ct::api::Validator::problemWith(u"phone"_s, fields.value(key)).size()))
            problem = tr("Must be a ten-digit phone number, for example (303) 929-1447.");
        else if (key == usernameKey && fields.value(key).contains(u' '))
            problem = tr("A username has no spaces.");
        else if (key == usernameKey && usernameUsedByAnother(fields.value(key), recordKey))
            problem = tr("Another user of this account already has this username.");
        else if (key != passwordKey)
            problem = ct::api::Validator::problemWith(key, fields.value(key));
        if (!problem.isEmpty())
            out.insert(key, problem);
    }
    return out;
}

bool UsersModel::createUser(const ct::api::ApiParams &input)
{
    if (!client())
        return fail(tr("No account is open."));
    if (isCreating())
        return fail(tr("A user is already being created; wait for the server's answer."));
    const ct::api::ApiParams fields = normalized(input);
    if (const auto found = problems(fields, true); !found.isEmpty())
        return fail(found.first());
    QJsonObject shown;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.key() != passwordKey)
            shown.insert(it.key(), it.value());
    }
    m_creatingKey = ct::store::RecordKey::newLocal(entity());
    putSendingRow(m_creatingKey, shown);
    const QString localKey = m_creatingKey;
    const QString username = fields.value(usernameKey);
    // Sent now, never journaled: see the class comment. Only the username outlives the call.
    ct::api::ApiReply *reply = ct::api::UsersApi(client()).create(fields);
    connect(reply, &ct::api::ApiReply::finished, this, [this, localKey, username](const ct::api::ApiResult &result) {
        onCreateAnswer(localKey, username, result);
    });
    return true;
}

void UsersModel::onCreateAnswer(const QString &localKey, const QString &username, const ct::api::ApiResult &result)
{
    if (result.ok()) {
        QJsonObject row = result.rows.isEmpty() ? QJsonObject() : result.rows.first().toObject();
        if (row.value(u"user_id"_s).toString().isEmpty()) {
            lookForCreatedUser(localKey, username);   // a server that answered without the record
            return;
        }
        finishCreate(localKey, row);
        return;
    }
    if (result.isAmbiguous()) {
        lookForCreatedUser(localKey, username);
        return;
    }
    if (result.status == ct::api::ApiStatus::ValidationIssue) {
        failCreate(localKey, tr("The server did not accept this value."), result.offendingKey);
        return;
    }
    const QString call = ct::api::callName(ct::api::Call::CreateUser);
    const QString message = result.status == ct::api::ApiStatus::ServerCode
                                ? failureText(call, result.ctCode, result.message)
                                : result.message;
    failCreate(localKey, message, fieldForFailure(call, result.ctCode, result.offendingKey));
}

void UsersModel::lookForCreatedUser(const QString &localKey, const QString &username)
{
    ct::api::ApiReply *reply = ct::api::UsersApi(client()).readList();
    connect(reply, &ct::api::ApiReply::finished, this, [this, localKey, username](const ct::api::ApiResult &result) {
        if (!result.ok()) {
            failCreate(localKey,
                       tr("The server did not answer, so it is not known whether the user was created. "
                          "Refresh the list when the connection is back before trying again."),
                       {});
            return;
        }
        for (const QJsonValue &value : result.rows) {
            if (usernameOf(value.toObject()).compare(username, Qt::CaseInsensitive) == 0) {
                finishCreate(localKey, value.toObject());
                return;
            }
        }
        failCreate(localKey, tr("The server did not answer and has no such user: nothing was created. Try again."), {});
    });
}

void UsersModel::finishCreate(const QString &localKey, const QJsonObject &row)
{
    m_creatingKey.clear();
    putServerRow(row, localKey);
    Q_EMIT createFinished(true, row.value(u"user_id"_s).toString(), {}, {});
}

void UsersModel::failCreate(const QString &localKey, const QString &message, const QString &errorKey)
{
    m_creatingKey.clear();
    dropSendingRow(localKey);
    rebuild();
    Q_EMIT createFinished(false, {}, message, errorKey);
}

bool UsersModel::updateUser(const QString &recordKey, const ct::api::ApiParams &changedIn, const ct::api::ApiParams &base)
{
    const ct::api::ApiParams changed = normalized(changedIn);
    if (const auto found = problems(changed, false, recordKey); !found.isEmpty())
        return fail(found.first());
    if (rowOfKey(recordKey) < 0)
        return fail(tr("That user is no longer in the list."));
    return enqueueUpdate(ct::api::Call::UpdateUserById, recordKey, changed, base);
}

bool UsersModel::removeUser(const QString &recordKey)
{
    if (rowOfKey(recordKey) < 0)
        return fail(tr("That user is no longer in the list."));
    return enqueueDelete(ct::api::Call::DeleteUserById, recordKey);
}

QString UsersModel::fieldForFailure(const QString &callName, int ctCode, const QString &errorKey) const
{
    if (ctCode == ct::api::CtCode::Duplicate)
        return usernameKey;   // the only unique user value
    return AdminListModel::fieldForFailure(callName, ctCode, errorKey);
}

QString UsersModel::failureText(const QString &callName, int ctCode, const QString &message) const
{
    if (ctCode == ct::api::CtCode::Duplicate)
        return tr("This username is taken: usernames are unique across every ClientTether account.");
    return AdminListModel::failureText(callName, ctCode, message);
}

} // namespace ct::models
