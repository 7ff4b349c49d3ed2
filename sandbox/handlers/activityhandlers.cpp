// SPDX-License-Identifier: MIT
#include "activityhandlers.h"

#include "answers.h"
#include "clientrecords.h"
#include "planrunner.h"

#include "api/normalizer.h"

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;
namespace N = ct::api::Normalizer;

namespace ct::sandbox::ActivityHandlers {

namespace {

const QString integrationAssignment = u"Integration Assignment"_s;

qint64 clientId(const CallContext &ctx)
{
    return ctx.value(u"client_id"_s).toLongLong();
}

QString dateOr(const CallContext &ctx, const QString &key)
{
    return ctx.has(key) ? ctx.value(key) : N::toApiDate(ctx.today);
}

QString timeOr(const CallContext &ctx, const QString &key)
{
    return ctx.has(key) ? ctx.value(key) : N::toApiTime(ctx.now);
}

// The document: manual emails, texts and notes are "inserted in the History Notes as an
// Integration Assignment".
void addHistoryNote(const CallContext &ctx, const QString &source, const QString &body,
                    const QString &date, const QString &time)
{
    ctx.store.insert(u"INSERT INTO history_notes (account_id, client_id, note_type, note_source,"
                     " note_body, note_date, note_time) VALUES (?,?,?,?,?,?,?)"_s,
                     {ctx.account.id, clientId(ctx), integrationAssignment, source, body, date, time});
}

QJsonObject createManualEmail(const CallContext &ctx)
{
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
        return Answers::code(NoRecord);
    const QString date = dateOr(ctx, u"email_date"_s);
    const QString time = timeOr(ctx, u"email_time"_s);
    ctx.store.insert(u"INSERT INTO messages (account_id, client_id, kind, subject, body, message_date,"
                     " message_time, email_cc, email_bcc, exclude_contact) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                     {ctx.account.id, clientId(ctx), u"email"_s, ctx.value(u"email_subject"_s),
                      ctx.value(u"email_body"_s), date, time, ctx.value(u"email_cc"_s),
                      ctx.value(u"email_bcc"_s), ctx.has(u"exclude_contact"_s) ? ctx.value(u"exclude_contact"_s) : u"0"_s});
    addHistoryNote(ctx, u"email"_s,
                   u"Email: %1\n%2"_s.arg(ctx.value(u"email_subject"_s), ctx.value(u"email_body"_s)),
                   date, time);
    return Answers::success();
}

QJsonObject createManualText(const CallContext &ctx)
{
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
        return Answers::code(NoRecord);
    const QString date = dateOr(ctx, u"text_date"_s);
    const QString time = timeOr(ctx, u"text_time"_s);
    ctx.store.insert(u"INSERT INTO messages (account_id, client_id, kind, body, message_date,"
                     " message_time) VALUES (?,?,?,?,?,?)"_s,
                     {ctx.account.id, clientId(ctx), u"text"_s, ctx.value(u"text_body"_s), date, time});
    addHistoryNote(ctx, u"text"_s, u"Text: %1"_s.arg(ctx.value(u"text_body"_s)), date, time);
    return Answers::success();
}

QJsonObject createHistoryNote(const CallContext &ctx)
{
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
        return Answers::code(NoRecord);
    addHistoryNote(ctx, u"note"_s, ctx.value(u"note_body"_s), N::toApiDate(ctx.today), N::toApiTime(ctx.now));
    return Answers::success();
}

QJsonObject readHistoryNotes(const CallContext &ctx)
{
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
        return Answers::code(NoRecord);
    return Answers::read(ctx.store.rows(
        u"SELECT note_id, client_id, note_type, note_source, note_body, note_date, note_time"
        " FROM history_notes WHERE client_id=? ORDER BY note_date, note_time, note_id"_s,
        {clientId(ctx)}));
}

QJsonObject createEvent(const CallContext &ctx)
{
    if (!ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
        return Answers::code(NoRecord);
    if (ctx.has(u"user_id"_s)
        && !ctx.store.scalar(u"SELECT 1 FROM users WHERE user_id=? AND account_id=?"_s,
                             {ctx.value(u"user_id"_s).toLongLong(), ctx.account.id}).isValid())
        return Answers::validation(u"user_id"_s);
    const qint64 manualPlan = ctx.value(u"event_manual_action_plan_id"_s).toLongLong();
    if (manualPlan != 0) {
        // Only plans set for manual scheduling may hang off an event.
        const QJsonObject plan = PlanRunner::plan(ctx.store, ctx.account.id, manualPlan);
        if (plan.value(u"action_plan_manual_schedule"_s).toString() != u"1")
            return Answers::validation(u"event_manual_action_plan_id"_s);
    }
    const qint64 eventId = ctx.store.insert(
        u"INSERT INTO events (account_id, client_id, event_type, event_date, event_time, event_note,"
        " user_id, event_end_date, event_end_time, event_manual_action_plan_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
        {ctx.account.id, clientId(ctx), ctx.value(u"event_type"_s), ctx.value(u"event_date"_s),
         ctx.value(u"event_time"_s), ctx.value(u"event_note"_s),
         ctx.has(u"user_id"_s) ? QVariant(ctx.value(u"user_id"_s).toLongLong()) : QVariant(),
         ctx.value(u"event_end_date"_s), ctx.value(u"event_end_time"_s),
         manualPlan ? QVariant(manualPlan) : QVariant()});
    if (eventId < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    if (manualPlan != 0)
        PlanRunner::scheduleForEvent(ctx.store, ctx.account.id, clientId(ctx), manualPlan, eventId,
                                     N::fromApiDate(ctx.value(u"event_date"_s)));
    // The document only promises "Success"; the new id lets a client move the event later
    // (delete, then create).
    return Answers::written({QJsonObject{{u"event_id"_s, QString::number(eventId)}}});
}

QJsonObject deleteEvent(const CallContext &ctx)
{
    const qint64 eventId = ctx.value(u"event_id"_s).toLongLong();
    if (!ctx.store.scalar(u"SELECT 1 FROM events WHERE event_id=? AND account_id=?"_s,
                          {eventId, ctx.account.id}).isValid())
        return Answers::code(NoRecord);
    ctx.store.ok(u"DELETE FROM pending_actions WHERE event_id=?"_s, {eventId});
    ctx.store.ok(u"DELETE FROM events WHERE event_id=?"_s, {eventId});
    return Answers::success();
}

QJsonObject readAppointments(const CallContext &ctx)
{
    const qint64 userId = ctx.value(u"user_id"_s).toLongLong();
    if (!ctx.store.scalar(u"SELECT 1 FROM users WHERE user_id=? AND account_id=?"_s,
                          {userId, ctx.account.id}).isValid())
        return Answers::code(NoRecord);
    // "7 days from today's date": today and the six days after it.
    return Answers::read(ctx.store.rows(
        u"SELECT e.event_id, e.client_id, c.first_name AS firstName, c.last_name AS lastName,"
        " e.event_type, e.event_date, e.event_time, e.event_end_date, e.event_end_time,"
        " e.event_note, e.user_id FROM events e JOIN clients c ON c.client_id = e.client_id"
        " WHERE e.account_id=? AND e.user_id=? AND e.event_type='Appointment'"
        " AND e.event_date >= ? AND e.event_date <= ? ORDER BY e.event_date, e.event_time, e.event_id"_s,
        {ctx.account.id, userId, N::toApiDate(ctx.today), N::toApiDate(ctx.today.addDays(6))}));
}

QJsonObject readPendingActions(const CallContext &ctx)
{
    QList<qint64> ids;
    if (ctx.has(u"client_id"_s)) {
        if (ClientRecords::exists(ctx.store, ctx.account.id, clientId(ctx)))
            ids.append(clientId(ctx));
    } else {
        ids = ClientRecords::idsByExternalId(ctx.store, ctx.account.id, ctx.value(u"external_id"_s));
    }
    if (ids.isEmpty())
        return Answers::code(NoRecord);
    QJsonArray rows;
    for (qint64 id : ids) {
        const QJsonArray part = ctx.store.rows(
            u"SELECT p.action_id, p.client_id, p.action_plan_id, COALESCE(a.action_plan_name, '')"
            " AS action_plan_name, p.event_id, p.step_order, p.action_type, p.action_date,"
            " p.action_time, p.subject, p.body FROM pending_actions p"
            " LEFT JOIN action_plans a ON a.action_plan_id = p.action_plan_id"
            " WHERE p.client_id=? ORDER BY p.action_date, p.action_time, p.step_order, p.action_id"_s,
            {id});
        for (const QJsonValue &row : part)
            rows.append(row);
    }
    return Answers::read(rows);
}

QJsonObject createImmediateCall(const CallContext &ctx)
{
    ctx.store.insert(u"INSERT INTO immediate_calls (account_id, agent_phone, client_full_name,"
                     " client_phone, say, requested_at) VALUES (?,?,?,?,?,?)"_s,
                     {ctx.account.id, ctx.value(u"agent_phone"_s), ctx.value(u"client_full_name"_s),
                      ctx.value(u"client_phone"_s), ctx.value(u"say"_s),
                      N::toApiDate(ctx.today) + u' ' + N::toApiTime(ctx.now)});
    return Answers::success();
}

} // namespace

void registerAll(HandlerTable &t)
{
    t.insert(u"create_manual_email"_s, createManualEmail);
    t.insert(u"create_manual_text"_s, createManualText);
    t.insert(u"create_client_history_note"_s, createHistoryNote);
    t.insert(u"create_client_event"_s, createEvent);
    t.insert(u"create_immed_call"_s, createImmediateCall);
    t.insert(u"read_client_history_notes"_s, readHistoryNotes);
    t.insert(u"read_appts_by_user_id"_s, readAppointments);
    t.insert(u"read_pending_actions"_s, readPendingActions);
    t.insert(u"delete_client_event"_s, deleteEvent);
}

} // namespace ct::sandbox::ActivityHandlers
