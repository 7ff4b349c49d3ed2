// SPDX-License-Identifier: MIT
// The outbox when its disk refuses to write, against the real sandbox on loopback: the journal
// lives on a small tmpfs of this suite's own that really fills up, or on a connection SQLite
// makes read-only (a folder cannot turn read-only under a file open for writing; see
// tst_diskproblems for a folder found read-only at start-up). No entry stays "sending", new
// edits are refused in plain words, and once the disk takes writes again every edit reaches
// the server exactly once.
#include "outboxtestsupport.h"
#include "privatemounts.h"

#include "sandbox.h"
#include "sandboxrequests.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using ct::sandbox::Sandbox;
namespace mounts = ct::testsupport::PrivateMounts;

namespace {

constexpr int Generous = 30000;
// Room for the journal and its write-ahead log; the rest is filled when a test says so.
constexpr qint64 DiskBytes = 4 * 1024 * 1024;

} // namespace

class TestOutboxDiskProblems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void failedSendOnAFullDiskWaitsAndIsSentOnce();
    void confirmationTheFullDiskRefusedIsNotSentAgain();
    void readOnlyJournalHoldsTheQueueAndResumes();

private:
    void startReplayer();
    QString newClientEmail() const { return u"disk.%1@example.com"_s.arg(QUuid::createUuid().toString(QUuid::Id128)); }
    int serverClientsWithEmail(const QString &email) const;
    // Requests for `call` the sandbox performed (a fault it answered with instead is not one).
    int performed(const QString &call) const;
    // The journal as the file on disk says, read over a connection of its own (-1: unreadable).
    int rowsOnDisk() const;
    void fillDisk() { QVERIFY2(mounts::fill(m_filler).isEmpty(), "filling the disk"); }
    void freeDisk() { QVERIFY(QFile::remove(m_filler)); }
    // What a refused edit says must be the plain words, never SQLite's own text.
    static void checkPlainWords(const QString &message, const QString &expected);

    QTemporaryDir m_dir;
    QString m_data;      // the tmpfs
    QString m_filler;    // the file that fills it (outside the account's files)
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<AccountDatabase> m_db;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ct::api::ApiClient> m_client;
    std::unique_ptr<ct::api::ApiClient> m_other;
    std::unique_ptr<OutboxReplayer> m_replayer;
};

void TestOutboxDiskProblems::init()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(m_data));
    const QString mounted = mounts::mountTmpfs(m_data, DiskBytes);
    QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    m_filler = m_data + u"/filler"_s;
    m_sandbox = std::make_unique<Sandbox>(ct::sandbox::SandboxOptions{{}, 7, 5});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_db = std::make_unique<AccountDatabase>();
    QVERIFY2(m_db->open(m_data + u"/account"_s, Sandbox::demoWebKey()), qPrintable(m_db->errorString()));
    m_outbox = std::make_unique<Outbox>(m_db.get());
    QVERIFY(m_outbox->load());
    m_client = std::make_unique<ct::api::ApiClient>();
    ct::outboxtest::configureClient(*m_client, m_sandbox->baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    // One attempt per send: the replayer's own retries are what these tests watch.
    m_client->setMaxAttempts(1);
    m_other = std::make_unique<ct::api::ApiClient>();
    ct::outboxtest::configureClient(*m_other, m_sandbox->baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    m_replayer = std::make_unique<OutboxReplayer>(m_outbox.get(), m_client.get());
    m_replayer->setBackoff(Backoff(50, 500));
}

void TestOutboxDiskProblems::cleanup()
{
    m_replayer.reset();
    m_client.reset();
    m_other.reset();
    m_outbox.reset();
    m_db.reset();
    m_sandbox.reset();
    QSqlDatabase::removeDatabase(u"disk-probe"_s);
    if (!m_data.isEmpty())
        QVERIFY(mounts::unmount(m_data).isEmpty());
    m_data.clear();
}

void TestOutboxDiskProblems::startReplayer()
{
    m_replayer->start();
}

int TestOutboxDiskProblems::serverClientsWithEmail(const QString &email) const
{
    int count = 0;
    for (const QJsonValue &row : m_sandbox->clients(Sandbox::demoWebKey()))
        count += row.toObject().value(u"email"_s).toString() == email ? 1 : 0;
    return count;
}

int TestOutboxDiskProblems::performed(const QString &call) const
{
    int count = 0;
    for (const auto &request : ct::testsupport::requestsOf(*m_sandbox, call))
        count += request.fault.isEmpty() || request.fault == u"stale"_s || request.fault == u"latency"_s ? 1 : 0;
    return count;
}

int TestOutboxDiskProblems::rowsOnDisk() const
{
    QSqlDatabase db = QSqlDatabase::contains(u"disk-probe"_s) ? QSqlDatabase::database(u"disk-probe"_s)
                                                               : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"disk-probe"_s);
    db.setDatabaseName(m_db->filePath());
    if (!db.isOpen() && !db.open())
        return -1;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*) FROM outbox"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestOutboxDiskProblems::checkPlainWords(const QString &message, const QString &expected)
{
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(u"SQLite"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(u"database or disk"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"transaction"_s, Qt::CaseInsensitive), qPrintable(message));
}

void TestOutboxDiskProblems::failedSendOnAFullDiskWaitsAndIsSentOnce()
{
    // GIVEN a new contact whose send the server answers with an error, slowly
    ct::sandbox::FaultPlan refusing;
    refusing.serverErrorRate = 1.0;
    refusing.latencyMs = 2000;   // time to fill the disk while it is on its way
    refusing.onlyCalls = {u"create_client"_s};
    m_sandbox->setFaultPlan(refusing);
    const QString email = newClientEmail();
    const auto queued = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"Ida"_s},
                                                              {u"lastName"_s, u"Full"_s}, {u"email"_s, email}});
    QVERIFY(queued.accepted());
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(ct::testsupport::requestsOf(*m_sandbox, u"create_client"_s).size(), 1, Generous);
    QCOMPARE(m_outbox->find(queued.opId)->state, OutboxState::InFlight);
    // WHEN the disk fills up while the answer is on its way
    fillDisk();
    // THEN the answer is not lost on the full disk: the entry waits again, it does not stay "sending"
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->find(queued.opId)->state, OutboxState::Pending, 10000);
    QCOMPARE(m_replayer->inFlight(), 0);
    // ... and is not sent again while nothing of it can be recorded
    QTest::qWait(1500);   // thirty backoffs of 50 ms: every chance for a wrong resend
    QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_client"_s).size(), 1);
    // ... and a new edit is refused with the reason in plain words
    const auto refused = m_outbox->enqueue(u"create_client_history_note"_s,
                                           {{u"client_id"_s, u"1"_s}, {u"note_body"_s, u"refused"_s}});
    QVERIFY(!refused.accepted());
    checkPlainWords(refused.errorString, u"The disk that holds the console's data is full."_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_outbox->entries().size(), 1);

    // WHEN space is freed and the server answers again
    m_sandbox->setFaultPlan({});
    freeDisk();
    // THEN the edit goes by itself and the server has the contact exactly once
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClientsWithEmail(email), 1);
    QCOMPARE(performed(u"create_client"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(rowsOnDisk(), 0, Generous);
}

void TestOutboxDiskProblems::confirmationTheFullDiskRefusedIsNotSentAgain()
{
    // GIVEN a new contact the server makes at once but answers for slowly
    ct::sandbox::FaultPlan slowAnswer;
    slowAnswer.staleAnswerMs = 2000;
    slowAnswer.onlyCalls = {u"create_client"_s};
    m_sandbox->setFaultPlan(slowAnswer);
    const QString email = newClientEmail();
    const QString local = RecordKey::newLocal(u"client"_s);
    QVERIFY(m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"Cy"_s}, {u"lastName"_s, u"Confirmed"_s},
                                                   {u"email"_s, email}}, local).accepted());
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(performed(u"create_client"_s), 1, Generous);
    // WHEN the disk fills up before the confirmation arrives
    fillDisk();
    // THEN the confirmation counts though the disk refused it: the entry leaves the queue
    // (it does not stay "sending") and the disk still holds it, to be struck off later
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), 10000);
    QCOMPARE(rowsOnDisk(), 1);
    QCOMPARE(m_replayer->inFlight(), 0);
    QTest::qWait(1500);
    QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_client"_s).size(), 1);

    // WHEN space is freed THEN the disk catches up by itself, and nothing was sent twice
    freeDisk();
    QTRY_COMPARE_WITH_TIMEOUT(rowsOnDisk(), 0, Generous);
    QCOMPARE(performed(u"create_client"_s), 1);
    QCOMPARE(serverClientsWithEmail(email), 1);
    // ... and the journal read from disk (a restart) has nothing left to send
    Outbox reloaded(m_db.get());
    QVERIFY(reloaded.load());
    QVERIFY(reloaded.isEmpty());
    QVERIFY(!reloaded.serverIdFor(local).isEmpty());
}

void TestOutboxDiskProblems::readOnlyJournalHoldsTheQueueAndResumes()
{
    const QString id = ct::outboxtest::createClientNow(*m_other, {{u"firstName"_s, u"Rho"_s},
                                                                  {u"lastName"_s, u"Only"_s}});
    QVERIFY(!id.isEmpty());
    // GIVEN an update waiting while sending is paused
    m_replayer->setPaused(true);
    startReplayer();
    const auto queued = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Oslo"_s}});
    QVERIFY(queued.accepted());
    // WHEN the journal turns read-only and sending resumes
    QSqlQuery pragma(m_db->database());
    QVERIFY(pragma.exec(u"PRAGMA query_only = ON"_s));
    m_replayer->setPaused(false);
    // THEN the update is not sent, since its "in flight" cannot be recorded, and it waits
    QTest::qWait(1000);
    QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"update_client_by_id"_s).size(), 0);
    QCOMPARE(m_outbox->find(queued.opId)->state, OutboxState::Pending);
    // ... and a new edit is refused with the reason in plain words
    const auto refused = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Rome"_s}});
    QVERIFY(!refused.accepted());
    checkPlainWords(refused.errorString, u"The console's data folder is read-only."_s);
    if (QTest::currentTestFailed())
        return;

    // WHEN the journal can write again THEN the update goes by itself, once
    QVERIFY(pragma.exec(u"PRAGMA query_only = OFF"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"update_client_by_id"_s).size(), 1);
    const auto read = ct::outboxtest::callNow(*m_other, u"read_client_by_id"_s, {{u"client_id"_s, id}});
    QVERIFY(read.ok() && !read.rows.isEmpty());
    QCOMPARE(read.rows.first().toObject().value(u"city"_s).toString(), u"Oslo"_s);
}

int main(int argc, char **argv)
{
    // The namespace first, while this process has one thread.
    if (const QString problem = mounts::enter(); !problem.isEmpty()) {
        return mounts::notEntered("this suite (a small tmpfs that fills up)", problem);
    }
    QCoreApplication app(argc, argv);
    TestOutboxDiskProblems suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_outboxdiskproblems.moc"
