// SPDX-License-Identifier: MIT
#include "consolehandoff.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace {
// The listening console's answer once it has the command line.
constexpr char Acknowledged = 'A';
} // namespace

ConsoleHandoff::ConsoleHandoff(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finishHandOver(false); });
}

ConsoleHandoff::~ConsoleHandoff() = default;

QString ConsoleHandoff::serverNameFor(const QString &databasePath)
{
    const QByteArray path = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("ctconsole-") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(32));
}

bool ConsoleHandoff::listen(const QString &databasePath)
{
    stopListening();
    m_error.clear();
    const QString name = serverNameFor(databasePath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);   // this user's launches only
    if (!m_server->listen(name)) {
        // The caller holds the account's lock, so a socket left under this name belongs to a
        // console that crashed: remove it and listen again.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            m_error = m_server->errorString();
            qCWarning(lcApp) << "cannot listen for second launches:" << m_error;
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readLaunch(socket); });
            readLaunch(socket);
        }
    });
    return true;
}

void ConsoleHandoff::stopListening()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

bool ConsoleHandoff::isListening() const
{
    return m_server && m_server->isListening();
}

void ConsoleHandoff::readLaunch(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_4);
    in.startTransaction();
    QStringList arguments;
    in >> arguments;
    if (!in.commitTransaction())
        return;   // the rest is still on its way
    socket->write(&Acknowledged, 1);
    socket->flush();
    Q_EMIT launchReceived(arguments);
}

void ConsoleHandoff::handOver(const QString &databasePath, const QStringList &arguments, int timeoutMs)
{
    if (m_outgoing)
        m_outgoing->deleteLater();
    auto *socket = new QLocalSocket(this);
    m_outgoing = socket;
    connect(socket, &QLocalSocket::connected, this, [socket, arguments] {
        QByteArray message;
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << arguments;
        socket->write(message);
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket == m_outgoing && socket->read(1) == QByteArray(1, Acknowledged))
            finishHandOver(true);
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError error) {
        // The other side closing after its answer is the normal end, not a failure.
        if (socket == m_outgoing && error != QLocalSocket::PeerClosedError) {
            qCInfo(lcApp) << "no console answers for this account:" << socket->errorString();
            finishHandOver(false);
        }
    });
    m_timeout.start(timeoutMs);
    socket->connectToServer(serverNameFor(databasePath));
}

void ConsoleHandoff::finishHandOver(bool delivered)
{
    m_timeout.stop();
    if (m_outgoing) {
        m_outgoing->disconnect(this);
        m_outgoing->abort();
        m_outgoing->deleteLater();
        m_outgoing = nullptr;
    }
    if (delivered)
        Q_EMIT handedOver();
    else
        Q_EMIT handOverFailed();
}
