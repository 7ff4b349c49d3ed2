// SPDX-License-Identifier: MIT
// Crash safety: a helper process replays the outbox and is killed (SIGKILL) at 100+ random
// instants while the test keeps adding edits; after every kill the database is intact and
// every accepted edit is either still queued or on the server, never twice; in the end the
// server holds exactly the expected state.
#include "outboxtestsupport.h"

#include "sandbox.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using ct::sandbox::Sandbox;

#ifndef CT_OUTBOX_HELPER
#error "CT_OUTBOX_HELPER must name the helper executable"
#endif

class TestOutboxCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void survivesKillsAtRandomInstants();
};

// The checks that must hold whenever the helper is dead: returns the problems found.
static QStringList checkDatabase(const QString &dir, QList<OutboxEntry> *entries, int *inFlight = nullptr)
{
    QStringList problems;
    AccountDatabase db;
    if (!db.open(dir, Sandbox::demoWebKey()))
        return {u"cannot open: "_s + db.errorString()};
    QSqlQuery q(db.database());
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok")
        problems.append(u"integrity_check: "_s + q.value(0).toString());
    if (!q.exec(u"SELECT count(*) - count(DISTINCT op_id) FROM outbox"_s) || !q.next() || q.value(0).toInt() != 0)
        problems.append(u"an operation id appears twice in the outbox"_s);
    if (inFlight && q.exec(u"SELECT count(*) FROM outbox WHERE state = %1"_s.arg(int(OutboxState::InFlight))) && q.next())
        *inFlight = q.value(0).toInt();
    q.finish();
    Outbox outbox(&db);
    if (!outbox.load())
        problems.append(u"cannot load: "_s + outbox.errorString());
    *entries = outbox.entries();
    return problems;
}

void TestOutboxCrash::survivesKillsAtRandomInstants()
{
    const int minKills = qEnvironmentVariableIntValue("CT_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("CT_CRASH_KILLS") : 110;
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    // The sandbox lives in this process, so its state outlives every helper.
    Sandbox sandbox(ct::sandbox::SandboxOptions{{}, 3, 5});
    QVERIFY(sandbox.start());
    ct::api::ApiClient setup;
    ct::outboxtest::configureClient(setup, sandbox.baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());

    ct::outboxtest::Workload workload(777, u"crash"_s);
    for (int i = 0; i < 30; ++i) {
        const ct::api::ApiParams fields{{u"firstName"_s, u"Old%1"_s.arg(i)}, {u"lastName"_s, u"Crash"_s},
                                        {u"email"_s, u"crash-old-%1@example.com"_s.arg(i)}, {u"city"_s, u"Oldtown"_s}};
        const QString id = ct::outboxtest::createClientNow(setup, fields);
        QVERIFY(!id.isEmpty());
        workload.addExistingClient(id, fields);
    }
    // Latency keeps requests in flight long enough for kills to land mid-request; some writes
    // are applied with their answer lost, some fail, so every recovery path is exercised.
    ct::sandbox::FaultPlan faults;
    faults.latencyMs = 8;
    faults.serverErrorRate = 0.04;
    faults.dropRate = 0.03;
    faults.answerLostRate = 0.05;
    faults.seed = 99;
    sandbox.setFaultPlan(faults);

    auto enqueue = [&](int count) {
        AccountDatabase db;
        QVERIFY(db.open(dir.path(), Sandbox::demoWebKey()));
        Outbox outbox(&db);
        QVERIFY(outbox.load());
        QString error;
        QVERIFY2(workload.enqueue(outbox, count, &error), qPrintable(error));
    };
    enqueue(150);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CT_TEST_WEB_KEY"_s, Sandbox::demoWebKey());
    env.insert(u"CT_TEST_ACCESS_TOKEN"_s, Sandbox::demoAccessToken());
    env.insert(u"QT_LOGGING_RULES"_s, u"ct.*.info=false"_s);
    const QStringList args{dir.path(), sandbox.baseUrl().toString()};

    QRandomGenerator random(31337);
    int kills = 0;
    int runs = 0;
    int finishedAlone = 0;
    int killedMidRequest = 0;
    int killsWithEntriesInFlight = 0;
    while (kills < minKills) {
        // The user keeps editing between crashes.
        enqueue(8 + int(random.bounded(10)));
        QProcess helper;
        helper.setProcessEnvironment(env);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(CT_OUTBOX_HELPER), args);
        QVERIFY2(helper.waitForStarted(30000), qPrintable(helper.errorString()));
        ++runs;
        // A random instant: from before the helper opened the database to deep into replay.
        const int delay = 5 + int(random.bounded(300));
        const qsizetype requestsBefore = sandbox.requestLog().size();
        QTest::qWait(delay);   // keeps this process's event loop (the sandbox) serving
        if (helper.state() == QProcess::Running) {
            helper.kill();
            QVERIFY(helper.waitForFinished(30000));
            ++kills;
            killedMidRequest += sandbox.requestLog().size() > requestsBefore;
        } else {
            ++finishedAlone;
            QCOMPARE(helper.exitCode(), 0);
        }
        // Let the sandbox notice the dead connections before we look.
        QCoreApplication::processEvents();

        QList<OutboxEntry> entries;
        int inFlight = 0;
        QStringList problems = checkDatabase(dir.path(), &entries, &inFlight);   // fills entries first
        killsWithEntriesInFlight += inFlight > 0;
        problems += workload.checkNoDuplicates(sandbox, Sandbox::demoWebKey());
        problems += workload.checkAccounted(sandbox, Sandbox::demoWebKey(), entries);
        if (!problems.isEmpty()) {
            QMap<QString, int> calls;
            for (const auto &e : entries)
                calls[e.callName]++;
            qWarning() << calls << workload.operationsByKind();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"after run %1 (kill %2, %3 ms, %5 queued): %4"_s.arg(runs).arg(kills).arg(delay)
                                                    .arg(problems.mid(0, 5).join(u"; "_s)).arg(entries.size())));
    }

    // Finally the helper is left alone and drains everything.
    sandbox.setFaultPlan({});
    QProcess helper;
    helper.setProcessEnvironment(env);
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(CT_OUTBOX_HELPER), args);
    QVERIFY(helper.waitForStarted(30000));
    QVERIFY(QTest::qWaitFor([&] { return helper.state() == QProcess::NotRunning; }, 180000));
    QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
    QCOMPARE(helper.exitCode(), 0);

    QList<OutboxEntry> entries;
    QStringList problems = checkDatabase(dir.path(), &entries);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(entries.size(), 0);
    problems = workload.verify(sandbox, Sandbox::demoWebKey());
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems, first: %2"_s.arg(problems.size())
                                                .arg(problems.mid(0, 5).join(u"; "_s))));
    qInfo().noquote() << "crash:" << kills << "kills (" << killedMidRequest << "after the helper had sent requests,"
                      << killsWithEntriesInFlight << "with entries left in flight ),"
                      << finishedAlone << "runs drained before their kill," << workload.operations()
                      << "operations" << workload.operationsByKind() << "|" << sandbox.requestLog().size()
                      << "requests |" << clock.elapsed() << "ms";
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
