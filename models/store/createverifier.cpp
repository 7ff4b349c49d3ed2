// SPDX-License-Identifier: MIT
#include "createverifier.h"
#include "storelogging.h"

#include "api/apiclient.h"

#include <QHash>
#include <QJsonObject>
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

} // namespace

const CreateVerifier *CreateVerifier::forCall(const QString &callName)
{
    static const QHash<QString, std::shared_ptr<const CreateVerifier>> table = {
        {u"create_client"_s, std::make_shared<ClientCreateVerifier>()},
        {u"create_client_history_note"_s, std::make_shared<HistoryNoteCreateVerifier>()},
        {u"create_tag"_s, std::make_shared<UniqueNameCreateVerifier>(u"tag_id"_s)},
        {u"create_user"_s, std::make_shared<UniqueNameCreateVerifier>(u"user_id"_s)},
        {u"create_sales_cycle"_s, std::make_shared<SalesCycleCreateVerifier>()},
    };
    const auto it = table.constFind(callName);
    return it == table.cend() ? nullptr : it->get();
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

void ClientCreateVerifier::snapshot(ct::api::ApiClient *client, QObject *context,
                                    const OutboxEntry &entry, SnapshotDone done) const
{
    auto *reply = client->call(u"read_client_exist"_s, lookupParams(entry.params));
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [done](const ApiResult &r) {
        if (r.ok() || isNoRecord(r))
            done(ApiResult{}, isNoRecord(r) ? QStringList() : idsOf(r, u"client_id"_s));
        else
            done(r, {});
    });
}

void ClientCreateVerifier::verify(ct::api::ApiClient *client, QObject *context,
                                  const OutboxEntry &entry, VerifyDone done) const
{
    const QStringList before = entry.preExistingIds.value_or(QStringList());
    const ct::api::ApiParams sent = entry.params;
    auto *reply = client->call(u"read_client_exist"_s, lookupParams(sent));
    QObject::connect(reply, &ct::api::ApiReply::finished, context,
                     [client, context, before, sent, done](const ApiResult &r) {
        if (!r.ok() && !isNoRecord(r)) {
            done(Verdict{Verdict::Kind::Error, {}, r});
            return;
        }
        QStringList candidates;
        if (r.ok()) {
            for (const QString &id : idsOf(r, u"client_id"_s)) {
                if (!before.contains(id))
                    candidates.append(id);
            }
        }
        if (candidates.isEmpty()) {
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
            return;
        }
        // The newest candidate is the likeliest; read it to be sure it is ours.
        const QString id = candidates.constLast();
        auto *read = client->call(u"read_client_by_id"_s, {{u"client_id"_s, id}});
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
    static const QStringList bodyKeys = {u"note_body"_s, u"note"_s, u"Note"_s, u"body"_s, u"notes"_s};
    static const QStringList idKeys = {u"note_id"_s, u"history_id"_s, u"id"_s};
    QStringList matches;
    int index = 0;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        ++index;
        bool same = false;
        for (const QString &key : bodyKeys) {
            if (row.contains(key)) {
                same = rowValue(row, key).trimmed() == body.trimmed();
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
        matches.append(id.isEmpty() ? u"#%1"_s.arg(index) : id);
    }
    return matches;
}

void HistoryNoteCreateVerifier::snapshot(ct::api::ApiClient *client, QObject *context,
                                         const OutboxEntry &entry, SnapshotDone done) const
{
    const QString body = entry.params.value(u"note_body"_s);
    auto *reply = client->call(u"read_client_history_notes"_s,
                               {{u"client_id"_s, entry.params.value(u"client_id"_s)}});
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [body, done](const ApiResult &r) {
        if (isNoRecord(r))
            done(ApiResult{}, {});
        else if (!r.ok())
            done(r, {});
        else
            done(ApiResult{}, matchingNotes(r, body));
    });
}

void HistoryNoteCreateVerifier::verify(ct::api::ApiClient *client, QObject *context,
                                       const OutboxEntry &entry, VerifyDone done) const
{
    const QString body = entry.params.value(u"note_body"_s);
    const QStringList before = entry.preExistingIds.value_or(QStringList());
    auto *reply = client->call(u"read_client_history_notes"_s,
                               {{u"client_id"_s, entry.params.value(u"client_id"_s)}});
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [body, before, done](const ApiResult &r) {
        if (isNoRecord(r)) {
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
            return;
        }
        if (!r.ok()) {
            done(Verdict{Verdict::Kind::Error, {}, r});
            return;
        }
        const QStringList now = matchingNotes(r, body);
        QStringList added;
        for (const QString &id : now) {
            if (!before.contains(id))
                added.append(id);
        }
        // Without note ids, a count above the snapshot is the evidence.
        if (!added.isEmpty() || now.size() > before.size())
            done(Verdict{Verdict::Kind::Applied, added.value(0), {}});
        else
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
    });
}

bool UniqueNameCreateVerifier::resendAnswerMeansApplied(const ApiResult &result) const
{
    return result.status == ApiStatus::ServerCode && result.ctCode == ct::api::CtCode::Duplicate;
}

QStringList SalesCycleCreateVerifier::namedLike(const ApiResult &result, const QString &name)
{
    QStringList ids;
    for (const QJsonValue &value : result.rows) {
        const QJsonObject row = value.toObject();
        if (rowValue(row, u"sales_cycle_name"_s).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            ids.append(rowValue(row, u"sales_cycle_id"_s));
    }
    return ids;
}

void SalesCycleCreateVerifier::snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                        SnapshotDone done) const
{
    const QString name = entry.params.value(u"sales_cycle_name"_s);
    auto *reply = client->call(u"read_sales_cycle_list"_s);
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [name, done](const ApiResult &r) {
        if (isNoRecord(r))
            done(ApiResult{}, {});
        else if (!r.ok())
            done(r, {});
        else
            done(ApiResult{}, namedLike(r, name));
    });
}

void SalesCycleCreateVerifier::verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                                      VerifyDone done) const
{
    const QString name = entry.params.value(u"sales_cycle_name"_s);
    const QStringList before = entry.preExistingIds.value_or(QStringList());
    auto *reply = client->call(u"read_sales_cycle_list"_s);
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [name, before, done](const ApiResult &r) {
        if (isNoRecord(r)) {
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
            return;
        }
        if (!r.ok()) {
            done(Verdict{Verdict::Kind::Error, {}, r});
            return;
        }
        QStringList added;
        for (const QString &id : namedLike(r, name)) {
            if (!before.contains(id))
                added.append(id);
        }
        if (added.isEmpty())
            done(Verdict{Verdict::Kind::NotApplied, {}, {}});
        else
            done(Verdict{Verdict::Kind::Applied, added.constLast(), {}});   // the newest is the likeliest
    });
}

} // namespace ct::store
