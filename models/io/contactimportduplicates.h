// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// Finds contacts that look like the same person, by email address (any case) or by phone
// (ten digits): among the contacts the account already has and among rows imported before.
// create_client does not refuse duplicates, so the import looks first, as the document advises.
namespace ct::models {

struct DuplicateMatch
{
    QString field;      // "email" or "phone"; "" when there is no match
    QString value;      // the normalised value both share
    QString clientId;   // the existing contact matched ("" when it was a row of the file)
    int row = 0;        // the earlier row of the file matched (0 when an existing contact)
    QString queuedKey;  // a contact created earlier and still waiting in the outbox
    bool isDuplicate() const { return !field.isEmpty(); }
};

class ContactDuplicateIndex
{
public:
    void addExisting(const QJsonObject &contact);
    void addExisting(const QList<QJsonObject> &contacts);
    // A create_client still in the outbox (the same file imported twice while offline).
    void addQueued(const ct::api::ApiParams &params, const QString &recordKey);
    void addImported(const ct::api::ApiParams &params, int row);
    DuplicateMatch find(const ct::api::ApiParams &params) const;
    void clear();

private:
    struct Ref
    {
        QString clientId;
        int row = 0;
        QString queuedKey;
    };
    void add(const QString &email, const QString &phone, const Ref &ref);
    static QString emailKey(const QString &email);
    static QString phoneKey(const QString &phone);

    QHash<QString, Ref> m_byEmail;
    QHash<QString, Ref> m_byPhone;
};

} // namespace ct::models
