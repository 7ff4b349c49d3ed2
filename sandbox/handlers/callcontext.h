// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "sandboxstore.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QTime>

#include <functional>

// What a call handler gets: the account the web key names, the call, its validated parameters
// and the store. Handlers answer with the JSON object the server would send.
namespace ct::sandbox {

struct CallContext
{
    SandboxStore &store;
    const Account &account;
    const ct::api::CallSpec &call;
    const ct::api::ApiParams &params;
    QDate today = QDate::currentDate();
    QTime now = QTime::currentTime();

    // Present and not blank.
    bool has(const QString &key) const;
    QString value(const QString &key) const { return params.value(key); }
    // Present at all (an empty value clears an optional field on updates).
    bool given(const QString &key) const { return params.contains(key); }
};

using Handler = std::function<QJsonObject(const CallContext &)>;
using HandlerTable = QHash<QString, Handler>;

} // namespace ct::sandbox
