// SPDX-License-Identifier: MIT
#pragma once

#include "entityapi.h"

namespace ct::api {

// Contacts (clients), their history notes and pending actions: the twelve client calls.
class ContactsApi : public EntityApi
{
public:
    using EntityApi::EntityApi;

    // create_client. Does not refuse duplicates: look with exists() first.
    ApiReply *create(const QString &firstName, const QString &lastName, const ApiParams &fields = {}) const;
    // read_client_exist: any non-empty subset of the four keys.
    ApiReply *exists(const QString &firstName, const QString &lastName, const QString &phone,
                     const QString &email) const;
    // read_client_exist with the lookup keys as given (one of them, or several).
    ApiReply *exists(const ApiParams &lookup) const;
    ApiReply *readById(const QString &clientId) const;                 // read_client_by_id/ID
    ApiReply *readByExternalId(const QString &externalId) const;       // read_client_by_external_id
    ApiReply *readList(int offset = 0, int limit = 100) const;         // read_client_list, limit <= 100
    ApiReply *update(const QString &clientId, const ApiParams &fields) const;              // update_client_by_id
    ApiReply *updateByExternalId(const QString &externalId, const ApiParams &fields) const; // update_client_by_external_id
    ApiReply *remove(const QString &clientId) const;                   // delete_client_by_id
    ApiReply *removeByExternalId(const QString &externalId) const;     // delete_client_by_external_id
    ApiReply *historyNotes(const QString &clientId) const;             // read_client_history_notes
    ApiReply *addHistoryNote(const QString &clientId, const QString &noteBody) const; // create_client_history_note
    // read_pending_actions by client id, or by external id when clientId is empty.
    ApiReply *pendingActions(const QString &clientId, const QString &externalId = {}) const;
};

} // namespace ct::api
