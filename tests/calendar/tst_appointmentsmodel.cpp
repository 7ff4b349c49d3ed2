// SPDX-License-Identifier: MIT
// The appointments model and the calendar's queue against the real sandbox on loopback: real
// ApiClient, SQLite account database, Outbox and OutboxReplayer. The model shows exactly the
// sandbox's appointments for the chosen users, opens from the cache offline, and a schedule,
// a move (delete, then create, as one change) and a cancel end on the server as asked.
#include "appointmentsmodel.h"
#include "calendarmerge.h"
#include "contactfinder.h"
#include "contactsmodel.h"
#include "englishtranslation.h"
#include "eventscheduling.h"
#include "modelroles.h"
#include "outboxmodel.h"
#include "sandbox.h"
#include "sandboxrequests.h"

#include "api/apiclient.h"
#include "api/normalizer.h"
#include "store/accountdatabase.h"
#include "store/createverifier.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct;
using ct::models::AppointmentsModel;
using ct::models::CalendarEvent;
using ct::models::EventDraft;
using ct::models::EventScheduling;
using ct::sandbox::Sandbox;

namespace {

// One signed-in account with its outbox being replayed.
struct Account
{
    Account(const Sandbox &sandbox, const QString &dir)
    {
        client.setBaseUrl(sandbox.baseUrl());
        client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        client.setRetryBaseDelayMs(20);
        opened = database.open(dir, Sandbox::demoWebKey());
        outbox = std::make_unique<store::Outbox>(&database);
        opened = opened && outbox->load();
        replayer = std::make_unique<store::OutboxReplayer>(outbox.get(), &client);
        replayer->setBackoff(store::Backoff{20, 200});
        replayer->start();
    }
    api::ApiClient client;
    store::AccountDatabase database;
    std::unique_ptr<store::Outbox> outbox;
    std::unique_ptr<store::OutboxReplayer> replayer;
    bool opened = false;
};

} // namespace

class TestAppointmentsModel : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox{{.databasePath = {}, .seed = 3, .contacts = 300}};
    QTemporaryDir m_dir;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<AppointmentsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_accountId = 0;

    QStringList usersOfAccount() const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT user_id FROM users WHERE account_id=? ORDER BY user_id"_s);
        q.addBindValue(m_accountId);
        q.exec();
        QStringList ids;
        while (q.next())
            ids.append(q.value(0).toString());
        return ids;
    }

    // The sandbox's own rows: appointments of these users in the week it answers for.
    QStringList sandboxAppointments(const QStringList &users) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT event_id, user_id, event_date, event_time, client_id FROM events WHERE account_id=?"
                  " AND event_type='Appointment' AND event_date >= ? AND event_date <= ?"
                  " ORDER BY event_id"_s);
        q.addBindValue(m_accountId);
        q.addBindValue(api::Normalizer::toApiDate(QDate::currentDate()));
        q.addBindValue(api::Normalizer::toApiDate(QDate::currentDate().addDays(6)));
        q.exec();
        QStringList rows;
        while (q.next()) {
            if (users.contains(q.value(1).toString()))
                rows.append(u"%1 %2 %3 %4 %5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                     q.value(3).toString(), q.value(4).toString()));
        }
        rows.sort();
        return rows;
    }

    static QStringList modelAppointments(const AppointmentsModel &model)
    {
        QStringList rows;
        for (const CalendarEvent &e : model.events()) {
            if (e.type == u"Appointment" && AppointmentsModel::isServerCovered(e.start.date()))
                rows.append(u"%1 %2 %3 %4 %5"_s.arg(e.eventId, e.userId, api::Normalizer::toApiDate(e.start.date()),
                                                     api::Normalizer::toApiTime(e.start.time()), e.clientId));
        }
        rows.sort();
        return rows;
    }

    int eventsNoted(const QString &note) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT COUNT(*) FROM events WHERE event_note=?"_s);
        q.addBindValue(note);
        q.exec();
        q.next();
        return q.value(0).toInt();
    }

    QString anyClient() const
    {
        return m_sandbox.clients(Sandbox::demoWebKey()).at(5).toObject().value(u"client_id"_s).toString();
    }

    void refreshAndWait(AppointmentsModel &model)
    {
        QSignalSpy refreshed(&model, &AppointmentsModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(20000));
    }

    EventDraft draftFor(const QString &user, const QString &note, QDate date, QTime time)
    {
        EventDraft d;
        d.clientId = anyClient();
        d.type = u"Appointment"_s;
        d.date = date;
        d.time = time;
        d.endDate = date;
        d.endTime = time.addSecs(3600);
        d.userId = user;
        d.note = note;
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The notices count rows ("%n row(s)"): read them in English, as an English user does.
        QVERIFY(ct::testsupport::installEnglishTranslation());
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT account_id FROM accounts WHERE account_web_key=?"_s);
        q.addBindValue(Sandbox::demoWebKey());
        QVERIFY(q.exec() && q.next());
        m_accountId = q.value(0).toLongLong();
        m_account = std::make_unique<Account>(m_sandbox, m_dir.filePath(u"account"_s));
        QVERIFY(m_account->opened);
        m_model = std::make_unique<AppointmentsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setSources(&m_account->database, &m_account->client, m_account->outbox.get(), m_account->replayer.get());
    }

    void showsExactlyTheSandboxAppointmentsOfTheChosenUsers()
    {
        const QStringList users = usersOfAccount();
        QVERIFY(users.size() >= 3);
        // GIVEN one user, then two others side by side
        for (const QStringList &chosen : {QStringList{users.at(0)}, QStringList{users.at(1), users.at(2)}}) {
            m_model->setUsers(chosen);
            refreshAndWait(*m_model);
            QVERIFY2(m_model->errorString().isEmpty(), qPrintable(m_model->errorString()));
            // THEN the model holds exactly the sandbox's appointments of those users in its week
            const QStringList expected = sandboxAppointments(chosen);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(modelAppointments(*m_model), expected);
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, 0);
                QVERIFY(chosen.contains(index.data(AppointmentsModel::UserIdRole).toString()));
                QCOMPARE(index.data(models::SyncStateRole).toInt(), int(models::SyncState::Confirmed));
                QVERIFY(!index.siblingAtColumn(AppointmentsModel::ContactColumn).data().toString().isEmpty());
            }
        }
    }

    void opensFromTheCacheWithoutTheServer()
    {
        const QStringList expected = modelAppointments(*m_model);
        // A second model on the same database and no client: what was read is there at once.
        AppointmentsModel offline;
        QAbstractItemModelTester tester(&offline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        offline.setSources(&m_account->database, nullptr, m_account->outbox.get(), nullptr);
        offline.setUsers(m_model->users());
        QCOMPARE(modelAppointments(offline), expected);
    }

    void appointmentsWithoutIdsRemoveNothing()
    {
        // GIVEN three users' appointments of the week read and cached
        const QStringList chosenBefore = m_model->users();
        const QStringList users = usersOfAccount();
        m_model->setUsers(users.mid(0, 3));
        refreshAndWait(*m_model);
        QVERIFY(m_model->listNotice().isEmpty());
        const QStringList shown = modelAppointments(*m_model);
        QVERIFY(shown.size() >= 2);
        QSet<QString> cached;
        for (const auto &record : m_account->database.cacheAll(AppointmentsModel::appointmentEntity()))
            cached.insert(record.recordId);
        // WHEN each user's answer carries its last row without an event_id
        ct::sandbox::FaultPlan unreadable;
        unreadable.listRowsWithoutId = 1;
        unreadable.onlyCalls = {u"read_appts_by_user_id"_s};
        m_sandbox.setFaultPlan(unreadable);
        refreshAndWait(*m_model);
        m_sandbox.setFaultPlan({});
        // THEN no appointment is removed, in the cache or on the calendar, and the model says why
        QSet<QString> after;
        for (const auto &record : m_account->database.cacheAll(AppointmentsModel::appointmentEntity()))
            after.insert(record.recordId);
        QCOMPARE(after, cached);
        QCOMPARE(modelAppointments(*m_model), shown);
        QVERIFY2(m_model->listNotice().contains(u"1 row without a event_id skipped"_s), qPrintable(m_model->listNotice()));
        // AND the next refresh, which adds up, clears the notice
        refreshAndWait(*m_model);
        QVERIFY2(m_model->listNotice().isEmpty(), qPrintable(m_model->listNotice()));
        QCOMPARE(modelAppointments(*m_model), sandboxAppointments(users.mid(0, 3)));
        // (the users the functions after this one work with, as they were)
        m_model->setUsers(chosenBefore);
        refreshAndWait(*m_model);
    }

    void checksEventDrafts_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("note");
        QTest::addColumn<int>("endOffsetMinutes");
        QTest::addColumn<QString>("key");
        QTest::newRow("fine") << u"Appointment"_s << u"Visit"_s << 60 << QString();
        QTest::newRow("call needs no end") << u"Call"_s << u"Ring"_s << -60 << QString();
        QTest::newRow("note required") << u"Call"_s << u" "_s << 60 << u"event_note"_s;
        QTest::newRow("end before start") << u"Appointment"_s << u"Visit"_s << -30 << u"event_end_time"_s;
        QTest::newRow("bad type") << u"Meeting"_s << u"Visit"_s << 60 << u"event_type"_s;
    }

    void checksEventDrafts()
    {
        QFETCH(QString, type);
        QFETCH(QString, note);
        QFETCH(int, endOffsetMinutes);
        QFETCH(QString, key);
        EventDraft d = draftFor(u"7"_s, note, QDate::currentDate(), QTime(10, 0));
        d.type = type;
        d.endTime = d.time.addSecs(endOffsetMinutes * 60);
        const auto problems = EventScheduling::check(d);
        QCOMPARE(problems.isEmpty() ? QString() : problems.constFirst().key, key);
        if (key.isEmpty()) {
            const api::ApiParams p = d.params();
            QCOMPARE(p.value(u"event_date"_s), QDate::currentDate().toString(u"yyyy:MM:dd"_s));
            QCOMPARE(p.value(u"event_time"_s), u"10:00:00"_s);
            QCOMPARE(p.contains(u"event_end_time"_s), type == u"Appointment");
        }
    }

    void mergeReadsTheOutbox_data()
    {
        QTest::addColumn<QString>("journal");          // d = delete of 5, m = move of 5, c = new create
        QTest::addColumn<int>("deleteState");
        QTest::addColumn<QStringList>("expected");     // key, sync state, moved from
        const int pending = int(store::OutboxState::Pending), failed = int(store::OutboxState::Failed);
        QTest::newRow("nothing queued") << u""_s << pending << QStringList{u"event:5 0 "_s};
        QTest::newRow("cancel waiting") << u"d"_s << pending << QStringList{};
        QTest::newRow("cancel refused") << u"d"_s << failed << QStringList{u"event:5 2 "_s};
        QTest::newRow("move waiting") << u"m"_s << pending << QStringList{u"event:local:m 1 5"_s};
        QTest::newRow("move refused") << u"m"_s << failed << QStringList{u"event:local:m 2 5"_s};
        QTest::newRow("new event") << u"c"_s << pending << QStringList{u"event:5 0 "_s, u"event:local:c 1 "_s};
    }

    void mergeReadsTheOutbox()
    {
        QFETCH(QString, journal);
        QFETCH(int, deleteState);
        QFETCH(QStringList, expected);
        const QJsonObject row{{u"event_id"_s, u"5"_s}, {u"client_id"_s, u"9"_s}, {u"event_type"_s, u"Appointment"_s},
                              {u"event_date"_s, u"2030:01:02"_s}, {u"event_time"_s, u"09:00:00"_s}, {u"user_id"_s, u"7"_s}};
        const api::ApiParams create{{u"client_id"_s, u"9"_s}, {u"event_type"_s, u"Call"_s}, {u"event_date"_s, u"2030:01:03"_s},
                                    {u"event_time"_s, u"10:00:00"_s}, {u"event_note"_s, u"n"_s}, {u"user_id"_s, u"7"_s}};
        QList<store::OutboxEntry> entries;
        const auto add = [&](const QString &call, const api::ApiParams &params, const QString &key, int state) {
            store::OutboxEntry e;
            e.opId = QUuid::createUuid();
            e.callName = call;
            e.params = params;
            e.recordKey = key;
            e.state = store::OutboxState(state);
            entries.append(e);
        };
        if (journal == u"d")
            add(u"delete_client_event"_s, {{u"event_id"_s, u"5"_s}}, u"event:5"_s, deleteState);
        if (journal == u"m") {
            add(u"delete_client_event"_s, {{u"event_id"_s, u"5"_s}}, u"event:local:m"_s, deleteState);
            add(u"create_client_event"_s, create, u"event:local:m"_s, int(store::OutboxState::Pending));
        }
        if (journal == u"c")
            add(u"create_client_event"_s, create, u"event:local:c"_s, int(store::OutboxState::Pending));
        const auto events = models::CalendarMerge::merge({}, {{u"5"_s, row}}, entries, {{u"7"_s}, {}},
                                                         [](const QString &) { return u"Name"_s; });
        QStringList got;
        for (const CalendarEvent &e : events)
            got.append(u"%1 %2 %3"_s.arg(e.key).arg(int(e.sync)).arg(e.movedFromId));
        QCOMPARE(got, expected);
    }

    void schedulesMovesAndCancels()
    {
        EventScheduling scheduling(m_account->outbox.get(), m_account->replayer.get());
        const QString user = m_model->users().constFirst();
        const QDate day = QDate::currentDate().addDays(2);
        const QString note = u"Model test: measure the deck"_s;

        // WHEN an appointment is scheduled, THEN it shows at once, pending
        const auto scheduled = scheduling.schedule(draftFor(user, note, day, QTime(7, 0)));
        QVERIFY2(scheduled.accepted, qPrintable(scheduled.problem.message));
        QTRY_VERIFY(m_model->rowOfKey(scheduled.key) >= 0);
        const int row = m_model->rowOfKey(scheduled.key);
        {
            models::OutboxModel outboxModel(m_account->outbox.get());
        outboxModel.addActionDescriber(&EventScheduling::describeInOutbox);   // as the session does
            if (outboxModel.rowCount() == 1)   // not yet confirmed
                QCOMPARE(outboxModel.index(0, models::OutboxModel::ActionColumn).data().toString(), u"Schedule event"_s);
        }
        QCOMPARE(m_model->index(row, 0).data(models::SyncStateRole).toInt(), int(models::SyncState::Pending));
        // AND once sent, the server has it and the model shows it confirmed with its id
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 20000);
        QCOMPARE(eventsNoted(note), 1);
        QTRY_VERIFY(std::any_of(m_model->events().cbegin(), m_model->events().cend(), [&](const CalendarEvent &e) {
            return e.note == note && !e.eventId.isEmpty();
        }));
        CalendarEvent made;
        for (const CalendarEvent &e : m_model->events())
            made = e.note == note ? e : made;
        refreshAndWait(*m_model);
        QCOMPARE(m_model->eventByKey(made.key).eventId, made.eventId);

        // WHEN it is moved, THEN one pending event shows at the new time and the old one is gone
        m_account->replayer->setPaused(true);
        m_sandbox.clearRequestLog();
        EventDraft to = EventDraft::fromEvent(made);
        to.date = day.addDays(1);
        to.time = QTime(15, 30);
        to.endDate = to.date;
        to.endTime = QTime(16, 30);
        const auto moved = scheduling.move(made, to);
        QVERIFY2(moved.accepted, qPrintable(moved.problem.message));
        QTRY_VERIFY(m_model->rowOfKey(moved.key) >= 0);
        QCOMPARE(m_model->rowOfKey(made.key), -1);
        const CalendarEvent movingEvent = m_model->eventByKey(moved.key);
        QCOMPARE(movingEvent.start, QDateTime(to.date, to.time));
        QCOMPARE(movingEvent.movedFromId, made.eventId);
        QCOMPARE(movingEvent.sync, models::SyncState::Pending);
        // AND both halves are one record of the outbox, described as a move
        QCOMPARE(m_account->outbox->entries().size(), 2);
        for (const auto &entry : m_account->outbox->entries())
            QVERIFY(EventScheduling::isMoveHalf(*m_account->outbox, entry));
        models::OutboxModel outboxModel(m_account->outbox.get());
        outboxModel.addActionDescriber(&EventScheduling::describeInOutbox);   // as the session does
        QVERIFY(outboxModel.index(0, models::OutboxModel::ActionColumn).data().toString().startsWith(u"Move event (1 of 2"_s));
        QVERIFY(outboxModel.index(1, models::OutboxModel::ActionColumn).data().toString().startsWith(u"Move event (2 of 2"_s));
        m_account->replayer->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 20000);
        // THEN the server got the delete, then the create, and has one event at the new time
        QCOMPARE(testsupport::createsAndDeletes(m_sandbox), (QStringList{u"delete_client_event"_s, u"create_client_event"_s}));
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT event_id, event_date, event_time FROM events WHERE event_note=?"_s);
        q.addBindValue(note);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(1).toString(), to.date.toString(u"yyyy:MM:dd"_s));
        QCOMPARE(q.value(2).toString(), u"15:30:00"_s);
        const QString newId = q.value(0).toString();
        QVERIFY(!q.next());
        QTRY_COMPARE(m_model->eventByKey(u"event:"_s + newId).eventId, newId);

        // WHEN it is cancelled, THEN it leaves the model at once and the server after the replay
        const auto cancelled = scheduling.cancel(m_model->eventByKey(u"event:"_s + newId));
        QVERIFY(cancelled.accepted);
        QTRY_COMPARE(m_model->rowOfKey(u"event:"_s + newId), -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 20000);
        QCOMPARE(eventsNoted(note), 0);
    }

    void cancellingAnUnsentEventSendsNothing()
    {
        EventScheduling scheduling(m_account->outbox.get(), m_account->replayer.get());
        m_account->replayer->setPaused(true);
        m_sandbox.clearRequestLog();
        const auto scheduled = scheduling.schedule(draftFor(m_model->users().constFirst(), u"never sent"_s,
                                                            QDate::currentDate().addDays(1), QTime(6, 0)));
        QVERIFY(scheduled.accepted);
        QTRY_VERIFY(m_model->rowOfKey(scheduled.key) >= 0);
        QVERIFY(scheduling.cancel(m_model->eventByKey(scheduled.key)).accepted);
        QVERIFY(m_account->outbox->isEmpty());
        QTRY_COMPARE(m_model->rowOfKey(scheduled.key), -1);
        m_account->replayer->setPaused(false);
        QTest::qWait(100);
        QCOMPARE(m_sandbox.requestLog().size(), 0);
    }

    void cancellingAPendingMoveCancelsTheEvent()
    {
        EventScheduling scheduling(m_account->outbox.get(), m_account->replayer.get());
        const QString note = u"Move then cancel"_s;
        const auto scheduled = scheduling.schedule(draftFor(m_model->users().constFirst(), note,
                                                            QDate::currentDate().addDays(1), QTime(5, 0)));
        QVERIFY(scheduled.accepted);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 20000);
        QTRY_VERIFY(std::any_of(m_model->events().cbegin(), m_model->events().cend(),
                                [&](const CalendarEvent &e) { return e.note == note && !e.eventId.isEmpty(); }));
        CalendarEvent made;
        for (const CalendarEvent &e : m_model->events())
            made = e.note == note ? e : made;
        // GIVEN a move not yet sent
        m_account->replayer->setPaused(true);
        EventDraft to = EventDraft::fromEvent(made);
        to.time = QTime(5, 30);
        to.endTime = QTime(6, 30);
        const auto moved = scheduling.move(made, to);
        QVERIFY(moved.accepted);
        QTRY_VERIFY(m_model->rowOfKey(moved.key) >= 0);
        // WHEN the moving event is cancelled, THEN only the old event's delete is left to send
        QVERIFY(scheduling.cancel(m_model->eventByKey(moved.key)).accepted);
        QCOMPARE(m_account->outbox->entries().size(), 1);
        QCOMPARE(m_account->outbox->entries().constFirst().callName, u"delete_client_event"_s);
        QCOMPARE(m_account->outbox->entries().constFirst().params.value(u"event_id"_s), made.eventId);
        QTRY_COMPARE(m_model->rowOfKey(moved.key), -1);
        QTRY_COMPARE(m_model->rowOfKey(made.key), -1);
        m_account->replayer->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 20000);
        QCOMPARE(eventsNoted(note), 0);
    }

    void aMoveWhoseDeleteFailsNeverCreatesAlone()
    {
        EventScheduling scheduling(m_account->outbox.get(), m_account->replayer.get());
        // GIVEN an event the server no longer has (cancelled elsewhere)
        CalendarEvent gone;
        gone.key = u"event:987654"_s;
        gone.eventId = u"987654"_s;
        gone.clientId = anyClient();
        gone.type = u"Appointment"_s;
        gone.userId = m_model->users().constFirst();
        gone.note = u"gone elsewhere"_s;
        gone.start = QDateTime(QDate::currentDate().addDays(1), QTime(9, 0));
        gone.end = gone.start.addSecs(3600);
        EventDraft to = EventDraft::fromEvent(gone);
        to.time = QTime(11, 0);
        to.endTime = QTime(12, 0);
        m_sandbox.clearRequestLog();
        const auto moved = scheduling.move(gone, to);
        QVERIFY(moved.accepted);
        // WHEN the delete fails, THEN the create waits behind it and the move shows as failed
        QSignalSpy failed(m_account->replayer.get(), &store::OutboxReplayer::entryFailed);
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE(m_model->eventByKey(moved.key).sync, models::SyncState::Failed);
        QVERIFY(m_model->eventByKey(moved.key).error.contains(u"No Record"_s, Qt::CaseInsensitive));
        QTest::qWait(200);
        QVERIFY(testsupport::requestsOf(m_sandbox, u"create_client_event"_s).isEmpty());
        // AND discarding the failed delete discards the whole move
        const QUuid deleteOp = m_account->outbox->entries().constFirst().opId;
        QVERIFY(m_account->replayer->discard(deleteOp));
        QVERIFY(m_account->outbox->isEmpty());
        QTRY_COMPARE(m_model->rowOfKey(moved.key), -1);
        QCOMPARE(eventsNoted(u"gone elsewhere"_s), 0);
    }

    void aCreateWhoseAnswerWasLostIsNotMadeTwice()
    {
        EventScheduling scheduling(m_account->outbox.get(), m_account->replayer.get());
        QVERIFY(store::CreateVerifier::forCall(u"create_client_event"_s));
        // GIVEN the server performs the create but the answer never arrives (once)
        m_sandbox.setFaultPlan({.answerLostRate = 1.0, .onlyCalls = {u"create_client_event"_s}});
        connect(&m_sandbox, &Sandbox::requestRecorded, this, [this]() {
            if (!m_sandbox.requestLog().isEmpty() && m_sandbox.requestLog().constLast().fault == u"answer-lost")
                m_sandbox.setFaultPlan({});
        });
        const QString note = u"Lost answer appointment"_s;
        const auto scheduled = scheduling.schedule(draftFor(m_model->users().constFirst(), note,
                                                            QDate::currentDate().addDays(3), QTime(12, 0)));
        QVERIFY(scheduled.accepted);
        // THEN the replay looks before it repeats, and the server has the event once
        QTRY_VERIFY_WITH_TIMEOUT(m_account->outbox->isEmpty(), 30000);
        QCOMPARE(eventsNoted(note), 1);
        disconnect(&m_sandbox, &Sandbox::requestRecorded, this, nullptr);
        QTRY_VERIFY(std::any_of(m_model->events().cbegin(), m_model->events().cend(),
                                [&](const CalendarEvent &e) { return e.note == note && !e.eventId.isEmpty(); }));
    }

    void findsAContactTheListDoesNotHoldOnTheServer()
    {
        // GIVEN a contacts model that has loaded nothing yet
        models::ContactsModel contacts;
        contacts.setAccount(&m_account->database, &m_account->client);
        models::ContactFinder finder(&contacts, &m_account->client);
        const QJsonObject target = m_sandbox.clients(Sandbox::demoWebKey()).at(250).toObject();
        const QString phone = target.value(u"phone"_s).toString();
        QVERIFY(finder.matches(phone).isEmpty());
        // WHEN the whole phone number is looked up, THEN the contact joins the model and matches
        QSignalSpy found(&finder, &models::ContactFinder::found);
        finder.searchServer(phone);
        QVERIFY(found.wait(10000));
        const auto matches = finder.matches(phone);
        QVERIFY(std::any_of(matches.cbegin(), matches.cend(), [&](const models::ContactFinder::Match &m) {
            return m.clientId == target.value(u"client_id"_s).toString() && m.label.contains(phone);
        }));
        QCOMPARE(finder.nameOf(target.value(u"client_id"_s).toString()),
                 target.value(u"firstName"_s).toString() + u' ' + target.value(u"lastName"_s).toString());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_account.reset();
    }
};

QTEST_MAIN(TestAppointmentsModel)
#include "tst_appointmentsmodel.moc"
