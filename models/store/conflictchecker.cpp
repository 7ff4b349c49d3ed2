// SPDX-License-Identifier: MIT
#include "conflictchecker.h"

#include "api/apiclient.h"

#include <QHash>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiResult;

namespace ct::store {

const ConflictChecker::ReadSpec *ConflictChecker::readFor(const QString &updateCall)
{
    // One row per update call that has a read of the single record.
    static const QHash<QString, ReadSpec> table = {
        {u"update_client_by_id"_s, {u"read_client_by_id"_s, u"client_id"_s}},
        {u"update_action_plan_by_id"_s, {u"read_action_plan_by_id"_s, u"action_plan_id"_s}},
    };
    const auto it = table.constFind(updateCall);
    return it == table.cend() ? nullptr : &*it;
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
        const QJsonValue v = record.value(it.key());
        const QString server = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        if (mine != base && server != base && server != mine)
            out.insert(it.key(), server);
    }
    return out;
}

void ConflictChecker::check(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry, Done done)
{
    const ReadSpec *spec = readFor(entry.callName);
    auto *reply = client->call(spec->readCall, {{spec->idKey, entry.params.value(spec->idKey)}});
    QObject::connect(reply, &ct::api::ApiReply::finished, context, [entry, done](const ApiResult &r) {
        if (!r.ok()) {
            done(Outcome{Outcome::Kind::Error, {}, r});
            return;
        }
        const QJsonObject record = r.rows.isEmpty() ? QJsonObject() : r.rows.first().toObject();
        const ct::api::ApiParams fields = contested(entry, record);
        done(Outcome{fields.isEmpty() ? Outcome::Kind::Proceed : Outcome::Kind::Conflict, fields, {}});
    });
}

} // namespace ct::store
