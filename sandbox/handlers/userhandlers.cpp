// SPDX-License-Identifier: MIT
#include "userhandlers.h"

#include "answers.h"
#include "cataloghandlers.h"

using namespace Qt::Literals::StringLiterals;
using ct::api::CtCode::Duplicate;
using ct::api::CtCode::NoRecord;

namespace ct::sandbox::UserHandlers {

namespace {

const QString userColumns = u"user_id, user_type, user_first_name, user_last_name, user_phone,"
                            " user_email, user_username, user_show_calendar"_s;

QJsonObject userRow(const CallContext &ctx, qint64 id)
{
    return ctx.store.row(u"SELECT %1 FROM users WHERE user_id=?"_s.arg(userColumns), {id});
}

bool usernameTaken(const CallContext &ctx, qint64 exceptId)
{
    return ctx.store.scalar(u"SELECT 1 FROM users WHERE user_username=? COLLATE NOCASE AND user_id<>?"_s,
                            {ctx.value(u"user_username"_s).trimmed(), exceptId}).isValid();
}

QJsonObject createUser(const CallContext &ctx)
{
    if (usernameTaken(ctx, 0))
        return Answers::code(Duplicate);
    const qint64 id = ctx.store.insert(
        u"INSERT INTO users (account_id, user_type, user_first_name, user_last_name, user_phone,"
        " user_email, user_username, user_show_calendar, user_password) VALUES (?,?,?,?,?,?,?,?,?)"_s,
        {ctx.account.id, ctx.value(u"user_type"_s), ctx.value(u"user_first_name"_s),
         ctx.value(u"user_last_name"_s), ctx.value(u"user_phone"_s), ctx.value(u"user_email"_s),
         ctx.value(u"user_username"_s).trimmed(), ctx.value(u"user_show_calendar"_s),
         ctx.value(u"user_password"_s)});
    if (id < 0)
        return Answers::code(ct::api::CtCode::InsertFailed);
    return Answers::written({userRow(ctx, id)});
}

QJsonObject readUsers(const CallContext &ctx)
{
    return Answers::read(ctx.store.rows(
        u"SELECT %1 FROM users WHERE account_id=? ORDER BY user_id"_s.arg(userColumns), {ctx.account.id}));
}

bool owned(const CallContext &ctx, qint64 id)
{
    return ctx.store.scalar(u"SELECT 1 FROM users WHERE user_id=? AND account_id=?"_s,
                            {id, ctx.account.id}).isValid();
}

QJsonObject updateUser(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"user_id"_s).toLongLong();
    if (!owned(ctx, id))
        return Answers::code(NoRecord);
    // The document: user_type and user_password are "Only in Create".
    for (const QString key : {u"user_type"_s, u"user_password"_s}) {
        if (ctx.given(key))
            return Answers::validation(key);
    }
    if (ctx.has(u"user_username"_s) && usernameTaken(ctx, id))
        return Answers::code(Duplicate);
    CatalogHandlers::updateColumns(ctx, u"users"_s, u"user_id"_s, id,
                                   {u"user_first_name"_s, u"user_last_name"_s, u"user_phone"_s,
                                    u"user_email"_s, u"user_username"_s, u"user_show_calendar"_s});
    return Answers::written({userRow(ctx, id)});
}

QJsonObject deleteUser(const CallContext &ctx)
{
    const qint64 id = ctx.value(u"user_id"_s).toLongLong();
    if (!owned(ctx, id))
        return Answers::code(NoRecord);
    // Contacts the user managed become unassigned; their appointments stay on the client.
    ctx.store.ok(u"UPDATE clients SET assigned_user_id=NULL,"
                 " fields=json_set(fields, '$.assigned_user_id', '') WHERE assigned_user_id=?"_s, {id});
    ctx.store.ok(u"UPDATE events SET user_id=NULL WHERE user_id=?"_s, {id});
    ctx.store.ok(u"DELETE FROM users WHERE user_id=?"_s, {id});
    return Answers::success();
}

} // namespace

void registerAll(HandlerTable &t)
{
    t.insert(u"create_user"_s, createUser);
    t.insert(u"read_user_list"_s, readUsers);
    t.insert(u"update_user_by_id"_s, updateUser);
    t.insert(u"delete_user_by_id"_s, deleteUser);
}

} // namespace ct::sandbox::UserHandlers
