// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxtypes.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

// The HTTP side of the sandbox: routes /v2/api/<call> by the shared call table, refuses
// requests without known credentials (HTTP 401, no body) or for unknown calls (HTTP 404),
// injects the planned faults and writes the dispatcher's JSON answers.
namespace ct::sandbox {

class CallDispatcher;
class FaultInjector;
class SandboxStore;

class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Recorder = std::function<void(const RecordedRequest &)>;

    HttpFrontend(SandboxStore &store, CallDispatcher &dispatcher, FaultInjector &faults,
                 Recorder recorder, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void record(const RecordedRequest &request);

    SandboxStore &m_store;
    CallDispatcher &m_dispatcher;
    FaultInjector &m_faults;
    Recorder m_recorder;
};

} // namespace ct::sandbox
