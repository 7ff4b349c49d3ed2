// SPDX-License-Identifier: MIT
// The sandbox's HTTP behaviour: credentials, routing, the three parameter encodings, the path
// form, the request log and every kind of injected fault.
#include "sandbox.h"
#include "sandboxhttp.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::FaultPlan;
using ct::sandbox::Sandbox;
using Encoding = SandboxHttp::Encoding;

Q_DECLARE_METATYPE(SandboxHttp::Encoding)

namespace {
QStringList capturedLogLines;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "ct.sandbox")
        capturedLogLines.append(message);
    else if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestSandboxTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;

    SandboxHttp http(const QString &key = Sandbox::demoWebKey())
    {
        return SandboxHttp(m_sandbox->baseUrl(), key, Sandbox::demoAccessToken());
    }

private Q_SLOTS:
    void init()
    {
        ct::sandbox::SandboxOptions options;
        options.contacts = 120;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        QVERIFY(m_sandbox->port() != 0);
        QCOMPARE(m_sandbox->baseUrl().toString(), u"http://127.0.0.1:%1/v2/api/"_s.arg(m_sandbox->port()));
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void refusesMissingOrUnknownCredentials_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<bool>("withWebKey");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("webKey");
        const QString token = Sandbox::demoAccessToken();
        const QString key = Sandbox::demoWebKey();
        QTest::newRow("no headers") << false << false << token << key;
        QTest::newRow("token only") << true << false << token << key;
        QTest::newRow("web key only") << false << true << token << key;
        QTest::newRow("wrong token") << true << true << u"eyJ.wrong.token"_s << key;
        QTest::newRow("unknown web key") << true << true << token << u"CT_not_an_account"_s;
        QTest::newRow("sample key from the document") << true << true << token << u"CT_38792a5ceaea9662c"_s;
    }

    void refusesMissingOrUnknownCredentials()
    {
        QFETCH(bool, withToken);
        QFETCH(bool, withWebKey);
        QFETCH(QString, token);
        QFETCH(QString, webKey);
        // GIVEN a request without valid headers WHEN sent THEN HTTP 401 and no JSON body
        SandboxHttp client(m_sandbox->baseUrl(), webKey, token);
        const HttpAnswer a = client.send("GET", u"read_client_list"_s, {}, {}, withToken, withWebKey);
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.isEmpty());
        QVERIFY(!a.isJson);
        const auto log = m_sandbox->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().hadAccessToken, withToken);
        QCOMPARE(log.first().hadWebKey, withWebKey);
        QVERIFY(!log.first().credentialsAccepted);
    }

    void everyKeyOfTheFamilyIsAccepted_data()
    {
        QTest::addColumn<QString>("webKey");
        QTest::newRow("enterprise") << Sandbox::demoWebKey();
        QTest::newRow("sub-account 1") << Sandbox::demoSubAccountWebKeys().value(0);
        QTest::newRow("sub-account 2") << Sandbox::demoSubAccountWebKeys().value(1);
        QTest::newRow("standard") << Sandbox::demoStandardWebKey();
    }

    void everyKeyOfTheFamilyIsAccepted()
    {
        QFETCH(QString, webKey);
        QCOMPARE(Sandbox::demoSubAccountWebKeys().size(), 2);
        // One access token serves every account; each key sees its own clients.
        SandboxHttp client = http(webKey);
        const HttpAnswer a = client.get(u"read_client_list"_s, {{u"limit"_s, u"5"_s}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code(), u"CT_200"_s);
        QCOMPARE(a.data().size(), 5);
        QCOMPARE(a.json.value(u"TotalRecord"_s).toInteger(), m_sandbox->clients(webKey).size());
        QVERIFY(m_sandbox->requestLog().constLast().credentialsAccepted);
    }

    void unknownRoutesAre404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown call") << QByteArray("GET") << u"read_everything"_s << 404;
        QTest::newRow("path form on a call without one") << QByteArray("GET") << u"read_client_list/5"_s << 404;
        QTest::newRow("too many segments") << QByteArray("GET") << u"read_client_by_id/1/2"_s << 404;
        QTest::newRow("empty call") << QByteArray("GET") << QString() << 404;
        QTest::newRow("GET of a POST call") << QByteArray("GET") << u"create_client?firstName=A&lastName=B"_s << 405;
        QTest::newRow("POST of a GET call") << QByteArray("POST") << u"read_tags_list"_s << 405;
        QTest::newRow("PUT") << QByteArray("PUT") << u"update_client_by_id"_s << 405;
    }

    void unknownRoutesAre404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const HttpAnswer a = m_http->send(method, path);
        QCOMPARE(a.status, status);
        QVERIFY(!a.isJson);
    }

    void outsideTheBasePathIs404()
    {
        SandboxHttp client(QUrl(u"http://127.0.0.1:%1/"_s.arg(m_sandbox->port())), Sandbox::demoWebKey(),
                           Sandbox::demoAccessToken());
        QCOMPARE(client.send("GET", u"v1/api/read_tags_list"_s).status, 404);
        QCOMPARE(client.send("GET", u"read_tags_list"_s).status, 404);
    }

    void threeEncodingsGiveTheSameAnswer()
    {
        // Values that break naive decoders: '+', '&', '=', '%', spaces and non-ASCII text.
        const ct::api::ApiParams params = {
            {u"client_id"_s, u"8000001"_s}, {u"city"_s, u"Saint-Jérôme"_s},
            {u"whiteboard"_s, u"a+b & c=d 100%"_s}, {u"gate_code"_s, u"<b>#12+34</b>"_s}};
        QList<QJsonObject> answers;
        for (Encoding e : {Encoding::Json, Encoding::Form, Encoding::Query}) {
            const HttpAnswer a = m_http->post(u"update_client_by_id"_s, params, e);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.code(), u"CT200"_s);
            answers.append(a.json);
        }
        QCOMPARE(answers.at(1), answers.at(0));
        QCOMPARE(answers.at(2), answers.at(0));
        const QJsonObject row = answers.at(0).value(u"data"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"city"_s).toString(), u"Saint-Jérôme"_s);
        QCOMPARE(row.value(u"whiteboard"_s).toString(), u"a+b & c=d 100%"_s);
        QCOMPARE(row.value(u"gate_code"_s).toString(), u"#12+34"_s);   // HTML stripped

        const auto log = m_sandbox->requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).contentType, QByteArray("application/json"));
        QCOMPARE(log.at(1).contentType, QByteArray("application/x-www-form-urlencoded"));
        for (const auto &r : log)
            QCOMPARE(r.params, params);
    }

    void plusInAQueryStringMeansSpace()
    {
        // A client that leaves '+' unencoded (QUrlQuery's default) sends a space: as real servers read it.
        const HttpAnswer a = m_http->send("GET", u"read_action_plan_list?action_plan_name=New+Web"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(m_sandbox->requestLog().constLast().params.value(u"action_plan_name"_s), u"New Web"_s);
        QCOMPARE(a.data().size(), 1);
    }

    void queryAndBodyAreMerged()
    {
        const HttpAnswer a = m_http->send("POST", u"create_client?firstName=Query"_s,
                                          R"({"lastName":"Body","age":42,"smsok":false})", "application/json");
        QCOMPARE(a.code(), u"CT_200"_s);
        const auto params = m_sandbox->requestLog().constLast().params;
        QCOMPARE(params.value(u"firstName"_s), u"Query"_s);
        QCOMPARE(params.value(u"lastName"_s), u"Body"_s);
        QCOMPARE(params.value(u"age"_s), u"42"_s);       // JSON numbers and booleans become strings
        QCOMPARE(params.value(u"smsok"_s), u"0"_s);
    }

    void unreadableJsonBodyIsBadRequest()
    {
        const HttpAnswer a = m_http->send("POST", u"create_tag"_s, "{\"tag_value\": ", "application/json");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code(), u"CT400"_s);
    }

    void pathFormEqualsQueryForm()
    {
        const HttpAnswer path = m_http->get(u"read_client_by_id/8000002"_s);
        const HttpAnswer query = m_http->get(u"read_client_by_id"_s, {{u"client_id"_s, u"8000002"_s}});
        QCOMPARE(path.status, 200);
        QCOMPARE(path.code(), u"CT_200"_s);
        QCOMPARE(path.field(u"client_id"_s), u"8000002"_s);
        QCOMPARE(path.json, query.json);
        QCOMPARE(m_sandbox->requestLog().first().call, u"read_client_by_id"_s);
        QCOMPARE(m_sandbox->requestLog().first().params.value(u"client_id"_s), u"8000002"_s);
    }

    void requestLogRecordsWhatWasSent()
    {
        QSignalSpy recorded(m_sandbox.get(), &Sandbox::requestRecorded);
        m_http->post(u"create_tag"_s, {{u"tag_value"_s, u"Logged"_s}}, Encoding::Form);
        m_http->get(u"read_tags_list"_s);
        m_http->del(u"delete_client_event"_s, {{u"event_id"_s, u"1"_s}});
        QCOMPARE(recorded.count(), 3);
        const auto log = m_sandbox->requestLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).method, u"POST"_s);
        QCOMPARE(log.at(0).call, u"create_tag"_s);
        QCOMPARE(log.at(0).path, u"/v2/api/create_tag"_s);
        QCOMPARE(log.at(0).params.value(u"tag_value"_s), u"Logged"_s);
        QCOMPARE(log.at(1).method, u"GET"_s);
        QVERIFY(log.at(1).contentType.isEmpty());
        QCOMPARE(log.at(2).method, u"DELETE"_s);
        for (const auto &r : log) {
            QVERIFY(r.hadAccessToken);
            QVERIFY(r.hadWebKey);
            QVERIFY(r.credentialsAccepted);
            QVERIFY(r.fault.isEmpty());
        }
        m_sandbox->clearRequestLog();
        QVERIFY(m_sandbox->requestLog().isEmpty());
    }

    void logLinesNeverCarryCredentials()
    {
        QLoggingCategory::setFilterRules(u"ct.sandbox.debug=true"_s);
        capturedLogLines.clear();
        previousHandler = qInstallMessageHandler(captureLog);
        m_http->get(u"read_tags_list"_s);
        SandboxHttp wrong(m_sandbox->baseUrl(), u"CT_wrong_key_value"_s, u"wrong-token-value"_s);
        wrong.get(u"read_tags_list"_s);
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(u"ct.sandbox.debug=false"_s);
        QCOMPARE(capturedLogLines.size(), 2);
        for (const QString &line : std::as_const(capturedLogLines)) {
            QVERIFY2(line.contains(u"access-token: present"_s), qPrintable(line));
            for (const QString &secret : {Sandbox::demoAccessToken(), Sandbox::demoWebKey(),
                                          u"CT_wrong_key_value"_s, u"wrong-token-value"_s})
                QVERIFY2(!line.contains(secret), qPrintable(line));
        }
    }

    void faultsAreObservable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("error") << u"error"_s;
        QTest::newRow("rate-limit") << u"rate-limit"_s;
        QTest::newRow("drop") << u"drop"_s;
        QTest::newRow("malformed") << u"malformed"_s;
    }

    void faultsAreObservable()
    {
        QFETCH(QString, kind);
        FaultPlan plan;
        plan.serverErrorRate = kind == u"error" ? 1 : 0;
        plan.rateLimitRate = kind == u"rate-limit" ? 1 : 0;
        plan.retryAfterSeconds = 7;
        plan.dropRate = kind == u"drop" ? 1 : 0;
        plan.malformedRate = kind == u"malformed" ? 1 : 0;
        m_sandbox->setFaultPlan(plan);
        QCOMPARE(m_sandbox->faultPlan().retryAfterSeconds, 7);

        // Several requests: malformed bodies come in three variants, errors as 500 or 503.
        for (int i = 0; i < 6; ++i) {
            const QString tag = u"Faulty %1"_s.arg(i);
            const HttpAnswer a = m_http->post(u"create_tag"_s, {{u"tag_value"_s, tag}});
            if (kind == u"error") {
                QVERIFY2(a.status == 500 || a.status == 503, QByteArray::number(a.status));
            } else if (kind == u"rate-limit") {
                QCOMPARE(a.status, 429);
                QCOMPARE(a.retryAfter, QByteArray("7"));
            } else if (kind == u"drop") {
                QCOMPARE(a.status, 0);
                QVERIFY(a.error != QNetworkReply::NoError);
            } else {
                QCOMPARE(a.status, 200);
                QVERIFY(!a.isJson);
            }
            QVERIFY(!a.isJson);
            QCOMPARE(m_sandbox->requestLog().constLast().fault, kind);
        }
        // None of these faults performed the call.
        m_sandbox->setFaultPlan({});
        const HttpAnswer tags = m_http->get(u"read_tags_list"_s);
        for (const QJsonValue &row : tags.data())
            QVERIFY(!row.toObject().value(u"tag_value"_s).toString().startsWith(u"Faulty"_s));
    }

    void answerLostStillAppliesTheWrite()
    {
        FaultPlan plan;
        plan.answerLostRate = 1;
        m_sandbox->setFaultPlan(plan);
        const HttpAnswer lost = m_http->post(u"create_tag"_s, {{u"tag_value"_s, u"Applied anyway"_s}});
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QCOMPARE(m_sandbox->requestLog().constLast().fault, u"answer-lost"_s);

        // Reads are never "answer lost": nothing would be applied.
        const HttpAnswer tags = m_http->get(u"read_tags_list"_s);
        QCOMPARE(tags.status, 200);
        QVERIFY(m_sandbox->requestLog().constLast().fault.isEmpty());
        bool found = false;
        for (const QJsonValue &row : tags.data())
            found |= row.toObject().value(u"tag_value"_s).toString() == u"Applied anyway";
        QVERIFY(found);
        // And a retried create now meets the first one.
        m_sandbox->setFaultPlan({});
        QCOMPARE(m_http->post(u"create_tag"_s, {{u"tag_value"_s, u"Applied anyway"_s}}).code(), u"CT520"_s);
    }

    void latencyDelaysTheAnswer()
    {
        FaultPlan plan;
        plan.latencyMs = 300;
        m_sandbox->setFaultPlan(plan);
        QElapsedTimer timer;
        timer.start();
        const HttpAnswer a = m_http->get(u"read_tags_list"_s);
        QVERIFY2(timer.elapsed() >= 290, QByteArray::number(timer.elapsed()));
        QCOMPARE(a.code(), u"CT_200"_s);
        QCOMPARE(m_sandbox->requestLog().constLast().fault, u"latency"_s);
    }

    void clientGoneDuringLatencyIsHarmless()
    {
        FaultPlan plan;
        plan.latencyMs = 200;
        m_sandbox->setFaultPlan(plan);
        // GIVEN a request whose answer is delayed WHEN the client gives up before it
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + u"read_tags_list"_s));
        request.setRawHeader("X-Access-Token", Sandbox::demoAccessToken().toUtf8());
        request.setRawHeader("X-Web-Key", Sandbox::demoWebKey().toUtf8());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy recorded(m_sandbox.get(), &Sandbox::requestRecorded);
        QVERIFY(recorded.wait(5000));
        reply->abort();
        reply->deleteLater();
        // THEN the sandbox answers the next (later-delayed) request normally: its timer fired
        // after the abandoned one's.
        const HttpAnswer next = m_http->get(u"read_tags_list"_s);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.code(), u"CT_200"_s);
    }

    void onlyCallsLimitsTheFaults()
    {
        FaultPlan plan;
        plan.serverErrorRate = 1;
        plan.onlyCalls = {u"read_user_list"_s};
        m_sandbox->setFaultPlan(plan);
        QVERIFY(m_http->get(u"read_user_list"_s).status >= 500);
        const HttpAnswer other = m_http->get(u"read_tags_list"_s);
        QCOMPARE(other.status, 200);
        QVERIFY(m_sandbox->requestLog().constLast().fault.isEmpty());
    }

    void servesFromAWorkerThread()
    {
        // Benchmarks keep client and server on separate event loops: a sandbox built inside a
        // worker thread (its database connection belongs to that thread) serves from there.
        QThread thread;
        QObject context;
        context.moveToThread(&thread);
        thread.start();
        Sandbox *worker = nullptr;
        QUrl base;
        QMetaObject::invokeMethod(&context, [&] {
            ct::sandbox::SandboxOptions options;
            options.contacts = 30;
            worker = new Sandbox(options);
            if (worker->start())
                base = worker->baseUrl();
        }, Qt::BlockingQueuedConnection);
        QVERIFY(base.isValid());
        SandboxHttp client(base, Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        const HttpAnswer a = client.get(u"read_client_list"_s, {{u"limit"_s, u"10"_s}});
        QCOMPARE(a.code(), u"CT_200"_s);
        QCOMPARE(a.data().size(), 10);
        int logged = 0;
        QMetaObject::invokeMethod(&context, [&] {
            logged = int(worker->requestLog().size());
            delete worker;
        }, Qt::BlockingQueuedConnection);
        QCOMPARE(logged, 1);
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    void faultsRepeatForTheSameSeed()
    {
        auto sequence = [this](quint32 seed) {
            FaultPlan plan;
            plan.seed = seed;
            plan.serverErrorRate = 0.3;
            plan.rateLimitRate = 0.3;
            m_sandbox->setFaultPlan(plan);
            m_sandbox->clearRequestLog();
            QStringList faults;
            for (int i = 0; i < 24; ++i)
                m_http->get(u"read_tags_list"_s);
            for (const auto &r : m_sandbox->requestLog())
                faults.append(r.fault);
            return faults;
        };
        const QStringList first = sequence(42);
        QCOMPARE(sequence(42), first);
        QVERIFY(first.contains(u"error"_s));
        QVERIFY(first.contains(u"rate-limit"_s));
        QVERIFY(first.contains(QString()));
        QVERIFY(sequence(43) != first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransport)
#include "tst_sandboxtransport.moc"
