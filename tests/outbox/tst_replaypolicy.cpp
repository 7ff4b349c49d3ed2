// SPDX-License-Identifier: MIT
// What each API answer means for an outbox entry (ReplayPolicy), and the backoff curve.
#include "store/backoff.h"
#include "store/replaypolicy.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using ct::api::ApiResult;
using ct::api::ApiStatus;
using Verdict = ReplayPolicy::Verdict;

Q_DECLARE_METATYPE(ReplayPolicy::Verdict)

class TestReplayPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void backoffGrowsWithJitterAndHonoursRetryAfter();
};

static ApiResult status(ApiStatus s) { return ApiResult::failure(s, u"m"_s); }
static ApiResult code(int c) { return ApiResult::serverCode(c, u"m"_s); }

void TestReplayPolicy::classify_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<bool>("maybeApplied");
    QTest::addColumn<ApiResult>("result");
    QTest::addColumn<Verdict>("verdict");

    QTest::newRow("ok") << u"update_client_by_id"_s << false << code(200) << Verdict::Confirmed;
    // transient
    for (ApiStatus s : {ApiStatus::Offline, ApiStatus::Timeout, ApiStatus::ServerError, ApiStatus::RateLimited, ApiStatus::Malformed})
        QTest::addRow("transient %s", qPrintable(ct::api::statusName(s))) << u"update_client_by_id"_s << false << status(s) << Verdict::Retry;
    QTest::newRow("CT500") << u"create_client"_s << false << code(500) << Verdict::Retry;
    // permanent
    QTest::newRow("CT501") << u"create_client"_s << false << code(501) << Verdict::Fail;
    QTest::newRow("validation") << u"update_client_by_id"_s << false << ApiResult::validation(u"phone"_s, u"Validation Issue"_s) << Verdict::Fail;
    QTest::newRow("CT512") << u"delete_lead_source_by_id"_s << false << code(512) << Verdict::Fail;
    QTest::newRow("CT515 update") << u"update_client_by_id"_s << false << code(515) << Verdict::Fail;
    QTest::newRow("CT515 delete") << u"delete_client_by_id"_s << false << code(515) << Verdict::Fail;
    QTest::newRow("CT520") << u"create_tag"_s << false << code(520) << Verdict::Fail;
    QTest::newRow("CT525") << u"create_client"_s << false << code(525) << Verdict::Fail;
    QTest::newRow("HTTP 404") << u"create_client"_s << false << status(ApiStatus::HttpError) << Verdict::Fail;
    // after an attempt that may have been applied, some refusals are the proof it was
    QTest::newRow("CT515 delete, maybe applied") << u"delete_client_by_id"_s << true << code(515) << Verdict::Confirmed;
    QTest::newRow("CT520 tag, maybe applied") << u"create_tag"_s << true << code(520) << Verdict::Confirmed;
    QTest::newRow("CT520 user, maybe applied") << u"create_user"_s << true << code(520) << Verdict::Confirmed;
    QTest::newRow("CT515 update, maybe applied") << u"update_client_by_id"_s << true << code(515) << Verdict::Fail;
    // credentials and cancels decide nothing about the entry
    QTest::newRow("401") << u"create_client"_s << false << status(ApiStatus::Unauthorized) << Verdict::Pause;
    QTest::newRow("canceled") << u"create_client"_s << true << status(ApiStatus::Canceled) << Verdict::RetryNow;
}

void TestReplayPolicy::classify()
{
    QFETCH(QString, call);
    QFETCH(bool, maybeApplied);
    QFETCH(ApiResult, result);
    QFETCH(Verdict, verdict);
    OutboxEntry entry;
    entry.callName = call;
    entry.maybeApplied = maybeApplied;
    QCOMPARE(ReplayPolicy::classify(entry, result), verdict);
}

void TestReplayPolicy::backoffGrowsWithJitterAndHonoursRetryAfter()
{
    const Backoff backoff(100, 5000);
    for (int attempt = 1; attempt <= 10; ++attempt) {
        const qint64 ceiling = qMin<qint64>(100LL << (attempt - 1), 5000);
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = backoff.delayMs(attempt);
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(d)));
            seen.insert(d);
        }
        QVERIFY(seen.size() > 1);   // jitter
    }
    // The server's Retry-After is a floor.
    QVERIFY(backoff.delayMs(1, 3000) >= 3000);
    QVERIFY(backoff.delayMs(10, 100) >= 2500);
}

QTEST_GUILESS_MAIN(TestReplayPolicy)
#include "tst_replaypolicy.moc"
