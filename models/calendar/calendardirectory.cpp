// SPDX-License-Identifier: MIT
#include "calendardirectory.h"

#include "namelookup.h"
#include "serverfieldtext.h"

#include "api/apicall.h"
#include "store/accountdatabase.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {
const QString chosenKey = u"calendar.users"_s;
}

CalendarDirectory::CalendarDirectory(ct::store::AccountDatabase *database, NameLookup *names, QObject *parent)
    : QObject(parent), m_database(database), m_names(names)
{
    if (m_names) {
        connect(m_names, &NameLookup::changed, this, [this](NameLookup::Kind kind) {
            if (kind == NameLookup::User || kind == NameLookup::ActionPlan)
                reload();
        });
    }
    reload();
}

void CalendarDirectory::reload()
{
    m_users.clear();
    m_manualPlans.clear();
    if (m_database) {
        for (const auto &cached : m_database->cacheAll(ct::api::entityName(ct::api::Entity::User))) {
            const QJsonObject &row = cached.json;
            const QString name = QStringList({serverFieldText(row, u"user_first_name"_s), serverFieldText(row, u"user_last_name"_s)})
                                         .join(u' ').trimmed();
            m_users.append({cached.recordId, name.isEmpty() ? cached.recordId : name,
                            serverFieldText(row, u"user_show_calendar"_s) == u"1"});
        }
        for (const auto &cached : m_database->cacheAll(ct::api::entityName(ct::api::Entity::ActionPlan))) {
            // Only plans set for manual scheduling may hang off an event (the server refuses others).
            if (serverFieldText(cached.json, u"action_plan_manual_schedule"_s) == u"1")
                m_manualPlans.append({cached.recordId, serverFieldText(cached.json, u"action_plan_name"_s)});
        }
    }
    std::sort(m_users.begin(), m_users.end(), [](const User &a, const User &b) {
        return a.id.toLongLong() < b.id.toLongLong();
    });
    Q_EMIT changed();
}

QString CalendarDirectory::userName(const QString &userId) const
{
    for (const User &u : m_users) {
        if (u.id == userId)
            return u.name;
    }
    return userId;
}

QString CalendarDirectory::defaultUser() const
{
    for (const User &u : m_users) {
        if (u.showsCalendar)
            return u.id;
    }
    return m_users.isEmpty() ? QString() : m_users.constFirst().id;
}

QStringList CalendarDirectory::chosenUsers() const
{
    QStringList chosen;
    if (m_database) {
        const QStringList remembered = m_database->value(chosenKey).split(u',', Qt::SkipEmptyParts);
        for (const QString &id : remembered) {
            // A user deleted since is dropped; before the list is known, trust the memory.
            if (m_users.isEmpty() || std::any_of(m_users.cbegin(), m_users.cend(), [&id](const User &u) { return u.id == id; }))
                chosen.append(id);
        }
    }
    if (chosen.isEmpty() && !defaultUser().isEmpty())
        chosen.append(defaultUser());
    return chosen;
}

void CalendarDirectory::setChosenUsers(const QStringList &userIds)
{
    // Only remembered: the lists did not change (and the menu that asked is still in use).
    if (m_database)
        m_database->setValue(chosenKey, userIds.join(u','));
}

} // namespace ct::models
