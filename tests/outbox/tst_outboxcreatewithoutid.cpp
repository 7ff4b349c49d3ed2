// SPDX-License-Identifier: MIT
// A server that confirms a create without saying the new record's id (what the sandbox never
// does, so a scripted real HTTP server on loopback answers): the edits queued for that record
// cannot be sent to it, and must fail visibly with the reason instead of waiting forever.
#include "outboxtestsupport.h"
#include "scriptedserver.h"

#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;

class TestOutboxCreateWithoutId : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesWaitingOnTheRecordFailWithTheReason();
};

void TestOutboxCreateWithoutId::entriesWaitingOnTheRecordFailWithTheReason()
{
    // GIVEN a server that answers every call "done", with no record in the answer
    ScriptedServer server([](const ScriptedServer::Request &) {
        return ScriptedServer::answer(200, R"({"ResultCode":"CT_200","Message":"Success","TotalRecord":0,"data":[]})");
    });
    QVERIFY(server.listenOnLoopback());
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY2(db.open(dir.path(), u"CT_test_key"_s), qPrintable(db.errorString()));
    Outbox outbox(&db);
    QVERIFY(outbox.load());
    // AND a new contact with a note and an update queued after it (both name its local key)
    const Outbox::EnqueueResult create = outbox.enqueue(
        u"create_client"_s, {{u"firstName"_s, u"Nadia"_s}, {u"lastName"_s, u"Noid"_s}, {u"email"_s, u"nadia@example.com"_s}});
    QVERIFY(create.accepted());
    const QString localKey = outbox.find(create.opId)->recordKey;
    QVERIFY(RecordKey::isLocal(localKey));
    const auto note = outbox.enqueue(u"create_client_history_note"_s, {{u"client_id"_s, localKey}, {u"note_body"_s, u"hello"_s}});
    const auto update = outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, localKey}, {u"city"_s, u"Denver"_s}}, localKey);
    QVERIFY(note.accepted() && update.accepted());
    QCOMPARE(outbox.entries().size(), 3);

    ct::api::ApiClient client;
    ct::outboxtest::configureClient(client, QUrl(server.baseUrl()), u"token"_s, u"CT_test_key"_s);
    OutboxReplayer replayer(&outbox, &client);
    replayer.setBackoff(Backoff(20, 200));
    QSignalSpy failed(&replayer, &OutboxReplayer::entryFailed);
    // WHEN the outbox is sent and the create is confirmed without an id
    replayer.start();
    QTRY_VERIFY_WITH_TIMEOUT(!outbox.find(create.opId), 10000);
    // THEN the two entries that wait on it fail, each with the reason, and nothing hangs
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
    for (const QUuid &id : {note.opId, update.opId}) {
        const OutboxEntry *entry = outbox.find(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxState::Failed);
        QVERIFY2(entry->lastError.contains(u"id"_s), qPrintable(entry->lastError));
    }
    QCOMPARE(failed.at(0).at(1).toString(), outbox.find(note.opId)->lastError);
    QTRY_VERIFY(replayer.isIdle());
    // The server saw the create, and never a call naming the local key.
    for (const auto &request : server.requests())
        QVERIFY2(!request.target.contains(localKey.toUtf8()), request.target.constData());
}

QTEST_MAIN(TestOutboxCreateWithoutId)
#include "tst_outboxcreatewithoutid.moc"
