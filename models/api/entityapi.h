// SPDX-License-Identifier: MIT
#pragma once

#include "apiclient.h"

// The common base of the typed per-entity functions: each names its call once, here in
// models/api, so no caller builds a call name by hand.
namespace ct::api {

class EntityApi
{
public:
    explicit EntityApi(ApiClient *client) : m_client(client) {}
    ApiClient *client() const { return m_client; }

protected:
    ApiReply *send(Call call, const ApiParams &params = {}) const
    {
        return m_client->call(callName(call), params);
    }
    // The parameters plus one key; an empty value is left out (optional and absent).
    static ApiParams with(ApiParams params, const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            params.insert(key, value);
        return params;
    }

private:
    ApiClient *m_client;
};

} // namespace ct::api
