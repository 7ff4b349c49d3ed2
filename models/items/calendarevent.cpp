// SPDX-License-Identifier: MIT
#include "calendarevent.h"
#include "rowtext.h"

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
    e.eventId = rowText(row, u"event_id"_s);
    e.key = e.eventId.isEmpty() ? QString() : ct::store::RecordKey::make(u"event"_s, e.eventId);
    e.clientId = rowText(row, u"client_id"_s);
    e.type = rowText(row, u"event_type"_s);
    e.note = rowText(row, u"event_note"_s);
    e.userId = rowText(row, u"user_id"_s);
    e.planId = rowText(row, u"event_manual_action_plan_id"_s);
    e.contactName = QStringList({rowText(row, u"firstName"_s), rowText(row, u"lastName"_s)}).join(u' ').trimmed();
    const QDate date = fromApiDate(rowText(row, u"event_date"_s));
    const QTime time = fromApiTime(rowText(row, u"event_time"_s));
    e.start = QDateTime(date, time.isValid() ? time : QTime(0, 0));
    const QString endDateText = rowText(row, u"event_end_date"_s);
    const QDate endDate = endDateText.isEmpty() ? date : fromApiDate(endDateText);
    const QTime endTime = fromApiTime(rowText(row, u"event_end_time"_s));
    e.end = endTime.isValid() && endDate.isValid() ? QDateTime(endDate, endTime) : QDateTime();
    if (!e.end.isValid() || e.end <= e.start)
        e.end = e.start.addSecs(30 * 60);
    return e;
}

} // namespace ct::models
