// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ct::store { class AccountDatabase; }

namespace ct::models {

class NameLookup;

// Who and what the calendar can offer: the account's users (from read_user_list, cached by
// NameLookup) and the action plans set for manual scheduling, plus the users the person at
// this console chose to see, remembered per account.
//
// The API has no "who am I": the access token and web key name an account, not a user, and
// read_user_list lists everyone. So "my calendar" starts as the first user who shows a
// calendar (user_show_calendar = 1, else the first user) and the console remembers the choice.
class CalendarDirectory : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QString id;
        QString name;
        bool showsCalendar = false;
    };

    CalendarDirectory(ct::store::AccountDatabase *database, NameLookup *names, QObject *parent = nullptr);

    QList<User> users() const { return m_users; }
    QString userName(const QString &userId) const;
    // Plans set for manual scheduling: (action_plan_id, name).
    QList<std::pair<QString, QString>> manualPlans() const { return m_manualPlans; }

    QString defaultUser() const;
    // The users to show; the remembered choice, else defaultUser().
    QStringList chosenUsers() const;
    void setChosenUsers(const QStringList &userIds);

Q_SIGNALS:
    void changed();

private:
    void reload();

    ct::store::AccountDatabase *m_database;
    QPointer<NameLookup> m_names;
    QList<User> m_users;
    QList<std::pair<QString, QString>> m_manualPlans;
};

} // namespace ct::models
