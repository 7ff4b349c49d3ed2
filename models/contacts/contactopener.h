// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace ct::api { class ApiClient; struct ApiResult; }

// Opens one contact by its ClientTether id or by the external id an integration gave it
// (read_client_by_id / read_client_by_external_id), adding it to the contacts held.
namespace ct::models {

class ContactsModel;

class ContactOpener : public QObject
{
    Q_OBJECT

public:
    ContactOpener(ct::api::ApiClient *client, ContactsModel *contacts, QObject *parent = nullptr);

    // Finishes with opened() or failed(), once.
    void open(const QString &value, bool byExternalId);

Q_SIGNALS:
    void opened(const QString &clientId);
    void failed(const QString &message);

private:
    QPointer<ct::api::ApiClient> m_client;
    QPointer<ContactsModel> m_contacts;
};

} // namespace ct::models
