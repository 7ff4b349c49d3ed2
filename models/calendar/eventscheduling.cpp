// SPDX-License-Identifier: MIT
#include "eventscheduling.h"

#include "api/normalizer.h"
#include "api/validator.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxEntry;
using ct::store::OutboxState;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {
const QString createCall = ct::api::callName(ct::api::Call::CreateClientEvent);
const QString deleteCall = ct::api::callName(ct::api::Call::DeleteClientEvent);
const QString appointment = u"Appointment"_s;
}

ct::api::ApiParams EventDraft::params() const
{
    using ct::api::Normalizer::toApiDate;
    using ct::api::Normalizer::toApiTime;
    ct::api::ApiParams p{{u"client_id"_s, clientId},
                         {u"event_type"_s, type},
                         {u"event_date"_s, toApiDate(date)},
                         {u"event_time"_s, toApiTime(time)},
                         {u"event_note"_s, note}};
    if (!userId.isEmpty())
        p.insert(u"user_id"_s, userId);
    if (type == appointment) {
        p.insert(u"event_end_date"_s, toApiDate(endDate));
        p.insert(u"event_end_time"_s, toApiTime(endTime));
    }
    if (!planId.isEmpty() && planId != u"0")
        p.insert(u"event_manual_action_plan_id"_s, planId);
    return p;
}

EventDraft EventDraft::fromEvent(const CalendarEvent &event)
{
    EventDraft d;
    d.clientId = event.clientId;
    d.type = event.type;
    d.date = event.start.date();
    d.time = event.start.time();
    d.endDate = event.end.date();
    d.endTime = event.end.time();
    d.userId = event.userId;
    d.note = event.note;
    d.planId = event.planId;
    return d;
}

EventScheduling::EventScheduling(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_replayer(replayer)
{
}

QList<EventScheduling::Problem> EventScheduling::check(const EventDraft &draft)
{
    QList<Problem> problems;
    if (draft.clientId.trimmed().isEmpty())
        problems.append({u"client_id"_s, tr("Choose the contact the event is for.")});
    if (!QStringList({u"Call"_s, u"Contact Reminder"_s, appointment}).contains(draft.type))
        problems.append({u"event_type"_s, tr("Choose Call, Contact Reminder or Appointment.")});
    if (!draft.date.isValid())
        problems.append({u"event_date"_s, tr("Enter the date.")});
    if (!draft.time.isValid())
        problems.append({u"event_time"_s, tr("Enter the time.")});
    if (draft.userId.isEmpty())
        problems.append({u"user_id"_s, tr("Choose whose calendar the event goes on.")});
    if (draft.note.trimmed().isEmpty())
        problems.append({u"event_note"_s, tr("ClientTether needs a note for every event.")});
    if (draft.type == appointment) {
        if (!draft.endDate.isValid())
            problems.append({u"event_end_date"_s, tr("An appointment needs an end date.")});
        else if (!draft.endTime.isValid())
            problems.append({u"event_end_time"_s, tr("An appointment needs an end time.")});
        else if (draft.date.isValid() && draft.time.isValid()
                 && QDateTime(draft.endDate, draft.endTime) <= QDateTime(draft.date, draft.time))
            problems.append({u"event_end_time"_s, tr("The end must be after the start.")});
    }
    if (!problems.isEmpty())
        return problems;
    // What the server would refuse, said before anything is queued. A contact still being
    // created has no id yet: its local key stands in until the create is confirmed.
    ct::api::ApiParams params = draft.params();
    if (RecordKey::isLocal(params.value(u"client_id"_s)))
        params.insert(u"client_id"_s, u"1"_s);
    const ct::api::CallSpec &create = ct::api::callSpec(ct::api::Call::CreateClientEvent);
    const ct::api::ApiResult result = ct::api::Validator::check(create, params);
    if (!result.ok()) {
        QString key = result.offendingKey;
        if (key.isEmpty()) {
            const QStringList missing = ct::api::Validator::missingKeys(create, params);
            key = missing.value(0).section(u'|', 0, 0);
        }
        QString message = ct::api::Validator::problemWith(key, params.value(key));
        problems.append({key, message.isEmpty() ? result.message : message});
    }
    return problems;
}

EventScheduling::Outcome EventScheduling::refused(const QString &message, const QString &key) const
{
    Outcome o;
    o.problem = {key, message};
    return o;
}

EventScheduling::Outcome EventScheduling::schedule(const EventDraft &draft)
{
    if (const QList<Problem> problems = check(draft); !problems.isEmpty())
        return Outcome{false, {}, problems.constFirst()};
    if (!m_outbox)
        return refused(tr("The account is not open."));
    // A local key of its own, so a cancel before the server heard of it drops the create.
    const QString key = RecordKey::newLocal(u"event"_s);
    const auto r = m_outbox->enqueue(createCall, draft.params(), key);
    if (!r.accepted())
        return refused(r.errorString);
    return Outcome{true, key, {}};
}

EventScheduling::Outcome EventScheduling::editQueuedCreate(const CalendarEvent &event, const ct::api::ApiParams &params)
{
    const OutboxEntry *entry = m_outbox->find(event.opId);
    if (!entry)
        return refused(tr("The event changed meanwhile; look at it again."));
    // A create that may already be on the server cannot be rewritten: it would be made twice.
    if (entry->state == OutboxState::InFlight || entry->maybeApplied)
        return refused(tr("The event is being sent to the server; change it again in a moment."));
    if (!m_replayer || !m_replayer->edit(event.opId, params))
        return refused(m_outbox->errorString().isEmpty() ? tr("The event could not be changed.") : m_outbox->errorString());
    return Outcome{true, event.key, {}};
}

EventScheduling::Outcome EventScheduling::move(const CalendarEvent &event, const EventDraft &to)
{
    if (const QList<Problem> problems = check(to); !problems.isEmpty())
        return Outcome{false, {}, problems.constFirst()};
    if (!m_outbox)
        return refused(tr("The account is not open."));
    if (event.isPending())
        return editQueuedCreate(event, to.params());

    // Both halves under one record: the replayer sends them in this order, one at a time. They
    // are written together, so no crash or refusal can leave the delete alone (a cancel).
    const QString key = RecordKey::newLocal(u"event"_s);
    const auto results = m_outbox->enqueueTogether({{deleteCall, {{u"event_id"_s, event.eventId}}, key, {}},
                                                    {createCall, to.params(), key, {}}});
    if (results.size() != 2 || !results.constLast().accepted())
        return refused(results.constLast().errorString);
    return Outcome{true, key, {}};
}

EventScheduling::Outcome EventScheduling::cancel(const CalendarEvent &event)
{
    if (!m_outbox)
        return refused(tr("The account is not open."));
    if (!event.isPending()) {
        const auto r = m_outbox->enqueue(deleteCall, {{u"event_id"_s, event.eventId}});
        return r.accepted() ? Outcome{true, event.key, {}} : refused(r.errorString);
    }
    // A pending move: its create goes (the outbox takes the unsent delete along with it), and
    // what remains to do is deleting the old event, once.
    const OutboxEntry *create = m_outbox->find(event.opId);
    if ((!event.movedFromId.isEmpty() || !RecordKey::isLocal(event.key)) && create
        && create->state != OutboxState::InFlight && !create->maybeApplied) {
        if (!m_replayer || !m_replayer->discard(event.opId))
            return refused(tr("The event is being sent to the server; cancel it again in a moment."));
        if (event.movedFromId.isEmpty())
            return Outcome{true, event.key, {}};
        const bool oldStillGoing = std::any_of(m_outbox->entries().cbegin(), m_outbox->entries().cend(),
                                               [&event](const OutboxEntry &e) {
            return e.callName == deleteCall && e.params.value(u"event_id"_s) == event.movedFromId;
        });
        if (oldStillGoing)
            return Outcome{true, event.key, {}};
        const auto r = m_outbox->enqueue(deleteCall, {{u"event_id"_s, event.movedFromId}});
        return r.accepted() ? Outcome{true, event.key, {}} : refused(r.errorString);
    }
    if (!RecordKey::isLocal(event.key))
        return refused(tr("The event is being sent to the server; cancel it again in a moment."));
    // A create never sent is dropped by the outbox with this delete; one that may have reached
    // the server is deleted once its id is known (the outbox rewrites the local key).
    const auto r = m_outbox->enqueue(deleteCall, {{u"event_id"_s, event.key}}, event.key);
    return r.accepted() ? Outcome{true, event.key, {}} : refused(r.errorString);
}

bool EventScheduling::isMoveHalf(const ct::store::Outbox &outbox, const OutboxEntry &entry)
{
    if (!RecordKey::isLocal(entry.recordKey) || (entry.callName != createCall && entry.callName != deleteCall))
        return false;
    const QString other = entry.callName == createCall ? deleteCall : createCall;
    if (entry.callName == deleteCall && entry.params.value(u"event_id"_s) == entry.recordKey)
        return false;   // the cancel of a queued event, not a move
    for (const OutboxEntry &e : outbox.entries()) {
        if (e.recordKey == entry.recordKey && e.callName == other
            && (other == createCall || e.params.value(u"event_id"_s) != e.recordKey))
            return true;
    }
    return false;
}

QString EventScheduling::describeInOutbox(const ct::store::Outbox &outbox, const OutboxEntry &entry)
{
    // The API moves an event as a delete and a create: say they are one change.
    if (!isMoveHalf(outbox, entry))
        return {};
    return entry.isDelete() ? tr("Move event (1 of 2: free the old time)") : tr("Move event (2 of 2: book the new time)");
}

} // namespace ct::models
