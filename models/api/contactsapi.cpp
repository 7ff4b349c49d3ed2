// SPDX-License-Identifier: MIT
#include "contactsapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *ContactsApi::create(const QString &firstName, const QString &lastName, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"firstName"_s, firstName);
    p.insert(u"lastName"_s, lastName);
    return send(Call::CreateClient, p);
}

ApiReply *ContactsApi::exists(const QString &firstName, const QString &lastName, const QString &phone,
                              const QString &email) const
{
    ApiParams p;
    p = with(p, u"firstName"_s, firstName);
    p = with(p, u"lastName"_s, lastName);
    p = with(p, u"phone"_s, phone);
    p = with(p, u"email"_s, email);
    return exists(p);
}

ApiReply *ContactsApi::exists(const ApiParams &lookup) const
{
    return send(Call::ReadClientExist, lookup);
}

ApiReply *ContactsApi::readById(const QString &clientId) const
{
    return send(Call::ReadClientById, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::readByExternalId(const QString &externalId) const
{
    return send(Call::ReadClientByExternalId, {{u"external_id"_s, externalId}});
}

ApiReply *ContactsApi::readList(int offset, int limit) const
{
    return send(Call::ReadClientList,
                {{u"offset"_s, QString::number(offset)}, {u"limit"_s, QString::number(limit)}});
}

ApiReply *ContactsApi::update(const QString &clientId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"client_id"_s, clientId);
    return send(Call::UpdateClientById, p);
}

ApiReply *ContactsApi::updateByExternalId(const QString &externalId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"external_id"_s, externalId);
    return send(Call::UpdateClientByExternalId, p);
}

ApiReply *ContactsApi::remove(const QString &clientId) const
{
    return send(Call::DeleteClientById, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::removeByExternalId(const QString &externalId) const
{
    return send(Call::DeleteClientByExternalId, {{u"external_id"_s, externalId}});
}

ApiReply *ContactsApi::historyNotes(const QString &clientId) const
{
    return send(Call::ReadClientHistoryNotes, {{u"client_id"_s, clientId}});
}

ApiReply *ContactsApi::addHistoryNote(const QString &clientId, const QString &noteBody) const
{
    return send(Call::CreateClientHistoryNote, {{u"client_id"_s, clientId}, {u"note_body"_s, noteBody}});
}

ApiReply *ContactsApi::pendingActions(const QString &clientId, const QString &externalId) const
{
    ApiParams p;
    p = with(p, u"client_id"_s, clientId);
    if (clientId.isEmpty())
        p = with(p, u"external_id"_s, externalId);
    return send(Call::ReadPendingActions, p);
}

} // namespace ct::api
