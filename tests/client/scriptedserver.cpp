// SPDX-License-Identifier: MIT
#include "scriptedserver.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

ScriptedServer::ScriptedServer(Script script, QObject *parent) : QTcpServer(parent), m_script(std::move(script))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection())
            serve(socket);
    });
}

QByteArray ScriptedServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

static QByteArray readTestFile(const char *name)
{
    QFile file(QStringLiteral(CT_CLIENT_TEST_DATA "/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ScriptedServer::useTestCertificate()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    const QSslCertificate certificate(readTestFile("loopback-test.crt"), QSsl::Pem);
    const QSslKey key(readTestFile("loopback-test.key"), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_serverTls = config;
    m_tls = true;
    return true;
}

QSslConfiguration ScriptedServer::clientTrustingTestCertificate()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(QSslCertificate(readTestFile("loopback-test.crt"), QSsl::Pem));
    return config;
}

bool ScriptedServer::listenOnLoopback(const QHostAddress &address)
{
    return listen(address, 0);
}

QString ScriptedServer::baseUrl(const QString &path) const
{
    return QStringLiteral("%1://%2:%3%4")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), serverAddress().toString())
        .arg(serverPort())
        .arg(path);
}

QByteArray ScriptedServer::answer(int status, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

void ScriptedServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_serverTls);
    // A handshake the client refuses simply ends the connection.
    connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->abort(); });
    socket->startServerEncryption();
    addPendingConnection(socket);
}

void ScriptedServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer->left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        // The body is not needed by any script; the request counts once its head arrived.
        buffer->clear();
        m_requests.append(request);
        const QByteArray reply = m_script(request);
        if (reply.isEmpty()) {
            socket->abort();
            return;
        }
        socket->write(reply);
        socket->disconnectFromHost();
    });
}
