// SPDX-License-Identifier: MIT
#include "agentdirectory.h"

#include "serverfieldtext.h"

#include "api/apicall.h"
#include "store/accountdatabase.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {
const QString LastAgentPhoneKey = u"calls/lastAgentPhone"_s;

QString text(const QJsonObject &row, const QString &key)
{
    return serverFieldText(row, key).trimmed();
}
} // namespace

QList<AgentDirectory::Agent> AgentDirectory::agents() const
{
    QList<Agent> list;
    if (!m_database)
        return list;
    for (const auto &cached : m_database->cacheAll(ct::api::entityName(ct::api::Entity::User))) {
        const QJsonObject &row = cached.json;
        Agent agent{cached.recordId,
                    QStringList({text(row, u"user_first_name"_s), text(row, u"user_last_name"_s)}).join(u' ').trimmed(),
                    text(row, u"user_phone"_s)};
        if (!agent.phone.isEmpty())
            list.append(agent);
    }
    std::sort(list.begin(), list.end(), [](const Agent &a, const Agent &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

QString AgentDirectory::preferredPhone(const QString &assignedUserId) const
{
    if (const QString last = lastPhone(); !last.isEmpty())
        return last;
    const QList<Agent> all = agents();
    for (const Agent &agent : all) {
        if (!assignedUserId.isEmpty() && agent.userId == assignedUserId)
            return agent.phone;
    }
    return all.isEmpty() ? QString() : all.constFirst().phone;
}

void AgentDirectory::rememberPhone(const QString &phone)
{
    QSettings().setValue(LastAgentPhoneKey, phone);
}

QString AgentDirectory::lastPhone()
{
    return QSettings().value(LastAgentPhoneKey).toString();
}

} // namespace ct::models
