// SPDX-License-Identifier: MIT
// The Pipeline board against the real sandbox: one column per active sales cycle in order with
// the account's contacts as cards; a card dropped on another column (a real drop event on the
// column's list, carrying the board's own mime data) queues update_client_by_id with the new
// sales_cycle_id, moves at once marked pending, and the server agrees afterwards. Columns follow
// the sales cycles editor (create, rename, inactive path). Real session: ApiClient, SQLite,
// outbox, replayer.
#include "areas/pipelinearea.h"
#include "accountsession.h"
#include "contactediting.h"
#include "contactsmodel.h"
#include "demosession.h"
#include "accounttags.h"
#include "mainwindow.h"
#include "pipelinemodel.h"
#include "pipelineview.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "sandbox.h"

#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::PipelineModel;
using ct::models::SyncState;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestPipeline : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestPipeline() : DemoSessionSuite({.databasePath = {}, .seed = 5, .contacts = 160}) {}

private:
    PipelineModel *board() const { return m_session->area<PipelineArea>()->board(); }

    QJsonObject serverClient(const QString &id) const
    {
        for (const QJsonValue &value : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (value.toObject().value(u"client_id"_s).toString() == id)
                return value.toObject();
        }
        return {};
    }
    QString stageIdAt(int row) const { return board()->index(row, 0).data(PipelineModel::SalesCycleIdRole).toString(); }
    QString stageOfCard(const QString &clientId) const
    {
        return board()->cardIndex(clientId).data(PipelineModel::SalesCycleIdRole).toString();
    }
    // What a drag from the board carries, dropped on a column's list as the window system would
    // deliver it: enter, move, drop, at a point below the cards.
    bool dropOn(QListView *list, QMimeData *mime)
    {
        QWidget *viewport = list->viewport();
        const QPointF at(viewport->width() / 2.0, viewport->height() - 4.0);
        QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->replayer()->setBackoff(ct::store::Backoff(20, 200));
        // The board is checked while its stages come, its cards load page by page and move.
        m_tester = std::make_unique<QAbstractItemModelTester>(board(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_session->start();
        populateWindow(m_window, *m_session, {1400, 800});
        m_view = showArea<PipelineView>(m_window, u"pipeline"_s);
        QVERIFY(m_view);
        QTRY_COMPARE_WITH_TIMEOUT(board()->stageCount(), 5, 20000);
        // The board says how much is loaded and offers the rest.
        auto *loadAll = m_view->findChild<QPushButton *>(u"pipelineLoadAll"_s);
        QVERIFY(loadAll->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(loadAll->isEnabled(), 20000);   // not while a page is on its way
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), 60000);
        QTRY_VERIFY(!loadAll->isVisible());
        QTRY_VERIFY(m_view->findChild<QLabel *>(u"pipelineCounts"_s)->text().contains(u"All"_s));
    }

    void showsActiveStagesInOrderWithTheirContacts()
    {
        QStringList names;
        for (int row = 0; row < board()->stageCount(); ++row)
            names.append(board()->index(row, 0).data().toString());
        QCOMPARE(names, (QStringList{u"New Lead"_s, u"Contacted"_s, u"Appointment Set"_s, u"Estimate Sent"_s, u"Won"_s}));
        QCOMPARE(m_view->stageLists().size(), 5);
        // Every client-type contact is a card on its cycle's column, or counted off the board.
        int clients = 0;
        for (const QJsonValue &value : m_sandbox.clients(Sandbox::demoWebKey())) {
            const QString type = value.toObject().value(u"contact_type"_s).toString();
            clients += type.isEmpty() || type == u"1"_s;
        }
        QTRY_COMPARE(board()->contactsHeld(), clients);   // the board catches up with the last page
        clients = 0;
        int onBoard = 0;
        for (const QJsonValue &value : m_sandbox.clients(Sandbox::demoWebKey())) {
            const QJsonObject client = value.toObject();
            const QString type = client.value(u"contact_type"_s).toString();
            if (!type.isEmpty() && type != u"1"_s)
                continue;
            ++clients;
            const QString id = client.value(u"client_id"_s).toString();
            if (board()->stageIndex(client.value(u"sales_cycle_id"_s).toString()).isValid()) {
                ++onBoard;
                QCOMPARE(stageOfCard(id), client.value(u"sales_cycle_id"_s).toString());
            } else {
                QVERIFY(!board()->cardIndex(id).isValid());
            }
        }
        QTRY_COMPARE(board()->contactsHeld(), clients);
        int cards = 0;
        for (int row = 0; row < board()->stageCount(); ++row)
            cards += board()->rowCount(board()->index(row, 0));
        QCOMPARE(cards, onBoard);
        QCOMPARE(board()->contactsOffBoard(), clients - onBoard);
        QVERIFY(onBoard > 10);
    }

    void draggingACardQueuesTheMoveAndTheServerAgrees()
    {
        const QString from = stageIdAt(0);
        const QString to = stageIdAt(2);
        QListView *source = m_view->stageList(from);
        QListView *target = m_view->stageList(to);
        QVERIFY(source && target);
        QVERIFY(board()->rowCount(source->rootIndex()) > 0);
        const QModelIndex card = board()->index(0, 0, source->rootIndex());
        const QString id = card.data(PipelineModel::ClientIdRole).toString();
        const int targetCards = board()->rowCount(target->rootIndex());

        // WHEN the card is dragged from its column and dropped on another
        m_session->replayer()->setPaused(true);
        std::unique_ptr<QMimeData> mime(board()->mimeData({card}));
        QVERIFY(mime && mime->hasFormat(PipelineModel::mimeType));
        QVERIFY(dropOn(target, mime.get()));

        // THEN it moves at once, marked pending, and the outbox holds exactly that update
        QCOMPARE(stageOfCard(id), to);
        QCOMPARE(board()->rowCount(target->rootIndex()), targetCards + 1);
        QCOMPARE(board()->cardIndex(id).row(), 0);   // on top, where the user looks
        QCOMPARE(board()->cardIndex(id).data(ct::models::SyncStateRole).toInt(), int(SyncState::Pending));
        QVERIFY(board()->cardIndex(id).data().toString().contains(tr("Waiting for the server")));
        const auto &entries = m_session->outbox()->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().callName, u"update_client_by_id"_s);
        QCOMPARE(entries.constFirst().params,
                 (ct::api::ApiParams{{u"client_id"_s, id}, {u"sales_cycle_id"_s, to}}));
        QCOMPARE(entries.constFirst().baseValues.value(u"sales_cycle_id"_s), from);

        // AND once sent, the server has the contact in the new cycle and the mark goes
        m_session->replayer()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(serverClient(id).value(u"sales_cycle_id"_s).toString(), to);
        QTRY_COMPARE(board()->cardIndex(id).data(ct::models::SyncStateRole).toInt(), int(SyncState::Confirmed));
        QCOMPARE(stageOfCard(id), to);
    }

    void droppingSeveralCardsMovesEach()
    {
        const QString to = stageIdAt(4);
        const QModelIndex stage = board()->index(1, 0);
        QVERIFY(board()->rowCount(stage) >= 2);
        const QModelIndexList cards = {board()->index(0, 0, stage), board()->index(1, 0, stage)};
        const QStringList ids = {cards[0].data(PipelineModel::ClientIdRole).toString(),
                                 cards[1].data(PipelineModel::ClientIdRole).toString()};
        std::unique_ptr<QMimeData> mime(board()->mimeData(cards));
        // The model's own drop path, as QAbstractItemView calls it for a drop on a card.
        const QModelIndex onCard = board()->index(0, 0, board()->stageIndex(to));
        QVERIFY(board()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, onCard.isValid() ? onCard : board()->stageIndex(to)));
        QVERIFY(board()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, onCard.isValid() ? onCard : board()->stageIndex(to)));
        QCOMPARE(stageOfCard(ids[0]), to);
        QCOMPARE(stageOfCard(ids[1]), to);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(serverClient(ids[0]).value(u"sales_cycle_id"_s).toString(), to);
        QCOMPARE(serverClient(ids[1]).value(u"sales_cycle_id"_s).toString(), to);
    }

    void movesSelectedCardsFromTheMenu()
    {
        // The keyboard's way: select a card, "Move to" another stage.
        QListView *list = m_view->stageLists().at(3);
        const QModelIndex card = board()->index(0, 0, list->rootIndex());
        const QString id = card.data(PipelineModel::ClientIdRole).toString();
        list->setFocus();
        list->selectionModel()->setCurrentIndex(card, QItemSelectionModel::ClearAndSelect);
        const QString to = stageIdAt(1);
        std::unique_ptr<QMenu> menu(m_view->moveMenu(list));
        QCOMPARE(menu->actions().size(), 4);   // every other stage
        QAction *move = menu->findChild<QAction *>(u"moveToStage%1"_s.arg(to));
        QVERIFY(move);
        move->trigger();
        QCOMPARE(stageOfCard(id), to);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(serverClient(id).value(u"sales_cycle_id"_s).toString(), to);
        // Activating a card opens the contact.
        QSignalSpy activated(m_view, &PipelineView::contactActivated);
        Q_EMIT m_view->stageList(to)->activated(board()->cardIndex(id));
        QCOMPARE(activated.value(0).value(0).toString(), id);
    }

    void catchesUpWhenShownAgain()
    {
        // GIVEN the board is not on screen, WHEN a contact moves elsewhere (its editor)
        const QModelIndex stage = board()->index(0, 0);
        const QString id = board()->index(0, 0, stage).data(PipelineModel::ClientIdRole).toString();
        const QString from = stageIdAt(0);
        const QString to = stageIdAt(3);
        m_window.showArea(u"contacts"_s);
        QVERIFY(!board()->isLive());
        QVERIFY(m_session->contactEditing()->saveChanges(id, {{u"sales_cycle_id"_s, to}}, {{u"sales_cycle_id"_s, from}}));
        QTest::qWait(250);
        QCOMPARE(stageOfCard(id), from);   // a hidden board does not walk the contacts
        // THEN showing it puts the card where the contact now is
        m_window.showArea(u"pipeline"_s);
        QVERIFY(board()->isLive());
        QCOMPARE(stageOfCard(id), to);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
    }

    void refusesWhatIsNotACard()
    {
        QMimeData text;
        text.setText(u"Some text"_s);
        const QModelIndex stage = board()->index(0, 0);
        QVERIFY(!board()->canDropMimeData(&text, Qt::MoveAction, -1, -1, stage));
        QVERIFY(!board()->dropMimeData(&text, Qt::MoveAction, -1, -1, stage));
        QVERIFY(!dropOn(m_view->stageLists().constFirst(), &text));
        // Dropping a card on the column it is in sends nothing.
        const QModelIndex card = board()->index(0, 0, stage);
        std::unique_ptr<QMimeData> mime(board()->mimeData({card}));
        QVERIFY(board()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, stage));
        QVERIFY(m_session->outbox()->isEmpty());
    }

    void columnsFollowTheSalesCycles()
    {
        ct::models::SalesCycleEditing *editing = m_session->area<PipelineArea>()->salesCycleEditing();
        // A new active cycle becomes a column once the server has made it.
        const QString key = editing->create({{u"sales_cycle_name"_s, u"Contract Signed"_s},
                                             {u"sales_cycle_active_status"_s, u"1"_s},
                                             {u"sales_cycle_order"_s, u"6"_s}});
        QVERIFY(!key.isEmpty());
        QCOMPARE(board()->stageCount(), 5);   // no column for a cycle the server has not made
        QTRY_COMPARE_WITH_TIMEOUT(board()->stageCount(), 6, 20000);
        QCOMPARE(board()->index(5, 0).data().toString(), u"Contract Signed"_s);
        const QString id = stageIdAt(5);
        QTRY_VERIFY(m_view->stageList(id));
        // A rename shows on the column at once; the column stays.
        QListView *list = m_view->stageList(id);
        QVERIFY(editing->update(id, {{u"sales_cycle_name"_s, u"Signed"_s}}));
        QCOMPARE(board()->index(5, 0).data().toString(), u"Signed"_s);
        QCOMPARE(m_view->stageList(id), list);
        QVERIFY(m_view->findChild<QLabel *>(u"pipelineTitle%1"_s.arg(id))->text().startsWith(u"Signed"_s));
        // Moved to the inactive path, it leaves the board.
        QVERIFY(editing->update(id, {{u"sales_cycle_active_status"_s, u"0"_s}}));
        QCOMPARE(board()->stageCount(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
    }

    void showsTheStagesOfAContactType()
    {
        auto *type = m_view->findChild<QComboBox *>(u"pipelineContactType"_s);
        type->setCurrentIndex(type->findData(u"2"_s));
        Q_EMIT type->activated(type->currentIndex());
        // The demo has no Employee stages.
        QCOMPARE(board()->stageCount(), 0);
        QVERIFY(m_view->findChild<QLabel *>(u"pipelineEmpty"_s));
        type->setCurrentIndex(type->findData(u"1"_s));
        Q_EMIT type->activated(type->currentIndex());
        QCOMPARE(board()->stageCount(), 5);
        QTRY_VERIFY(board()->rowCount(board()->index(0, 0)) > 0);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        closeDemoSession(m_window, m_session);
    }

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    PipelineView *m_view = nullptr;
};

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
