// SPDX-License-Identifier: MIT
// The parts of the ApiClient that need no socket: request encoding, the TLS policy, the one
// mapping of transport outcomes to ApiResult, Retry-After and log redaction.
#include "api/apiclient.h"
#include "api/apilogging.h"
#include "api/contactsapi.h"
#include "api/transportresult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace ct::api;

class TestApiClientUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getQueryIsPercentEncoded_data();
    void getQueryIsPercentEncoded();
    void pathFormForReadClientById();
    void postBodyIsJsonOfStrings();
    void permittedUrls_data();
    void permittedUrls();
    void transportMapping_data();
    void transportMapping();
    void retryAfter_data();
    void retryAfter();
    void redaction();
    void immediateFailuresFinishLater_data();
    void immediateFailuresFinishLater();
    void abortBeforeSendingCancels();
    void destroyingTheClientFinishesEveryReply();
    void deletingAPendingReplyFreesItsSlot();
};

void TestApiClientUnits::getQueryIsPercentEncoded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("ampersand and equals") << u"x&y=z"_s << QByteArray("x%26y%3Dz");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("hash and question") << u"#1?"_s << QByteArray("%231%3F");
    QTest::newRow("unicode") << u"Zoë"_s << QByteArray("Zo%C3%AB");
    QTest::newRow("email") << u"o'neil+tag@example.com"_s << QByteArray("o%27neil%2Btag%40example.com");
}

void TestApiClientUnits::getQueryIsPercentEncoded()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    // GIVEN a read with a parameter holding reserved characters
    const CallSpec *call = findCall(u"read_client_exist");
    QVERIFY(call);
    const QUrl url = ApiClient::requestUrl(QUrl(u"https://api.example.com/v2/api/"_s), *call,
                                           {{u"email"_s, value}});
    // THEN the wire form escapes them and a standard decoder gets the value back
    const QByteArray wire = url.toEncoded();
    QCOMPARE(wire, "https://api.example.com/v2/api/read_client_exist?email=" + encoded);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"email"_s, QUrl::FullyDecoded), value);
}

void TestApiClientUnits::pathFormForReadClientById()
{
    const CallSpec *call = findCall(u"read_client_by_id");
    QVERIFY(call);
    const QUrl url = ApiClient::requestUrl(QUrl(u"https://api.example.com/v2/api"_s), *call,
                                           {{u"client_id"_s, u"1234"_s}});
    QCOMPARE(url.toEncoded(), QByteArray("https://api.example.com/v2/api/read_client_by_id/1234"));
}

void TestApiClientUnits::postBodyIsJsonOfStrings()
{
    const CallSpec *call = findCall(u"create_client");
    QVERIFY(call);
    const ApiParams params = {{u"firstName"_s, u"Ann+Marie"_s}, {u"lastName"_s, u"O'Neil & Co"_s},
                              {u"age"_s, u"42"_s}};
    // POST parameters travel in the body only
    const QUrl url = ApiClient::requestUrl(QUrl(u"https://api.example.com/v2/api/"_s), *call, params);
    QVERIFY(!url.hasQuery());
    const QJsonObject body = QJsonDocument::fromJson(ApiClient::jsonBody(params)).object();
    QCOMPARE(body.size(), 3);
    QVERIFY(body.value(u"age"_s).isString());
    QCOMPARE(body.value(u"age"_s).toString(), u"42"_s);
    QCOMPARE(body.value(u"firstName"_s).toString(), u"Ann+Marie"_s);
    QCOMPARE(body.value(u"lastName"_s).toString(), u"O'Neil & Co"_s);
}

void TestApiClientUnits::permittedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("permitted");
    QTest::newRow("https remote") << u"https://api.clienttether.com/v2/api/"_s << true;
    QTest::newRow("http remote") << u"http://api.clienttether.com/v2/api/"_s << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/v2/api/"_s << true;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3/"_s << true;
    QTest::newRow("http ::1") << u"http://[::1]:8080/"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080/"_s << true;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/"_s << true;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/"_s << false;
    QTest::newRow("http 10.0.0.1") << u"http://10.0.0.1/"_s << false;
    QTest::newRow("http localhost.evil.com") << u"http://localhost.evil.com/"_s << false;
    QTest::newRow("http 127.0.0.1.nip.io") << u"http://127.0.0.1.nip.io/"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
    QTest::newRow("no host") << u"https:///v2/"_s << false;
}

void TestApiClientUnits::permittedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, permitted);
    QCOMPARE(ApiClient::isPermittedUrl(QUrl(url)), permitted);
}

void TestApiClientUnits::transportMapping_data()
{
    using E = QNetworkReply::NetworkError;
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("canceledByCaller");
    QTest::addColumn<ApiStatus>("status");

    const QByteArray ok = R"({"ResultCode":"CT_200","Message":"Success","data":[]})";
    QTest::newRow("ok") << int(E::NoError) << 200 << ok << false << ApiStatus::Ok;
    QTest::newRow("ct515") << int(E::NoError) << 200 << QByteArray(R"({"resultCode":"CT515"})") << false
                           << ApiStatus::ServerCode;
    QTest::newRow("validation") << int(E::NoError) << 200
                                << QByteArray(R"({"resultCode":"phone","Message":"Validation Issue"})") << false
                                << ApiStatus::ValidationIssue;
    QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0 << QByteArray() << false << ApiStatus::Offline;
    QTest::newRow("host not found") << int(E::HostNotFoundError) << 0 << QByteArray() << false << ApiStatus::Offline;
    QTest::newRow("remote closed") << int(E::RemoteHostClosedError) << 0 << QByteArray() << false << ApiStatus::Offline;
    QTest::newRow("closed mid body") << int(E::RemoteHostClosedError) << 200 << QByteArray("{\"Res") << false
                                     << ApiStatus::Offline;
    QTest::newRow("unreachable") << int(E::TemporaryNetworkFailureError) << 0 << QByteArray() << false
                                 << ApiStatus::Offline;
    QTest::newRow("unknown network") << int(E::UnknownNetworkError) << 0 << QByteArray() << false << ApiStatus::Offline;
    QTest::newRow("write closed before answer") << int(E::ContentReSendError) << 0 << QByteArray() << false
                                                << ApiStatus::Offline;
    QTest::newRow("timeout") << int(E::TimeoutError) << 0 << QByteArray() << false << ApiStatus::Timeout;
    QTest::newRow("transfer timeout") << int(E::OperationCanceledError) << 0 << QByteArray() << false
                                      << ApiStatus::Timeout;
    QTest::newRow("caller abort") << int(E::OperationCanceledError) << 0 << QByteArray() << true
                                  << ApiStatus::Canceled;
    QTest::newRow("tls") << int(E::SslHandshakeFailedError) << 0 << QByteArray() << false << ApiStatus::Tls;
    QTest::newRow("insecure redirect") << int(E::InsecureRedirectError) << 0 << QByteArray() << false
                                       << ApiStatus::InsecureRefused;
    QTest::newRow("401") << int(E::AuthenticationRequiredError) << 401 << QByteArray() << false
                         << ApiStatus::Unauthorized;
    QTest::newRow("403") << int(E::ContentAccessDenied) << 403 << QByteArray() << false << ApiStatus::Unauthorized;
    QTest::newRow("429") << int(E::UnknownContentError) << 429 << QByteArray() << false << ApiStatus::RateLimited;
    QTest::newRow("500") << int(E::InternalServerError) << 500 << QByteArray() << false << ApiStatus::ServerError;
    QTest::newRow("503") << int(E::ServiceUnavailableError) << 503 << QByteArray() << false << ApiStatus::ServerError;
    QTest::newRow("404") << int(E::ContentNotFoundError) << 404 << QByteArray() << false << ApiStatus::HttpError;
    QTest::newRow("400") << int(E::ProtocolInvalidOperationError) << 400 << QByteArray() << false
                         << ApiStatus::HttpError;
    QTest::newRow("not json") << int(E::NoError) << 200 << QByteArray("<html>") << false << ApiStatus::Malformed;
    QTest::newRow("empty 200") << int(E::NoError) << 200 << QByteArray() << false << ApiStatus::Malformed;
}

void TestApiClientUnits::transportMapping()
{
    QFETCH(int, error);
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(bool, canceledByCaller);
    QFETCH(ApiStatus, status);
    TransportOutcome o;
    o.error = QNetworkReply::NetworkError(error);
    o.httpStatus = httpStatus;
    o.body = body;
    o.canceledByCaller = canceledByCaller;
    const ApiResult r = resultFor(o);
    QCOMPARE(statusName(r.status), statusName(status));
    QVERIFY(!r.message.isEmpty());
}

void TestApiClientUnits::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("seconds padded") << QByteArray(" 120 ") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("imf-fixdate") << QByteArray("Fri, 27 Nov 2026 08:00:30 GMT") << qint64(30000);
    QTest::newRow("rfc850") << QByteArray("Friday, 27-Nov-26 08:00:45 GMT") << qint64(45000);
    QTest::newRow("asctime") << QByteArray("Fri Nov 27 08:01:00 2026") << qint64(60000);
    QTest::newRow("past date") << QByteArray("Fri, 27 Nov 2026 07:00:00 GMT") << qint64(0);
}

void TestApiClientUnits::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);
    const QDateTime now(QDate(2026, 11, 27), QTime(8, 0, 0), Qt::UTC);
    QCOMPARE(parseRetryAfter(header, now), ms);

    // A 429 carries it into the result
    if (ms >= 0) {
        TransportOutcome o;
        o.httpStatus = 429;
        o.error = QNetworkReply::UnknownContentError;
        o.retryAfter = header;
        QCOMPARE(resultFor(o, now).retryAfterMs, ms);
    }
}

void TestApiClientUnits::redaction()
{
    QCOMPARE(Redaction::header("X-Access-Token", "eyJ.secret"), u"X-Access-Token: <redacted>"_s);
    QCOMPARE(Redaction::header("x-web-key", "CT_abc"), u"x-web-key: <redacted>"_s);
    QCOMPARE(Redaction::header("Content-Type", "application/json"), u"Content-Type: application/json"_s);
    const QString url = Redaction::url(QUrl(u"https://u:p@api.example.com/v2/api/read_client_exist?email=a%2Bb%40x.com&phone=3039291447"_s));
    QCOMPARE(url, u"https://api.example.com/v2/api/read_client_exist?email=…&phone=…"_s);
    QCOMPARE(Redaction::text(u"token eyJhbGciOi and key CT_12345"_s, {u"eyJhbGciOi"_s, u"CT_12345"_s}),
             u"token <redacted> and key <redacted>"_s);
}

void TestApiClientUnits::immediateFailuresFinishLater_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("call");
    QTest::addColumn<ApiParams>("params");
    QTest::addColumn<ApiStatus>("status");
    QTest::addColumn<int>("ctCode");
    QTest::addColumn<QString>("offendingKey");
    const QString https = u"https://api.example.invalid/v2/api/"_s;
    QTest::newRow("unknown call") << https << u"read_everything"_s << ApiParams{} << ApiStatus::HttpError << 0
                                  << QString();
    QTest::newRow("missing key") << https << u"read_client_by_id"_s << ApiParams{} << ApiStatus::ServerCode << 501
                                 << u"client_id"_s;
    QTest::newRow("bad phone") << https << u"read_client_exist"_s << ApiParams{{u"phone"_s, u"12"_s}}
                               << ApiStatus::ValidationIssue << 0 << u"phone"_s;
    QTest::newRow("plain http remote") << u"http://api.clienttether.com/v2/api/"_s << u"read_client_list"_s
                                       << ApiParams{} << ApiStatus::InsecureRefused << 0 << QString();
}

void TestApiClientUnits::immediateFailuresFinishLater()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, call);
    QFETCH(ApiParams, params);
    QFETCH(ApiStatus, status);
    QFETCH(int, ctCode);
    QFETCH(QString, offendingKey);
    ApiClient client;
    client.setBaseUrl(QUrl(baseUrl));
    client.setCredentials(u"token-value-123"_s, u"CT_webkey_456"_s);
    QSignalSpy inFlight(&client, &ApiClient::inFlightChanged);
    QSignalSpy everyReply(&client, &ApiClient::replyFinished);

    ApiReply *reply = client.call(call, params);
    QVERIFY(reply);
    reply->setAutoDelete(false);
    const std::unique_ptr<ApiReply> owner(reply);
    // Not emitted inside call(): a caller connecting now still sees it.
    QVERIFY(!reply->isFinished());
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    const auto r = finished.first().first().value<ApiResult>();
    QCOMPARE(statusName(r.status), statusName(status));
    QCOMPARE(r.ctCode, ctCode);
    QCOMPARE(r.offendingKey, offendingKey);
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(inFlight.size(), 0);   // nothing went on the wire
    QCOMPARE(everyReply.size(), 1);
    QCOMPARE(everyReply.first().first().value<ApiResult>().status, status);
}

void TestApiClientUnits::abortBeforeSendingCancels()
{
    ApiClient client;
    client.setMaxInFlight(1);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));   // discard port: nothing listens
    client.setCredentials(u"token-value-123"_s, u"CT_webkey_456"_s);
    ContactsApi contacts(&client);
    ApiReply *first = contacts.readList();
    ApiReply *second = contacts.readList(100, 50);
    QCOMPARE(client.queued(), 1);
    QSignalSpy secondDone(second, &ApiReply::finished);
    second->abort();
    QCOMPARE(client.queued(), 0);
    QTRY_COMPARE(secondDone.size(), 1);
    QCOMPARE(secondDone.first().first().value<ApiResult>().status, ApiStatus::Canceled);
    QSignalSpy firstDone(first, &ApiReply::finished);
    first->abort();
    QTRY_COMPARE(firstDone.size(), 1);
    QCOMPARE(firstDone.first().first().value<ApiResult>().status, ApiStatus::Canceled);
    QCOMPARE(client.inFlight(), 0);
}

void TestApiClientUnits::destroyingTheClientFinishesEveryReply()
{
    auto client = std::make_unique<ApiClient>();
    client->setMaxInFlight(1);
    client->setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
    client->setCredentials(u"token-value-123"_s, u"CT_webkey_456"_s);
    ApiReply *sending = client->call(u"read_tags_list"_s);
    ApiReply *queued = client->call(u"read_user_list"_s);
    QSignalSpy sendingDone(sending, &ApiReply::finished);
    QSignalSpy queuedDone(queued, &ApiReply::finished);
    client.reset();
    // Each still finishes exactly once, after the client is gone
    QTRY_COMPARE(sendingDone.size(), 1);
    QTRY_COMPARE(queuedDone.size(), 1);
    QCOMPARE(sendingDone.first().first().value<ApiResult>().status, ApiStatus::Canceled);
    QCOMPARE(queuedDone.first().first().value<ApiResult>().status, ApiStatus::Canceled);
}

void TestApiClientUnits::deletingAPendingReplyFreesItsSlot()
{
    ApiClient client;
    client.setMaxInFlight(1);
    client.setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s));
    client.setCredentials(u"token-value-123"_s, u"CT_webkey_456"_s);
    ApiReply *first = client.call(u"read_tags_list"_s);
    ApiReply *second = client.call(u"read_user_list"_s);
    QCOMPARE(client.inFlight(), 1);
    QCOMPARE(client.queued(), 1);
    delete first;   // the caller lost interest without abort()
    QCOMPARE(client.inFlight(), 1);   // the next one took the slot
    QCOMPARE(client.queued(), 0);
    second->abort();
    QCOMPARE(client.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestApiClientUnits)
#include "tst_apiclient_units.moc"
