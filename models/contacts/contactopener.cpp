// SPDX-License-Identifier: MIT
#include "contactopener.h"

#include "contactsmodel.h"

#include "api/apiclient.h"
#include "api/contactsapi.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

ContactOpener::ContactOpener(ct::api::ApiClient *client, ContactsModel *contacts, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_contacts(contacts)
{
}

void ContactOpener::open(const QString &value, bool byExternalId)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        Q_EMIT failed(byExternalId ? tr("Enter the external id.") : tr("Enter the contact id."));
        return;
    }
    // Held already (and not a search away): no need to ask.
    if (!byExternalId && m_contacts && !m_contacts->recordById(trimmed).isEmpty()) {
        Q_EMIT opened(trimmed);
        return;
    }
    const ct::api::ContactsApi contacts(m_client);
    ct::api::ApiReply *reply = byExternalId ? contacts.readByExternalId(trimmed) : contacts.readById(trimmed);
    connect(reply, &ct::api::ApiReply::finished, this, [this, byExternalId](const ct::api::ApiResult &result) {
        if (result.ctCode == ct::api::CtCode::NoRecord || (result.ok() && result.rows.isEmpty())) {
            Q_EMIT failed(byExternalId ? tr("No contact has this external id.") : tr("No contact has this id."));
            return;
        }
        if (!result.ok()) {
            Q_EMIT failed(result.status == ct::api::ApiStatus::ValidationIssue
                              ? tr("A contact id is a number.") : result.message);
            return;
        }
        if (m_contacts)
            m_contacts->addServerRecords(result.rows);
        Q_EMIT opened(result.rows.first().toObject().value(u"client_id"_s).toString());
    });
}

} // namespace ct::models
