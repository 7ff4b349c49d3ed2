// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ct::store { class AccountDatabase; }

// The account's users as agents an immediate call can ring: name and phone from the cached
// user list (NameLookup keeps it fresh from read_user_list), and the agent phone used last.
// The API's credentials name an account, not a person, so "the signed-in agent" is the one the
// user picked last time on this computer.
namespace ct::models {

class AgentDirectory
{
public:
    struct Agent
    {
        QString userId;
        QString name;
        QString phone;     // ten digits as the server keeps them; may be empty
    };

    explicit AgentDirectory(ct::store::AccountDatabase *database) : m_database(database) {}

    // Users with a phone, by name.
    QList<Agent> agents() const;
    // The phone to offer first: the last one used, else the given user's (the contact's
    // assigned user), else the first agent's.
    QString preferredPhone(const QString &assignedUserId = {}) const;
    // Kept in QSettings: a phone number is a preference, not a secret.
    static void rememberPhone(const QString &phone);
    static QString lastPhone();

private:
    ct::store::AccountDatabase *m_database;
};

} // namespace ct::models
