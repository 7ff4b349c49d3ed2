// SPDX-License-Identifier: MIT
#include "adminapi.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

ApiReply *UsersApi::create(const ApiParams &fields) const
{
    return send(Call::CreateUser, fields);
}

ApiReply *UsersApi::readList() const
{
    return send(Call::ReadUserList);
}

ApiReply *UsersApi::update(const QString &userId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"user_id"_s, userId);
    return send(Call::UpdateUserById, p);
}

ApiReply *UsersApi::remove(const QString &userId) const
{
    return send(Call::DeleteUserById, {{u"user_id"_s, userId}});
}

ApiReply *AccountsApi::readList() const
{
    return send(Call::ReadAccountList);
}

ApiReply *AccountsApi::update(const QString &accountId, const ApiParams &fields) const
{
    ApiParams p = fields;
    p.insert(u"account_id"_s, accountId);
    return send(Call::UpdateAccountById, p);
}

ApiReply *AccountsApi::remove(const QString &accountId) const
{
    return send(Call::DeleteAccountById, {{u"account_id"_s, accountId}});
}

} // namespace ct::api
