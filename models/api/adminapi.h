// SPDX-License-Identifier: MIT
#pragma once

#include "entityapi.h"

// Administration: the account's users and, for multi-level or enterprise keys, its sub-accounts.
namespace ct::api {

// Users of the account; passwords go out on create only and never come back.
class UsersApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    // create_user: every user parameter but user_id (user_type, names, phone, email,
    // username, show_calendar, password).
    ApiReply *create(const ApiParams &fields) const;
    ApiReply *readList() const;                                               // read_user_list
    ApiReply *update(const QString &userId, const ApiParams &fields) const;   // update_user_by_id
    ApiReply *remove(const QString &userId) const;                            // delete_user_by_id
};

// Sub-accounts of a multi-level or enterprise web key (a standard key gets an error).
class AccountsApi : public EntityApi
{
public:
    using EntityApi::EntityApi;
    ApiReply *readList() const;                                                  // read_account_list
    ApiReply *update(const QString &accountId, const ApiParams &fields) const;   // update_account_by_id
    ApiReply *remove(const QString &accountId) const;                            // delete_account_by_id
};

} // namespace ct::api
