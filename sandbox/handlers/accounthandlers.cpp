// SPDX-License-Identifier: MIT
#include "accounthandlers.h"

#include "answers.h"
#include "cataloghandlers.h"

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::NoRecord;

namespace ct::sandbox::AccountHandlers {

namespace {

const QString accountColumns =
    u"account_id, account_type, account_first_name, account_last_name, account_owner_name,"
    " account_company_name, account_addr1, account_addr2, account_addr3, account_office_phone,"
    " account_phone, account_email, account_username, account_web_key, account_ctphone,"
    " account_return_phone, account_return_text"_s;

// Every table that holds one account's data; deleting an account empties them all.
const QStringList accountTables = {u"clients"_s, u"lead_sources"_s, u"sales_cycles"_s,
                                   u"tags"_s, u"users"_s, u"history_notes"_s, u"events"_s,
                                   u"pending_actions"_s, u"messages"_s, u"immediate_calls"_s,
                                   u"proposals"_s, u"payments"_s};

QJsonObject accountRow(const CallContext &ctx, qint64 id)
{
    return ctx.store.row(u"SELECT %1 FROM accounts WHERE account_id=?"_s.arg(accountColumns), {id});
}

// The caller itself or one of its sub-accounts.
bool reachable(const CallContext &ctx, qint64 id)
{
    return id == ctx.account.id
        || ctx.store.scalar(u"SELECT 1 FROM accounts WHERE account_id=? AND parent_id=?"_s,
                            {id, ctx.account.id}).isValid();
}

QJsonObject readAccounts(const CallContext &ctx)
{
    if (ctx.account.type != u"Multi-level")
        return Answers::code(ct::api::CtCode::BadRequest);
    QJsonObject self = accountRow(ctx, ctx.account.id);
    self.insert(u"SubAccounts"_s, ctx.store.rows(
        u"SELECT %1 FROM accounts WHERE parent_id=? ORDER BY account_id"_s.arg(accountColumns),
        {ctx.account.id}));
    return Answers::read({self});
}

QJsonObject updateAccount(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"account_id"_s).toLongLong();
    if (!reachable(ctx, id))
        return Answers::code(NoRecord);
    CatalogHandlers::updateColumns(
        ctx, u"accounts"_s, u"account_id"_s, id,
        {u"account_type"_s, u"account_first_name"_s, u"account_last_name"_s,
         u"account_owner_name"_s, u"account_company_name"_s, u"account_addr1"_s, u"account_addr2"_s,
         u"account_addr3"_s, u"account_office_phone"_s, u"account_phone"_s, u"account_email"_s,
         u"account_return_phone"_s, u"account_return_text"_s});
    return Answers::written({accountRow(ctx, id)});
}

QJsonObject deleteAccount(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"account_id"_s).toLongLong();
    if (id == ctx.account.id)
        return Answers::code(ct::api::CtCode::BadRequest);   // an account cannot remove itself
    if (!reachable(ctx, id))
        return Answers::code(NoRecord);
    ctx.store.ok(u"DELETE FROM action_steps WHERE action_plan_id IN"
                 " (SELECT action_plan_id FROM action_plans WHERE account_id=?)"_s, {id});
    ctx.store.ok(u"DELETE FROM action_plans WHERE account_id=?"_s, {id});
    for (const QString &table : accountTables)
        ctx.store.ok(u"DELETE FROM %1 WHERE account_id=?"_s.arg(table), {id});
    ctx.store.ok(u"DELETE FROM accounts WHERE account_id=?"_s, {id});
    return Answers::success();
}

} // namespace

void registerAll(HandlerTable &t)
{
    t.insert(u"read_account_list"_s, readAccounts);
    t.insert(u"update_account_by_id"_s, updateAccount);
    t.insert(u"delete_account_by_id"_s, deleteAccount);
}

} // namespace ct::sandbox::AccountHandlers
