// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxtypes.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

// A local stand-in for ClientTether API v2 on loopback: every call of the shared call table,
// the document's validation and result codes, deterministic demo data per account, fault
// injection and a request log. Tests, benchmarks and the console's demo mode run it.
// It lives in the thread that builds it (its SQLite connection belongs to that thread): to keep
// server and client on separate event loops, construct, use and delete it inside a worker thread.
namespace ct::sandbox {

class CallDispatcher;
class FaultInjector;
class HttpFrontend;
class SandboxStore;

class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(quint16 port = 0);   // listens on 127.0.0.1; false + errorString() on failure
    // Any address; the ctsandbox executable only passes a non-loopback one when told to.
    bool start(const QHostAddress &address, quint16 port);
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const;           // http://127.0.0.1:PORT/v2/api/

    void setFaultPlan(const FaultPlan &plan);
    FaultPlan faultPlan() const;

    // Every request that reached the server, oldest first (at most maxLoggedRequests).
    QList<RecordedRequest> requestLog() const;
    void clearRequestLog();
    static constexpr int maxLoggedRequests = 100000;

    // All clients of that account, as read_client_list rows; empty for an unknown key.
    QJsonArray clients(const QString &webKey) const;
    QSqlDatabase database() const;

    static QString demoAccessToken();
    static QString demoWebKey();    // the enterprise account (has sub-accounts)
    static QStringList demoSubAccountWebKeys();
    static QString demoStandardWebKey();

Q_SIGNALS:
    void requestRecorded();         // one more entry in requestLog()

private:
    SandboxOptions m_options;
    QString m_error;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<CallDispatcher> m_dispatcher;
    std::unique_ptr<HttpFrontend> m_http;
    QList<RecordedRequest> m_log;
};

} // namespace ct::sandbox
