// SPDX-License-Identifier: MIT
// The questions suites ask the sandbox after the fact ("what did the client really send?") and
// the direct API reads they make behind the application's back, written once so that every
// suite reads the request log the same way. Needs only ctsandbox_lib (and so ctapi).
#pragma once

#include "sandbox.h"

#include "api/apiclient.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSignalSpy>
#include <QStringList>

namespace ct::testsupport {

// Every request for `call` the sandbox received, oldest first, optionally only those whose
// parameters include all of `having`: what was really sent, as opposed to what the outbox or a
// model holds (e.g. "the create went once, not twice").
inline QList<ct::sandbox::RecordedRequest> requestsOf(const ct::sandbox::Sandbox &sandbox, const QString &call,
                                                       const ct::api::ApiParams &having = {})
{
    QList<ct::sandbox::RecordedRequest> found;
    for (const auto &request : sandbox.requestLog()) {
        if (request.call != call)
            continue;
        bool matches = true;
        for (auto it = having.cbegin(); matches && it != having.cend(); ++it)
            matches = request.params.contains(it.key()) && request.params.value(it.key()) == it.value();
        if (matches)
            found.append(request);
    }
    return found;
}

// The parameters of the latest request for `call` (empty when there was none).
inline ct::api::ApiParams lastRequest(const ct::sandbox::Sandbox &sandbox, const QString &call)
{
    const auto log = sandbox.requestLog();
    for (auto it = log.crbegin(); it != log.crend(); ++it) {
        if (it->call == call)
            return it->params;
    }
    return {};
}

// Waits for a direct API call's answer (a Timeout failure after 10 s): how a suite reads or
// changes the server behind the application's back.
inline ct::api::ApiResult callNow(ct::api::ApiReply *reply)
{
    QSignalSpy spy(reply, &ct::api::ApiReply::finished);
    if (!spy.wait(10000))
        return ct::api::ApiResult::failure(ct::api::ApiStatus::Timeout, QStringLiteral("test wait"));
    return spy.first().first().value<ct::api::ApiResult>();
}

// A field of a server row as text: ids come as numbers from some calls and as strings from others.
inline QString jsonText(const QJsonObject &row, const QString &key)
{
    const QJsonValue v = row.value(key);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

// The create_ and delete_ calls the sandbox received, in order: how a change made of several
// writes (a move as delete then create) reached the server.
inline QStringList createsAndDeletes(const ct::sandbox::Sandbox &sandbox)
{
    QStringList writes;
    for (const auto &request : sandbox.requestLog()) {
        if (request.call.startsWith(u"create_") || request.call.startsWith(u"delete_"))
            writes.append(request.call);
    }
    return writes;
}

} // namespace ct::testsupport
