// SPDX-License-Identifier: MIT
#include "duplicatecheck.h"

#include "contactsmodel.h"

#include "api/apiclient.h"
#include "api/contactsapi.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

DuplicateCheck::DuplicateCheck(ct::api::ApiClient *client, const ContactsModel *contacts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_contacts(contacts)
{
}

void DuplicateCheck::addMatch(const QString &id, const QString &reason)
{
    for (Match &m : m_matches) {
        if (m.clientId == id) {
            if (!m.reason.contains(reason))
                m.reason += u", "_s + reason;
            return;
        }
    }
    QString name;
    if (m_contacts) {
        const QJsonObject record = m_contacts->recordById(id);
        name = (record.value(u"firstName"_s).toString() + u' ' + record.value(u"lastName"_s).toString()).trimmed();
    }
    m_matches.append({id, name, reason});
}

void DuplicateCheck::run(const ct::api::ApiParams &fields)
{
    m_matches.clear();
    m_warning.clear();
    m_waiting = 1;   // released at the end, so a check with nothing to ask still finishes once

    // The same name among the contacts held here.
    const QString first = fields.value(u"firstName"_s).trimmed();
    const QString last = fields.value(u"lastName"_s).trimmed();
    if (m_contacts && !last.isEmpty()) {
        // Every contact held, not only those the current search shows.
        for (int row = 0; row < m_contacts->storeSize(); ++row) {
            const QJsonObject record = m_contacts->storedRecord(row);
            if (record.value(u"lastName"_s).toString().compare(last, Qt::CaseInsensitive) == 0 &&
                record.value(u"firstName"_s).toString().compare(first, Qt::CaseInsensitive) == 0)
                addMatch(record.value(u"client_id"_s).toString(), tr("same name"));
        }
    }

    // Email and phone on the server: they are what "the same person" usually means.
    const QList<QPair<QString, QString>> lookups = {{u"email"_s, tr("same email")}, {u"phone"_s, tr("same phone")}};
    for (const auto &lookup : lookups) {
        const QString value = fields.value(lookup.first).trimmed();
        if (value.isEmpty() || !m_client)
            continue;
        ++m_waiting;
        ct::api::ApiReply *reply = ct::api::ContactsApi(m_client).exists({{lookup.first, value}});
        const QString reason = lookup.second;
        connect(reply, &ct::api::ApiReply::finished, this, [this, reason](const ct::api::ApiResult &result) {
            if (result.ok()) {
                for (const QJsonValue &row : result.rows) {
                    const QString id = row.toObject().value(u"client_id"_s).toString();
                    if (!id.isEmpty() && id != u"0"_s)
                        addMatch(id, reason);
                }
            } else if (result.ctCode != ct::api::CtCode::NoRecord) {
                m_warning = tr("The server could not be asked for duplicates (%1); only the contacts "
                               "held here were checked.").arg(result.message);
            }
            oneDone();
        });
    }
    oneDone();
}

void DuplicateCheck::oneDone()
{
    if (--m_waiting == 0)
        Q_EMIT finished(m_matches, m_warning);
}

} // namespace ct::models
