// SPDX-License-Identifier: MIT
#include "adminapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *UsersApi::create(const ApiParams &fields) const
{
    return send(u"create_user"_s, fields);
}

ApiReply *UsersApi::readList() const
{
    return send(u"read_user_list"_s);
}

ApiReply *UsersApi::update(const QString &userId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"user_id"_s, userId);
    return send(u"update_user_by_id"_s, p);
}

ApiReply *UsersApi::remove(const QString &userId) const
{
    return send(u"delete_user_by_id"_s, {{u"user_id"_s, userId}});
}

ApiReply *AccountsApi::readList() const
{
    return send(u"read_account_list"_s);
}

ApiReply *AccountsApi::update(const QString &accountId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"account_id"_s, accountId);
    return send(u"update_account_by_id"_s, p);
}

ApiReply *AccountsApi::remove(const QString &accountId) const
{
    return send(u"delete_account_by_id"_s, {{u"account_id"_s, accountId}});
}

} // namespace ct::api
