// SPDX-License-Identifier: MIT
// The outbox journal on its own (real SQLite in a temp dir): coalescing, cancelling, order,
// reload after restart, local ids, and the user's edit/retry/discard/resolve actions.
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using Kind = Outbox::EnqueueResult::Kind;

class TestOutboxJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refusesReadsAndUnknownCalls();
    void enqueueIsCommittedBeforeItReturns();
    void coalescesConsecutivePendingUpdates();
    void doesNotCoalesceIntoInFlightOrMaybeApplied();
    void doesNotCoalesceAcrossOtherEntries();
    void deleteDropsPendingUpdates();
    void deleteOfUnsentCreateDropsEverything();
    void deleteOfCreateInFlightIsQueued();
    void keepsOrderPerRecord();
    void survivesReopen();
    void inFlightAtStartupBecomesMaybeApplied();
    void confirmCreateRewritesLocalIds();
    void editRetryDiscard();
    void discardOfLocalCreateDropsDependents();
    void resolveConflictKeepMineAndTheirs();
    void neverStoresCredentials();
    void editsTogetherAreAllKeptOrNone();

private:
    Outbox *reopen();
    QTemporaryDir *m_dir = nullptr;
    AccountDatabase *m_db = nullptr;
    Outbox *m_outbox = nullptr;
};

static const QString WebKey = u"CT_unit_web_key"_s;

void TestOutboxJournal::init()
{
    m_dir = new QTemporaryDir;
    m_db = new AccountDatabase;
    QVERIFY(m_db->open(m_dir->path(), WebKey));
    m_outbox = new Outbox(m_db);
    QVERIFY(m_outbox->load());
}

void TestOutboxJournal::cleanup()
{
    delete m_outbox;
    delete m_db;
    delete m_dir;
    m_outbox = nullptr;
    m_db = nullptr;
    m_dir = nullptr;
}

Outbox *TestOutboxJournal::reopen()
{
    delete m_outbox;
    m_db->close();
    if (!m_db->open(m_dir->path(), WebKey))
        return nullptr;
    m_outbox = new Outbox(m_db);
    return m_outbox->load() ? m_outbox : nullptr;
}

static int rowsOnDisk(const AccountDatabase &db)
{
    QSqlQuery q(db.database());
    q.exec(u"SELECT count(*) FROM outbox"_s);
    q.next();
    return q.value(0).toInt();
}

void TestOutboxJournal::refusesReadsAndUnknownCalls()
{
    QCOMPARE(m_outbox->enqueue(u"read_client_list"_s, {}).kind, Kind::Refused);
    QCOMPARE(m_outbox->enqueue(u"no_such_call"_s, {}).kind, Kind::Refused);
    QVERIFY(m_outbox->isEmpty());
}

void TestOutboxJournal::enqueueIsCommittedBeforeItReturns()
{
    QSignalSpy added(m_outbox, &Outbox::entryAdded);
    QSignalSpy counts(m_outbox, &Outbox::countsChanged);
    const auto r = m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, u"5"_s}, {u"note_body"_s, u"hi"_s}});
    QCOMPARE(r.kind, Kind::Added);
    QVERIFY(!r.opId.isNull());
    // A second connection (another process would see the same) finds it on disk already.
    AccountDatabase other;
    QVERIFY(other.open(m_dir->path(), WebKey));
    QCOMPARE(rowsOnDisk(other), 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(m_outbox->find(r.opId)->recordKey, u"client:5"_s);
}

void TestOutboxJournal::coalescesConsecutivePendingUpdates()
{
    // GIVEN two edits of the same contact while nothing was sent
    const auto a = m_outbox->enqueue(u"update_client_by_id"_s,
                                     {{u"client_id"_s, u"9"_s}, {u"firstName"_s, u"Ann"_s}, {u"city"_s, u"Denver"_s}},
                                     {}, {{u"firstName"_s, u"Anne"_s}, {u"city"_s, u"Boulder"_s}});
    const auto b = m_outbox->enqueue(u"update_client_by_id"_s,
                                     {{u"client_id"_s, u"9"_s}, {u"firstName"_s, u"Annie"_s}, {u"phone"_s, u"3039291447"_s}},
                                     {}, {{u"firstName"_s, u"Ann"_s}, {u"phone"_s, u"1111111111"_s}});
    // THEN one entry: later values win, the first base values are kept
    QCOMPARE(a.kind, Kind::Added);
    QCOMPARE(b.kind, Kind::Coalesced);
    QCOMPARE(b.opId, a.opId);
    QCOMPARE(m_outbox->entries().size(), 1);
    const OutboxEntry &e = m_outbox->entries().first();
    QCOMPARE(e.params.value(u"firstName"_s), u"Annie"_s);
    QCOMPARE(e.params.value(u"city"_s), u"Denver"_s);
    QCOMPARE(e.params.value(u"phone"_s), u"3039291447"_s);
    QCOMPARE(e.baseValues.value(u"firstName"_s), u"Anne"_s);
    QCOMPARE(e.baseValues.value(u"city"_s), u"Boulder"_s);
    QCOMPARE(e.baseValues.value(u"phone"_s), u"1111111111"_s);
    QCOMPARE(rowsOnDisk(*m_db), 1);
    // A different record is not touched.
    QCOMPARE(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"10"_s}, {u"city"_s, u"X"_s}}).kind, Kind::Added);
    QCOMPARE(m_outbox->entries().size(), 2);
}

void TestOutboxJournal::doesNotCoalesceIntoInFlightOrMaybeApplied()
{
    const auto a = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"A"_s}});
    QVERIFY(m_outbox->markInFlight(a.opId));
    const auto b = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"B"_s}});
    QCOMPARE(b.kind, Kind::Added);
    QVERIFY(b.opId != a.opId);
    // After an answer that may hide an applied update, a later edit is a new entry too.
    QVERIFY(m_outbox->markPending(b.opId, {}, u"timeout"_s, 0, true, true));
    QVERIFY(m_outbox->confirm(a.opId));
    const auto c = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"C"_s}});
    QCOMPARE(c.kind, Kind::Added);
    QCOMPARE(m_outbox->entries().size(), 2);
    QCOMPARE(m_outbox->find(b.opId)->params.value(u"city"_s), u"B"_s);
}

void TestOutboxJournal::doesNotCoalesceAcrossOtherEntries()
{
    // update, note, update: the note sits between them, so order forbids merging.
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"A"_s}});
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, u"9"_s}, {u"note_body"_s, u"n"_s}});
    QCOMPARE(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"B"_s}}).kind, Kind::Added);
    QCOMPARE(m_outbox->entries().size(), 3);
}

void TestOutboxJournal::deleteDropsPendingUpdates()
{
    QSignalSpy removed(m_outbox, &Outbox::entryRemoved);
    const auto u1 = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"A"_s}});
    const auto note = m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, u"9"_s}, {u"note_body"_s, u"n"_s}});
    const auto u2 = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"9"_s}, {u"city"_s, u"B"_s}});
    const auto other = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"10"_s}, {u"city"_s, u"B"_s}});
    const auto del = m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, u"9"_s}});
    QCOMPARE(del.kind, Kind::Added);
    QVERIFY(!m_outbox->find(u1.opId));
    QVERIFY(!m_outbox->find(u2.opId));
    QVERIFY(m_outbox->find(note.opId));
    QVERIFY(m_outbox->find(other.opId));
    QCOMPARE(m_outbox->entries().constLast().opId, del.opId);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(rowsOnDisk(*m_db), 3);
}

void TestOutboxJournal::deleteOfUnsentCreateDropsEverything()
{
    const QString local = RecordKey::newLocal(u"client"_s);
    m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}, local);
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"X"_s}});
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, local}, {u"note_body"_s, u"n"_s}});
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"10"_s}, {u"city"_s, u"B"_s}});
    QCOMPARE(m_outbox->entries().size(), 4);
    QCOMPARE(m_outbox->entries().at(1).recordKey, local);
    const auto del = m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, local}});
    QCOMPARE(del.kind, Kind::Cancelled);
    QVERIFY(del.accepted());
    QCOMPARE(m_outbox->entries().size(), 1);
    QCOMPARE(rowsOnDisk(*m_db), 1);
}

void TestOutboxJournal::deleteOfCreateInFlightIsQueued()
{
    const QString local = RecordKey::newLocal(u"client"_s);
    const auto c = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}, local);
    QVERIFY(m_outbox->markInFlight(c.opId));
    const auto del = m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, local}});
    QCOMPARE(del.kind, Kind::Added);
    QCOMPARE(m_outbox->entries().size(), 2);
    // Same for a create that may already have been applied.
    const QString local2 = RecordKey::newLocal(u"client"_s);
    const auto c2 = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}, local2);
    QVERIFY(m_outbox->markInFlight(c2.opId));
    QVERIFY(m_outbox->markPending(c2.opId, {}, u"dropped"_s, 0, true, true));
    QCOMPARE(m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, local2}}).kind, Kind::Added);
}

void TestOutboxJournal::keepsOrderPerRecord()
{
    QList<QUuid> ofNine;
    for (int i = 0; i < 5; ++i) {
        ofNine.append(m_outbox->enqueue(u"create_client_history_note"_s,
                                        {{u"client_id"_s, u"9"_s}, {u"note_body"_s, QString::number(i)}}).opId);
        m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, u"8"_s}, {u"note_body"_s, QString::number(i)}});
    }
    QVERIFY(reopen());
    QList<QUuid> seen;
    qint64 lastSeq = 0;
    for (const OutboxEntry &e : m_outbox->entries()) {
        QVERIFY(e.seq > lastSeq);
        lastSeq = e.seq;
        if (e.recordKey == u"client:9")
            seen.append(e.opId);
    }
    QCOMPARE(seen, ofNine);
}

void TestOutboxJournal::survivesReopen()
{
    const QString local = RecordKey::newLocal(u"client"_s);
    const auto c = m_outbox->enqueue(u"create_client"_s,
                                     {{u"firstName"_s, u"Zoë"_s}, {u"lastName"_s, u"Ünal"_s}, {u"email"_s, u"z@example.com"_s}}, local);
    const auto u = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"7"_s}, {u"city"_s, u"Denver"_s}},
                                     {}, {{u"city"_s, u"Boulder"_s}});
    QVERIFY(m_outbox->setPreExistingIds(c.opId, {u"1"_s, u"2"_s}));
    QVERIFY(m_outbox->markFailed(u.opId, u"Validation Issue"_s, u"city"_s, 0));
    const QList<OutboxEntry> before = m_outbox->entries();
    QVERIFY(reopen());
    const QList<OutboxEntry> &after = m_outbox->entries();
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after[i].opId, before[i].opId);
        QCOMPARE(after[i].seq, before[i].seq);
        QCOMPARE(after[i].callName, before[i].callName);
        QCOMPARE(after[i].params, before[i].params);
        QCOMPARE(after[i].recordKey, before[i].recordKey);
        QCOMPARE(after[i].baseValues, before[i].baseValues);
        QCOMPARE(after[i].state, before[i].state);
        QCOMPARE(after[i].attempts, before[i].attempts);
        QCOMPARE(after[i].lastError, before[i].lastError);
        QCOMPARE(after[i].errorKey, before[i].errorKey);
        QCOMPARE(after[i].preExistingIds, before[i].preExistingIds);
        QCOMPARE(after[i].createdAt.toMSecsSinceEpoch(), before[i].createdAt.toMSecsSinceEpoch());
    }
    QCOMPARE(after[0].params.value(u"firstName"_s), u"Zoë"_s);
    QCOMPARE(after[1].state, OutboxState::Failed);
    QVERIFY(!after[1].preExistingIds.has_value());
}

void TestOutboxJournal::inFlightAtStartupBecomesMaybeApplied()
{
    const auto a = m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, u"7"_s}});
    QVERIFY(m_outbox->markInFlight(a.opId));
    QVERIFY(reopen());
    const OutboxEntry *e = m_outbox->find(a.opId);
    QVERIFY(e);
    QCOMPARE(e->state, OutboxState::Pending);
    QVERIFY(e->maybeApplied);
}

void TestOutboxJournal::confirmCreateRewritesLocalIds()
{
    const QString local = RecordKey::newLocal(u"client"_s);
    const auto c = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}, local);
    const auto u = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"X"_s}});
    const auto n = m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, local}, {u"note_body"_s, u"n"_s}});
    QVERIFY(RecordKey::referencesLocal(m_outbox->find(u.opId)->params));
    QString newKey;
    QVERIFY(m_outbox->markInFlight(c.opId));
    QVERIFY(m_outbox->confirmCreate(c.opId, u"8475832"_s, &newKey));
    QCOMPARE(newKey, u"client:8475832"_s);
    QVERIFY(reopen());
    QCOMPARE(m_outbox->entries().size(), 2);
    for (const QUuid &id : {u.opId, n.opId}) {
        const OutboxEntry *e = m_outbox->find(id);
        QCOMPARE(e->recordKey, u"client:8475832"_s);
        QCOMPARE(e->params.value(u"client_id"_s), u"8475832"_s);
        QVERIFY(!RecordKey::referencesLocal(e->params));
    }
    // An edit the interface still makes with the local key goes to the server's record.
    const auto late = m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, local}, {u"note_body"_s, u"late"_s}});
    QCOMPARE(m_outbox->find(late.opId)->recordKey, u"client:8475832"_s);
    QCOMPARE(m_outbox->find(late.opId)->params.value(u"client_id"_s), u"8475832"_s);
    QCOMPARE(m_outbox->serverIdFor(local), u"8475832"_s);
    // Also when the late edit coalesces into a pending update.
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"A"_s}});
    const auto merged = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"zip"_s, u"80202"_s}});
    QCOMPARE(merged.kind, Kind::Coalesced);
    QCOMPARE(m_outbox->find(merged.opId)->params.value(u"client_id"_s), u"8475832"_s);
    QVERIFY(!RecordKey::referencesLocal(m_outbox->find(merged.opId)->params));
}

void TestOutboxJournal::editRetryDiscard()
{
    const auto a = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"7"_s}, {u"email"_s, u"bad"_s}});
    QVERIFY(m_outbox->markInFlight(a.opId));
    QVERIFY(!m_outbox->edit(a.opId, {}));        // not while it is on its way
    QVERIFY(!m_outbox->discard(a.opId));
    QVERIFY(m_outbox->markFailed(a.opId, u"Validation Issue"_s, u"email"_s, 0));
    QCOMPARE(m_outbox->counts().failed, 1);
    QCOMPARE(m_outbox->find(a.opId)->errorKey, u"email"_s);
    // retry: back to pending unchanged
    QVERIFY(m_outbox->retry(a.opId));
    QCOMPARE(m_outbox->find(a.opId)->state, OutboxState::Pending);
    QCOMPARE(m_outbox->find(a.opId)->params.value(u"email"_s), u"bad"_s);
    // edit: new parameters, pending, error cleared
    QVERIFY(m_outbox->markInFlight(a.opId));
    QVERIFY(m_outbox->markFailed(a.opId, u"Validation Issue"_s, u"email"_s, 0));
    QVERIFY(m_outbox->edit(a.opId, {{u"client_id"_s, u"7"_s}, {u"email"_s, u"good@example.com"_s}}));
    QVERIFY(reopen());
    const OutboxEntry *e = m_outbox->find(a.opId);
    QCOMPARE(e->state, OutboxState::Pending);
    QCOMPARE(e->params.value(u"email"_s), u"good@example.com"_s);
    QVERIFY(e->errorKey.isEmpty());
    QCOMPARE(e->attempts, 2);
    // discard: gone, from disk too
    QVERIFY(m_outbox->discard(a.opId));
    QVERIFY(m_outbox->isEmpty());
    QCOMPARE(rowsOnDisk(*m_db), 0);
}

void TestOutboxJournal::discardOfLocalCreateDropsDependents()
{
    const QString local = RecordKey::newLocal(u"client"_s);
    const auto c = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}}, local);
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, local}, {u"note_body"_s, u"n"_s}});
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, u"3"_s}, {u"note_body"_s, u"n"_s}});
    QVERIFY(m_outbox->markInFlight(c.opId));
    QVERIFY(m_outbox->markFailed(c.opId, u"Insert Failed"_s, {}, 525));
    QVERIFY(m_outbox->discard(c.opId));
    QCOMPARE(m_outbox->entries().size(), 1);
    QCOMPARE(m_outbox->entries().first().recordKey, u"client:3"_s);
}

void TestOutboxJournal::resolveConflictKeepMineAndTheirs()
{
    const auto a = m_outbox->enqueue(u"update_client_by_id"_s,
                                     {{u"client_id"_s, u"7"_s}, {u"city"_s, u"Mine"_s}, {u"zip"_s, u"80202"_s}},
                                     {}, {{u"city"_s, u"Base"_s}, {u"zip"_s, u"80301"_s}});
    QVERIFY(m_outbox->markInFlight(a.opId));
    QVERIFY(m_outbox->markConflict(a.opId, {{u"city"_s, u"Theirs"_s}, {u"zip"_s, u"80000"_s}}));
    QCOMPARE(m_outbox->counts().conflicts, 1);
    QVERIFY(reopen());
    QCOMPARE(m_outbox->find(a.opId)->serverValues.value(u"city"_s), u"Theirs"_s);
    // mine for city (its base becomes the server's value), theirs for zip (dropped)
    QVERIFY(m_outbox->resolveConflict(a.opId, {{u"city"_s, true}, {u"zip"_s, false}}));
    const OutboxEntry *e = m_outbox->find(a.opId);
    QCOMPARE(e->state, OutboxState::Pending);
    QCOMPARE(e->params.value(u"city"_s), u"Mine"_s);
    QCOMPARE(e->baseValues.value(u"city"_s), u"Theirs"_s);
    QVERIFY(!e->params.contains(u"zip"_s));
    // Theirs for every contested field of an update that has nothing else: it goes away.
    const auto b = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"8"_s}, {u"city"_s, u"Mine"_s}},
                                     {}, {{u"city"_s, u"Base"_s}});
    QVERIFY(m_outbox->markInFlight(b.opId));
    QVERIFY(m_outbox->markConflict(b.opId, {{u"city"_s, u"Theirs"_s}}));
    QVERIFY(m_outbox->resolveConflict(b.opId, {{u"city"_s, false}}));
    QVERIFY(!m_outbox->find(b.opId));
}

void TestOutboxJournal::neverStoresCredentials()
{
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"7"_s}, {u"city"_s, u"X"_s}});
    QVERIFY(reopen());
    m_db->close();
    QFile file(QDir(m_dir->path()).filePath(AccountDatabase::fileNameFor(WebKey)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(WebKey.toUtf8()));
    QVERIFY(m_db->open(m_dir->path(), WebKey));
}

QTEST_GUILESS_MAIN(TestOutboxJournal)
#include "tst_outboxjournal.moc"

// A move (delete, then create at the new time) is one change: on disk all or nothing.
void TestOutboxJournal::editsTogetherAreAllKeptOrNone()
{
    // GIVEN an update waiting for event 40's record (it merges with the next update of it)
    QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, u"7"_s}, {u"city"_s, u"Reno"_s}}).accepted());
    const QString key = RecordKey::newLocal(u"event"_s);
    const ct::api::ApiParams create = {{u"client_id"_s, u"7"_s}, {u"event_type"_s, u"Call"_s},
                                       {u"event_date"_s, u"2026:12:01"_s}, {u"event_time"_s, u"10:00:00"_s},
                                       {u"event_note"_s, u"moved"_s}};
    // WHEN both halves are written together
    const auto results = m_outbox->enqueueTogether({{u"delete_client_event"_s, {{u"event_id"_s, u"40"_s}}, key, {}},
                                                    {u"create_client_event"_s, create, key, {}}});
    // THEN both are on disk, in order, under one record
    QCOMPARE(results.size(), 2);
    QVERIFY(results.at(0).accepted() && results.at(1).accepted());
    AccountDatabase other;
    QVERIFY(other.open(m_dir->path(), WebKey));
    QCOMPARE(rowsOnDisk(other), 3);
    QCOMPARE(m_outbox->entries().at(1).callName, u"delete_client_event"_s);
    QCOMPARE(m_outbox->entries().at(2).callName, u"create_client_event"_s);

    // WHEN a change's second edit is refused (a secret may never be journaled) after its first
    // merged into the waiting update
    QSignalSpy removed(m_outbox, &Outbox::entryRemoved);
    QSignalSpy changed(m_outbox, &Outbox::entryChanged);
    const auto refused = m_outbox->enqueueTogether(
        {{u"update_client_by_id"_s, {{u"client_id"_s, u"7"_s}, {u"city"_s, u"Elko"_s}}, {}, {}},
         {u"create_user"_s, {{u"user_username"_s, u"x"_s}, {u"user_password"_s, u"s3cret"_s}}, {}, {}}});
    // THEN nothing of it is kept, in memory or on disk, and the merged update has its old value
    QCOMPARE(refused.size(), 1);
    QVERIFY(!refused.constFirst().accepted());
    QVERIFY(!refused.constFirst().errorString.isEmpty());
    QCOMPARE(m_outbox->entries().size(), 3);
    QCOMPARE(m_outbox->entries().at(0).params.value(u"city"_s), u"Reno"_s);
    QCOMPARE(rowsOnDisk(other), 3);
    QVERIFY(!changed.isEmpty());   // watchers learn the update is back to "Reno"
    QVERIFY(reopen());
    QCOMPARE(m_outbox->entries().size(), 3);
    QCOMPARE(m_outbox->entries().at(0).params.value(u"city"_s), u"Reno"_s);
}
