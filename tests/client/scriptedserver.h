// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

// A minimal real HTTP/1.1 server on loopback (plain or TLS) whose answer to each request is
// given by the test: for what the sandbox cannot stage (redirects, TLS, dropped connections
// before any routing). It answers over real sockets; nothing in the client is replaced.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    // The raw bytes to answer with; an empty answer closes the connection without a word.
    using Script = std::function<QByteArray(const Request &)>;

    explicit ScriptedServer(Script script, QObject *parent = nullptr);

    // TLS with the test certificate in tests/client/data; plain HTTP when not called.
    bool useTestCertificate();
    static QSslConfiguration clientTrustingTestCertificate();

    bool listenOnLoopback(const QHostAddress &address = QHostAddress::LocalHost);
    QString baseUrl(const QString &path = QStringLiteral("/v2/api/")) const;

    QList<Request> requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &body = {},
                             const QList<QPair<QByteArray, QByteArray>> &headers = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket *socket);

    QSslConfiguration m_serverTls;

    Script m_script;
    bool m_tls = false;
    QList<Request> m_requests;
};
