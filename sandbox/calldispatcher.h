// SPDX-License-Identifier: MIT
#pragma once

#include "handlers/callcontext.h"

#include <QJsonObject>
#include <QStringList>

// Runs one API call for an account: validates the parameters with the client's own validator
// (so both sides answer alike), then hands the call to its handler. Writes run in a
// transaction and are rolled back when the handler refuses.
namespace ct::sandbox {

class CallDispatcher
{
public:
    explicit CallDispatcher(SandboxStore &store);

    QJsonObject dispatch(const Account &account, const ct::api::CallSpec &call,
                         const ct::api::ApiParams &params);

    // Calls of the call table without a handler; empty when the sandbox covers all 42.
    QStringList unhandledCalls() const;

private:
    SandboxStore &m_store;
    HandlerTable m_handlers;
};

} // namespace ct::sandbox
