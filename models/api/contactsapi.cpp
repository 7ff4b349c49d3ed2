// SPDX-License-Identifier: MIT
#include "contactsapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *ContactsApi::create(const QString &firstName, const QString &lastName, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"firstName"_s, firstName);
    p.insert(u"lastName"_s, lastName);
    return send(u"create_client"_s, p);
}

ApiReply *ContactsApi::exists(const QString &firstName, const QString &lastName, const QString &phone,
                              const QString &email) const
{
    ApiParams p;
    p = with(p, u"firstName"_s, firstName);
    p = with(p, u"lastName"_s, lastName);
    p = with(p, u"phone"_s, phone);
    p = with(p, u"email"_s, email);
    return send(u"read_client_exist"_s, p);
}

ApiReply *ContactsApi::readById(const QString &clientId) const
{
    return send(u"read_client_by_id"_s, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::readByExternalId(const QString &externalId) const
{
    return send(u"read_client_by_external_id"_s, {{u"external_id"_s, externalId}});
}

ApiReply *ContactsApi::readList(int offset, int limit) const
{
    return send(u"read_client_list"_s,
                {{u"offset"_s, QString::number(offset)}, {u"limit"_s, QString::number(limit)}});
}

ApiReply *ContactsApi::update(const QString &clientId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"client_id"_s, clientId);
    return send(u"update_client_by_id"_s, p);
}

ApiReply *ContactsApi::updateByExternalId(const QString &externalId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"external_id"_s, externalId);
    return send(u"update_client_by_external_id"_s, p);
}

ApiReply *ContactsApi::remove(const QString &clientId) const
{
    return send(u"delete_client_by_id"_s, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::removeByExternalId(const QString &externalId) const
{
    return send(u"delete_client_by_external_id"_s, {{u"external_id"_s, externalId}});
}

ApiReply *ContactsApi::historyNotes(const QString &clientId) const
{
    return send(u"read_client_history_notes"_s, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::addHistoryNote(const QString &clientId, const QString &noteBody) const
{
    return send(u"create_client_history_note"_s, {{u"client_id"_s, clientId}, {u"note_body"_s, noteBody}});
}

ApiReply *ContactsApi::pendingActions(const QString &clientId, const QString &externalId) const
{
    ApiParams p;
    p = with(p, u"client_id"_s, clientId);
    if (clientId.isEmpty())
        p = with(p, u"external_id"_s, externalId);
    return send(u"read_pending_actions"_s, p);
}

} // namespace ct::api
