// SPDX-License-Identifier: MIT
#include "activityapi.h"

#include "normalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *EventsApi::create(const QString &clientId, const QString &eventType, QDate date, QTime time,
                            const QString &note, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"client_id"_s, clientId);
    p.insert(u"event_type"_s, eventType);
    p.insert(u"event_date"_s, Normalizer::toApiDate(date));
    p.insert(u"event_time"_s, Normalizer::toApiTime(time));
    p.insert(u"event_note"_s, note);
    return send(Call::CreateClientEvent, p);
}

ApiReply *EventsApi::remove(const QString &eventId) const
{
    return send(Call::DeleteClientEvent, {{u"event_id"_s, eventId}});
}

ApiReply *EventsApi::appointmentsForUser(const QString &userId) const
{
    return send(Call::ReadApptsByUserId, {{u"user_id"_s, userId}});
}

ApiReply *MessagesApi::sendEmail(const QString &clientId, const QString &subject, const QString &body,
                                 const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"client_id"_s, clientId);
    p.insert(u"email_subject"_s, subject);
    p.insert(u"email_body"_s, body);
    return send(Call::CreateManualEmail, p);
}

ApiReply *MessagesApi::sendText(const QString &clientId, const QString &body, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"client_id"_s, clientId);
    p.insert(u"text_body"_s, body);
    return send(Call::CreateManualText, p);
}

ApiReply *MessagesApi::placeCall(const QString &agentPhone, const QString &clientFullName,
                                 const QString &clientPhone, const QString &say) const
{
    return send(Call::CreateImmedCall, {{u"agent_phone"_s, agentPhone},
                                         {u"client_full_name"_s, clientFullName},
                                         {u"client_phone"_s, clientPhone},
                                         {u"say"_s, say}});
}

} // namespace ct::api
