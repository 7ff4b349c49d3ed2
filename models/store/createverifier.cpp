// SPDX-License-Identifier: MIT
#include "createverifier.h"
#include "storelogging.h"

#include "api/activityapi.h"
#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "api/contactsapi.h"

#include <QJsonObject>
#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiResult;
using ct::api::ApiStatus;

namespace ct::store {

namespace {

QString rowValue(const QJsonObject &row, const QString &key)
{
    const QJsonValue v = row.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

// "No Record Found" is an answer, not a failure, for a lookup.
bool isNoRecord(const ApiResult &r)
{
    return r.status == ApiStatus::ServerCode && r.ctCode == ct::api::CtCode::NoRecord;
}

QStringList idsOf(const ApiResult &r, const QString &key)
{
    QStringList ids;
    for (const QJsonValue &row : r.rows) {
        const QString id = rowValue(row.toObject(), key);
        if (!id.isEmpty() && id != u"false")
            ids.append(id);
    }
    // Some servers answer a single match at top level instead of in data.
    const QString top = rowValue(r.body, key);
    if (!top.isEmpty() && top != u"false" && !ids.contains(top))
        ids.append(top);
    return ids;
}

// The ids of the history notes whose body passes `matches` ("#n", by position, for a server
// that gives notes no id).
QStringList notesWhere(const ApiResult &result,
                       const std::function<bool(const QString &body, const QJsonObject &row)> &matches)
{
    static const QStringList bodyKeys = {u"note_body"_s, u"note"_s, u"Note"_s, u"body"_s, u"notes"_s};
    static const QStringList idKeys = {u"note_id"_s, u"history_id"_s, u"id"_s};
    QStringList found;
    int index = 0;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        ++index;
        bool same = false;
        for (const QString &key : bodyKeys) {
            if (row.contains(key)) {
                same = matches(rowValue(row, key), row);
                break;
            }
        }
        if (!same)
            continue;
        QString id;
        for (const QString &key : idKeys) {
            id = rowValue(row, key);
            if (!id.isEmpty())
                break;
        }
        found.append(id.isEmpty() ? u"#%1"_s.arg(index) : id);
    }
    return found;
}

} // namespace

const CreateVerifier *CreateVerifier::forCall(const QString &callName)
{
    using ct::api::Call;
    struct Row
    {
        Call create;
        std::shared_ptr<const CreateVerifier> verifier;
    };
    static const Row table[] = {
        {Call::CreateClient, std::make_shared<ClientCreateVerifier>()},
        {Call::CreateClientHistoryNote, std::make_shared<HistoryNoteCreateVerifier>()},
        {Call::CreateTag, std::make_shared<UniqueNameCreateVerifier>(u"tag_id"_s)},
        // Never journaled in practice: create_user carries a password, which the outbox refuses
        // (UsersModel sends it directly and checks the user list after a lost answer). Kept for
        // completeness; note a CT520 could also mean another account took the username meanwhile.
        {Call::CreateUser, std::make_shared<UniqueNameCreateVerifier>(u"user_id"_s)},
        {Call::CreateManualEmail,
         std::make_shared<ManualMessageCreateVerifier>(QStringList{u"email_subject"_s, u"email_body"_s}, u"email"_s)},
        {Call::CreateManualText, std::make_shared<ManualMessageCreateVerifier>(QStringList{u"text_body"_s}, u"text"_s)},
        {Call::CreateImmedCall, std::make_shared<ImmediateCallCreateVerifier>()},
        {Call::CreateActionPlan, std::make_shared<ActionPlanCreateVerifier>()},
        {Call::CreateClientEvent, std::make_shared<EventCreateVerifier>()},
        {Call::CreateLeadSource,
         std::make_shared<NamedListCreateVerifier>(u"lead_source_id"_s, Call::ReadLeadSourceList, u"lead_source_name"_s)},
        {Call::CreateSalesCycle,
         std::make_shared<NamedListCreateVerifier>(u"sales_cycle_id"_s, Call::ReadSalesCycleList, u"sales_cycle_name"_s)},
    };
    for (const Row &row : table) {
        if (ct::api::callName(row.create) == callName)
            return row.verifier.get();
    }
    return nullptr;
}

void CreateVerifier::snapshot(ct::api::ApiClient *, QObject *, const OutboxEntry &, SnapshotDone done) const
{
    done(ApiResult{}, {});
}

void CreateVerifier::verify(ct::api::ApiClient *, QObject *, const OutboxEntry &, VerifyDone done) const
{
    done(Verdict{Verdict::Kind::NotApplied, {}, {}});
}

bool CreateVerifier::resendAnswerMeansApplied(const ApiResult &) const
{
    return false;
}

QString CreateVerifier::createdId(const ApiResult &result) const
{
    const QStringList ids = idsOf(result, m_idKey);
    if (!ids.isEmpty())
        return ids.constFirst();
    // Tolerate a server that names the id differently: the first *_id of the first row.
    if (!result.rows.isEmpty()) {
        const QJsonObject row = result.rows.first().toObject();
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            if (it.key().endsWith(u"_id") && it.key() != u"external_id")
                return rowValue(row, it.key());
        }
    }
    return {};
}

ct::api::ApiParams ClientCreateVerifier::lookupParams(const ct::api::ApiParams &params)
{
    for (const QString &key : {u"email"_s, u"phone"_s, u"lastName"_s}) {
        if (!params.value(key).isEmpty())
            return {{key, params.value(key)}};
    }
    return {{u"firstName"_s, params.value(u"firstName"_s)}};
}

bool ClientCreateVerifier::recordMatches(const QJsonObject &record, const ct::api::ApiParams &sent)
{
    static const QStringList compared = {u"firstName"_s, u"lastName"_s, u"email"_s, u"phone"_s};
    for (const QString &key : compared) {
        if (!sent.contains(key) || !record.contains(key))
            continue;
        if (rowValue(record, key).trimmed().compare(sent.value(key).trimmed(), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

void LookupCreateVerifier::deliverMatches(ct::api::ApiReply *reply, QObject *context,
                                          std::function<QStringList(const ApiResult &)> select, LookupDone done)
{
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [select, done](const ApiResult &r) {
        if (isNoRecord(r))
            done(ApiResult{}, {});
        else if (!r.ok())
            done(r, {});
        else
            done(ApiResult{}, select(r));
    });
}

QStringList LookupCreateVerifier::newIds(const QStringList &before, const QStringList &now)
{
    QStringList added;
    for (const QString &id : now) {
        if (!before.contains(id))
            added.append(id);
    }
    return added;
}

void LookupCreateVerifier::snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                    SnapshotDone done) const
{
    lookup(client, context, entry, std::move(done));
}

void LookupCreateVerifier::verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                  VerifyDone done) const
{
    const QStringList before = entry.preExistingIds.value_or(QStringList());
    lookup(client, context, entry, [this, before, done](const ApiResult &error, const QStringList &now) {
        if (error.status != ApiStatus::Ok)
            done(Verdict{Verdict::Kind::Error, {}, error});
        else
            done(judge(before, now));
    });
}

CreateVerifier::Verdict LookupCreateVerifier::judge(const QStringList &before, const QStringList &now) const
{
    const QStringList added = newIds(before, now);
    if (added.isEmpty())
        return Verdict{Verdict::Kind::NotApplied, {}, {}};
    return Verdict{Verdict::Kind::Applied, added.constLast(), {}};
}

void ClientCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                  LookupDone done) const
{
    deliverMatches(ct::api::ContactsApi(client).exists(lookupParams(entry.params)), context,
                   [](const ApiResult &r) { return idsOf(r, u"client_id"_s); }, std::move(done));
}

void ClientCreateVerifier::verify(ct::api::ApiClient *client, QObject *context,
                                  const OutboxEntry &entry, VerifyDone done) const
{
    const QStringList before = entry.preExistingIds.value_or(QStringList());
    const ct::api::ApiParams sent = entry.params;
    lookup(client, context, entry,
           [client, context, before, sent, done](const ApiResult &error, const QStringList &now) {
        if (error.status != ApiStatus::Ok) {
            done(Verdict{Verdict::Kind::Error, {}, error});
            return;
        }
        const QStringList candidates = newIds(before, now);
        if (candidates.isEmpty()) {
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
            return;
        }
        // The newest candidate is the likeliest; read it to be sure it is ours.
        const QString id = candidates.constLast();
        auto *read = ct::api::ContactsApi(client).readById(id);
        QObject::connect(read, &ct::api::ApiReply::finished, context, [id, sent, done](const ApiResult &rr) {
            if (isNoRecord(rr)) {
                done(Verdict{Verdict::Kind::NotApplied, {}, {}});
            } else if (!rr.ok()) {
                done(Verdict{Verdict::Kind::Error, {}, rr});
            } else {
                const QJsonObject record = rr.rows.isEmpty() ? rr.body : rr.rows.first().toObject();
                const bool ours = recordMatches(record, sent);
                done(Verdict{ours ? Verdict::Kind::Applied : Verdict::Kind::NotApplied, ours ? id : QString(), {}});
            }
        });
    });
}

QStringList HistoryNoteCreateVerifier::matchingNotes(const ApiResult &result, const QString &body)
{
    return notesWhere(result, [&body](const QString &noteBody, const QJsonObject &) {
        return noteBody.trimmed() == body.trimmed();
    });
}

void HistoryNoteCreateVerifier::readNotes(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                          std::function<QStringList(const ApiResult &)> select, LookupDone done)
{
    deliverMatches(ct::api::ContactsApi(client).historyNotes(entry.params.value(u"client_id"_s)),
                   context, std::move(select), std::move(done));
}

void HistoryNoteCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                       LookupDone done) const
{
    const QString body = entry.params.value(u"note_body"_s);
    readNotes(client, context, entry, [body](const ApiResult &r) { return matchingNotes(r, body); }, std::move(done));
}

CreateVerifier::Verdict HistoryNoteCreateVerifier::judge(const QStringList &before, const QStringList &now) const
{
    const QStringList added = newIds(before, now);
    // Without note ids, a count above the snapshot is the evidence.
    if (!added.isEmpty() || now.size() > before.size())
        return Verdict{Verdict::Kind::Applied, added.value(0), {}};
    return Verdict{Verdict::Kind::NotApplied, {}, {}};
}

QStringList ManualMessageCreateVerifier::contentValues(const ct::api::ApiParams &params) const
{
    QStringList values;
    for (const QString &key : m_contentKeys)
        values.append(params.value(key).trimmed());
    return values;
}

QStringList ManualMessageCreateVerifier::notesHolding(const ApiResult &result, const QStringList &values,
                                                      const QString &source)
{
    return notesWhere(result, [&values, &source](const QString &noteBody, const QJsonObject &row) {
        // A note that says where it came from must come from this kind of message (a plain note
        // with the same words is not the email); one that does not say is judged by its words.
        const QString rowSource = rowValue(row, u"note_source"_s);
        if (!source.isEmpty() && !rowSource.isEmpty() && rowSource.compare(source, Qt::CaseInsensitive) != 0)
            return false;
        return std::all_of(values.cbegin(), values.cend(),
                           [&noteBody](const QString &v) { return noteBody.contains(v); });
    });
}

void ManualMessageCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                         LookupDone done) const
{
    const QStringList values = contentValues(entry.params);
    readNotes(client, context, entry,
              [values, source = m_source](const ApiResult &r) { return notesHolding(r, values, source); },
              std::move(done));
}

bool UniqueNameCreateVerifier::resendAnswerMeansApplied(const ApiResult &result) const
{
    return result.status == ApiStatus::ServerCode && result.ctCode == ct::api::CtCode::Duplicate;
}

QStringList ActionPlanCreateVerifier::matchingPlans(const ApiResult &result, const ct::api::ApiParams &sent)
{
    // The list is a name prefix match: only the same name and type count.
    QStringList ids;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        if (rowValue(row, u"action_plan_name"_s) == sent.value(u"action_plan_name"_s)
            && rowValue(row, u"action_plan_type"_s) == sent.value(u"action_plan_type"_s))
            ids.append(rowValue(row, u"action_plan_id"_s));
    }
    return ids;
}

void ActionPlanCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                      LookupDone done) const
{
    const ct::api::ApiParams sent = entry.params;
    deliverMatches(ct::api::ActionPlansApi(client).readList(sent.value(u"action_plan_name"_s)),
                   context, [sent](const ApiResult &r) { return matchingPlans(r, sent); }, std::move(done));
}

QStringList NamedListCreateVerifier::idsNamed(const ApiResult &result, const QString &name) const
{
    QStringList ids;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        if (rowValue(row, m_nameKey).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            const QString id = rowValue(row, m_idKey);
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
}

void NamedListCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                     LookupDone done) const
{
    const QString name = entry.params.value(m_nameKey);
    deliverMatches(client->call(ct::api::callName(m_listCall)), context,
                   [this, name](const ApiResult &r) { return idsNamed(r, name); }, std::move(done));
}


EventCreateVerifier::Lookup EventCreateVerifier::lookupFor(const ct::api::ApiParams &params, QDate today)
{
    const QString date = params.value(u"event_date"_s);
    const QDate day = QDate::fromString(date, u"yyyy:MM:dd"_s);
    if (params.value(u"event_type"_s) == u"Appointment" && !params.value(u"user_id"_s).isEmpty()
        && day.isValid() && day >= today && day <= today.addDays(6))
        return Lookup::Appointments;
    const QString plan = params.value(u"event_manual_action_plan_id"_s);
    if (!plan.isEmpty() && plan != u"0")
        return Lookup::PendingActions;
    return Lookup::None;
}

QStringList EventCreateVerifier::matchingEvents(Lookup lookup, const ApiResult &result, const ct::api::ApiParams &sent)
{
    QStringList ids;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        bool same = rowValue(row, u"client_id"_s) == sent.value(u"client_id"_s);
        if (lookup == Lookup::Appointments) {
            for (const QString key : {u"event_date"_s, u"event_time"_s, u"event_note"_s})
                same = same && rowValue(row, key) == sent.value(key);
        } else {
            same = same && rowValue(row, u"action_plan_id"_s) == sent.value(u"event_manual_action_plan_id"_s);
        }
        const QString id = rowValue(row, u"event_id"_s);
        if (same && !id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void EventCreateVerifier::lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                 LookupDone done) const
{
    const Lookup which = lookupFor(entry.params, QDate::currentDate());
    if (which == Lookup::None) {
        done(ApiResult{}, {});
        return;
    }
    const ct::api::ApiParams sent = entry.params;
    ct::api::ApiReply *reply = which == Lookup::Appointments
        ? ct::api::EventsApi(client).appointmentsForUser(sent.value(u"user_id"_s))
        : ct::api::ContactsApi(client).pendingActions(sent.value(u"client_id"_s));
    deliverMatches(reply, context, [which, sent](const ApiResult &r) { return matchingEvents(which, r, sent); },
                   std::move(done));
}

CreateVerifier::Verdict EventCreateVerifier::judge(const QStringList &before, const QStringList &now) const
{
    const QStringList added = newIds(before, now);
    if (added.isEmpty())
        return Verdict{Verdict::Kind::NotApplied, {}, {}};
    return Verdict{Verdict::Kind::Applied, added.constFirst(), {}};
}

} // namespace ct::store
