// SPDX-License-Identifier: MIT
// The compose dialogs as a user works them, end to end against the sandbox in a real session
// (ApiClient, SQLite, outbox, replayer, window): email and text from the contact pane with
// problems shown at their fields, the live SMS count, a contact that opted out of texts, a text
// to several selected contacts, and "Call now".
#include "areas/messagingarea.h"
#include "accountsession.h"
#include "callnowdialog.h"
#include "composeemaildialog.h"
#include "composetextdialog.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "demosession.h"
#include "mainwindow.h"
#include "messageactions.h"
#include "sandbox.h"
#include "sendtimechooser.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

namespace {
constexpr int Generous = 20000;
}

class TestComposeDialogs : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestComposeDialogs() : DemoSessionSuite({{}, 5, 30}) {}

private:
    ContactsView *m_view = nullptr;
    MessageActions *m_actions = nullptr;
    QString m_optedOut;     // smsok = 0
    QString m_reachable;    // email and phone
    QString m_noEmail;      // no email address
    QStringList m_messages;

    ContactDetailPane *pane() const { return m_view->detail(); }

    QAction *paneAction(const QString &name) const
    {
        for (QAction *action : pane()->actionBar()->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

    template<typename T>
    T *findIn(QWidget *dialog, const QString &name) const
    {
        return dialog ? dialog->findChild<T *>(name) : nullptr;
    }

    bool sawMessage(const QString &part) const
    {
        return std::any_of(m_messages.cbegin(), m_messages.cend(), [&](const QString &m) { return m.contains(part); });
    }

    // Selects exactly these contacts in the list, as a user's clicks would; false when one of
    // them has no row.
    bool selectContacts(const QStringList &ids)
    {
        QTableView *table = m_view->table();
        auto *contacts = m_session->contacts();
        table->clearSelection();
        for (const QString &id : ids) {
            const int row = contacts->rowOfId(id);
            if (row < 0)
                return false;
            table->selectionModel()->select(contacts->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        return true;
    }

    // The contacts the server got a `call` for whose `key` was `value`: who a message really went to.
    QStringList sentTo(const QString &call, const QString &key, const QString &value) const
    {
        QStringList clients;
        for (const auto &request : requestsOf(m_sandbox, call)) {
            if (request.params.value(key) == value)
                clients.append(request.params.value(u"client_id"_s));
        }
        return clients;
    }

    void showContact(const QString &id)
    {
        pane()->showContact(id);
        QTRY_COMPARE(pane()->currentKey(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Preferences (the agent phone used last) in the test's own folder, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings().remove(u"calls"_s);
        // Opened, not started: nothing is read before the setup below has changed the server.
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray clients = m_sandbox.clients(Sandbox::demoWebKey());
        m_optedOut = clients.at(1).toObject().value(u"client_id"_s).toString();
        m_reachable = clients.at(2).toObject().value(u"client_id"_s).toString();
        m_noEmail = clients.at(3).toObject().value(u"client_id"_s).toString();
        QVERIFY(!clients.at(2).toObject().value(u"email"_s).toString().isEmpty());
        QVERIFY(!clients.at(2).toObject().value(u"phone"_s).toString().isEmpty());
        {
            // The contact opts out of texts, through the API as any other client would.
            ct::api::ApiClient setup;
            setup.setBaseUrl(m_sandbox.baseUrl());
            setup.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
            QVERIFY(ct::testsupport::callNow(setup.call(u"update_client_by_id"_s, {{u"client_id"_s, m_optedOut}, {u"smsok"_s, u"0"_s}})).ok());
            QVERIFY(ct::testsupport::callNow(setup.call(u"update_client_by_id"_s, {{u"client_id"_s, m_noEmail}, {u"email"_s, QString()}})).ok());
        }
        connect(m_session.get(), &AccountSession::message, this, [this](const QString &text) { m_messages.append(text); });
        m_session->start();
        populateWindow(m_window, *m_session, {1300, 800});
        m_view = showArea<ContactsView>(m_window, u"contacts"_s);
        QVERIFY(m_view);
        m_actions = m_window.findChild<MessageActions *>();
        QVERIFY(m_actions);
        m_session->contacts()->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), Generous);
        QCOMPARE(m_session->contacts()->recordById(m_optedOut).value(u"smsok"_s).toString(), u"0"_s);
        // The account's users (agents) arrive with the name lists.
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->database()->cacheAll(u"user"_s).isEmpty(), Generous);
    }

    void emailFromTheContactPane()
    {
        // GIVEN a contact on show
        showContact(m_reachable);
        QAction *compose = paneAction(u"composeEmail"_s);
        QVERIFY(compose);
        QVERIFY(compose->isEnabled());
        // WHEN the user opens the email dialog and sends it empty
        compose->trigger();
        auto *dialog = qobject_cast<ComposeEmailDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *send = findIn<QPushButton>(dialog, u"send"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        // THEN the problems show at their fields and nothing is queued
        QVERIFY(dialog->isVisible());
        QVERIFY(findIn<QLabel>(dialog, u"email_subjectError"_s)->isVisibleTo(dialog));
        QVERIFY(!findIn<QLabel>(dialog, u"email_subjectError"_s)->text().isEmpty());
        QVERIFY(findIn<QLabel>(dialog, u"email_bodyError"_s)->isVisibleTo(dialog));
        QVERIFY(m_session->outbox()->isEmpty());
        // WHEN a Cc is not an address
        QTest::keyClicks(findIn<QLineEdit>(dialog, u"emailSubject"_s), u"Your estimate"_s);
        auto *body = findIn<QPlainTextEdit>(dialog, u"emailBody"_s);
        QTest::keyClicks(body, u"Hello,"_s);
        QTest::keyClick(body, Qt::Key_Return);
        QTest::keyClicks(body, u"the estimate is attached."_s);
        QTest::keyClicks(findIn<QLineEdit>(dialog, u"emailCc"_s), u"boss at example.com"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!findIn<QLabel>(dialog, u"email_subjectError"_s)->isVisibleTo(dialog));
        QVERIFY(findIn<QLabel>(dialog, u"email_ccError"_s)->text().contains(u"boss at example.com"_s));
        // WHEN corrected and scheduled for next week at 10:15
        findIn<QLineEdit>(dialog, u"emailCc"_s)->clear();
        QTest::keyClicks(findIn<QLineEdit>(dialog, u"emailCc"_s), u"boss@example.com"_s);
        QTest::mouseClick(findIn<QRadioButton>(dialog, u"sendLater"_s), Qt::LeftButton);
        const QDateTime when(QDate::currentDate().addDays(7), QTime(10, 15));
        findIn<QDateTimeEdit>(dialog, u"sendAt"_s)->setDateTime(when);
        QTest::mouseClick(send, Qt::LeftButton);
        // THEN it is queued, confirmed and in the contact's history
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY(sawMessage(u"Email queued for 1 contact"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sawMessage(u"accepted by the server"_s), Generous);
        const auto sent = requestsOf(m_sandbox, u"create_manual_email"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().params.value(u"client_id"_s), m_reachable);
        QCOMPARE(sent.first().params.value(u"email_cc"_s), u"boss@example.com"_s);
        QCOMPARE(sent.first().params.value(u"email_date"_s), when.date().toString(u"yyyy:MM:dd"_s));
        QCOMPARE(sent.first().params.value(u"email_time"_s), u"10:15:00"_s);
        auto *history = pane()->findChild<QTableView *>(u"historyNotes"_s);
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(!history->model()->match(history->model()->index(0, 3), Qt::DisplayRole,
                                                          u"Your estimate"_s, 1, Qt::MatchContains).isEmpty()
                                 && !history->model()->match(history->model()->index(0, 2), Qt::DisplayRole,
                                                             u"email"_s, 1, Qt::MatchExactly).isEmpty(), Generous);
    }

    void textWithLiveSegmentCount()
    {
        showContact(m_reachable);
        paneAction(u"composeText"_s)->trigger();
        auto *dialog = qobject_cast<ComposeTextDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *body = findIn<QPlainTextEdit>(dialog, u"textBody"_s);
        auto *count = findIn<QLabel>(dialog, u"segmentCount"_s);
        QVERIFY(body->isEnabled());
        QVERIFY(!findIn<QLabel>(dialog, u"refusals"_s)->isVisibleTo(dialog));
        // Typing updates the count as the user goes.
        QTest::keyClicks(body, u"Running late"_s);
        QVERIFY2(count->text().contains(u"12 character"_s) && count->text().contains(u"1 SMS"_s)
                         && count->text().contains(u"GSM-7"_s) && count->text().contains(u"148 left"_s),
                 qPrintable(count->text()));
        body->setPlainText(QString(161, u'a'));
        QVERIFY2(count->text().contains(u"2 SMS"_s), qPrintable(count->text()));
        body->setPlainText(u"On my way 🙂"_s);
        QVERIFY2(count->text().contains(u"Unicode"_s) && count->text().contains(u"1 SMS"_s), qPrintable(count->text()));
        // Empty: the problem at the field.
        body->clear();
        QTest::mouseClick(findIn<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!findIn<QLabel>(dialog, u"text_bodyError"_s)->text().isEmpty());
        QTest::keyClicks(body, u"Running 10 minutes late, sorry!"_s);
        QTest::mouseClick(findIn<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), Generous);
        const auto sent = requestsOf(m_sandbox, u"create_manual_text"_s);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().params.value(u"text_body"_s), u"Running 10 minutes late, sorry!"_s);
        QVERIFY(!sent.first().params.contains(u"text_date"_s));   // now: the server's clock
        QTRY_VERIFY_WITH_TIMEOUT(sawMessage(u"Text to"_s), Generous);
    }

    void optedOutContactCannotBeTexted()
    {
        const int before = int(requestsOf(m_sandbox, u"create_manual_text"_s).size());
        showContact(m_optedOut);
        paneAction(u"composeText"_s)->trigger();
        auto *dialog = qobject_cast<ComposeTextDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        auto *refusals = findIn<QLabel>(dialog, u"refusals"_s);
        QVERIFY(refusals->isVisibleTo(dialog));
        QVERIFY2(refusals->text().contains(u"SMS OK is off"_s), qPrintable(refusals->text()));
        QVERIFY(!findIn<QPushButton>(dialog, u"send"_s)->isEnabled());
        QVERIFY(!findIn<QPlainTextEdit>(dialog, u"textBody"_s)->isEnabled());
        dialog->reject();
        QCOMPARE(int(requestsOf(m_sandbox, u"create_manual_text"_s).size()), before);
    }

    void textToSelectedContacts()
    {
        // GIVEN two selected contacts, one of whom opted out of texts
        QVERIFY(selectContacts({m_optedOut, m_reachable}));
        QCOMPARE(m_view->selectedKeys().size(), 2);
        auto *action = m_view->findChild<QAction *>(u"composeTextSelected"_s);
        if (!action)
            action = m_window.findChild<QAction *>(u"composeTextSelected"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = qobject_cast<ComposeTextDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        // THEN the one who cannot be texted is named with the reason before sending
        const QString optedOutName = m_session->area<MessagingArea>()->sending()->displayName(m_optedOut);
        auto *refusals = findIn<QLabel>(dialog, u"refusals"_s);
        QVERIFY(refusals->isVisibleTo(dialog));
        QVERIFY(refusals->text().contains(optedOutName));
        QVERIFY(findIn<QPushButton>(dialog, u"send"_s)->isEnabled());
        QTest::keyClicks(findIn<QPlainTextEdit>(dialog, u"textBody"_s), u"Open house on Saturday"_s);
        QTest::mouseClick(findIn<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        // AND after sending, the status says who was left out
        QVERIFY(sawMessage(u"Text queued for 1 contact"_s));
        QVERIFY(sawMessage(u"Not sent to: "_s + optedOutName));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), Generous);
        QCOMPARE(sentTo(u"create_manual_text"_s, u"text_body"_s, u"Open house on Saturday"_s), QStringList{m_reachable});
    }

    void emailToSelectedContacts()
    {
        // GIVEN two selected contacts, one without an email address
        QVERIFY(selectContacts({m_noEmail, m_reachable}));
        QCOMPARE(m_view->selectedKeys().size(), 2);
        auto *action = m_window.findChild<QAction *>(u"composeEmailSelected"_s);
        QVERIFY(action);
        action->trigger();
        auto *dialog = qobject_cast<ComposeEmailDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        // THEN the one without an address is named, unless the contacts are excluded anyway
        const QString noEmailName = m_session->area<MessagingArea>()->sending()->displayName(m_noEmail);
        auto *refusals = findIn<QLabel>(dialog, u"refusals"_s);
        QVERIFY(refusals->isVisibleTo(dialog));
        QVERIFY(refusals->text().contains(noEmailName));
        QTest::mouseClick(findIn<QCheckBox>(dialog, u"excludeContact"_s), Qt::LeftButton);
        QVERIFY(!refusals->isVisibleTo(dialog));
        QTest::mouseClick(findIn<QCheckBox>(dialog, u"excludeContact"_s), Qt::LeftButton);
        QVERIFY(refusals->isVisibleTo(dialog));
        QTest::keyClicks(findIn<QLineEdit>(dialog, u"emailSubject"_s), u"Spring newsletter"_s);
        QTest::keyClicks(findIn<QPlainTextEdit>(dialog, u"emailBody"_s), u"Our spring offers."_s);
        QTest::mouseClick(findIn<QPushButton>(dialog, u"send"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(sawMessage(u"Email queued for 1 contact"_s));
        QVERIFY(sawMessage(u"Not sent to: "_s + noEmailName));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), Generous);
        QCOMPARE(sentTo(u"create_manual_email"_s, u"email_subject"_s, u"Spring newsletter"_s), QStringList{m_reachable});
    }

    void callNow()
    {
        showContact(m_reachable);
        const QJsonObject contact = m_session->contacts()->recordById(m_reachable);
        paneAction(u"callNow"_s)->trigger();
        auto *dialog = qobject_cast<CallNowDialog *>(m_actions->openDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Filled in: an agent of the account, the contact's name and phone
        auto *agentPhone = findIn<QLineEdit>(dialog, u"agentPhone"_s);
        QCOMPARE(agentPhone->text().size(), 10);
        QCOMPARE(findIn<QLineEdit>(dialog, u"clientPhone"_s)->text(), contact.value(u"phone"_s).toString());
        QVERIFY(findIn<QLineEdit>(dialog, u"clientFullName"_s)->text().contains(contact.value(u"lastName"_s).toString()));
        // Nothing to say yet: refused at the field
        auto *call = findIn<QPushButton>(dialog, u"callNow"_s);
        QTest::mouseClick(call, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!findIn<QLabel>(dialog, u"sayError"_s)->text().isEmpty());
        // The agent uses another phone today, typed the way people write it
        agentPhone->clear();
        QTest::keyClicks(agentPhone, u"(303) 929-1447"_s);
        QTest::keyClicks(findIn<QPlainTextEdit>(dialog, u"say"_s), u"Asked about the roof quote."_s);
        QTest::mouseClick(call, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY(sawMessage(u"queued: the agent's phone rings"_s));
        QTRY_VERIFY_WITH_TIMEOUT(sawMessage(u"placed"_s), Generous);
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"SELECT agent_phone, client_phone, say FROM immediate_calls"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"3039291447"_s);
        QCOMPARE(q.value(1).toString(), contact.value(u"phone"_s).toString());
        QCOMPARE(q.value(2).toString(), u"Asked about the roof quote."_s);
        QVERIFY(!q.next());
        // Remembered for the next call
        paneAction(u"callNow"_s)->trigger();
        auto *again = qobject_cast<CallNowDialog *>(m_actions->openDialog());
        QCOMPARE(findIn<QLineEdit>(again, u"agentPhone"_s)->text(), u"3039291447"_s);
        again->reject();
    }

    void cleanupTestCase()
    {
        closeDemoSession(m_window, m_session);
    }
};

QTEST_MAIN(TestComposeDialogs)
#include "tst_composedialogs.moc"
