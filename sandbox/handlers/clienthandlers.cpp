// SPDX-License-Identifier: MIT
#include "clienthandlers.h"

#include "answers.h"
#include "clientrecords.h"
#include "planrunner.h"

#include "api/normalizer.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;

namespace ct::sandbox::ClientHandlers {

namespace {

bool belongs(const CallContext &ctx, const QString &table, const QString &idColumn, const QString &id)
{
    return ctx.store.scalar(u"SELECT 1 FROM %1 WHERE %2=? AND account_id=?"_s.arg(table, idColumn),
                            {id.toLongLong(), ctx.account.id}).isValid();
}

QJsonObject createClient(const CallContext &ctx)
{
    if (const QString bad = badReference(ctx); !bad.isEmpty())
        return Answers::validation(bad);
    QJsonObject fields = ClientRecords::withCreateDefaults(
        ClientRecords::fieldsFromParams(ctx.params), ct::api::Normalizer::toApiDate(ctx.today));
    // An explicit plan takes precedence over the lead source's Connection plan; 0 means none.
    const qint64 requestedPlan = ctx.value(u"action_plan_id"_s).toLongLong();
    fields.insert(u"action_plan_id"_s, u"0"_s);
    const qint64 id = ClientRecords::insert(ctx.store, ctx.account.id, fields);
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);

    qint64 plan = requestedPlan;
    if (plan == 0 && ctx.has(u"lead_source_id"_s))
        plan = PlanRunner::connectionPlanFor(ctx.store, ctx.account.id, ctx.value(u"lead_source_id"_s).toLongLong());
    if (plan != 0)
        PlanRunner::start(ctx.store, ctx.account.id, id, plan, ctx.today, fields);
    ClientRecords::save(ctx.store, id, fields);
    ensureTags(ctx, fields.value(u"tag"_s).toString());

    return Answers::created({QJsonObject{{u"client_id"_s, QString::number(id)},
                                         {u"external_id"_s, fields.value(u"external_id"_s).toString()}}});
}

QJsonObject readClientExist(const CallContext &ctx)
{
    static const QList<std::pair<QString, QString>> keys = {
        {u"firstName"_s, u"first_name = ?"_s}, {u"lastName"_s, u"last_name = ?"_s},
        {u"phone"_s, u"phone = ?"_s}, {u"email"_s, u"email = ? COLLATE NOCASE"_s}};
    QStringList where = {u"account_id = ?"_s};
    QVariantList binds = {ctx.account.id};
    for (const auto &[key, condition] : keys) {
        if (ctx.has(key)) {
            where.append(condition);
            binds.append(ctx.value(key).trimmed());
        }
    }
    const QJsonArray rows = ctx.store.rows(
        u"SELECT CAST(client_id AS TEXT) AS client_id, COALESCE(external_id, '') AS external_id"
        " FROM clients WHERE %1 ORDER BY client_id"_s.arg(where.join(u" AND "_s)),
        binds);
    if (rows.isEmpty()) {
        QJsonObject o = Answers::code(NoRecord);
        o.insert(u"client_id"_s, false);
        o.insert(u"external_id"_s, ctx.value(u"external_id"_s));
        return o;
    }
    return Answers::read(rows);
}

QJsonArray rowsFor(const CallContext &ctx, const QList<qint64> &ids)
{
    QJsonArray rows;
    for (qint64 id : ids)
        rows.append(ClientRecords::toRow(id, ClientRecords::fields(ctx.store, ctx.account.id, id)));
    return rows;
}

QList<qint64> targetById(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"client_id"_s).toLongLong();
    return ClientRecords::exists(ctx.store, ctx.account.id, id) ? QList<qint64>{id} : QList<qint64>{};
}

QList<qint64> targetByExternalId(const CallContext &ctx)
{
    return ClientRecords::idsByExternalId(ctx.store, ctx.account.id, ctx.value(u"external_id"_s));
}

QJsonObject readClients(const CallContext &ctx, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Answers::code(NoRecord);
    return Answers::read(rowsFor(ctx, ids));
}

QJsonObject readClientList(const CallContext &ctx)
{
    // The validator already refused a limit outside 1..100 ("limit" Validation Issue).
    const int limit = ctx.has(u"limit"_s) ? ctx.value(u"limit"_s).toInt() : 100;
    const int offset = ctx.has(u"offset"_s) ? ctx.value(u"offset"_s).toInt() : 0;
    // TotalRecord is the account's whole count, so a pager knows where the end is.
    return Answers::read(ClientRecords::list(ctx.store, ctx.account.id, limit, offset),
                         ClientRecords::count(ctx.store, ctx.account.id));
}

// Only the given fields change; an empty value clears a field (and drops a custom field).
QJsonObject updateClients(const CallContext &ctx, const QList<qint64> &ids, bool byExternalId)
{
    if (ids.isEmpty())
        return Answers::code(NoRecord);
    if (const QString bad = badReference(ctx); !bad.isEmpty())
        return Answers::validation(bad);
    QJsonObject changes = ClientRecords::fieldsFromParams(ctx.params);
    changes.remove(u"action_plan_id"_s);
    if (byExternalId)
        changes.remove(u"external_id"_s);   // the key that found the client, not a change
    for (qint64 id : ids) {
        QJsonObject fields = ClientRecords::fields(ctx.store, ctx.account.id, id);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const bool custom = !ClientRecords::storedKeys().contains(it.key());
            if (custom && it.value().toString().isEmpty())
                fields.remove(it.key());
            else
                fields.insert(it.key(), it.value());
        }
        if (ctx.given(u"action_plan_id"_s))
            PlanRunner::change(ctx.store, ctx.account.id, id, ctx.value(u"action_plan_id"_s).toLongLong(),
                               ctx.today, fields);
        ClientRecords::save(ctx.store, id, fields);
    }
    if (changes.contains(u"tag"_s))
        ensureTags(ctx, changes.value(u"tag"_s).toString());
    return Answers::written(rowsFor(ctx, ids));
}

QJsonObject deleteClients(const CallContext &ctx, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Answers::code(NoRecord);
    for (qint64 id : ids)
        ClientRecords::remove(ctx.store, id);
    return Answers::success();
}

} // namespace

QString badReference(const CallContext &ctx)
{
    struct Ref { QString key; QString table; QString column; bool zeroMeansNone; };
    static const QList<Ref> refs = {
        {u"action_plan_id"_s, u"action_plans"_s, u"action_plan_id"_s, true},
        {u"sales_cycle_id"_s, u"sales_cycles"_s, u"sales_cycle_id"_s, false},
        {u"lead_source_id"_s, u"lead_sources"_s, u"lead_source_id"_s, false},
        {u"assigned_user_id"_s, u"users"_s, u"user_id"_s, false},
    };
    for (const Ref &ref : refs) {
        if (!ctx.has(ref.key))
            continue;
        const QString id = ctx.value(ref.key).trimmed();
        if (ref.zeroMeansNone && id.toLongLong() == 0)
            continue;
        if (!belongs(ctx, ref.table, ref.column, id))
            return ref.key;
    }
    return {};
}

void ensureTags(const CallContext &ctx, const QString &tagList)
{
    const QStringList tags = tagList.split(u',', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        const QString value = tag.trimmed();
        if (!value.isEmpty())
            ctx.store.ok(u"INSERT OR IGNORE INTO tags (account_id, tag_value) VALUES (?, ?)"_s,
                         {ctx.account.id, value});
    }
}

void registerAll(HandlerTable &t)
{
    t.insert(u"create_client"_s, createClient);
    t.insert(u"read_client_exist"_s, readClientExist);
    t.insert(u"read_client_by_id"_s, [](const CallContext &c) { return readClients(c, targetById(c)); });
    t.insert(u"read_client_by_external_id"_s,
             [](const CallContext &c) { return readClients(c, targetByExternalId(c)); });
    t.insert(u"read_client_list"_s, readClientList);
    t.insert(u"update_client_by_id"_s,
             [](const CallContext &c) { return updateClients(c, targetById(c), false); });
    t.insert(u"update_client_by_external_id"_s,
             [](const CallContext &c) { return updateClients(c, targetByExternalId(c), true); });
    t.insert(u"delete_client_by_id"_s, [](const CallContext &c) { return deleteClients(c, targetById(c)); });
    t.insert(u"delete_client_by_external_id"_s,
             [](const CallContext &c) { return deleteClients(c, targetByExternalId(c)); });
}

} // namespace ct::sandbox::ClientHandlers
