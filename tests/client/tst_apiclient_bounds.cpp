// SPDX-License-Identifier: MIT
// What one answer may hold, against real servers on loopback: an answer far over the size bound
// is stopped while it arrives (memory stays small), one with too many rows is refused, and a
// large answer that is allowed is parsed while the GUI thread's event loop keeps running.
#include "api/apiclient.h"
#include "api/responseparser.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace ct::api;

namespace {

ApiResult resultOf(ApiReply *reply, int patienceMs = 120000)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(patienceMs) && finished.isEmpty())
        return ApiResult::failure(ApiStatus::Canceled, u"test: no finished() within the test's patience"_s);
    return finished.first().first().value<ApiResult>();
}

void signIn(ApiClient &client, const QString &baseUrl)
{
    client.setBaseUrl(QUrl(baseUrl));
    client.setCredentials(u"test-access-token-0123456789"_s, u"CT_test_web_key_0123456789"_s);
    client.setMaxAttempts(1);
}

// The process's peak resident memory so far (VmHWM), in bytes.
qint64 peakResidentBytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// A server that answers every request with an endless list of rows, written as the socket
// drains (never more than a few MB held), until `limit` bytes or the client hangs up.
class EndlessListServer : public QTcpServer
{
public:
    EndlessListServer(qint64 limit, qint64 declaredLength) : m_limit(limit), m_declared(declaredLength) {}
    qint64 sent() const { return m_sent; }
    QString baseUrl() const { return u"http://127.0.0.1:%1/v2/api/"_s.arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_request += socket->readAll();
            if (m_started || !m_request.contains("\r\n\r\n"))
                return;
            m_started = true;
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
            if (m_declared > 0)
                head += "Content-Length: " + QByteArray::number(m_declared) + "\r\n";
            socket->write(head + "\r\n" + R"({"ResultCode":"CT200","TotalRecord":"100","data":[)");
            feed(socket);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { feed(socket); });
    }

private:
    void feed(QTcpSocket *socket)
    {
        static const QByteArray row = R"({"client_id":"1","firstName":")" + QByteArray(1000, 'x') + R"("},)";
        static const QByteArray chunk = row.repeated(1024);   // about 1 MB
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()
               && m_sent < m_limit) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
        if (m_declared == 0 && m_sent >= m_limit && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }

    qint64 m_limit;
    qint64 m_declared;
    qint64 m_sent = 0;
    QByteArray m_request;
    bool m_started = false;
};

QByteArray listAnswer(int rows, const QByteArray &row)
{
    QByteArray body = R"({"ResultCode":"CT200","TotalRecord":")" + QByteArray::number(rows) + R"(","data":[)";
    body.reserve(body.size() + qsizetype(rows) * (row.size() + 1) + 2);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            body += ',';
        body += row;
    }
    return body + "]}";
}

} // namespace

class TestApiClientBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answerFarOverTheSizeBoundIsStopped();
    void declaredOversizeIsRefusedAtOnce();
    void answerWithTooManyRowsIsRefused();
    void largeAllowedAnswerIsParsedWhileTheEventLoopRuns();
};

void TestApiClientBounds::answerFarOverTheSizeBoundIsStopped()
{
    // GIVEN a server that answers a 100-row request with 512 MB of rows and no declared length
    EndlessListServer server(512LL * 1024 * 1024, 0);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ApiClient client;
    signIn(client, server.baseUrl());
    const qint64 peakBefore = peakResidentBytes();
    QVERIFY(peakBefore > 0);
    QElapsedTimer clock;
    clock.start();

    // WHEN the list is read
    const ApiResult r = resultOf(client.call(u"read_client_list"_s, {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}}));

    // THEN it is refused with words saying why, the transfer stopped soon after the bound, and
    // memory grew by little more than the bound (the old client held all of it and parsed it)
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Malformed));
    QVERIFY2(r.message.contains(u"larger than 128 MB"_s), qPrintable(r.message));
    QVERIFY(r.rows.isEmpty());
    QVERIFY2(server.sent() < 256LL * 1024 * 1024, qPrintable(QString::number(server.sent())));
    const qint64 grown = peakResidentBytes() - peakBefore;
    QVERIFY2(grown < 400LL * 1024 * 1024, qPrintable(u"peak memory grew by %1 MB"_s.arg(grown >> 20)));
    // A bound meant to catch a freeze, not a timing test.
    QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClientBounds::declaredOversizeIsRefusedAtOnce()
{
    // GIVEN a server that announces a 2 GB answer and sends 2 MB of it, then waits
    EndlessListServer server(2LL * 1024 * 1024, 2LL * 1024 * 1024 * 1024);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ApiClient client;
    signIn(client, server.baseUrl());
    client.setTransferTimeoutMs(20000);

    // WHEN the list is read
    const ApiResult r = resultOf(client.call(u"read_client_list"_s, {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}}));

    // THEN the announced length alone refuses it (no waiting for the rest or for the timeout)
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Malformed));
    QVERIFY2(r.message.contains(u"larger than 128 MB"_s), qPrintable(r.message));
}

void TestApiClientBounds::answerWithTooManyRowsIsRefused()
{
    // GIVEN a server answering a 100-row request with 1,000,000 small rows (about 12 MB)
    const QByteArray body = listAnswer(1000000, R"({"a":"1"})");
    QVERIFY(body.size() < MaxAnswerBytes);
    // The server has a thread of its own: only the client's work may show on this event loop.
    const QByteArray answer = ScriptedServer::answer(200, body, {{"Content-Type", "application/json"}});
    QThread serverThread;
    auto *server = new ScriptedServer([answer](const ScriptedServer::Request &) { return answer; });
    server->moveToThread(&serverThread);
    serverThread.start();
    const auto stopServer = qScopeGuard([&] {
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] { listening = server->listenOnLoopback(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    ApiClient client;
    signIn(client, server->baseUrl());

    // WHEN the list is read
    const ApiResult r = resultOf(client.call(u"read_client_list"_s, {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}}));

    // THEN it is refused, saying how many rows came and how many an answer may hold
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Malformed));
    QVERIFY2(r.message.contains(u"1000000 rows"_s), qPrintable(r.message));
    QVERIFY2(r.message.contains(QString::number(MaxAnswerRows)), qPrintable(r.message));
    QVERIFY(r.rows.isEmpty());
}

void TestApiClientBounds::largeAllowedAnswerIsParsedWhileTheEventLoopRuns()
{
    // GIVEN a server answering with 100,000 rows of 40 fields each (about 60 MB: within the
    // bounds, and a few seconds of parsing)
    const int rowCount = 100000;
    QByteArray row = R"({"client_id":"7")";
    for (int f = 0; f < 40; ++f)
        row += ",\"field_" + QByteArray::number(f) + "\":\"value " + QByteArray::number(f) + '"';
    row += '}';
    const QByteArray body = listAnswer(rowCount, row);
    QVERIFY(body.size() < MaxAnswerBytes);
    // The server has a thread of its own: only the client's work may show on this event loop.
    const QByteArray answer = ScriptedServer::answer(200, body, {{"Content-Type", "application/json"}});
    QThread serverThread;
    auto *server = new ScriptedServer([answer](const ScriptedServer::Request &) { return answer; });
    server->moveToThread(&serverThread);
    serverThread.start();
    const auto stopServer = qScopeGuard([&] {
        QMetaObject::invokeMethod(server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    });
    bool listening = false;
    QMetaObject::invokeMethod(server, [&] { listening = server->listenOnLoopback(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    ApiClient client;
    signIn(client, server->baseUrl());

    // A timer that should fire every 10 ms: how late it gets is how long the loop was held.
    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        const qint64 gap = sinceTick.restart();
        worstGapMs = std::max(worstGapMs, gap);
    });

    // WHEN the list is read while the timer runs
    ApiReply *reply = client.call(u"read_client_list"_s, {{u"limit"_s, u"100"_s}, {u"offset"_s, u"0"_s}});
    ApiResult r;
    bool done = false;
    connect(reply, &ApiReply::finished, this, [&](const ApiResult &result) {
        ticker.stop();
        r = result;
        done = true;
    });
    sinceTick.start();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);

    // THEN every row arrived, and the event loop never waited long for the parsing (the old
    // client parsed on this thread and held it for 6.5 s here). A generous bound: it catches a
    // freeze, not a slow machine (Qt's own handling of the transfer costs a few hundred ms on a
    // loaded 2-core VM).
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.size(), rowCount);
    qInfo("worst gap of the event loop: %lld ms", worstGapMs);
    QVERIFY2(worstGapMs < 2000, qPrintable(u"the event loop was held for %1 ms"_s.arg(worstGapMs)));
}

QTEST_MAIN(TestApiClientBounds)
#include "tst_apiclient_bounds.moc"
