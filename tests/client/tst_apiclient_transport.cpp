// SPDX-License-Identifier: MIT
// The ApiClient against small real servers on loopback for what the sandbox cannot stage:
// TLS trust, redirects (downgrade, other host, writes) and connections closed before any answer.
#include "api/apiclient.h"
#include "scriptedserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::api;

namespace {

const QByteArray okBody = R"({"ResultCode":"CT_200","Message":"Success","TotalRecord":0,"data":[]})";

ApiResult resultOf(ApiReply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(20000) && finished.isEmpty())
        return ApiResult::failure(ApiStatus::Canceled, u"test: no finished() within the test's patience"_s);
    return finished.first().first().value<ApiResult>();
}

void signIn(ApiClient &client, const QString &baseUrl)
{
    client.setBaseUrl(QUrl(baseUrl));
    client.setCredentials(u"test-access-token-0123456789"_s, u"CT_test_web_key_0123456789"_s);
    client.setRetryBaseDelayMs(20);
}

} // namespace

class TestApiClientTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesReachTheServerAtMostOnce_data();
    void writesReachTheServerAtMostOnce();
    void readsAreRetriedAfterDrops();
    void httpsWithTrustedCertificate();
    void untrustedCertificateIsTls();
    void redirectDowngradeIsRefused();
    void redirectToAnotherHostIsRefused();
    void redirectOfAWriteIsRefused();
    void sameHostRedirectOfAReadIsFollowed();
    void writesNeverTravelOverHttp2();
};

void TestApiClientTransport::writesReachTheServerAtMostOnce_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<ApiParams>("params");
    QTest::newRow("POST create_client") << u"create_client"_s
                                        << ApiParams{{u"firstName"_s, u"Ann"_s}, {u"lastName"_s, u"Lee"_s}};
    QTest::newRow("DELETE delete_client_by_id") << u"delete_client_by_id"_s << ApiParams{{u"client_id"_s, u"42"_s}};
}

void TestApiClientTransport::writesReachTheServerAtMostOnce()
{
    QFETCH(QString, call);
    QFETCH(ApiParams, params);
    // GIVEN a server that closes every connection without answering
    ScriptedServer server([](const ScriptedServer::Request &) { return QByteArray(); });
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());

    // WHEN a write is sent
    ApiReply *reply = client.call(call, params);
    const ApiResult r = resultOf(reply);

    // THEN it arrived once (neither ApiClient nor Qt's own resend repeated it) and the outcome is ambiguous
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Offline));
    QVERIFY(r.isAmbiguous());
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClientTransport::readsAreRetriedAfterDrops()
{
    ScriptedServer server([](const ScriptedServer::Request &) { return QByteArray(); });
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());
    client.setMaxAttempts(3);

    ApiReply *reply = client.call(u"read_client_list"_s);
    reply->setAutoDelete(false);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    const ApiResult r = resultOf(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Offline));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(server.requests().size() >= 3);
    delete reply;
}

void TestApiClientTransport::httpsWithTrustedCertificate()
{
    ScriptedServer server([](const ScriptedServer::Request &) { return ScriptedServer::answer(200, okBody); });
    QVERIFY(server.useTestCertificate());
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());
    client.setSslConfiguration(ScriptedServer::clientTrustingTestCertificate());

    const ApiResult r = resultOf(client.call(u"read_tags_list"_s));
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Ok));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("X-Access-Token"), QByteArray("test-access-token-0123456789"));
    QCOMPARE(server.requests().first().header("X-Web-Key"), QByteArray("CT_test_web_key_0123456789"));
}

void TestApiClientTransport::untrustedCertificateIsTls()
{
    // GIVEN a server whose certificate the client does not trust (and never told to ignore)
    ScriptedServer server([](const ScriptedServer::Request &) { return ScriptedServer::answer(200, okBody); });
    QVERIFY(server.useTestCertificate());
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());

    const ApiResult r = resultOf(client.call(u"read_tags_list"_s));
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Tls));
    // THEN no request (and so no credential) crossed the connection
    QCOMPARE(server.requests().size(), 0);
}

void TestApiClientTransport::redirectDowngradeIsRefused()
{
    ScriptedServer plain([](const ScriptedServer::Request &) { return ScriptedServer::answer(200, okBody); });
    QVERIFY(plain.listenOnLoopback());
    const QByteArray target = (plain.baseUrl() + u"read_tags_list"_s).toLatin1();
    ScriptedServer secure([target](const ScriptedServer::Request &) {
        return ScriptedServer::answer(302, {}, {{"Location", target}});
    });
    QVERIFY(secure.useTestCertificate());
    QVERIFY(secure.listenOnLoopback());
    ApiClient client;
    signIn(client, secure.baseUrl());
    client.setSslConfiguration(ScriptedServer::clientTrustingTestCertificate());

    const ApiResult r = resultOf(client.call(u"read_tags_list"_s));
    QCOMPARE(statusName(r.status), statusName(ApiStatus::InsecureRefused));
    QCOMPARE(secure.requests().size(), 1);
    QCOMPARE(plain.requests().size(), 0);
}

void TestApiClientTransport::redirectToAnotherHostIsRefused()
{
    ScriptedServer other([](const ScriptedServer::Request &) { return ScriptedServer::answer(200, okBody); });
    if (!other.listenOnLoopback(QHostAddress(u"127.0.0.2"_s)))
        QSKIP("127.0.0.2 is not available on this machine");
    const QByteArray target = (other.baseUrl() + u"read_tags_list"_s).toLatin1();
    ScriptedServer first([target](const ScriptedServer::Request &) {
        return ScriptedServer::answer(307, {}, {{"Location", target}});
    });
    QVERIFY(first.listenOnLoopback());
    ApiClient client;
    signIn(client, first.baseUrl());

    const ApiResult r = resultOf(client.call(u"read_tags_list"_s));
    QCOMPARE(statusName(r.status), statusName(ApiStatus::InsecureRefused));
    // The credentials never went to the other host
    QCOMPARE(other.requests().size(), 0);
}

void TestApiClientTransport::redirectOfAWriteIsRefused()
{
    ScriptedServer server([](const ScriptedServer::Request &request) {
        if (request.target.endsWith("create_client"))
            return ScriptedServer::answer(302, {}, {{"Location", "/v2/api/elsewhere"}});
        return ScriptedServer::answer(200, okBody);
    });
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());

    const ApiResult r = resultOf(client.call(u"create_client"_s, {{u"firstName"_s, u"Ann"_s}, {u"lastName"_s, u"Lee"_s}}));
    // A 302 would turn the POST into a GET and lose the change: not followed
    QCOMPARE(statusName(r.status), statusName(ApiStatus::HttpError));
    QCOMPARE(server.requests().size(), 1);
}

void TestApiClientTransport::sameHostRedirectOfAReadIsFollowed()
{
    ScriptedServer server([](const ScriptedServer::Request &request) {
        if (request.target.startsWith("/v2/api/"))
            return ScriptedServer::answer(301, {}, {{"Location", "/v2/api-moved/read_tags_list"}});
        return ScriptedServer::answer(200, okBody);
    });
    QVERIFY(server.listenOnLoopback());
    ApiClient client;
    signIn(client, server.baseUrl());

    const ApiResult r = resultOf(client.call(u"read_tags_list"_s));
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Ok));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).target, QByteArray("/v2/api-moved/read_tags_list"));
}

// Qt speaks HTTP/2 over TLS whenever the server offers it, and its HTTP/2 handler may start a
// request again on a new connection: a write must never travel that way. nghttpd (Debian's
// nghttp2-server) is a real HTTP/2-only server; it logs every request's :method as it receives
// it and drops connections that do not negotiate h2.
void TestApiClientTransport::writesNeverTravelOverHttp2()
{
    const QString nghttpd = QStandardPaths::findExecutable(u"nghttpd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    QVERIFY2(!nghttpd.isEmpty(), "nghttpd is needed: Debian's nghttp2-server (make test installs it)");
    QTemporaryDir htdocs;
    QVERIFY(htdocs.isValid());
    // A free loopback port: asked of the system, released, handed to nghttpd.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(nghttpd, {u"-v"_s, u"--address=127.0.0.1"_s, u"--htdocs="_s + htdocs.path(), QString::number(port),
                           QStringLiteral(CT_CLIENT_TEST_DATA "/loopback-test.key"),
                           QStringLiteral(CT_CLIENT_TEST_DATA "/loopback-test.crt")});
    QVERIFY2(server.waitForStarted(), qPrintable(server.errorString()));
    const auto listening = [port] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    };
    QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);
    QByteArray log;
    const auto methodsReceived = [&server, &log](const QByteArray &method) {
        log += server.readAll();
        return log.count(":method: " + method);
    };

    ApiClient client;
    signIn(client, u"https://127.0.0.1:%1/"_s.arg(port));
    client.setSslConfiguration(ScriptedServer::clientTrustingTestCertificate());

    // GIVEN a read, which may use HTTP/2: it does with this server, so the client would use
    // HTTP/2 for anything allowed to (nghttpd answers 404: no such file, a failure the client
    // reports like any other, after the server saw it)
    const ApiResult read = resultOf(client.call(u"read_tags_list"_s));
    QVERIFY(!read.ok());
    QTRY_VERIFY_WITH_TIMEOUT(methodsReceived("GET") >= 1, 5000);

    // WHEN writes are sent (POST and DELETE)
    const ApiResult created = resultOf(client.call(u"create_client"_s, {{u"firstName"_s, u"Ann"_s}, {u"lastName"_s, u"Lee"_s}}));
    const ApiResult deleted = resultOf(client.call(u"delete_client_by_id"_s, {{u"client_id"_s, u"42"_s}}));
    // THEN neither reached the HTTP/2 server: they asked for HTTP/1.1, which it refuses
    QVERIFY(!created.ok());
    QVERIFY(!deleted.ok());
    QTest::qWait(300);
    QCOMPARE(methodsReceived("POST"), 0);
    QCOMPARE(methodsReceived("DELETE"), 0);
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestApiClientTransport)
#include "tst_apiclient_transport.moc"
