// SPDX-License-Identifier: MIT
#pragma once

#include "entityapi.h"

#include <QDate>
#include <QTime>

namespace ct::api {

// Events on a contact's calendar and a user's appointments. There is no update call: moving
// an event is remove() followed by create().
class EventsApi : public EntityApi
{
public:
    using EntityApi::EntityApi;

    // create_client_event. eventType is Call, Contact Reminder or Appointment; an Appointment
    // also needs user_id in fields (event_end_date and event_end_time are optional there).
    ApiReply *create(const QString &clientId, const QString &eventType, QDate date, QTime time,
                     const QString &note, const ApiParams &fields = {}) const;
    ApiReply *remove(const QString &eventId) const;                 // delete_client_event
    ApiReply *appointmentsForUser(const QString &userId) const;     // read_appts_by_user_id (next 7 days)
};

// Messages sent on a contact's behalf: manual email, manual text, immediate call.
class MessagesApi : public EntityApi
{
public:
    using EntityApi::EntityApi;

    // create_manual_email; fields may hold email_date, email_time, cc, bcc, exclude_contact.
    ApiReply *sendEmail(const QString &clientId, const QString &subject, const QString &body,
                        const ApiParams &fields = {}) const;
    // create_manual_text; fields may hold text_date, text_time.
    ApiReply *sendText(const QString &clientId, const QString &body, const ApiParams &fields = {}) const;
    // create_immed_call: phones are ten digits (Normalizer::phone).
    ApiReply *placeCall(const QString &agentPhone, const QString &clientFullName, const QString &clientPhone,
                        const QString &say) const;
};

} // namespace ct::api
