// SPDX-License-Identifier: MIT
// The Sales cycles area as a user works it, against the real sandbox: the list from the server
// and the cache, a new cycle refused at the field until it has a free name, then created, renamed,
// moved to the inactive path and deleted; a delete refused because contacts use the cycle (CT512)
// explained, with the contacts shown on request; a server validation issue at its field; a create
// whose answer was lost not repeated. Real session: ApiClient, SQLite, outbox, replayer.
#include "areas/pipelinearea.h"
#include "accountsession.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "demosession.h"
#include "mainwindow.h"
#include "namelookup.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "salescyclesview.h"
#include "sandbox.h"

#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::NameLookup;
using ct::models::SalesCyclesModel;
using ct::models::SyncState;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestSalesCycles : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestSalesCycles() : DemoSessionSuite({.databasePath = {}, .seed = 3, .contacts = 150}) {}

private:
    SalesCyclesModel *model() const { return m_session->area<PipelineArea>()->salesCycles(); }

    // The sandbox's own row of a cycle (empty when it has none by that name).
    QVariantMap serverCycle(const QString &name) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT sales_cycle_id, sales_cycle_active_status, sales_cycle_order, sales_cycle_contact_type"
                  " FROM sales_cycles WHERE sales_cycle_name = ?"_s);
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return {};
        return {{u"id"_s, q.value(0).toString()}, {u"active"_s, q.value(1).toString()},
                {u"order"_s, q.value(2).toString()}, {u"type"_s, q.value(3).toString()}};
    }
    int serverCount(const QString &name) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT COUNT(*) FROM sales_cycles WHERE sales_cycle_name = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    bool existsOnServer(const QString &id) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT 1 FROM sales_cycles WHERE sales_cycle_id = ?"_s);
        q.addBindValue(id);
        return q.exec() && q.next();
    }
    int stateOf(const QString &id) const
    {
        const int row = model()->rowOfId(id);
        return row < 0 ? -1 : model()->index(row, 0).data(ct::models::SyncStateRole).toInt();
    }
    template<typename T> T *find(const QString &name) const { return m_view->findChild<T *>(name); }
    void click(const QString &button) { QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton); }
    void typeName(const QString &name)
    {
        find<QLineEdit>(u"salesCycleName"_s)->clear();
        QTest::keyClicks(find<QLineEdit>(u"salesCycleName"_s), name);
    }
    void confirmDelete(int contactsInIt = 0)
    {
        click(u"deleteSalesCycle"_s);
        QTRY_VERIFY(m_view->openDialog());
        auto *box = qobject_cast<QMessageBox *>(m_view->openDialog());
        QVERIFY(box);
        // The contacts held here that are in the cycle are counted beforehand.
        if (contactsInIt > 0)
            QVERIFY2(box->text().contains(u"%1 contact"_s.arg(contactsInIt)), qPrintable(box->text()));
        else
            QVERIFY(!box->text().contains(u"loaded here"_s));
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    }
    QString idNamed(const QString &name) const
    {
        for (const auto &cycle : model()->cycles()) {
            if (cycle.name() == name)
                return cycle.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->replayer()->setBackoff(ct::store::Backoff(20, 200));
        // The model is checked through every load, edit and removal below.
        m_tester = std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model()->rowCount(), 0);   // a new account has nothing cached
        m_session->start();
        populateWindow(m_window, *m_session, {1200, 760});
        m_view = showArea<SalesCyclesView>(m_window, u"salesCycles"_s);
        QVERIFY(m_view);
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 8, 20000);
        // Every contact held, so "in use" can be counted here too.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->contacts()->isLoading(), 20000);
        m_session->contacts()->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), 30000);
    }

    void listsInPipelineOrderAndCaches()
    {
        // The table shows the active path first, by order.
        QTableView *table = m_view->table();
        QCOMPARE(table->model()->rowCount(), 8);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"New Lead"_s);
        QCOMPARE(table->model()->index(4, 0).data().toString(), u"Won"_s);
        QCOMPARE(table->model()->index(5, 0).data().toString(), u"Not Interested"_s);
        QCOMPARE(table->model()->index(5, SalesCyclesModel::PathColumn).data().toString(), tr("Inactive"));
        QCOMPARE(table->model()->index(0, SalesCyclesModel::ContactTypeColumn).data().toString(), u"Client"_s);
        // The read went into the cache: a second model over the same database lists them at once.
        SalesCyclesModel cached;
        QAbstractItemModelTester cachedTester(&cached, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cached.setSources(m_session->database(), nullptr);
        QCOMPARE(cached.rowCount(), 8);
        QCOMPARE(cached.cycles().front().name(), u"New Lead"_s);
    }

    void refusesANewCycleWithoutAFreeName()
    {
        click(u"newSalesCycle"_s);
        const int queued = int(m_session->outbox()->entries().size());
        // WHEN the user saves without a name THEN the reason shows at the name
        click(u"saveSalesCycle"_s);
        QVERIFY(!m_view->problemAt(u"sales_cycle_name"_s).isEmpty());
        // WHEN the name is one the account already has (in any case) THEN it says so
        typeName(u"contacted"_s);
        click(u"saveSalesCycle"_s);
        QVERIFY2(m_view->problemAt(u"sales_cycle_name"_s).contains(u"Contacted"_s),
                 qPrintable(m_view->problemAt(u"sales_cycle_name"_s)));
        QCOMPARE(int(m_session->outbox()->entries().size()), queued);
        QCOMPARE(model()->rowCount(), 8);
        // The server's answer codes map to the fields they concern.
        QCOMPARE(ct::models::SalesCycleEditing::explain(520, {}, {}).key, u"sales_cycle_name"_s);
        QCOMPARE(ct::models::SalesCycleEditing::explain(0, u"sales_cycle_order"_s, u"Validation Issue"_s).key,
                 u"sales_cycle_order"_s);
        QVERIFY(ct::models::SalesCycleEditing::explain(512, {}, {}).message.contains(tr("still in this sales cycle")));
    }

    void createsACycle()
    {
        click(u"newSalesCycle"_s);
        typeName(u"Site Visit"_s);
        find<QSpinBox>(u"salesCycleOrder"_s)->setValue(3);
        auto *type = find<QComboBox>(u"salesCycleContactType"_s);
        type->setCurrentIndex(type->findData(u"1"_s));
        click(u"saveSalesCycle"_s);
        QVERIFY2(m_view->problemAt(u"sales_cycle_name"_s).isEmpty(), qPrintable(m_view->problemAt(u"sales_cycle_name"_s)));
        // THEN it is listed at once, pending, and selected
        QCOMPARE(model()->rowCount(), 9);
        const QString localId = m_view->currentId();
        QVERIFY(ct::store::RecordKey::isLocal(localId));
        QCOMPARE(stateOf(localId), int(SyncState::Pending));
        // AND the server gets it with the four keys the call takes
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        const QVariantMap onServer = serverCycle(u"Site Visit"_s);
        QCOMPARE(onServer.value(u"active"_s).toString(), u"1"_s);
        QCOMPARE(onServer.value(u"order"_s).toString(), u"3"_s);
        QCOMPARE(onServer.value(u"type"_s).toString(), u"1"_s);
        QCOMPARE(lastRequest(m_sandbox, u"create_sales_cycle"_s).keys(),
                 (QStringList{u"sales_cycle_active_status"_s, u"sales_cycle_contact_type"_s, u"sales_cycle_name"_s,
                              u"sales_cycle_order"_s}));
        // The row took the server's id, stayed selected, and the contact screens know the name.
        const QString id = onServer.value(u"id"_s).toString();
        QTRY_COMPARE(m_view->currentId(), id);
        QCOMPARE(stateOf(id), int(SyncState::Confirmed));
        QTRY_COMPARE(m_session->contacts()->names()->name(NameLookup::SalesCycle, id.toUtf8()), u"Site Visit"_s);
        QTRY_COMPARE(model()->rowCount(), 9);   // the refresh after it brings no second row
    }

    void renamesAndMovesItToTheInactivePath()
    {
        const QString id = idNamed(u"Site Visit"_s);
        QVERIFY(m_view->selectCycle(id));
        QCOMPARE(find<QLineEdit>(u"salesCycleName"_s)->text(), u"Site Visit"_s);
        typeName(u"Site Visit Booked"_s);
        auto *path = find<QComboBox>(u"salesCyclePath"_s);
        path->setCurrentIndex(path->findData(u"0"_s));
        click(u"saveSalesCycle"_s);
        // The new name is everywhere at once, before the server answers.
        QCOMPARE(stateOf(id), int(SyncState::Pending));
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::SalesCycle, id.toUtf8()), u"Site Visit Booked"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(serverCycle(u"Site Visit Booked"_s).value(u"active"_s).toString(), u"0"_s);
        // Only what changed was sent.
        QCOMPARE(lastRequest(m_sandbox, u"update_sales_cycle_by_id"_s).keys(),
                 (QStringList{u"sales_cycle_active_status"_s, u"sales_cycle_id"_s, u"sales_cycle_name"_s}));
        QTRY_COMPARE(stateOf(id), int(SyncState::Confirmed));
        QCOMPARE(model()->index(model()->rowOfId(id), SalesCyclesModel::PathColumn).data().toString(), tr("Inactive"));
    }

    void deletesAnUnusedCycle()
    {
        const QString id = idNamed(u"Site Visit Booked"_s);
        QVERIFY(m_view->selectCycle(id));
        confirmDelete();
        // Struck out while it waits, then gone here, on the server and from the name lists.
        QVERIFY(model()->index(model()->rowOfId(id), 0).data(SalesCyclesModel::DeletingRole).toBool());
        QVERIFY(!find<QPushButton>(u"saveSalesCycle"_s)->isEnabled());
        QVERIFY(!m_session->area<PipelineArea>()->salesCycleEditing()->update(id, {{u"sales_cycle_order"_s, u"4"_s}}));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowOfId(id) < 0, 20000);
        QCOMPARE(serverCount(u"Site Visit Booked"_s), 0);
        QCOMPARE(lastRequest(m_sandbox, u"delete_sales_cycle_by_id"_s).value(u"sales_cycle_id"_s), id);
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::SalesCycle, id.toUtf8()), id);
        QVERIFY(!m_session->database()->cacheGet(u"sales_cycle"_s, id).has_value());
        QTRY_COMPARE(model()->rowCount(), 8);
    }

    void explainsADeleteRefusedWhileInUse()
    {
        const QString id = idNamed(u"Contacted"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_view->selectCycle(id));
        int inIt = 0;
        for (int row = 0; row < m_session->contacts()->storeSize(); ++row)
            inIt += m_session->contacts()->storedRecord(row).value(u"sales_cycle_id"_s).toString() == id;
        QVERIFY(inIt > 0);
        confirmDelete(inIt);
        // THEN the server refuses (CT512) and the editor says why, offering the contacts
        auto *bar = find<QWidget>(u"salesCycleInUseBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
        const int row = model()->rowOfId(id);
        QCOMPARE(model()->index(row, 0).data(SalesCyclesModel::ErrorCodeRole).toInt(), 512);
        QCOMPARE(model()->index(row, 0).data(ct::models::SyncStateRole).toInt(), int(SyncState::Failed));
        QVERIFY(!model()->index(row, 0).data(SalesCyclesModel::DeletingRole).toBool());
        QVERIFY(find<QLabel>(u"salesCycleInUseText"_s)->text().contains(u"Contacted"_s));
        QVERIFY(existsOnServer(id));

        // WHEN the user asks for the contacts THEN the Contacts area shows those in the cycle
        click(u"showSalesCycleContacts"_s);
        QCOMPARE(m_window.currentArea(), u"contacts"_s);
        ct::models::ContactsModel *contacts = m_session->contacts();
        QVERIFY(contacts->rowCount() > 0);
        for (int r = 0; r < contacts->rowCount(); ++r)
            QCOMPARE(contacts->record(r).value(u"sales_cycle_id"_s).toString(), id);
        auto *filter = m_window.findChild<ContactsView *>()->findChild<QComboBox *>(
                u"filter%1"_s.arg(int(ct::models::ContactsModel::Filter::SalesCycle)));
        QCOMPARE(filter->currentData().toString(), id);

        // WHEN the user keeps the cycle THEN the refused delete leaves the outbox
        m_window.showArea(u"salesCycles"_s);
        QVERIFY(m_view->selectCycle(id));
        QVERIFY(bar->isVisible());
        click(u"keepSalesCycle"_s);
        QTRY_VERIFY(m_session->outbox()->isEmpty());
        QTRY_COMPARE(stateOf(id), int(SyncState::Confirmed));
        QVERIFY(!bar->isVisible());
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::SalesCycle, id.toUtf8()), u"Contacted"_s);
        contacts->clearFilters();
    }

    void showsAServerValidationIssueAtItsField()
    {
        // An edit queued elsewhere (an older session) that the server refuses for a key.
        const QString id = idNamed(u"Won"_s);
        QVERIFY(m_session->outbox()->enqueue(u"update_sales_cycle_by_id"_s,
                                             {{u"sales_cycle_id"_s, id}, {u"sales_cycle_order"_s, u"fifth"_s}})
                        .accepted());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), int(SyncState::Failed), 20000);
        QVERIFY(m_view->selectCycle(id));
        QVERIFY2(!m_view->problemAt(u"sales_cycle_order"_s).isEmpty(), "the refusal shows at the order field");
        QVERIFY(m_view->problemAt(u"sales_cycle_name"_s).isEmpty());
        // WHEN the user corrects the value there and saves THEN the refused edit itself is sent
        // again (not queued behind the refusal) and the server takes it
        find<QSpinBox>(u"salesCycleOrder"_s)->setValue(7);
        click(u"saveSalesCycle"_s);
        QCOMPARE(int(m_session->outbox()->entries().size()), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(lastRequest(m_sandbox, u"update_sales_cycle_by_id"_s).value(u"sales_cycle_order"_s), u"7"_s);
        QVERIFY(m_view->problemAt(u"sales_cycle_order"_s).isEmpty());
        QTRY_COMPARE(stateOf(id), int(SyncState::Confirmed));
        QTRY_COMPARE(model()->cycleById(id)->order(), 7);
    }

    void doesNotRepeatACreateWhoseAnswerWasLost()
    {
        // The server makes the cycle but the answer never arrives, once.
        m_sandbox.setFaultPlan({.answerLostRate = 1.0, .onlyCalls = {u"create_sales_cycle"_s}});
        QMetaObject::Connection once = connect(&m_sandbox, &Sandbox::requestRecorded, this, [this] {
            const auto log = m_sandbox.requestLog();
            if (!log.isEmpty() && log.constLast().fault == u"answer-lost"_s)
                m_sandbox.setFaultPlan({});
        });
        const QString key = m_session->area<PipelineArea>()->salesCycleEditing()->create({{u"sales_cycle_name"_s, u"Follow-up Call"_s},
                                                                   {u"sales_cycle_active_status"_s, u"1"_s},
                                                                   {u"sales_cycle_order"_s, u"6"_s}});
        QVERIFY(!key.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 30000);
        disconnect(once);
        // THEN the replay looked before creating again: one cycle on the server, listed once.
        QCOMPARE(serverCount(u"Follow-up Call"_s), 1);
        QCOMPARE(requestsOf(m_sandbox, u"create_sales_cycle"_s, {{u"sales_cycle_name"_s, u"Follow-up Call"_s}}).size(), 1);
        const QString id = serverCycle(u"Follow-up Call"_s).value(u"id"_s).toString();
        QTRY_VERIFY(model()->rowOfId(id) >= 0);
        QVERIFY(model()->rowOfId(key) < 0);
    }

    void showsEditsQueuedInAnEarlierSession()
    {
        ct::models::SalesCycleEditing *editing = m_session->area<PipelineArea>()->salesCycleEditing();
        m_session->replayer()->setPaused(true);
        const QString created = editing->create({{u"sales_cycle_name"_s, u"Warm Lead"_s},
                                                 {u"sales_cycle_active_status"_s, u"1"_s},
                                                 {u"sales_cycle_order"_s, u"8"_s}});
        const QString won = idNamed(u"Won"_s);
        QVERIFY(editing->update(won, {{u"sales_cycle_name"_s, u"Closed Won"_s}}));
        const QString unused = idNamed(u"Follow-up Call"_s);
        QVERIFY(editing->remove(unused));

        // GIVEN a model started afresh over the same database and outbox (the next session)
        SalesCyclesModel again;
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::QtTest);
        again.setSources(m_session->database(), nullptr);
        again.trackOutbox(m_session->outbox(), nullptr);
        // THEN it shows the queued edits as they were made, pending
        QCOMPARE(again.rowCount(), model()->rowCount());
        QCOMPARE(again.cycleById(created)->name(), u"Warm Lead"_s);
        QCOMPARE(again.cycleById(created)->state, SyncState::Pending);
        QCOMPARE(again.cycleById(won)->name(), u"Closed Won"_s);
        QVERIFY(again.cycleById(unused)->deleting);
        // AND follows the outbox as it is sent: the new cycle takes the server's id, the
        // deleted one goes
        m_session->replayer()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        const QString id = serverCycle(u"Warm Lead"_s).value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(again.rowOfId(id) >= 0);
        QVERIFY(again.rowOfId(created) < 0);
        QCOMPARE(again.cycleById(won)->state, SyncState::Confirmed);
        // (by name: the sandbox's SQLite may give the new cycle the id the deleted one had)
        const auto named = [&again](const QString &name) {
            return std::count_if(again.cycles().begin(), again.cycles().end(),
                                 [&name](const auto &cycle) { return cycle.name() == name; });
        };
        QCOMPARE(named(u"Follow-up Call"_s), 0);
        QCOMPARE(named(u"Warm Lead"_s), 1);
        QTRY_COMPARE(model()->rowCount(), again.rowCount());
    }

    void deletingACycleNeverSentTakesBackItsCreate()
    {
        ct::models::SalesCycleEditing *editing = m_session->area<PipelineArea>()->salesCycleEditing();
        m_session->replayer()->setPaused(true);
        const int rows = model()->rowCount();
        const QString key = editing->create({{u"sales_cycle_name"_s, u"Cold Lead"_s},
                                             {u"sales_cycle_active_status"_s, u"0"_s},
                                             {u"sales_cycle_order"_s, u"9"_s}});
        QCOMPARE(model()->rowCount(), rows + 1);
        // WHEN it is deleted before the create went out THEN neither is sent
        QVERIFY(editing->remove(key));
        QCOMPARE(model()->rowCount(), rows);
        QVERIFY(m_session->outbox()->isEmpty());
        m_session->replayer()->setPaused(false);
        QTest::qWait(100);
        QCOMPARE(serverCount(u"Cold Lead"_s), 0);
    }

    void aRenameOverSomeoneElsesIsAConflict()
    {
        // GIVEN I rename a cycle while sending is paused ...
        const QString id = idNamed(u"New Lead"_s);
        QVERIFY(!id.isEmpty());
        m_session->replayer()->setPaused(true);
        QVERIFY(m_view->selectCycle(id));
        typeName(u"First Contact"_s);
        click(u"saveSalesCycle"_s);
        QCOMPARE(m_session->outbox()->counts().pending, 1);
        const int updatesBefore = int(requestsOf(m_sandbox, u"update_sales_cycle_by_id"_s, {{u"sales_cycle_id"_s, id}}).size());
        // ... and someone else renames it on the server before my edit goes out
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"UPDATE sales_cycles SET sales_cycle_name = 'Fresh Lead' WHERE sales_cycle_id = ?"_s);
        q.addBindValue(id);
        QVERIFY(q.exec());
        // WHEN sending resumes THEN my edit waits as a conflict with their name; theirs stands
        m_session->replayer()->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox()->counts().conflicts, 1, 20000);
        const ct::store::OutboxEntry entry = m_session->outbox()->entries().constFirst();
        QCOMPARE(entry.serverValues.value(u"sales_cycle_name"_s), u"Fresh Lead"_s);
        QCOMPARE(serverCycle(u"Fresh Lead"_s).value(u"id"_s).toString(), id);
        QCOMPARE(int(requestsOf(m_sandbox, u"update_sales_cycle_by_id"_s, {{u"sales_cycle_id"_s, id}}).size()), updatesBefore);
        QVERIFY(m_session->replayer()->discard(entry.opId));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        closeDemoSession(m_window, m_session);
    }

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    SalesCyclesView *m_view = nullptr;
};

QTEST_MAIN(TestSalesCycles)
#include "tst_salescycles.moc"
