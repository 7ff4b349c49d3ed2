// SPDX-License-Identifier: MIT
#include "cataloghandlers.h"

#include "answers.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;
using ct::api::CtCode::StillInUse;

namespace ct::sandbox::CatalogHandlers {

namespace {

const QString leadSourceColumns = u"lead_source_id, lead_source_name, lead_source_web_key"_s;
const QString salesCycleColumns = u"sales_cycle_id, sales_cycle_name, sales_cycle_active_status,"
                                  " sales_cycle_order, sales_cycle_contact_type"_s;

bool owned(const CallContext &ctx, const QString &table, const QString &idColumn, qint64 id)
{
    return ctx.store.scalar(u"SELECT 1 FROM %1 WHERE %2=? AND account_id=?"_s.arg(table, idColumn),
                            {id, ctx.account.id}).isValid();
}

QJsonObject createTag(const CallContext &ctx)
{
    const QString value = ctx.value(u"tag_value"_s).trimmed();
    if (ctx.store.scalar(u"SELECT 1 FROM tags WHERE account_id=? AND tag_value=? COLLATE NOCASE"_s,
                         {ctx.account.id, value}).isValid())
        return Answers::code(ct::api::CtCode::Duplicate);
    const qint64 id = ctx.store.insert(u"INSERT INTO tags (account_id, tag_value) VALUES (?, ?)"_s,
                                       {ctx.account.id, value});
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    return Answers::written({QJsonObject{{u"tag_id"_s, QString::number(id)}, {u"tag_value"_s, value}}});
}

QJsonObject readTags(const CallContext &ctx)
{
    return Answers::read(ctx.store.rows(
        u"SELECT tag_id, tag_value FROM tags WHERE account_id=? ORDER BY tag_value COLLATE NOCASE"_s,
        {ctx.account.id}));
}

QJsonObject leadSourceRow(const CallContext &ctx, qint64 id)
{
    return ctx.store.row(u"SELECT %1 FROM lead_sources WHERE lead_source_id=?"_s.arg(leadSourceColumns), {id});
}

QJsonObject createLeadSource(const CallContext &ctx)
{
    const qint64 id = ctx.store.insert(
        u"INSERT INTO lead_sources (account_id, lead_source_name) VALUES (?, ?)"_s,
        {ctx.account.id, ctx.value(u"lead_source_name"_s)});
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    // "generates a web_key": the document calls it an MD5 code.
    const QByteArray key = QCryptographicHash::hash(
        u"%1:%2:%3"_s.arg(ctx.account.id).arg(id).arg(ctx.value(u"lead_source_name"_s)).toUtf8(),
        QCryptographicHash::Md5).toHex();
    ctx.store.ok(u"UPDATE lead_sources SET lead_source_web_key=? WHERE lead_source_id=?"_s,
                 {QString::fromLatin1(key), id});
    return Answers::written({leadSourceRow(ctx, id)});
}

QJsonObject readLeadSources(const CallContext &ctx)
{
    return Answers::read(ctx.store.rows(
        u"SELECT %1 FROM lead_sources WHERE account_id=? ORDER BY lead_source_id"_s.arg(leadSourceColumns),
        {ctx.account.id}));
}

QJsonObject updateLeadSource(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"lead_source_id"_s).toLongLong();
    if (!owned(ctx, u"lead_sources"_s, u"lead_source_id"_s, id))
        return Answers::code(NoRecord);
    updateColumns(ctx, u"lead_sources"_s, u"lead_source_id"_s, id, {u"lead_source_name"_s});
    return Answers::written({leadSourceRow(ctx, id)});
}

QJsonObject deleteLeadSource(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"lead_source_id"_s).toLongLong();
    if (!owned(ctx, u"lead_sources"_s, u"lead_source_id"_s, id))
        return Answers::code(NoRecord);
    if (ctx.store.scalar(u"SELECT 1 FROM clients WHERE lead_source_id=? LIMIT 1"_s, {id}).isValid())
        return Answers::code(StillInUse);
    // A Connection plan linked to it simply loses its link.
    ctx.store.ok(u"UPDATE action_plans SET action_plan_link_id=NULL WHERE account_id=?"
                 " AND action_plan_type='Connection' AND action_plan_link_id=?"_s,
                 {ctx.account.id, id});
    ctx.store.ok(u"DELETE FROM lead_sources WHERE lead_source_id=?"_s, {id});
    return Answers::success();
}

QJsonObject salesCycleRow(const CallContext &ctx, qint64 id)
{
    return ctx.store.row(u"SELECT %1 FROM sales_cycles WHERE sales_cycle_id=?"_s.arg(salesCycleColumns), {id});
}

QJsonObject createSalesCycle(const CallContext &ctx)
{
    const qint64 id = ctx.store.insert(
        u"INSERT INTO sales_cycles (account_id, sales_cycle_name, sales_cycle_active_status,"
        " sales_cycle_order, sales_cycle_contact_type) VALUES (?,?,?,?,?)"_s,
        {ctx.account.id, ctx.value(u"sales_cycle_name"_s), ctx.value(u"sales_cycle_active_status"_s),
         ctx.value(u"sales_cycle_order"_s),
         ctx.has(u"sales_cycle_contact_type"_s) ? ctx.value(u"sales_cycle_contact_type"_s) : u"1"_s});
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    return Answers::written({salesCycleRow(ctx, id)});
}

QJsonObject readSalesCycles(const CallContext &ctx)
{
    return Answers::read(ctx.store.rows(
        u"SELECT %1 FROM sales_cycles WHERE account_id=? ORDER BY sales_cycle_active_status DESC,"
        " CAST(sales_cycle_order AS INTEGER), sales_cycle_id"_s.arg(salesCycleColumns),
        {ctx.account.id}));
}

QJsonObject updateSalesCycle(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"sales_cycle_id"_s).toLongLong();
    if (!owned(ctx, u"sales_cycles"_s, u"sales_cycle_id"_s, id))
        return Answers::code(NoRecord);
    updateColumns(ctx, u"sales_cycles"_s, u"sales_cycle_id"_s, id,
                  {u"sales_cycle_name"_s, u"sales_cycle_active_status"_s, u"sales_cycle_order"_s,
                   u"sales_cycle_contact_type"_s});
    return Answers::written({salesCycleRow(ctx, id)});
}

QJsonObject deleteSalesCycle(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"sales_cycle_id"_s).toLongLong();
    if (!owned(ctx, u"sales_cycles"_s, u"sales_cycle_id"_s, id))
        return Answers::code(NoRecord);
    if (ctx.store.scalar(u"SELECT 1 FROM clients WHERE sales_cycle_id=? LIMIT 1"_s, {id}).isValid())
        return Answers::code(StillInUse);
    ctx.store.ok(u"UPDATE action_plans SET action_plan_link_id=NULL WHERE account_id=?"
                 " AND action_plan_type='Conversion' AND action_plan_link_id=?"_s,
                 {ctx.account.id, id});
    ctx.store.ok(u"DELETE FROM sales_cycles WHERE sales_cycle_id=?"_s, {id});
    return Answers::success();
}

} // namespace

bool updateColumns(const CallContext &ctx, const QString &table, const QString &idColumn, qint64 id,
                   const QStringList &keys)
{
    QStringList sets;
    QVariantList binds;
    for (const QString &key : keys) {
        if (!ctx.given(key))
            continue;
        sets.append(key + u"=?"_s);
        binds.append(ctx.value(key));
    }
    if (sets.isEmpty())
        return false;
    binds.append(id);
    return ctx.store.ok(u"UPDATE %1 SET %2 WHERE %3=?"_s.arg(table, sets.join(u", "_s), idColumn), binds);
}

void registerAll(HandlerTable &t)
{
    t.insert(u"create_tag"_s, createTag);
    t.insert(u"read_tags_list"_s, readTags);
    t.insert(u"create_lead_source"_s, createLeadSource);
    t.insert(u"read_lead_source_list"_s, readLeadSources);
    t.insert(u"update_lead_source_by_id"_s, updateLeadSource);
    t.insert(u"delete_lead_source_by_id"_s, deleteLeadSource);
    t.insert(u"create_sales_cycle"_s, createSalesCycle);
    t.insert(u"read_sales_cycle_list"_s, readSalesCycles);
    t.insert(u"update_sales_cycle_by_id"_s, updateSalesCycle);
    t.insert(u"delete_sales_cycle_by_id"_s, deleteSalesCycle);
}

} // namespace ct::sandbox::CatalogHandlers
