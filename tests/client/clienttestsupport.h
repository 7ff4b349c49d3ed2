// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"

#include <QStringList>

// Small helpers shared by the client suites: wait for one reply, capture every log message.
namespace ct::clienttest {

// The result of a reply, waiting for its one finished() (an unfinished reply after the
// patience is reported as a Canceled result naming the call, so the test fails readably).
ct::api::ApiResult awaitResult(ct::api::ApiReply *reply, int patienceMs = 30000);

// Captures every message of every category while it lives (and still forwards them).
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;

private:
    QtMessageHandler m_previous = nullptr;
};

} // namespace ct::clienttest
