// SPDX-License-Identifier: MIT
// Soak: thousands of mixed edits (creates with local ids, updates, notes, deletes) replayed
// through ~20% injected faults must leave the server exactly in the expected state.
#include "outboxtestsupport.h"

#include "sandbox.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using ct::sandbox::Sandbox;

static void dumpOutbox(const Outbox &outbox)
{
    int shown = 0;
    for (const OutboxEntry &e : outbox.entries()) {
        if (++shown > 15)
            break;
        qWarning().noquote() << e.seq << e.callName << e.recordKey << outboxStateName(e.state) << "attempts"
                             << e.attempts << "maybeApplied" << e.maybeApplied << "next" << e.nextAttemptAt
                             << "error" << e.lastError << "local ref" << RecordKey::referencesLocal(e.params);
    }
}

class TestOutboxSoak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void drainsThroughFaultsToTheExpectedState();
};

void TestOutboxSoak::drainsThroughFaultsToTheExpectedState()
{
    const int Operations = qEnvironmentVariableIntValue("CT_SOAK_OPERATIONS") > 0
                               ? qEnvironmentVariableIntValue("CT_SOAK_OPERATIONS") : 2400;
    constexpr int Batch = 150;
    QElapsedTimer clock;
    clock.start();

    QTemporaryDir dir;
    Sandbox sandbox(ct::sandbox::SandboxOptions{{}, 11, 5});
    QVERIFY(sandbox.start());
    ct::api::ApiClient client;
    ct::outboxtest::configureClient(client, sandbox.baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    client.setMaxInFlight(8);

    // GIVEN contacts already on the server and a workload over them and new ones
    ct::outboxtest::Workload workload(20261127, u"soak"_s);
    for (int i = 0; i < 40; ++i) {
        const ct::api::ApiParams fields{{u"firstName"_s, u"Old%1"_s.arg(i)}, {u"lastName"_s, u"Timer"_s},
                                        {u"email"_s, u"soak-old-%1@example.com"_s.arg(i)}, {u"city"_s, u"Oldtown"_s}};
        const QString id = ct::outboxtest::createClientNow(client, fields);
        QVERIFY(!id.isEmpty());
        workload.addExistingClient(id, fields);
    }
    sandbox.clearRequestLog();

    // AND ~20% of requests fail: 500/503, dropped connections, 429 (Retry-After 1 s), and
    // writes applied with their answer lost
    ct::sandbox::FaultPlan faults;
    faults.latencyMs = 1;
    faults.serverErrorRate = 0.07;
    faults.dropRate = 0.07;
    faults.rateLimitRate = 0.03;
    faults.retryAfterSeconds = 1;
    faults.answerLostRate = 0.08;
    faults.seed = 4242;
    sandbox.setFaultPlan(faults);

    AccountDatabase db;
    QVERIFY(db.open(dir.path(), Sandbox::demoWebKey()));
    Outbox outbox(&db);
    QVERIFY(outbox.load());
    OutboxReplayer replayer(&outbox, &client);
    replayer.setBackoff(Backoff(50, 1500));
    replayer.setMaxInFlight(8);
    QSignalSpy failed(&replayer, &OutboxReplayer::entryFailed);
    QSignalSpy conflicts(&replayer, &OutboxReplayer::conflictDetected);
    QSignalSpy created(&replayer, &OutboxReplayer::recordCreated);
    replayer.start();

    // WHEN the user keeps editing while the replay runs (so edits name local ids of creates
    // that are pending, in flight or just confirmed)
    QString error;
    for (int done = 0; done < Operations; done += Batch) {
        QVERIFY2(workload.enqueue(outbox, Batch, &error), qPrintable(error));
        if (!QTest::qWaitFor([&] { return outbox.entries().size() < Batch; }, 120000)) {
            dumpOutbox(outbox);
            QFAIL("the outbox stopped draining");
        }
    }
    // THEN everything drains
    if (!QTest::qWaitFor([&] { return outbox.isEmpty(); }, 240000)) {
        dumpOutbox(outbox);
        QFAIL("the outbox did not drain");
    }
    QCOMPARE(failed.size(), 0);
    QCOMPARE(conflicts.size(), 0);

    // AND the server holds exactly the expected state: nothing lost, nothing twice, last
    // values and notes in order per contact
    const QStringList problems = workload.verify(sandbox, Sandbox::demoWebKey());
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems, first: %2"_s.arg(problems.size())
                                                .arg(problems.mid(0, 5).join(u"; "_s))));

    QMap<QString, int> byFault;
    int writes = 0;
    const auto log = sandbox.requestLog();
    for (const auto &request : log) {
        byFault[request.fault.isEmpty() ? u"none"_s : request.fault]++;
        const auto *spec = ct::api::findCall(request.call);
        writes += spec && spec->isWrite();
    }
    const int faulted = int(log.size()) - byFault.value(u"none"_s) - byFault.value(u"latency"_s);
    qInfo().noquote() << "soak:" << workload.operations() << "operations" << workload.operationsByKind()
                      << "|" << created.size() << "creates confirmed |" << log.size() << "requests ("
                      << writes << "writes)," << faulted << "faulted ("
                      << QString::number(100.0 * faulted / qMax<qsizetype>(1, log.size()), 'f', 1) << "%)"
                      << byFault << "|" << clock.elapsed() << "ms";
    QVERIFY(workload.operations() >= 2000);
    QVERIFY(faulted > 0);
}

QTEST_GUILESS_MAIN(TestOutboxSoak)
#include "tst_outboxsoak.moc"
