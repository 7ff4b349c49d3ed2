// SPDX-License-Identifier: MIT
#pragma once

#include "outboxediting.h"

#include "api/apicall.h"

#include <QUuid>

// What the contact screens ask for: save, create, delete (and undo while still queued), add a
// note. Each becomes an outbox entry committed before this returns, then shows in the contacts
// model at once as pending.
namespace ct::models {

class ContactsModel;

class ContactEditing : public OutboxEditing
{
    Q_OBJECT

public:
    ContactEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, ContactsModel *contacts,
                   QObject *parent = nullptr);

    // key: a client_id or the local key of a contact not yet created. False: not accepted
    // (errorString() says why); nothing was queued.
    bool saveChanges(const QString &key, const ct::api::ApiParams &changed, const ct::api::ApiParams &base);
    // Returns the new contact's local key ("client:local:<uuid>"), empty when not accepted.
    QString createContact(const ct::api::ApiParams &fields);
    bool deleteContact(const QString &key);
    // Queues delete_client_by_external_id: the contact another system knows by that id. The
    // contacts model hides it (if held) as it sees the entry.
    bool deleteByExternalId(const QString &externalId);
    // Takes a delete back while it has not been sent.
    bool undoDelete(const QString &key);
    bool canUndoDelete(const QString &key) const;
    bool addNote(const QString &key, const QString &body);

    // Tags a contact edit names that the account lacks are created first (create_tag, queued
    // in the contact's order so the server meets the tag before the contact using it).
    void setAccountTags(class AccountTags *catalog) { m_tags = catalog; }

private:
    QString clientIdParam(const QString &key) const;
    QString recordKeyFor(const QString &key) const;
    bool createMissingTags(const ct::api::ApiParams &fields, const QString &recordKey);

    QPointer<ContactsModel> m_contacts;
    QPointer<AccountTags> m_tags;
};

} // namespace ct::models
