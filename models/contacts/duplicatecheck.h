// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QObject>
#include <QPointer>

namespace ct::api { class ApiClient; struct ApiResult; }

// Before a new contact is queued: asks the server for contacts with the same email or phone
// (create_client never refuses duplicates, so the document says to look first) and looks for
// the same name among the contacts held here.
namespace ct::models {

class ContactsModel;

class DuplicateCheck : public QObject
{
    Q_OBJECT

public:
    struct Match
    {
        QString clientId;
        QString name;      // empty when the contact is not held here
        QString reason;    // "same email", "same phone", "same name"
    };

    DuplicateCheck(ct::api::ApiClient *client, const ContactsModel *contacts, QObject *parent = nullptr);

    // Finishes with exactly one finished() signal.
    void run(const ct::api::ApiParams &fields);

Q_SIGNALS:
    void finished(const QList<ct::models::DuplicateCheck::Match> &matches, const QString &warning);

private:
    void addMatch(const QString &id, const QString &reason);
    void oneDone();

    QPointer<ct::api::ApiClient> m_client;
    const ContactsModel *m_contacts;
    QList<Match> m_matches;
    QString m_warning;
    int m_waiting = 0;
};

} // namespace ct::models
