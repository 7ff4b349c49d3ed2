// SPDX-License-Identifier: MIT
#include "calendarevent.h"
#include "serverfieldtext.h"

#include "api/normalizer.h"
#include "store/outboxentry.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

CalendarEvent calendarEventFromRow(const QJsonObject &row)
{
    using ct::api::Normalizer::fromApiDate;
    using ct::api::Normalizer::fromApiTime;
    CalendarEvent e;
    e.eventId = serverFieldText(row, u"event_id"_s);
    e.key = e.eventId.isEmpty() ? QString() : ct::store::RecordKey::make(u"event"_s, e.eventId);
    e.clientId = serverFieldText(row, u"client_id"_s);
    e.type = serverFieldText(row, u"event_type"_s);
    e.note = serverFieldText(row, u"event_note"_s);
    e.userId = serverFieldText(row, u"user_id"_s);
    e.planId = serverFieldText(row, u"event_manual_action_plan_id"_s);
    e.contactName = QStringList({serverFieldText(row, u"firstName"_s), serverFieldText(row, u"lastName"_s)}).join(u' ').trimmed();
    const QDate date = fromApiDate(serverFieldText(row, u"event_date"_s));
    const QTime time = fromApiTime(serverFieldText(row, u"event_time"_s));
    e.start = QDateTime(date, time.isValid() ? time : QTime(0, 0));
    const QString endDateText = serverFieldText(row, u"event_end_date"_s);
    const QDate endDate = endDateText.isEmpty() ? date : fromApiDate(endDateText);
    const QTime endTime = fromApiTime(serverFieldText(row, u"event_end_time"_s));
    e.end = endTime.isValid() && endDate.isValid() ? QDateTime(endDate, endTime) : QDateTime();
    if (!e.end.isValid() || e.end <= e.start)
        e.end = e.start.addSecs(30 * 60);
    return e;
}

} // namespace ct::models
