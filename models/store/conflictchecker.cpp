// SPDX-License-Identifier: MIT
#include "conflictchecker.h"

#include "api/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiResult;

namespace ct::store {

namespace {

// Ids and numbers come back as JSON numbers or strings, depending on the column.
QString textOf(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

// The row of `rows` (or of a row's "SubAccounts": read_account_list nests the sub-accounts
// under the caller's own account) whose idKey is `id`; an empty object when none is.
QJsonObject findRow(const QJsonArray &rows, const QString &idKey, const QString &id)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (textOf(row.value(idKey)) == id)
            return row;
        const QJsonObject nested = findRow(row.value("SubAccounts"_L1).toArray(), idKey, id);
        if (!nested.isEmpty())
            return nested;
    }
    return {};
}

} // namespace

const ConflictChecker::ReadSpec *ConflictChecker::readFor(const QString &updateCall)
{
    // One row per update call: the read that shows the record as the server holds it now.
    // Where the API has a read of the single record it is used; lead sources, sales cycles,
    // users and accounts only have a list, in which the record is looked up by its id.
    using ct::api::Call;
    struct Row
    {
        Call update;
        ReadSpec read;
    };
    static const Row table[] = {
        {Call::UpdateClientById, {Call::ReadClientById, u"client_id"_s, Lookup::Record}},
        {Call::UpdateClientByExternalId, {Call::ReadClientByExternalId, u"external_id"_s, Lookup::Record}},
        {Call::UpdateActionPlanById, {Call::ReadActionPlanById, u"action_plan_id"_s, Lookup::Record}},
        {Call::UpdateLeadSourceById, {Call::ReadLeadSourceList, u"lead_source_id"_s, Lookup::InList}},
        {Call::UpdateSalesCycleById, {Call::ReadSalesCycleList, u"sales_cycle_id"_s, Lookup::InList}},
        {Call::UpdateUserById, {Call::ReadUserList, u"user_id"_s, Lookup::InList}},
        {Call::UpdateAccountById, {Call::ReadAccountList, u"account_id"_s, Lookup::InList}},
    };
    for (const Row &row : table) {
        if (ct::api::callName(row.update) == updateCall)
            return &row.read;
    }
    return nullptr;
}

bool ConflictChecker::applies(const OutboxEntry &entry)
{
    return entry.isUpdate() && !entry.baseValues.isEmpty() && readFor(entry.callName);
}

ct::api::ApiParams ConflictChecker::contested(const OutboxEntry &entry, const QJsonObject &record)
{
    ct::api::ApiParams out;
    for (auto it = entry.params.cbegin(); it != entry.params.cend(); ++it) {
        if (!entry.baseValues.contains(it.key()) || !record.contains(it.key()))
            continue;
        const QString base = entry.baseValues.value(it.key());
        const QString mine = it.value();
        const QString server = textOf(record.value(it.key()));
        if (mine != base && server != base && server != mine)
            out.insert(it.key(), server);
    }
    return out;
}

void ConflictChecker::check(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry, Done done)
{
    const ReadSpec spec = *readFor(entry.callName);
    const QString id = entry.params.value(spec.idKey);
    const ct::api::ApiParams readParams = spec.lookup == Lookup::Record ? ct::api::ApiParams{{spec.idKey, id}}
                                                                        : ct::api::ApiParams{};
    auto *reply = client->call(ct::api::callName(spec.readCall), readParams);
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [entry, done, spec, id](const ApiResult &r) {
        if (!r.ok()) {
            done(Outcome{Outcome::Kind::Error, {}, r});
            return;
        }
        // A record the list does not name is left to the update itself: the server answers it
        // with "no record" (CT515), which the replayer reports as it does for a read by id.
        const QJsonObject record = spec.lookup == Lookup::InList ? findRow(r.rows, spec.idKey, id)
                                 : r.rows.isEmpty()              ? QJsonObject()
                                                                 : r.rows.first().toObject();
        const ct::api::ApiParams fields = contested(entry, record);
        done(Outcome{fields.isEmpty() ? Outcome::Kind::Proceed : Outcome::Kind::Conflict, fields, {}});
    });
}

} // namespace ct::store
