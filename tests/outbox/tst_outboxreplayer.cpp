// SPDX-License-Identifier: MIT
// The outbox replayer against the real sandbox on loopback: order and local ids, conflicts
// and their resolutions, permanent errors, the credentials pause, a create whose answer was
// lost, and "pause sending".
#include "outboxtestsupport.h"

#include "sandbox.h"
#include "sandboxrequests.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct::store;
using ct::api::ApiParams;
using ct::sandbox::Sandbox;
using ct::outboxtest::callNow;
using ct::outboxtest::createClientNow;

static constexpr int Generous = 60000;

class TestOutboxReplayer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void replaysInOrderAndRewritesLocalIds();
    void conflictKeepMine();
    void conflictTakeTheirs();
    void conflictOnlyForFieldsTheUserChanged();
    void conflictOnEveryCheckedUpdate_data();
    void conflictOnEveryCheckedUpdate();
    void validationIssueNamesTheFieldThenEditAndRetry();
    void updateOfDeletedClientFailsWith515();
    void deletingLeadSourceInUseFailsWith512();
    void unauthorizedPausesAndDrainsAfterResume();
    void lostCreateAnswerIsVerifiedNotRepeated();
    void lostNoteAnswerIsVerifiedNotRepeated();
    void lostDeleteAnswerIsConfirmed();
    void pauseSending();
    void offlineEntriesResumeByThemselves();

private:
    QJsonObject serverClient(const QString &id);
    int writesOf(const QString &call) const;
    void startReplayer();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<AccountDatabase> m_db;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ct::api::ApiClient> m_client;   // the replayer's
    std::unique_ptr<ct::api::ApiClient> m_other;    // "someone else" editing on the server
    std::unique_ptr<OutboxReplayer> m_replayer;
};

void TestOutboxReplayer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<Sandbox>(ct::sandbox::SandboxOptions{{}, 7, 5});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_db = std::make_unique<AccountDatabase>();
    QVERIFY(m_db->open(m_dir->path(), Sandbox::demoWebKey()));
    m_outbox = std::make_unique<Outbox>(m_db.get());
    QVERIFY(m_outbox->load());
    m_client = std::make_unique<ct::api::ApiClient>();
    ct::outboxtest::configureClient(*m_client, m_sandbox->baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    m_other = std::make_unique<ct::api::ApiClient>();
    ct::outboxtest::configureClient(*m_other, m_sandbox->baseUrl(), Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    m_replayer = std::make_unique<OutboxReplayer>(m_outbox.get(), m_client.get());
    m_replayer->setBackoff(Backoff(50, 1000));
}

void TestOutboxReplayer::cleanup()
{
    m_replayer.reset();
    m_client.reset();
    m_other.reset();
    m_outbox.reset();
    m_db.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestOutboxReplayer::startReplayer()
{
    m_replayer->start();
}

QJsonObject TestOutboxReplayer::serverClient(const QString &id)
{
    const auto r = callNow(*m_other, u"read_client_by_id"_s, {{u"client_id"_s, id}});
    return r.ok() && !r.rows.isEmpty() ? r.rows.first().toObject() : QJsonObject();
}

int TestOutboxReplayer::writesOf(const QString &call) const
{
    return int(ct::testsupport::requestsOf(*m_sandbox, call).size());
}

void TestOutboxReplayer::replaysInOrderAndRewritesLocalIds()
{
    // GIVEN a new contact with edits and notes queued against its local key, offline
    const QString local = RecordKey::newLocal(u"client"_s);
    QVERIFY(m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"Ada"_s}, {u"lastName"_s, u"Lovelace"_s},
                                                   {u"email"_s, u"ada@example.com"_s}}, local).accepted());
    QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"London"_s}},
                              {}, {{u"city"_s, u""_s}}).accepted());
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_outbox->enqueue(u"create_client_history_note"_s,
                                  {{u"client_id"_s, local}, {u"note_body"_s, u"note %1"_s.arg(i)}}).accepted());
    QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"Paris"_s}},
                              {}, {{u"city"_s, u"London"_s}}).accepted());
    QCOMPARE(m_outbox->entries().size(), 8);
    QSignalSpy created(m_replayer.get(), &OutboxReplayer::recordCreated);
    QSignalSpy drained(m_replayer.get(), &OutboxReplayer::drained);
    // WHEN the replayer runs
    startReplayer();
    // THEN all is sent, the contact carries the last values and the notes arrived in order
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty(), Generous);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().at(0).toString(), local);
    const QString id = created.first().at(1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Paris"_s);
    const auto notes = callNow(*m_other, u"read_client_history_notes"_s, {{u"client_id"_s, id}});
    QStringList bodies;
    for (const auto &row : notes.rows)
        bodies.append(row.toObject().value(u"note_body"_s).toString());
    QCOMPARE(bodies, (QStringList{u"note 0"_s, u"note 1"_s, u"note 2"_s, u"note 3"_s, u"note 4"_s}));
    QCOMPARE(writesOf(u"create_client"_s), 1);
}

void TestOutboxReplayer::conflictKeepMine()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Bo"_s}, {u"lastName"_s, u"Diddley"_s}, {u"city"_s, u"Orig"_s}});
    QVERIFY(!id.isEmpty());
    // GIVEN my edit queued from what I saw (Orig) ...
    const auto mine = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Mine"_s}},
                                        {}, {{u"city"_s, u"Orig"_s}});
    // ... and someone else's change on the server before it was replayed
    QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Theirs"_s}}).ok());
    QSignalSpy conflicts(m_replayer.get(), &OutboxReplayer::conflictDetected);
    startReplayer();
    // THEN the entry waits as a conflict with the server's value, nothing was overwritten
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().conflicts, 1, Generous);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(m_outbox->find(mine.opId)->serverValues.value(u"city"_s), u"Theirs"_s);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Theirs"_s);
    QCOMPARE(writesOf(u"update_client_by_id"_s), 1);   // only the other client's
    // WHEN I keep mine THEN it is sent and wins
    QVERIFY(m_replayer->resolveConflict(mine.opId, {{u"city"_s, true}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Mine"_s);
}

// Every update the console queues from what the user saw is checked before it is sent: the
// calls with a read of the record (clients by id or external id) and those whose record only
// shows in a list (lead sources, sales cycles, users, accounts: looked up there by id; an
// account among the caller's sub-accounts, which read_account_list nests).
void TestOutboxReplayer::conflictOnEveryCheckedUpdate_data()
{
    QTest::addColumn<QString>("createCall");   // empty: a sub-account of the demo account
    QTest::addColumn<ApiParams>("createParams");
    QTest::addColumn<QString>("idKey");
    QTest::addColumn<QString>("updateCall");
    QTest::addColumn<QString>("field");
    QTest::newRow("update_client_by_external_id")
        << u"create_client"_s << ApiParams{{u"firstName"_s, u"Ext"_s}, {u"lastName"_s, u"Ernal"_s}, {u"external_id"_s, u"ERP-9001"_s}}
        << u"external_id"_s << u"update_client_by_external_id"_s << u"city"_s;
    QTest::newRow("update_lead_source_by_id")
        << u"create_lead_source"_s << ApiParams{{u"lead_source_name"_s, u"Spring fair"_s}}
        << u"lead_source_id"_s << u"update_lead_source_by_id"_s << u"lead_source_name"_s;
    QTest::newRow("update_sales_cycle_by_id")
        << u"create_sales_cycle"_s
        << ApiParams{{u"sales_cycle_name"_s, u"Quoted"_s}, {u"sales_cycle_active_status"_s, u"1"_s},
                     {u"sales_cycle_order"_s, u"7"_s}}
        << u"sales_cycle_id"_s << u"update_sales_cycle_by_id"_s << u"sales_cycle_name"_s;
    QTest::newRow("update_user_by_id")
        << u"create_user"_s
        << ApiParams{{u"user_type"_s, u"Standard"_s}, {u"user_first_name"_s, u"Cy"_s}, {u"user_last_name"_s, u"Clist"_s},
                     {u"user_phone"_s, u"3035550199"_s}, {u"user_email"_s, u"cy@example.com"_s},
                     {u"user_username"_s, u"cyclist"_s}, {u"user_show_calendar"_s, u"1"_s},
                     {u"user_password"_s, u"Pedal-2026-long"_s}}
        << u"user_id"_s << u"update_user_by_id"_s << u"user_last_name"_s;
    QTest::newRow("update_account_by_id")
        << QString() << ApiParams{} << u"account_id"_s << u"update_account_by_id"_s << u"account_company_name"_s;
}

void TestOutboxReplayer::conflictOnEveryCheckedUpdate()
{
    QFETCH(QString, createCall);
    QFETCH(ApiParams, createParams);
    QFETCH(QString, idKey);
    QFETCH(QString, updateCall);
    QFETCH(QString, field);
    QString id;
    if (createCall.isEmpty()) {
        const auto accounts = callNow(*m_other, u"read_account_list"_s, {});
        QVERIFY2(accounts.ok(), qPrintable(accounts.message));
        const QJsonArray subAccounts = accounts.rows.first().toObject().value(u"SubAccounts"_s).toArray();
        QVERIFY(!subAccounts.isEmpty());
        id = subAccounts.first().toObject().value(idKey).toString();
    } else {
        const auto created = callNow(*m_other, createCall, createParams);
        QVERIFY2(created.ok() && !created.rows.isEmpty(), qPrintable(created.message));
        id = created.rows.first().toObject().value(idKey).toString();
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(callNow(*m_other, updateCall, {{idKey, id}, {field, u"Orig"_s}}).ok());
    // GIVEN my edit queued from what I saw ("Orig") ...
    const auto mine = m_outbox->enqueue(updateCall, {{idKey, id}, {field, u"Mine"_s}}, {}, {{field, u"Orig"_s}});
    QVERIFY(mine.accepted());
    // ... and someone else's change on the server before it was replayed
    QVERIFY(callNow(*m_other, updateCall, {{idKey, id}, {field, u"Theirs"_s}}).ok());
    QSignalSpy conflicts(m_replayer.get(), &OutboxReplayer::conflictDetected);
    startReplayer();
    // THEN it waits as a conflict carrying the server's value; nothing was overwritten
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().conflicts, 1, Generous);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(m_outbox->find(mine.opId)->serverValues.value(field), u"Theirs"_s);
    QCOMPARE(writesOf(updateCall), 2);   // only the other client's two
    // WHEN I keep mine THEN it is sent once and wins
    QVERIFY(m_replayer->resolveConflict(mine.opId, {{field, true}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(writesOf(updateCall), 3);
}

void TestOutboxReplayer::conflictTakeTheirs()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Bo"_s}, {u"lastName"_s, u"X"_s},
                                                  {u"city"_s, u"Orig"_s}, {u"address"_s, u"1 Main St"_s}});
    QVERIFY(!id.isEmpty());
    const auto mine = m_outbox->enqueue(u"update_client_by_id"_s,
                                        {{u"client_id"_s, id}, {u"city"_s, u"Mine"_s}, {u"address"_s, u"2 Elm St"_s}},
                                        {}, {{u"city"_s, u"Orig"_s}, {u"address"_s, u"1 Main St"_s}});
    QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Theirs"_s}}).ok());
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().conflicts, 1, Generous);
    // Only the field both changed is contested.
    QCOMPARE(m_outbox->find(mine.opId)->serverValues.keys(), QStringList{u"city"_s});
    // WHEN I take theirs THEN my other field still goes, theirs stays
    QVERIFY(m_replayer->resolveConflict(mine.opId, {{u"city"_s, false}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    const QJsonObject c = serverClient(id);
    QCOMPARE(c.value(u"city"_s).toString(), u"Theirs"_s);
    QCOMPARE(c.value(u"address"_s).toString(), u"2 Elm St"_s);

    // An update whose only field is taken from the server goes away without a send.
    m_replayer->setPaused(true);    // so the other change surely lands first
    const auto second = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Again"_s}},
                                          {}, {{u"city"_s, u"Theirs"_s}});
    QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Theirs2"_s}}).ok());
    m_replayer->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().conflicts, 1, Generous);
    const int updatesBefore = writesOf(u"update_client_by_id"_s);
    QVERIFY(m_replayer->resolveConflict(second.opId, {{u"city"_s, false}}));
    QVERIFY(m_outbox->isEmpty());
    QCOMPARE(writesOf(u"update_client_by_id"_s), updatesBefore);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Theirs2"_s);
}

void TestOutboxReplayer::conflictOnlyForFieldsTheUserChanged()
{
    // The server changed a field to the very value I chose: no conflict (nothing to decide).
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Al"_s}, {u"lastName"_s, u"Y"_s}, {u"city"_s, u"Orig"_s}});
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Same"_s}}, {}, {{u"city"_s, u"Orig"_s}});
    QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Same"_s}}).ok());
    startReplayer();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Same"_s);
}

void TestOutboxReplayer::validationIssueNamesTheFieldThenEditAndRetry()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Val"_s}, {u"lastName"_s, u"Z"_s}});
    // GIVEN an edit naming a lead source the account does not have (the server's check)
    const auto bad = m_outbox->enqueue(u"update_client_by_id"_s,
                                       {{u"client_id"_s, id}, {u"lead_source_id"_s, u"999999"_s}, {u"city"_s, u"Ok"_s}});
    // and a later edit of the same contact, which must wait behind it
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, id}, {u"note_body"_s, u"after"_s}});
    QSignalSpy failed(m_replayer.get(), &OutboxReplayer::entryFailed);
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Generous);
    const OutboxEntry *e = m_outbox->find(bad.opId);
    QCOMPARE(e->state, OutboxState::Failed);
    QCOMPARE(e->errorKey, u"lead_source_id"_s);
    QCOMPARE(failed.first().at(2).toString(), u"lead_source_id"_s);
    QVERIFY(!e->lastError.isEmpty());
    QCOMPARE(m_outbox->counts().failed, 1);
    QCOMPARE(m_outbox->entries().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_replayer->isIdle(), Generous);
    QCOMPARE(writesOf(u"create_client_history_note"_s), 0);   // order per record holds
    // WHEN the user retries unchanged THEN it fails again, with the same field
    QVERIFY(m_replayer->retry(bad.opId));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, Generous);
    QCOMPARE(m_outbox->find(bad.opId)->attempts, 2);
    // WHEN the user corrects it THEN both go
    QVERIFY(m_replayer->edit(bad.opId, {{u"client_id"_s, id}, {u"city"_s, u"Ok"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Ok"_s);
    QCOMPARE(writesOf(u"create_client_history_note"_s), 1);
}

void TestOutboxReplayer::updateOfDeletedClientFailsWith515()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Gone"_s}, {u"lastName"_s, u"Soon"_s}});
    QVERIFY(callNow(*m_other, u"delete_client_by_id"_s, {{u"client_id"_s, id}}).ok());
    const auto plain = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"X"_s}});
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().failed, 1, Generous);
    QCOMPARE(m_outbox->find(plain.opId)->errorCode, 515);
    QVERIFY(!m_outbox->find(plain.opId)->lastError.isEmpty());
    // The user discards it (the sandbox may reuse the id, and a failed entry holds its record).
    QVERIFY(m_replayer->discard(plain.opId));
    // With base values the conflict read already finds the record gone: same verdict.
    const QString id2 = createClientNow(*m_other, {{u"firstName"_s, u"Gone"_s}, {u"lastName"_s, u"Too"_s}});
    QVERIFY(callNow(*m_other, u"delete_client_by_id"_s, {{u"client_id"_s, id2}}).ok());
    const auto checked = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id2}, {u"city"_s, u"X"_s}},
                                           {}, {{u"city"_s, u""_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().failed, 1, Generous);
    QCOMPARE(m_outbox->find(checked.opId)->errorCode, 515);
    QVERIFY(m_replayer->discard(checked.opId));
    QVERIFY(m_outbox->isEmpty());
}

void TestOutboxReplayer::deletingLeadSourceInUseFailsWith512()
{
    const auto source = callNow(*m_other, u"create_lead_source"_s, {{u"lead_source_name"_s, u"Fair 2026"_s}});
    QVERIFY(source.ok());
    const QString sourceId = source.rows.first().toObject().value(u"lead_source_id"_s).toString();
    QVERIFY(!sourceId.isEmpty());
    QVERIFY(!createClientNow(*m_other, {{u"firstName"_s, u"Lead"_s}, {u"lastName"_s, u"User"_s},
                                        {u"lead_source_id"_s, sourceId}}).isEmpty());
    const auto del = m_outbox->enqueue(u"delete_lead_source_by_id"_s, {{u"lead_source_id"_s, sourceId}});
    QCOMPARE(m_outbox->find(del.opId)->recordKey, u"lead_source:"_s + sourceId);
    startReplayer();
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->counts().failed, 1, Generous);
    QCOMPARE(m_outbox->find(del.opId)->errorCode, 512);
    QCOMPARE(m_outbox->find(del.opId)->state, OutboxState::Failed);
}

void TestOutboxReplayer::unauthorizedPausesAndDrainsAfterResume()
{
    // GIVEN credentials the server refuses
    m_client->setCredentials(u"not-the-token"_s, Sandbox::demoWebKey());
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Auth"_s}, {u"lastName"_s, u"Test"_s}});
    const QString local = RecordKey::newLocal(u"client"_s);
    m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"New"_s}, {u"lastName"_s, u"One"_s}, {u"email"_s, u"new1@example.com"_s}}, local);
    m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, local}, {u"note_body"_s, u"hello"_s}});
    for (int i = 0; i < 4; ++i)
        m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, id}, {u"note_body"_s, u"n%1"_s.arg(i)}});
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Authville"_s}});
    const int queued = int(m_outbox->entries().size());
    QSignalSpy unauthorized(m_replayer.get(), &OutboxReplayer::unauthorized);
    startReplayer();
    // THEN the replayer pauses, nothing is dropped and no attempt is counted
    QTRY_VERIFY_WITH_TIMEOUT(m_replayer->isPausedForCredentials(), Generous);
    QTRY_COMPARE_WITH_TIMEOUT(m_replayer->inFlight(), 0, Generous);
    QVERIFY(unauthorized.size() >= 1);
    QCOMPARE(int(m_outbox->entries().size()), queued);
    for (const OutboxEntry &e : m_outbox->entries()) {
        QCOMPARE(e.state, OutboxState::Pending);
        QCOMPARE(e.attempts, 0);
    }
    // WHEN the credentials are fixed and the user resumes THEN everything drains
    m_client->setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    m_replayer->resume();
    QVERIFY(!m_replayer->isPausedForCredentials());
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Authville"_s);
    QCOMPARE(writesOf(u"create_client"_s), 2);   // the other client's and ours, once
}

void TestOutboxReplayer::lostCreateAnswerIsVerifiedNotRepeated()
{
    // GIVEN an older contact with the same e-mail (it must not be taken for ours) ...
    QVERIFY(!createClientNow(*m_other, {{u"firstName"_s, u"Old"_s}, {u"lastName"_s, u"Lost"_s},
                                        {u"email"_s, u"grace@example.com"_s}}).isEmpty());
    // ... and every create applied but its answer lost (for a while)
    ct::sandbox::FaultPlan lost;
    lost.answerLostRate = 1.0;
    lost.onlyCalls = {u"create_client"_s};
    m_sandbox->setFaultPlan(lost);
    const QString local = RecordKey::newLocal(u"client"_s);
    const auto create = m_outbox->enqueue(u"create_client"_s, {{u"firstName"_s, u"Grace"_s}, {u"lastName"_s, u"Lost"_s},
                                                               {u"email"_s, u"grace@example.com"_s}}, local);
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, local}, {u"city"_s, u"Arlington"_s}});
    QSignalSpy created(m_replayer.get(), &OutboxReplayer::recordCreated);
    startReplayer();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->find(create.opId) && m_outbox->find(create.opId)->maybeApplied, Generous);
    QCOMPARE(m_outbox->find(create.opId)->preExistingIds.value_or(QStringList()).size(), 1);
    m_sandbox->setFaultPlan({});
    // THEN the replay looks first, finds the contact it made, and does not create again
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(created.size(), 1);
    int sameEmail = 0;
    for (const auto &v : m_sandbox->clients(Sandbox::demoWebKey()))
        sameEmail += v.toObject().value(u"email"_s).toString() == u"grace@example.com" ? 1 : 0;
    QCOMPARE(sameEmail, 2);   // the old one and ours, once
    const QJsonObject ours = serverClient(created.first().at(1).toString());
    QCOMPARE(ours.value(u"firstName"_s).toString(), u"Grace"_s);
    QCOMPARE(ours.value(u"city"_s).toString(), u"Arlington"_s);
    QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_client"_s, {{u"firstName"_s, u"Grace"_s}}).size(), 1);
}

void TestOutboxReplayer::lostNoteAnswerIsVerifiedNotRepeated()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Note"_s}, {u"lastName"_s, u"Taker"_s}});
    ct::sandbox::FaultPlan lost;
    lost.answerLostRate = 1.0;
    lost.onlyCalls = {u"create_client_history_note"_s};
    m_sandbox->setFaultPlan(lost);
    const auto note = m_outbox->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, id}, {u"note_body"_s, u"once"_s}});
    startReplayer();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->find(note.opId) && m_outbox->find(note.opId)->maybeApplied, Generous);
    m_sandbox->setFaultPlan({});
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    const auto notes = callNow(*m_other, u"read_client_history_notes"_s, {{u"client_id"_s, id}});
    int once = 0;
    for (const auto &row : notes.rows)
        once += row.toObject().value(u"note_body"_s).toString() == u"once";
    QCOMPARE(once, 1);
}

void TestOutboxReplayer::lostDeleteAnswerIsConfirmed()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Del"_s}, {u"lastName"_s, u"Lost"_s}});
    ct::sandbox::FaultPlan lost;
    lost.answerLostRate = 1.0;
    lost.onlyCalls = {u"delete_client_by_id"_s};
    m_sandbox->setFaultPlan(lost);
    const auto del = m_outbox->enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, id}});
    startReplayer();
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->find(del.opId) && m_outbox->find(del.opId)->maybeApplied, Generous);
    m_sandbox->setFaultPlan({});
    // The re-sent delete finds nothing (CT515): the first one did it.
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(m_outbox->counts().failed, 0);
}

void TestOutboxReplayer::pauseSending()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Pau"_s}, {u"lastName"_s, u"Se"_s}});
    m_replayer->setPaused(true);
    m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Later"_s}});
    startReplayer();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(m_replayer->isPaused());
    QCOMPARE(m_replayer->inFlight(), 0);
    QCOMPARE(m_outbox->entries().size(), 1);
    QCOMPARE(m_outbox->entries().first().state, OutboxState::Pending);
    m_replayer->setPaused(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Later"_s);
}

void TestOutboxReplayer::offlineEntriesResumeByThemselves()
{
    const QString id = createClientNow(*m_other, {{u"firstName"_s, u"Off"_s}, {u"lastName"_s, u"Line"_s}});
    // GIVEN no server reachable (a loopback port nobody listens on)
    QUrl nowhere = m_sandbox->baseUrl();
    {
        Sandbox probe;
        QVERIFY(probe.start());
        nowhere.setPort(probe.port());
    }   // closed again: connections to it are refused
    m_client->setBaseUrl(nowhere);
    const auto e = m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Online"_s}});
    startReplayer();
    // THEN the edit waits with a backoff, counting attempts, never failing
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->find(e.opId)->attempts >= 2, Generous);
    QCOMPARE(m_outbox->find(e.opId)->state == OutboxState::Failed, false);
    QVERIFY(!m_outbox->find(e.opId)->lastError.isEmpty());
    // WHEN the network is back THEN the backoff timer alone sends it (no resume() call)
    m_client->setBaseUrl(m_sandbox->baseUrl());
    QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
    QCOMPARE(serverClient(id).value(u"city"_s).toString(), u"Online"_s);
}

QTEST_GUILESS_MAIN(TestOutboxReplayer)
#include "tst_outboxreplayer.moc"
