// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

// The conversation between two launches of the console for one account, over a local socket
// named after the account's database: the console that holds the account listens; a second
// launch hands it its command line and exits, so one process alone replays the outbox.
class ConsoleHandoff : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleHandoff(QObject *parent = nullptr);
    ~ConsoleHandoff() override;

    // The socket name for an account's database file: a hash of its absolute path (the
    // user's own data folder is in it, so two users never meet), never the web key.
    static QString serverNameFor(const QString &databasePath);

    // The console holding the account accepts launches for it. False (errorString()) when the
    // name cannot be taken; the console works on, only a second launch cannot reach it.
    bool listen(const QString &databasePath);
    void stopListening();
    bool isListening() const;
    QString errorString() const { return m_error; }

    // A second launch: sends `arguments` to the console listening for the account. Ends with
    // handedOver() once that console confirmed, or handOverFailed() when none answers within
    // timeoutMs.
    void handOver(const QString &databasePath, const QStringList &arguments, int timeoutMs = 5000);

Q_SIGNALS:
    // In the listening console: another launch asked for this account with these arguments.
    void launchReceived(const QStringList &arguments);
    void handedOver();
    void handOverFailed();

private:
    void readLaunch(QLocalSocket *socket);
    void finishHandOver(bool delivered);

    QLocalServer *m_server = nullptr;
    QPointer<QLocalSocket> m_outgoing;
    QTimer m_timeout;
    QString m_error;
};
