// SPDX-License-Identifier: MIT
#pragma once

#include "adminlistmodel.h"

#include <QMap>

// The account's users (never a password: the server does not return them) and the
// administrator's edits: create with a password, edit, delete.
//
// Passwords never reach disk. The outbox journal is a file, so create_user, the only call that
// carries one, is not queued: it is sent directly while the dialog waits, the password lives only
// in the dialog's fields and the request in memory, and the row shows as pending until the answer.
// Offline, creating a user is refused with a clear message instead. An answer lost on the way
// (timeout, dropped connection) is never resent blindly: the user list is read to see whether
// the username arrived. Updates and deletes carry no secret and go through the outbox as usual
// (and the outbox itself refuses any write-only parameter, so a password cannot slip in there).
namespace ct::models {

class UsersModel : public AdminListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, UsernameColumn, EmailColumn, PhoneColumn, TypeColumn, CalendarColumn, StatusColumn };

    explicit UsersModel(QObject *parent = nullptr);

    // Field -> reason, for showing at each field; empty when the values can be sent.
    // creating: every user parameter is required and the type and password may be given;
    // editing (recordKey): only the given fields, and never the type or the password.
    QMap<QString, QString> problems(const ct::api::ApiParams &fields, bool creating, const QString &recordKey = {}) const;
    // The form's values as the API takes them (phone digits only, trimmed text).
    static ct::api::ApiParams normalized(const ct::api::ApiParams &fields);

    // Sends create_user now (not through the outbox: it carries the password). False: refused
    // before sending (errorString()); otherwise createFinished() follows.
    bool createUser(const ct::api::ApiParams &fields);
    bool isCreating() const { return !m_creatingKey.isEmpty(); }
    // Queues update_user_by_id with the changed fields (base: the values the user saw).
    bool updateUser(const QString &recordKey, const ct::api::ApiParams &changed, const ct::api::ApiParams &base);
    // Queues delete_user_by_id.
    bool removeUser(const QString &recordKey);

    static QString fullName(const QJsonObject &record);

Q_SIGNALS:
    // ok: userId is the new user's id. Otherwise message says why, at errorKey when it names a field.
    void createFinished(bool ok, const QString &userId, const QString &message, const QString &errorKey);

protected:
    QString displayText(const QJsonObject &record, const QString &key) const override;
    QString fieldForFailure(const QString &callName, int ctCode, const QString &errorKey) const override;
    QString failureText(const QString &callName, int ctCode, const QString &message) const override;

private:
    void onCreateAnswer(const QString &localKey, const QString &username, const ct::api::ApiResult &result);
    void lookForCreatedUser(const QString &localKey, const QString &username);
    void finishCreate(const QString &localKey, const QJsonObject &row);
    void failCreate(const QString &localKey, const QString &message, const QString &errorKey);
    bool usernameUsedByAnother(const QString &username, const QString &recordKey) const;

    QString m_creatingKey;
};

} // namespace ct::models
