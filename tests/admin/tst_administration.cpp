// SPDX-License-Identifier: MIT
// The Administration area as an administrator works it, end to end against the sandbox: lead
// sources (create, rename in place, copy the web key, delete, CT512 while in use), tags (counts
// over the loaded contacts, create, CT520, validation) and users (create with a masked, confirmed
// password that never reaches disk, edit, CT520 at the username, delete). Real session: ApiClient,
// SQLite, outbox, replayer; every model under QAbstractItemModelTester throughout.
#include "areas/adminarea.h"
#include "accountsession.h"
#include "administrationview.h"
#include "contactsmodel.h"
#include "demosession.h"
#include "leadsourcespage.h"
#include "leadsourcesmodel.h"
#include "mainwindow.h"
#include "namelookup.h"
#include "accounttags.h"
#include "tagcountsmodel.h"
#include "tagspage.h"
#include "userdialog.h"
#include "usersmodel.h"
#include "userspage.h"
#include "sandbox.h"

#include "store/accountdatabase.h"
#include "store/createverifier.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::LeadSourcesModel;
using ct::models::NameLookup;
using ct::models::SyncState;
using ct::models::TagCountsModel;
using ct::models::UsersModel;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestAdministration : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestAdministration() : DemoSessionSuite({.databasePath = {}, .seed = 5, .contacts = 300}) {}

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->replayer()->setBackoff(ct::store::Backoff(50, 500));
        m_session->start();
        populateWindow(m_window, *m_session, {1200, 800});
        // Every model of the area is checked from its first load on.
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_session->area<AdminArea>()->leadSources()),
                                          static_cast<QAbstractItemModel *>(m_session->area<AdminArea>()->users()),
                                          static_cast<QAbstractItemModel *>(m_session->area<AdminArea>()->tagCounts())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_view = showArea<AdministrationView>(m_window, u"administration"_s);
        QVERIFY(m_view);
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"SELECT account_id FROM accounts WHERE account_web_key='%1'"_s.arg(Sandbox::demoWebKey())) && q.next());
        m_accountId = q.value(0).toLongLong();
    }

    // --- Lead sources ----------------------------------------------------------------------

    void leadSourcesListedWithTheirWebKeys()
    {
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        const int onServer = scalar(u"SELECT COUNT(*) FROM lead_sources WHERE account_id=%1"_s.arg(m_accountId)).toInt();
        QVERIFY(onServer > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), onServer, 10000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->idAt(row);
            QCOMPARE(model->webKeyAt(row), scalar(u"SELECT lead_source_web_key FROM lead_sources WHERE lead_source_id=%1"_s.arg(id)).toString());
            QCOMPARE(model->stateAt(row), SyncState::Confirmed);
        }
        // The cache holds the list: a second model on the same database shows it before any read.
        LeadSourcesModel cached;
        QAbstractItemModelTester tester(&cached, QAbstractItemModelTester::FailureReportingMode::QtTest);
        cached.setSources(m_session->database(), nullptr, m_session->outbox(), nullptr);
        QCOMPARE(cached.rowCount(), onServer);
    }

    void createALeadSourceAndCopyItsWebKey()
    {
        m_view->tabs()->setCurrentWidget(m_view->leadSourcesPage());
        LeadSourcesPage *page = m_view->leadSourcesPage();
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        // Bad input: no name, shown at the field; nothing queued
        QTest::mouseClick(page->findChild<QPushButton *>(u"addLeadSource"_s), Qt::LeftButton);
        auto *error = page->findChild<QLabel *>(u"newLeadSourceNameError"_s);
        QVERIFY(!error->isHidden());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(m_session->outbox()->isEmpty());

        // WHEN the administrator types a name and adds it
        m_leadSourceName = u"Home show %1"_s.arg(QCoreApplication::applicationPid());
        QTest::keyClicks(page->findChild<QLineEdit *>(u"newLeadSourceName"_s), m_leadSourceName);
        QTest::mouseClick(page->findChild<QPushButton *>(u"addLeadSource"_s), Qt::LeftButton);
        // THEN it shows at once, pending, and the error is gone
        QVERIFY(error->isHidden());
        int row = rowNamed(model, m_leadSourceName);
        QVERIFY(row >= 0);
        QCOMPARE(model->stateAt(row), SyncState::Pending);
        QVERIFY(!m_session->outbox()->isEmpty());
        // and once the server has it, the row carries the generated web key
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->webKeyAt(rowNamed(model, m_leadSourceName)).isEmpty(), 20000);
        row = rowNamed(model, m_leadSourceName);
        m_leadSourceId = model->idAt(row);
        QCOMPARE(model->stateAt(row), SyncState::Confirmed);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM lead_sources WHERE lead_source_name='%1'"_s.arg(m_leadSourceName)).toInt(), 1);
        const QString webKey = scalar(u"SELECT lead_source_web_key FROM lead_sources WHERE lead_source_id=%1"_s.arg(m_leadSourceId)).toString();
        QCOMPARE(model->webKeyAt(row), webKey);
        // The contact editor's choices know it
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::LeadSource, m_leadSourceId.toUtf8()), m_leadSourceName);

        // WHEN the administrator copies the web key, THEN the clipboard has it
        QVERIFY(page->selectKey(model->keyAt(row)));
        auto *copy = page->findChild<QPushButton *>(u"copyWebKey"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), webKey);
    }

    void renameALeadSourceInPlace()
    {
        LeadSourcesPage *page = m_view->leadSourcesPage();
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        const QString key = u"lead_source:"_s + m_leadSourceId;
        QVERIFY(page->selectKey(key));
        QTest::mouseClick(page->findChild<QPushButton *>(u"renameLeadSource"_s), Qt::LeftButton);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = page->table()->viewport()->findChild<QLineEdit *>()) != nullptr);
        // An empty name is refused and said so
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        auto *message = page->findChild<QLabel *>(u"leadSourcesMessage"_s);
        QTRY_VERIFY(!message->isHidden());
        QCOMPARE(model->recordAt(model->rowOfKey(key)).value(u"lead_source_name"_s).toString(), m_leadSourceName);
        QTRY_VERIFY(!page->table()->viewport()->findChild<QLineEdit *>());   // the closed editor is gone

        m_leadSourceName += u" (spring)"_s;
        QTest::mouseClick(page->findChild<QPushButton *>(u"renameLeadSource"_s), Qt::LeftButton);
        QTRY_VERIFY((editor = page->table()->viewport()->findChild<QLineEdit *>()) != nullptr);
        editor->selectAll();
        QTest::keyClicks(editor, m_leadSourceName);
        QTest::keyClick(editor, Qt::Key_Return);   // the delegate commits on the next event loop pass
        // THEN the new name shows at once (pending) and reaches the server
        QTRY_COMPARE(model->recordAt(model->rowOfKey(key)).value(u"lead_source_name"_s).toString(), m_leadSourceName);
        QVERIFY(message->isHidden());
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::LeadSource, m_leadSourceId.toUtf8()), m_leadSourceName);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(scalar(u"SELECT lead_source_name FROM lead_sources WHERE lead_source_id=%1"_s.arg(m_leadSourceId)).toString(),
                 m_leadSourceName);
        QTRY_COMPARE(model->stateAt(model->rowOfKey(key)), SyncState::Confirmed);
    }

    void deletingALeadSourceInUseIsRefusedWithCT512()
    {
        LeadSourcesPage *page = m_view->leadSourcesPage();
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        const QString usedId = scalar(u"SELECT lead_source_id FROM clients WHERE account_id=%1 AND lead_source_id IS NOT NULL"
                                      " LIMIT 1"_s.arg(m_accountId)).toString();
        QVERIFY(!usedId.isEmpty());
        const QString key = u"lead_source:"_s + usedId;
        QVERIFY(page->selectKey(key));
        clickDeleteAndConfirm(page, u"deleteLeadSource"_s, [page] { return page->openDialog(); });
        QVERIFY(model->isRemovalPending(model->rowOfKey(key)));
        // THEN the server refuses, the row stays with the reason, and nothing is left queued
        QTRY_COMPARE_WITH_TIMEOUT(model->stateAt(model->rowOfKey(key)), SyncState::Failed, 20000);
        QVERIFY(!model->isRemovalPending(model->rowOfKey(key)));
        QVERIFY(model->index(model->rowOfKey(key), 0).data(ct::models::SyncErrorRole).toString().contains(u"used by contacts"_s));
        auto *message = page->findChild<QLabel *>(u"leadSourcesMessage"_s);
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(u"used by contacts"_s));
        QTRY_VERIFY(m_session->outbox()->isEmpty());
        QVERIFY(scalar(u"SELECT 1 FROM lead_sources WHERE lead_source_id=%1"_s.arg(usedId)).isValid());
    }

    void deleteAnUnusedLeadSource()
    {
        LeadSourcesPage *page = m_view->leadSourcesPage();
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        const QString key = u"lead_source:"_s + m_leadSourceId;
        QVERIFY(page->selectKey(key));
        // Cancel keeps it
        QTest::mouseClick(page->findChild<QPushButton *>(u"deleteLeadSource"_s), Qt::LeftButton);
        auto *box = qobject_cast<QMessageBox *>(page->openDialog());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(m_session->outbox()->isEmpty());
        // Yes deletes it
        QVERIFY(page->selectKey(key));
        clickDeleteAndConfirm(page, u"deleteLeadSource"_s, [page] { return page->openDialog(); });
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, 20000);
        QVERIFY(!scalar(u"SELECT 1 FROM lead_sources WHERE lead_source_id=%1"_s.arg(m_leadSourceId)).isValid());
        QVERIFY(!namesOffer(NameLookup::LeadSource, m_leadSourceId));
    }

    void aLeadSourceCreateWhoseAnswerIsLostIsNotMadeTwice()
    {
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        const QString name = u"Radio ad %1"_s.arg(QCoreApplication::applicationPid());
        QVERIFY(ct::store::CreateVerifier::forCall(u"create_lead_source"_s));
        // GIVEN the server performs the create but its answer never arrives
        m_sandbox.setFaultPlan({.answerLostRate = 1.0, .onlyCalls = {u"create_lead_source"_s}, .seed = 3});
        QVERIFY(!model->create(name).isEmpty());
        // THEN the replay looks before sending again (every create would be lost, so a blind
        // resend would never empty the outbox), and the server has exactly one
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        m_sandbox.setFaultPlan({});
        const auto log = m_sandbox.requestLog();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const auto &r) {
            return r.call == u"create_lead_source"_s && r.fault == u"answer-lost"_s;
        }));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM lead_sources WHERE lead_source_name='%1'"_s.arg(name)).toInt(), 1);
        QCOMPARE(countRequests(u"create_lead_source"_s, name), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!model->webKeyAt(rowNamed(model, name)).isEmpty(), 20000);
    }

    void queuedEditsShowInAModelOpenedLater()
    {
        // GIVEN edits waiting in the journal (sending paused, as when offline)
        LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        m_session->replayer()->setPaused(true);
        const QString name = u"Trade fair %1"_s.arg(QCoreApplication::applicationPid());
        const QString localKey = model->create(name);
        QVERIFY(!localKey.isEmpty());
        const QString renamedKey = model->keyAt(0);
        const QString renamed = model->recordAt(0).value(u"lead_source_name"_s).toString() + u" (old)"_s;
        QVERIFY(model->rename(renamedKey, renamed));
        // WHEN a model is opened on the same database and journal (a restart), THEN it shows them pending
        LeadSourcesModel reopened;
        QAbstractItemModelTester tester(&reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
        reopened.setSources(m_session->database(), nullptr, m_session->outbox(), nullptr);
        QCOMPARE(reopened.stateAt(reopened.rowOfKey(localKey)), SyncState::Pending);
        QCOMPARE(reopened.recordAt(reopened.rowOfKey(localKey)).value(u"lead_source_name"_s).toString(), name);
        QCOMPARE(reopened.recordAt(reopened.rowOfKey(renamedKey)).value(u"lead_source_name"_s).toString(), renamed);
        QCOMPARE(reopened.stateAt(reopened.rowOfKey(renamedKey)), SyncState::Pending);
        m_session->replayer()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QTRY_COMPARE(model->stateAt(model->rowOfKey(renamedKey)), SyncState::Confirmed);
        QVERIFY(model->rowOfKey(localKey) < 0);   // now under its server id
        QTRY_VERIFY(rowNamed(model, name) >= 0 && model->stateAt(rowNamed(model, name)) == SyncState::Confirmed);
    }

    // --- Tags ------------------------------------------------------------------------------

    void tagCountsSayWhenNotAllContactsAreLoaded()
    {
        m_view->tabs()->setCurrentWidget(m_view->tagsPage());
        TagsPage *page = m_view->tagsPage();
        TagCountsModel *model = m_session->area<AdminArea>()->tagCounts();
        m_session->accountTags()->refresh();
        auto *coverage = page->findChild<QLabel *>(u"tagCountsCoverage"_s);
        auto *loadAll = page->findChild<QPushButton *>(u"loadAllContacts"_s);
        QVERIFY(!m_session->contacts()->isFullyLoaded());
        QVERIFY(loadAll->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(loadAll->isEnabled(), 20000);   // a first page may be on its way
        QVERIFY2(coverage->text().contains(u"only"_s), qPrintable(coverage->text()));
        // WHEN the administrator loads every contact
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!loadAll->isVisible(), 10000);
        QTRY_VERIFY(coverage->text().contains(u"all"_s));
        // THEN each tag's count is the number of the account's contacts carrying it
        QHash<QString, int> expected;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            QSet<QString> seen;
            for (const QString &t : v.toObject().value(u"tag"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                if (!seen.contains(t.trimmed().toCaseFolded()))
                    ++expected[t.trimmed().toCaseFolded()];
                seen.insert(t.trimmed().toCaseFolded());
            }
        }
        QVERIFY(!expected.isEmpty());
        QTRY_VERIFY(model->rowCount() >= int(expected.size()));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QTRY_COMPARE(model->countOf(it.key()), it.value());
        QCOMPARE(model->contactsCounted(), int(m_sandbox.clients(Sandbox::demoWebKey()).size()));
    }

    void createATagAndSeeItsCountFollowTheContacts()
    {
        TagsPage *page = m_view->tagsPage();
        TagCountsModel *model = m_session->area<AdminArea>()->tagCounts();
        auto *field = page->findChild<QLineEdit *>(u"newTagName"_s);
        auto *error = page->findChild<QLabel *>(u"newTagNameError"_s);
        // Validation at the field: a comma, and a tag the account has
        QTest::keyClicks(field, u"Pool, spa"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"addTag"_s), Qt::LeftButton);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"comma"_s));
        field->clear();
        QTest::keyClicks(field, model->tagAt(0).toUpper());
        QTest::mouseClick(page->findChild<QPushButton *>(u"addTag"_s), Qt::LeftButton);
        QVERIFY(error->text().contains(u"already"_s));
        QVERIFY(m_session->outbox()->isEmpty());

        // WHEN a new tag is added, THEN it shows pending with no contacts, then reaches the server
        const QString tag = u"Solar lead %1"_s.arg(QCoreApplication::applicationPid());
        field->clear();
        QTest::keyClicks(field, tag);
        QTest::mouseClick(page->findChild<QPushButton *>(u"addTag"_s), Qt::LeftButton);
        QVERIFY(error->isHidden());
        QVERIFY(model->rowOfTag(tag) >= 0);
        QCOMPARE(model->index(model->rowOfTag(tag), 0).data(ct::models::SyncStateRole).toInt(), int(SyncState::Pending));
        QCOMPARE(model->countOf(tag), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QTRY_COMPARE(model->index(model->rowOfTag(tag), 0).data(ct::models::SyncStateRole).toInt(), int(SyncState::Confirmed));
        QVERIFY(scalar(u"SELECT 1 FROM tags WHERE account_id=%1 AND tag_value='%2'"_s.arg(m_accountId).arg(tag)).isValid());
        // and a contact tagged with it counts
        const QString clientId = m_session->contacts()->idAt(0);
        QJsonObject changed{{u"tag"_s, tag}};
        QVERIFY(m_session->contacts()->applyLocalEdit(clientId, changed));
        QTRY_COMPARE(model->countOf(tag), 1);
        // With the tab hidden nothing is counted; shown again, the counts catch up
        m_view->tabs()->setCurrentWidget(m_view->usersPage());
        QVERIFY(!model->isWatching());
        QVERIFY(m_session->contacts()->applyLocalEdit(m_session->contacts()->idAt(1), changed));
        m_view->tabs()->setCurrentWidget(page);
        QVERIFY(model->isWatching());
        QTRY_COMPARE(model->countOf(tag), 2);
    }

    void aTagTheServerAlreadyHasIsReportedAsCT520()
    {
        TagsPage *page = m_view->tagsPage();
        TagCountsModel *model = m_session->area<AdminArea>()->tagCounts();
        // GIVEN someone else added a tag the console has not read yet
        const QString tag = u"Referral %1"_s.arg(QCoreApplication::applicationPid());
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"INSERT INTO tags (account_id, tag_value) VALUES (%1, '%2')"_s.arg(m_accountId).arg(tag)));
        // WHEN the administrator adds it too (in another case)
        auto *field = page->findChild<QLineEdit *>(u"newTagName"_s);
        field->clear();
        QTest::keyClicks(field, tag.toLower());
        QTest::mouseClick(page->findChild<QPushButton *>(u"addTag"_s), Qt::LeftButton);
        // THEN the server's CT520 is said plainly, nothing stays queued, and the server's tag shows
        auto *message = page->findChild<QLabel *>(u"tagsMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!message->isHidden(), 20000);
        QVERIFY(message->text().contains(u"already has the tag"_s));
        QTRY_VERIFY(m_session->outbox()->isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->accountTags()->tags().contains(tag), 20000);
        QTRY_VERIFY(model->rowOfTag(tag) >= 0);
        QTRY_COMPARE(model->index(model->rowOfTag(tag), 0).data(ct::models::SyncStateRole).toInt(), int(SyncState::Confirmed));
    }

    // --- Users -----------------------------------------------------------------------------

    void usersListedWithoutPasswords()
    {
        UsersModel *model = m_session->area<AdminArea>()->users();
        const int onServer = scalar(u"SELECT COUNT(*) FROM users WHERE account_id=%1"_s.arg(m_accountId)).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), onServer, 10000);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->recordAt(row).contains(u"user_password"_s));
    }

    void createAUserWithAConfirmedPasswordThatNeverReachesDisk()
    {
        m_view->tabs()->setCurrentWidget(m_view->usersPage());
        UsersPage *page = m_view->usersPage();
        UsersModel *model = m_session->area<AdminArea>()->users();
        QTest::mouseClick(page->findChild<QPushButton *>(u"newUser"_s), Qt::LeftButton);
        auto *dialog = qobject_cast<UserDialog *>(page->openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isNewUser());
        auto *password = dialog->findChild<QLineEdit *>(u"user_password"_s);
        auto *confirm = dialog->findChild<QLineEdit *>(u"user_password_confirm"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(confirm->echoMode(), QLineEdit::Password);

        // Bad input: each problem at its field
        type(dialog, u"user_first_name"_s, u"Margaret"_s);
        type(dialog, u"user_last_name"_s, u"Hamilton"_s);
        type(dialog, u"user_email"_s, u"margaret@apollo"_s);
        type(dialog, u"user_phone"_s, u"303 929"_s);
        const QString takenElsewhere = scalar(u"SELECT user_username FROM users WHERE account_id<>%1 LIMIT 1"_s.arg(m_accountId)).toString();
        QVERIFY(!takenElsewhere.isEmpty());
        type(dialog, u"user_username"_s, takenElsewhere);
        m_password = u"Ap0llo-%1-Secret"_s.arg(QCoreApplication::applicationPid());
        QTest::keyClicks(password, m_password);
        QTest::keyClicks(confirm, m_password + u"x"_s);
        const int requestsBefore = countRequests(u"create_user"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        QVERIFY(!dialog->problemAt(u"user_email"_s).isEmpty());
        QVERIFY(!dialog->problemAt(u"user_phone"_s).isEmpty());
        QVERIFY(!dialog->problemAt(u"user_password_confirm"_s).isEmpty());
        QVERIFY(dialog->problemAt(u"user_first_name"_s).isEmpty());
        QCOMPARE(countRequests(u"create_user"_s), requestsBefore);

        // WHEN the form is right but the username is taken in another account: CT520 at the field
        retype(dialog, u"user_email"_s, u"margaret@apollo.example.com"_s);
        retype(dialog, u"user_phone"_s, u"(303) 929-1447"_s);
        confirm->clear();
        QTest::keyClicks(confirm, m_password);
        dialog->findChild<QComboBox *>(u"user_type"_s)->setCurrentIndex(1);   // Admin
        dialog->findChild<QCheckBox *>(u"user_show_calendar"_s)->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->problemAt(u"user_username"_s).isEmpty(), 20000);
        QVERIFY(dialog->problemAt(u"user_username"_s).contains(u"taken"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->firstProblemKey(), u"user_username"_s);

        // WHEN a free username is chosen, THEN the user is created and the dialog closes
        m_username = u"mhamilton%1"_s.arg(QCoreApplication::applicationPid());
        retype(dialog, u"user_username"_s, m_username);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        QPointer<UserDialog> watched(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 20000);
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"SELECT user_id, user_type, user_phone, user_show_calendar, user_password FROM users"
                       " WHERE user_username='%1'"_s.arg(m_username)) && q.next());
        m_userId = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), u"Admin"_s);
        QCOMPARE(q.value(2).toString(), u"3039291447"_s);
        QCOMPARE(q.value(3).toString(), u"1"_s);
        QCOMPARE(q.value(4).toString(), m_password);   // the server got it
        const int row = model->rowOfKey(u"user:"_s + m_userId);
        QVERIFY(row >= 0);
        QCOMPARE(model->stateAt(row), SyncState::Confirmed);
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::User, m_userId.toUtf8()), u"Margaret Hamilton"_s);

        // THEN no file of the account (database, journal, WAL) holds the password
        QVERIFY(m_session->outbox()->isEmpty());
        QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int looked = 0;
        bool usernameSeen = false;   // the control: what is cached (the user's row) is found by this scan
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++looked;
            usernameSeen = usernameSeen || bytes.contains(m_username.toUtf8());
            QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(m_password.utf16()), m_password.size() * 2)),
                     qPrintable(file.fileName()));
        }
        QVERIFY(looked > 0);
        QVERIFY(usernameSeen);
        QVERIFY(QFileInfo(m_session->database()->filePath()).size() > 0);
        // and the outbox refuses to journal one at all
        const auto refused = m_session->outbox()->enqueue(u"create_user"_s, {{u"user_username"_s, u"x"_s},
                                                                            {u"user_password"_s, m_password}});
        QVERIFY(!refused.accepted());
        QVERIFY(m_session->outbox()->isEmpty());
        // nor lets a correction of a queued edit add one
        m_session->replayer()->setPaused(true);
        const auto queued = m_session->outbox()->enqueue(u"update_user_by_id"_s, {{u"user_id"_s, m_userId},
                                                                                 {u"user_last_name"_s, u"Hamilton"_s}});
        QVERIFY(queued.accepted());
        QVERIFY(!m_session->outbox()->edit(queued.opId, {{u"user_id"_s, m_userId}, {u"user_password"_s, m_password}}));
        QVERIFY(m_session->outbox()->discard(queued.opId));
        m_session->replayer()->setPaused(false);
        QVERIFY(m_session->outbox()->isEmpty());
    }

    void editAUserAndCorrectAUsernameTheServerRefused()
    {
        UsersPage *page = m_view->usersPage();
        UsersModel *model = m_session->area<AdminArea>()->users();
        const QString key = u"user:"_s + m_userId;
        QVERIFY(page->selectKey(key));
        QTest::mouseClick(page->findChild<QPushButton *>(u"editUser"_s), Qt::LeftButton);
        auto *dialog = qobject_cast<UserDialog *>(page->openDialog());
        QVERIFY(dialog && !dialog->isNewUser());
        // The type and the password are fixed once the user exists
        QVERIFY(!dialog->findChild<QComboBox *>(u"user_type"_s)->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit *>(u"user_password"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"user_username"_s)->text(), m_username);
        // WHEN the first name changes and the username becomes one taken elsewhere
        retype(dialog, u"user_first_name"_s, u"Maggie"_s);
        const QString takenElsewhere = scalar(u"SELECT user_username FROM users WHERE account_id<>%1 LIMIT 1"_s.arg(m_accountId)).toString();
        retype(dialog, u"user_username"_s, takenElsewhere);
        QPointer<UserDialog> closing(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        QTRY_VERIFY(closing.isNull() || !closing->isVisible());
        // THEN it shows at once, then the server's CT520 marks the row and the page says so
        QCOMPARE(UsersModel::fullName(model->recordAt(model->rowOfKey(key))), u"Maggie Hamilton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->stateAt(model->rowOfKey(key)), SyncState::Failed, 20000);
        QVERIFY(!page->findChild<QLabel *>(u"usersMessage"_s)->isHidden());
        QCOMPARE(scalar(u"SELECT user_first_name FROM users WHERE user_id=%1"_s.arg(m_userId)).toString(), u"Margaret"_s);

        // WHEN the user is edited again, THEN the refusal is at the username field; a free one fixes it
        QVERIFY(page->selectKey(key));
        QTest::mouseClick(page->findChild<QPushButton *>(u"editUser"_s), Qt::LeftButton);
        dialog = qobject_cast<UserDialog *>(page->openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->problemAt(u"user_username"_s).contains(u"taken"_s));
        m_username += u"b"_s;
        retype(dialog, u"user_username"_s, m_username);
        closing = dialog;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        QTRY_VERIFY(closing.isNull() || !closing->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(scalar(u"SELECT user_first_name FROM users WHERE user_id=%1"_s.arg(m_userId)).toString(), u"Maggie"_s);
        QCOMPARE(scalar(u"SELECT user_username FROM users WHERE user_id=%1"_s.arg(m_userId)).toString(), m_username);
        QTRY_COMPARE(model->stateAt(model->rowOfKey(key)), SyncState::Confirmed);
        QCOMPARE(m_session->contacts()->names()->name(NameLookup::User, m_userId.toUtf8()), u"Maggie Hamilton"_s);
        // Nothing the update sent carried a type or a password
        for (const auto &r : m_sandbox.requestLog()) {
            if (r.call == u"update_user_by_id"_s)
                QVERIFY(!r.params.contains(u"user_type"_s) && !r.params.contains(u"user_password"_s));
        }
    }

    void deleteAUserAfterConfirming()
    {
        UsersPage *page = m_view->usersPage();
        UsersModel *model = m_session->area<AdminArea>()->users();
        const QString key = u"user:"_s + m_userId;
        QVERIFY(page->selectKey(key));
        clickDeleteAndConfirm(page, u"deleteUser"_s, [page] { return page->openDialog(); });
        QVERIFY(model->isRemovalPending(model->rowOfKey(key)));
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, 20000);
        QVERIFY(!scalar(u"SELECT 1 FROM users WHERE user_id=%1"_s.arg(m_userId)).isValid());
        QVERIFY(!namesOffer(NameLookup::User, m_userId));
    }

    void aUserCreateWhoseAnswerIsLostIsLookedUpNotResent()
    {
        UsersModel *model = m_session->area<AdminArea>()->users();
        const QString username = u"kjohnson%1"_s.arg(QCoreApplication::applicationPid());
        const ct::api::ApiParams fields{{u"user_first_name"_s, u"Katherine"_s}, {u"user_last_name"_s, u"Johnson"_s},
                                        {u"user_email"_s, u"kj@nasa.example.com"_s}, {u"user_phone"_s, u"7575550100"_s},
                                        {u"user_username"_s, username}, {u"user_type"_s, u"Standard"_s},
                                        {u"user_show_calendar"_s, u"0"_s}, {u"user_password"_s, u"Langley-1961"_s}};
        QSignalSpy finished(model, &UsersModel::createFinished);

        // GIVEN the connection drops before the server acts: the list is read, nothing was made
        m_sandbox.setFaultPlan({.dropRate = 1.0, .onlyCalls = {u"create_user"_s}, .seed = 4});
        QVERIFY2(model->createUser(fields), qPrintable(model->errorString()));
        QVERIFY(model->isCreating());
        QVERIFY(!model->createUser(fields));   // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(2).toString().contains(u"nothing was created"_s));
        QVERIFY(!scalar(u"SELECT 1 FROM users WHERE user_username='%1'"_s.arg(username)).isValid());
        const auto log = m_sandbox.requestLog();
        QVERIFY(std::none_of(log.cbegin(), log.cend(), [&](const auto &r) {
            return r.call == u"create_user"_s && r.params.value(u"user_username"_s) == username && r.fault.isEmpty();
        }));

        // GIVEN the server creates the user but the answer is lost: found by the list, not sent again
        m_sandbox.setFaultPlan({.answerLostRate = 1.0, .onlyCalls = {u"create_user"_s}, .seed = 4});
        const int sentBefore = countRequests(u"create_user"_s);
        QVERIFY(model->createUser(fields));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        m_sandbox.setFaultPlan({});
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        const QString id = finished.at(1).at(1).toString();
        QCOMPARE(scalar(u"SELECT user_id FROM users WHERE user_username='%1'"_s.arg(username)).toString(), id);
        QCOMPARE(countRequests(u"create_user"_s), sentBefore + 1);
        QCOMPARE(model->stateAt(model->rowOfKey(u"user:"_s + id)), SyncState::Confirmed);
        QVERIFY(model->removeUser(u"user:"_s + id));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
    }

    void modelsResetWhenTheAccountIsSetAgain()
    {
        // The testers watch a reset too: the same sources again, rows from the cache at once.
        LeadSourcesModel *leadSources = m_session->area<AdminArea>()->leadSources();
        const int before = leadSources->rowCount();
        leadSources->setSources(m_session->database(), m_session->api(), m_session->outbox(), m_session->replayer());
        QCOMPARE(leadSources->rowCount(), before);
        UsersModel *users = m_session->area<AdminArea>()->users();
        const int usersBefore = users->rowCount();
        users->setSources(m_session->database(), m_session->api(), m_session->outbox(), m_session->replayer());
        QCOMPARE(users->rowCount(), usersBefore);
        leadSources->refresh();
        QSignalSpy loaded(leadSources, &LeadSourcesModel::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(leadSources->rowCount(), before);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        closeDemoSession(m_window, m_session);
    }

private:
    // Whether the contact editor still offers `id` among its names of `kind` (the lists follow
    // the area's edits).
    bool namesOffer(NameLookup::Kind kind, const QString &id) const
    {
        const auto entries = m_session->contacts()->names()->entries(kind);
        return std::any_of(entries.cbegin(), entries.cend(), [&id](const auto &e) { return e.first == id; });
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_sandbox.database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    int countRequests(const QString &call, const QString &name = {}) const
    {
        const ct::api::ApiParams having = name.isEmpty() ? ct::api::ApiParams{} : ct::api::ApiParams{{u"lead_source_name"_s, name}};
        return int(requestsOf(m_sandbox, call, having).size());
    }

    static int rowNamed(LeadSourcesModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->recordAt(row).value(u"lead_source_name"_s).toString() == name)
                return row;
        }
        return -1;
    }

    static void type(QWidget *dialog, const QString &field, const QString &text)
    {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(field), text);
    }

    static void retype(QWidget *dialog, const QString &field, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    template<typename Page, typename OpenDialog>
    static void clickDeleteAndConfirm(Page *page, const QString &button, OpenDialog openDialog)
    {
        QTest::mouseClick(page->template findChild<QPushButton *>(button), Qt::LeftButton);
        auto *box = qobject_cast<QMessageBox *>(openDialog());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    }

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    AdministrationView *m_view = nullptr;
    qint64 m_accountId = 0;
    QString m_leadSourceName;
    QString m_leadSourceId;
    QString m_username;
    QString m_userId;
    QString m_password;
};

QTEST_MAIN(TestAdministration)
#include "tst_administration.moc"
