// SPDX-License-Identifier: MIT
// The Calendar area as a user works it, against the real sandbox in a real session (ApiClient,
// SQLite, outbox, replayer): click an empty slot of the week view, fill the dialog and save
// (create_client_event with YYYY:MM:DD / HH:MM:SS values), drag the event to another day and
// time (delete, then create), open it and cancel it.
#include "accountsession.h"
#include "appointmentsmodel.h"
#include "calendarview.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contacteventstab.h"
#include "contactsview.h"
#include "demosession.h"
#include "eventdialog.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "sandbox.h"
#include "timegridview.h"

#include "api/normalizer.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using ct::models::AppointmentsModel;
using ct::models::CalendarEvent;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestCalendarView : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestCalendarView() : DemoSessionSuite({.databasePath = {}, .seed = 5, .contacts = 200}) {}

private:
    CalendarView *m_view = nullptr;
    AppointmentsModel *m_model = nullptr;
    QDate m_day;
    QTime m_slot;
    QString m_note = u"Walk-through with the painter"_s;
    QString m_eventId;

    QJsonObject contact() const { return m_sandbox.clients(Sandbox::demoWebKey()).at(11).toObject(); }

    QList<QVariantList> serverEventsNoted() const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT event_id, event_date, event_time, user_id, client_id FROM events WHERE event_note=?"_s);
        q.addBindValue(m_note);
        q.exec();
        QList<QVariantList> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString()});
        return rows;
    }

    // A half hour in working time with nothing of the user's in it.
    bool isFree(QDate day, QTime time) const
    {
        const QDateTime start(day, time), end = start.addSecs(30 * 60);
        for (const CalendarEvent &e : m_model->events()) {
            if (e.start < end && e.end > start && e.start.date() == day)
                return false;
        }
        return true;
    }

    void moveMouse(QWidget *w, QPoint pos)
    {
        QMouseEvent move(QEvent::MouseMove, pos, w->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }


private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->start();
        populateWindow(m_window, *m_session, {1300, 900});
        m_view = showArea<CalendarView>(m_window, u"calendar"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QVERIFY(m_view);
        // The model the view shows: the agenda's source.
        auto *proxy = qobject_cast<QAbstractProxyModel *>(m_view->agenda()->model());
        QVERIFY(proxy);
        m_model = qobject_cast<AppointmentsModel *>(proxy->sourceModel());
        QVERIFY(m_model);
        // The users arrive from read_user_list; the first who shows a calendar is chosen.
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->users().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->lastRefreshed().isValid(), 20000);
        // The contacts the dialog searches.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->contacts()->isLoading(), 30000);
    }

    void weekViewSaysWhereTheServerIsSilent()
    {
        m_view->setMode(CalendarView::Mode::Week);
        m_view->setDate(QDate::currentDate());
        // A week always reaches past today + 6 or before today unless it starts today.
        const bool allCovered = AppointmentsModel::isServerCovered(m_view->firstShownDay())
                                && AppointmentsModel::isServerCovered(m_view->firstShownDay().addDays(6));
        QCOMPARE(m_view->findChild<QLabel *>(u"calendarNotice"_s)->isVisible(), !allCovered);
        m_view->setDate(QDate::currentDate().addDays(21));
        QVERIFY(m_view->findChild<QLabel *>(u"calendarNotice"_s)->isVisible());
        QTest::mouseClick(m_view->findChild<QWidget *>(u"calendarToday"_s), Qt::LeftButton);
        QCOMPARE(m_view->date(), QDate::currentDate());
    }

    void clickingAnEmptySlotSchedulesThere()
    {
        // GIVEN the week view on tomorrow (inside the server's week), a free working slot
        m_day = QDate::currentDate().addDays(1);
        m_view->setDate(m_day);
        m_view->setMode(CalendarView::Mode::Week);
        m_slot = {};
        for (int half = 2 * 9; half < 2 * 17 && !m_slot.isValid(); ++half) {
            if (isFree(m_day, QTime(half / 2, half % 2 * 30)))
                m_slot = QTime(half / 2, half % 2 * 30);
        }
        QVERIFY(m_slot.isValid());
        TimeGridView *grid = m_view->grid();
        const QString user = m_model->users().constFirst();
        const QRect slot = grid->slotRect(m_day, m_slot, user);
        QVERIFY(slot.isValid());
        QVERIFY(grid->eventAt(slot.center()).isEmpty());

        // WHEN the user clicks it, THEN the dialog opens with that date, time and user
        QTest::mouseClick(grid->canvas(), Qt::LeftButton, {}, slot.center());
        QTRY_VERIFY(m_view->openDialog());
        EventDialog *dialog = m_view->openDialog();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QDateEdit *>(u"eventDate"_s)->date(), m_day);
        QCOMPARE(dialog->findChild<QTimeEdit *>(u"eventTime"_s)->time(), m_slot);
        QCOMPARE(dialog->findChild<QComboBox *>(u"eventUser"_s)->currentData().toString(), user);
        QCOMPARE(dialog->findChild<QComboBox *>(u"eventType"_s)->currentData().toString(), u"Appointment"_s);

        // WHEN it saves without a contact, THEN the contact field says so and nothing is queued
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"eventNote"_s), m_note);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveEvent"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"client_idError"_s)->isVisible());
        QVERIFY(m_session->outbox()->isEmpty());

        // WHEN the contact is found by typing its phone and the dialog saved
        m_sandbox.clearRequestLog();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"eventContact"_s), contact().value(u"phone"_s).toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveEvent"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        // THEN the event shows at once, pending, at that time
        QTRY_VERIFY(std::any_of(m_model->events().cbegin(), m_model->events().cend(), [&](const CalendarEvent &e) {
            return e.note == m_note && e.sync == ct::models::SyncState::Pending && e.start == QDateTime(m_day, m_slot);
        }));
        // AND create_client_event went with the API's date and time forms
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        const auto log = m_sandbox.requestLog();
        const auto create = std::find_if(log.cbegin(), log.cend(), [](const auto &r) { return r.call == u"create_client_event"_s; });
        QVERIFY(create != log.cend());
        QCOMPARE(create->params.value(u"event_date"_s), m_day.toString(u"yyyy:MM:dd"_s));
        QCOMPARE(create->params.value(u"event_time"_s), m_slot.toString(u"HH:mm:ss"_s));
        QCOMPARE(create->params.value(u"event_end_date"_s), m_day.toString(u"yyyy:MM:dd"_s));
        QCOMPARE(create->params.value(u"event_end_time"_s), m_slot.addSecs(3600).toString(u"HH:mm:ss"_s));
        QCOMPARE(create->params.value(u"event_type"_s), u"Appointment"_s);
        QCOMPARE(create->params.value(u"user_id"_s), user);
        QCOMPARE(create->params.value(u"client_id"_s), contact().value(u"client_id"_s).toString());
        QCOMPARE(create->params.value(u"event_note"_s), m_note);
        const auto rows = serverEventsNoted();
        QCOMPARE(rows.size(), 1);
        m_eventId = rows.constFirst().at(0).toString();
        // AND the calendar shows it confirmed under the server's id
        QTRY_COMPARE(m_model->eventByKey(u"event:"_s + m_eventId).sync, ct::models::SyncState::Confirmed);
    }

    void draggingMovesAsDeleteThenCreate()
    {
        QVERIFY(!m_eventId.isEmpty());
        TimeGridView *grid = m_view->grid();
        const QString key = u"event:"_s + m_eventId;
        QTRY_VERIFY(grid->eventRect(key).isValid());
        const QRect from = grid->eventRect(key);
        // To the next day at 14:00 (grabbing it 2 px below its top edge, as a user would).
        // The next day, or the one before when the week ends with m_day.
        const QDate next = m_day.addDays(1);
        const bool nextShown = next < m_view->firstShownDay().addDays(m_view->shownDays());
        const QDate toDay = nextShown ? next : m_day.addDays(-1);
        const QTime toTime(14, 0);
        const QRect target = grid->slotRect(toDay, toTime, m_model->users().constFirst());
        QVERIFY(target.isValid());
        const QPoint grab(from.center().x(), from.top() + 2);
        const QPoint drop(target.center().x(), target.top() + 2);
        m_session->replayer()->setPaused(true);
        m_sandbox.clearRequestLog();
        QTest::mousePress(grid->canvas(), Qt::LeftButton, {}, grab);
        moveMouse(grid->canvas(), grab + QPoint(0, 20));
        moveMouse(grid->canvas(), drop);
        QTest::mouseRelease(grid->canvas(), Qt::LeftButton, {}, drop);

        // THEN one pending event shows at the new time and the old one is gone from the view
        QTRY_COMPARE(m_model->rowOfKey(key), -1);
        const auto moving = std::find_if(m_model->events().cbegin(), m_model->events().cend(),
                                         [&](const CalendarEvent &e) { return e.note == m_note; });
        QVERIFY(moving != m_model->events().cend());
        QCOMPARE(moving->start, QDateTime(toDay, toTime));
        QCOMPARE(moving->sync, ct::models::SyncState::Pending);
        QCOMPARE(moving->movedFromId, m_eventId);
        QCOMPARE(std::count_if(m_model->events().cbegin(), m_model->events().cend(),
                               [&](const CalendarEvent &e) { return e.note == m_note; }), 1);
        const QRect landed = grid->eventRect(moving->key);
        QVERIFY(landed.top() <= drop.y() && landed.bottom() >= drop.y());

        // WHEN the queue is sent, THEN delete went before create and the server has one event there
        m_session->replayer()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(createsAndDeletes(m_sandbox), (QStringList{u"delete_client_event"_s, u"create_client_event"_s}));
        const auto rows = serverEventsNoted();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().at(1).toString(), toDay.toString(u"yyyy:MM:dd"_s));
        QCOMPARE(rows.constFirst().at(2).toString(), u"14:00:00"_s);
        // (SQLite may give the new event the old one's number: the row was deleted first.)
        m_eventId = rows.constFirst().at(0).toString();
        QTRY_COMPARE(m_model->eventByKey(u"event:"_s + m_eventId).sync, ct::models::SyncState::Confirmed);
    }

    void theContactsEventsTabListsIt()
    {
        auto *contacts = m_window.findChild<ContactsView *>();
        QVERIFY(contacts);
        const QString clientId = contact().value(u"client_id"_s).toString();
        m_window.showArea(u"contacts"_s);
        contacts->selectContact(clientId);
        auto *tab = m_window.findChild<ContactEventsTab *>();
        QVERIFY(tab);
        QTRY_VERIFY(tab->findChild<QPushButton *>(u"scheduleEvent"_s)->isEnabled());
        QTreeView *list = tab->list();
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 20000);
        bool found = false;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            found = found || list->model()->index(row, 0).data(ct::models::RecordKeyRole).toString() == u"event:"_s + m_eventId;
        QVERIFY(found);
        m_window.showArea(u"calendar"_s);
    }

    void openingAnEventCancelsIt()
    {
        TimeGridView *grid = m_view->grid();
        const QString key = u"event:"_s + m_eventId;
        QTRY_VERIFY(grid->eventRect(key).isValid());
        QTest::mouseClick(grid->canvas(), Qt::LeftButton, {}, grid->eventRect(key).center());
        QTRY_VERIFY(m_view->openDialog());
        EventDialog *dialog = m_view->openDialog();
        QVERIFY(dialog->isEditing());
        QCOMPARE(dialog->findChild<QTimeEdit *>(u"eventTime"_s)->time(), QTime(14, 0));
        m_sandbox.clearRequestLog();
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelEvent"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        QTRY_COMPARE(m_model->rowOfKey(key), -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(createsAndDeletes(m_sandbox), QStringList{u"delete_client_event"_s});
        QCOMPARE(serverEventsNoted().size(), 0);
    }

    void sideBySideSchedulesForTheColumnsUser()
    {
        // GIVEN a second user's calendar, shown side by side
        QAction *second = nullptr;
        for (QAction *action : m_view->findChildren<QAction *>()) {
            if (action->objectName().startsWith(u"calendarUser_"_s) && !action->isChecked() && !second)
                second = action;
        }
        QVERIFY(second);
        const QString other = second->data().toString();
        second->trigger();
        QTRY_COMPARE(m_model->users().size(), 2);
        QCOMPARE(m_model->users().at(1), other);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), 20000);
        QTest::mouseClick(m_view->findChild<QCheckBox *>(u"calendarSideBySide"_s), Qt::LeftButton);
        TimeGridView *grid = m_view->grid();
        QVERIFY(grid->isSideBySide());
        // Each user's events of the days shown are drawn, each in its user's column.
        QSet<QString> usersDrawn;
        for (const CalendarEvent &e : m_model->events()) {
            const qint64 day = grid->firstDay().daysTo(e.start.date());
            if (day < 0 || day >= grid->dayCount())
                continue;   // not a day the grid shows
            const QRect r = grid->eventRect(e.key);
            QVERIFY2(r.isValid(), qPrintable(u"event %1 is not drawn"_s.arg(e.key)));
            QVERIFY(grid->slotRect(e.start.date(), e.start.time(), e.userId).intersects(r));
            usersDrawn.insert(e.userId);
        }
        QCOMPARE(usersDrawn.size(), 2);
        // WHEN an empty slot in the second user's column is clicked, THEN the event is theirs
        QTime free;
        for (int hour = 5; hour < 8 && !free.isValid(); ++hour)
            free = isFree(m_day, QTime(hour, 0)) && isFree(m_day, QTime(hour, 30)) ? QTime(hour, 0) : QTime();
        QVERIFY(free.isValid());
        const QRect slot = grid->slotRect(m_day, free, other);
        QVERIFY(!slot.intersects(grid->slotRect(m_day, free, m_model->users().constFirst())));
        QTest::mouseClick(grid->canvas(), Qt::LeftButton, {}, slot.center());
        QTRY_VERIFY(m_view->openDialog());
        QCOMPARE(m_view->openDialog()->findChild<QComboBox *>(u"eventUser"_s)->currentData().toString(), other);
        QTest::mouseClick(m_view->openDialog()->findChild<QPushButton *>(u"closeEventDialog"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        // AND from the keyboard: down half an hour, Enter opens that slot for the same user
        QTest::keyClick(grid->canvas(), Qt::Key_Down);
        QTest::keyClick(grid->canvas(), Qt::Key_Return);
        QTRY_VERIFY(m_view->openDialog());
        QCOMPARE(m_view->openDialog()->findChild<QTimeEdit *>(u"eventTime"_s)->time(), free.addSecs(30 * 60));
        QCOMPARE(m_view->openDialog()->findChild<QComboBox *>(u"eventUser"_s)->currentData().toString(), other);
        QTest::mouseClick(m_view->openDialog()->findChild<QPushButton *>(u"closeEventDialog"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        QVERIFY(m_session->outbox()->isEmpty());
    }

    void cleanupTestCase()
    {
        m_window.close();
    }
};

QTEST_MAIN(TestCalendarView)
#include "tst_calendarview.moc"
