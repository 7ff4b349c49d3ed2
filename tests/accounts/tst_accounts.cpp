// SPDX-License-Identifier: MIT
// The Accounts area against the real sandbox on loopback with a real session: the enterprise
// (Multi-level) account with its sub-accounts as a tree, details and edit through the form
// (refusals at their fields, the server's CT515 shown), delete with a typed confirmation, and a
// standard account that is told why the area has nothing for it.
#include "areas/accountsarea.h"
#include "accountdialog.h"
#include "accountediting.h"
#include "accountsession.h"
#include "accountsmodel.h"
#include "accountsview.h"
#include "deleteaccountdialog.h"
#include "demosession.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "sandbox.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using ct::models::AccountsModel;
using ct::models::SyncState;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestAccounts : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestAccounts() : DemoSessionSuite({.databasePath = {}, .seed = 5, .contacts = 40}) {}

private:
    AccountsModel *accounts() { return m_session->area<AccountsArea>()->accounts(); }

    QJsonObject serverTree()
    {
        const ct::api::ApiResult r = callNow(ct::api::AccountsApi(m_session->api()).readList());
        return r.ok() && !r.rows.isEmpty() ? r.rows.first().toObject() : QJsonObject();
    }

    QJsonObject serverSub(const QString &id)
    {
        for (const QJsonValue &v : serverTree().value(u"SubAccounts"_s).toArray()) {
            if (jsonText(v.toObject(), u"account_id"_s) == id)
                return v.toObject();
        }
        return {};
    }

    QModelIndex sub(int row) { return accounts()->index(row, 0, accounts()->index(0, 0)); }

    AccountDialog *openEditForm(const QModelIndex &index)
    {
        m_view->tree()->setCurrentIndex(index);
        m_view->editAction()->trigger();
        return qobject_cast<AccountDialog *>(m_view->openDialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session, u"enterprise"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->replayer()->setBackoff(ct::store::Backoff{20, 200});
        m_session->start();
        populateWindow(m_window, *m_session, {1200, 760});
        m_tester = std::make_unique<QAbstractItemModelTester>(accounts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view = showArea<AccountsView>(m_window, u"accounts"_s);
        QVERIFY(m_view);
        QTRY_VERIFY_WITH_TIMEOUT(!accounts()->isLoading() && accounts()->rowCount() == 1, 20000);
    }

    void treeShowsTheAccountWithItsSubAccounts()
    {
        // GIVEN the server's account with its SubAccounts (read_account_list, read directly)
        const QJsonObject server = serverTree();
        const QJsonArray subs = server.value(u"SubAccounts"_s).toArray();
        QCOMPARE(subs.size(), Sandbox::demoSubAccountWebKeys().size());
        QCOMPARE(accounts()->availability(), AccountsModel::Availability::Available);
        const QModelIndex root = accounts()->index(0, 0);
        QCOMPARE(root.siblingAtColumn(AccountsModel::IdColumn).data().toString(), jsonText(server, u"account_id"_s));
        QCOMPARE(root.data().toString(), AccountsModel::displayName(server));
        QVERIFY(accounts()->isOwnAccount(root));
        QCOMPARE(accounts()->rowCount(root), int(subs.size()));
        for (int i = 0; i < subs.size(); ++i) {
            const QJsonObject o = subs.at(i).toObject();
            QCOMPARE(sub(i).parent(), root);
            QCOMPARE(sub(i).siblingAtColumn(AccountsModel::IdColumn).data().toString(), jsonText(o, u"account_id"_s));
            QCOMPARE(sub(i).siblingAtColumn(AccountsModel::EmailColumn).data().toString(), jsonText(o, u"account_email"_s));
            QCOMPARE(accounts()->rowCount(sub(i)), 0);
            QVERIFY(!accounts()->isOwnAccount(sub(i)));
        }
        // THEN the accountsTree shows them, opened
        QCOMPARE(m_view->tree()->objectName(), u"accountsTree"_s);
        QVERIFY(m_view->tree()->isExpanded(root));
        // The chosen account's details show below the tree
        m_view->tree()->setCurrentIndex(sub(0));
        QVERIFY(m_view->findChild<QLabel *>(u"accountDetails"_s)->text().contains(jsonText(subs.at(0).toObject(), u"account_email"_s)));
    }

    void webKeysNeverReachTheCache()
    {
        // A sub-account's web key is a credential: the cached tree must not hold any of them.
        const auto cached = m_session->database()->cacheGet(u"account"_s, u"tree"_s);
        QVERIFY(cached);
        const QByteArray json = QJsonDocument(cached->json).toJson();
        QVERIFY(json.contains("SubAccounts"));
        QVERIFY(!json.contains("account_web_key"));
        for (const QString &key : Sandbox::demoSubAccountWebKeys() + QStringList{Sandbox::demoWebKey()})
            QVERIFY(!json.contains(key.toUtf8()));
        // and a model opened offline on the same database shows the tree at once
        AccountsModel offline;
        QAbstractItemModelTester tester(&offline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        offline.setAccount(m_session->database(), nullptr);
        QCOMPARE(offline.rowCount(), 1);
        QCOMPARE(offline.rowCount(offline.index(0, 0)), accounts()->rowCount(accounts()->index(0, 0)));
    }

    void editASubAccountThroughTheForm()
    {
        const QString id = sub(0).siblingAtColumn(AccountsModel::IdColumn).data().toString();
        AccountDialog *dialog = openEditForm(sub(0));
        QVERIFY(dialog);
        // WHEN the email is not an address THEN the reason shows at the field and nothing is queued
        QLineEdit *email = dialog->field(u"account_email"_s);
        email->selectAll();
        QTest::keyClicks(email, u"front desk at example"_s);
        QLineEdit *returnPhone = dialog->field(u"account_return_phone"_s);
        returnPhone->selectAll();
        QTest::keyClicks(returnPhone, u"929-14"_s);
        const int queued = int(m_session->outbox()->entries().size());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccount"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"account_emailError"_s)->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(u"account_return_phoneError"_s)->isVisible());
        QCOMPARE(int(m_session->outbox()->entries().size()), queued);
        // WHEN the values are corrected (a phone written the way people write it)
        email->selectAll();
        QTest::keyClicks(email, u"frontdesk@example.com"_s);
        returnPhone->selectAll();
        QTest::keyClicks(returnPhone, u"(303) 929-1447"_s);
        QLineEdit *company = dialog->field(u"account_company_name"_s);
        company->selectAll();
        QTest::keyClicks(company, u"Front Range Roofing West"_s);
        m_session->replayer()->setPaused(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccount"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        // THEN the tree shows it at once, pending
        QModelIndex row = accounts()->indexOfAccount(id);
        QCOMPARE(row.data().toString(), u"Front Range Roofing West"_s);
        QCOMPARE(row.data(ct::models::SyncStateRole).toInt(), int(SyncState::Pending));
        // and once sent, the server has exactly what changed, the phone as ten digits
        m_session->replayer()->setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(lastRequest(m_sandbox, u"update_account_by_id"_s).keys(),
                 (QStringList{u"account_company_name"_s, u"account_email"_s, u"account_id"_s, u"account_return_phone"_s}));
        const QJsonObject server = serverSub(id);
        QCOMPARE(jsonText(server, u"account_return_phone"_s), u"3039291447"_s);
        QCOMPARE(jsonText(server, u"account_email"_s), u"frontdesk@example.com"_s);
        QTRY_COMPARE(accounts()->indexOfAccount(id).data(ct::models::SyncStateRole).toInt(), int(SyncState::Confirmed));
        QCOMPARE(accounts()->indexOfAccount(id).data().toString(), u"Front Range Roofing West"_s);
    }

    void anEditOfAnAccountTheServerNoLongerHasIsShown()
    {
        // GIVEN the second sub-account is removed on the server while an edit of it waits
        const QString id = sub(1).siblingAtColumn(AccountsModel::IdColumn).data().toString();
        AccountDialog *dialog = openEditForm(sub(1));
        QVERIFY(dialog);
        m_session->replayer()->setPaused(true);
        QLineEdit *owner = dialog->field(u"account_owner_name"_s);
        owner->selectAll();
        QTest::keyClicks(owner, u"Dana Whitfield"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccount"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        QVERIFY(callNow(ct::api::AccountsApi(m_session->api()).remove(id)).ok());
        // WHEN it is sent THEN the row says the server no longer has it (CT515), where the user looks
        m_session->replayer()->setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(accounts()->indexOfAccount(id).data(ct::models::SyncStateRole).toInt(),
                                  int(SyncState::Failed), 20000);
        QVERIFY(accounts()->indexOfAccount(id).data(ct::models::SyncErrorRole).toString().contains(u"CT515"_s));
        m_view->tree()->setCurrentIndex(accounts()->indexOfAccount(id));
        QVERIFY(m_view->findChild<QLabel *>(u"accountsStatus"_s)->isVisible());
        // WHEN the user discards the edit THEN the tree follows the server: the account is gone
        const auto entries = m_session->outbox()->entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(m_session->replayer()->discard(entries.first().opId));
        QTRY_VERIFY_WITH_TIMEOUT(!accounts()->indexOfAccount(id).isValid(), 10000);
        QCOMPARE(accounts()->rowCount(accounts()->index(0, 0)), 1);
    }

    void deleteASubAccountWithATypedConfirmation()
    {
        // The own account cannot be deleted
        m_view->tree()->setCurrentIndex(accounts()->index(0, 0));
        QVERIFY(!m_view->deleteAction()->isEnabled());
        // GIVEN the remaining sub-account chosen
        const QModelIndex target = sub(0);
        const QString id = target.siblingAtColumn(AccountsModel::IdColumn).data().toString();
        const QString name = target.data().toString();
        m_view->tree()->setCurrentIndex(target);
        QVERIFY(m_view->deleteAction()->isEnabled());
        m_view->deleteAction()->trigger();
        auto *dialog = qobject_cast<DeleteAccountDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        // WHEN the name is typed wrong THEN the delete button stays off
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->nameField(), name.left(name.size() - 1));
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->nameField(), u"x"_s);
        QVERIFY(!dialog->deleteButton()->isEnabled());
        // WHEN it is typed exactly THEN the delete goes, shown at once as pending
        dialog->nameField()->clear();
        QTest::keyClicks(dialog->nameField(), name);
        QVERIFY(dialog->deleteButton()->isEnabled());
        m_session->replayer()->setPaused(true);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_view->openDialog());
        QVERIFY(accounts()->isRemoved(accounts()->indexOfAccount(id)));
        QVERIFY(accounts()->indexOfAccount(id).data(Qt::FontRole).value<QFont>().strikeOut());
        m_session->replayer()->setPaused(false);
        // THEN the server no longer has it and neither does the tree
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(lastRequest(m_sandbox, u"delete_account_by_id"_s).value(u"account_id"_s), id);
        QVERIFY(serverTree().value(u"SubAccounts"_s).toArray().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!accounts()->indexOfAccount(id).isValid(), 10000);
        // An account cannot remove itself, even when asked without the view
        ct::models::AccountEditing editing(m_session->outbox(), m_session->replayer(), accounts());
        const QString own = accounts()->index(0, AccountsModel::IdColumn).data().toString();
        QVERIFY(!editing.deleteAccount(own, own));
        QCOMPARE(editing.errorKey(), u"account_id"_s);
        QVERIFY(m_session->outbox()->isEmpty());
    }

    void aStandardAccountIsToldWhyThereIsNothingHere()
    {
        // GIVEN a session of a standard (not Multi-level) key
        AccountSession standard(m_sandbox.baseUrl(),
                                ct::credentials::AccountCredentials{Sandbox::demoAccessToken(), Sandbox::demoStandardWebKey()},
                                m_dir.path() + u"/standard"_s);
        QVERIFY(standard.isReady());
        standard.start();
        MainWindow window;
        standard.populate(&window);
        QAbstractItemModelTester tester(standard.area<AccountsArea>()->accounts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(standard.area<AccountsArea>()->accounts(), &AccountsModel::loadFailed);
        window.showArea(u"accounts"_s);
        window.show();
        auto *view = window.findChild<AccountsView *>();
        QVERIFY(view);
        // THEN the area explains itself instead of showing an error or an empty tree
        QTRY_COMPARE_WITH_TIMEOUT(standard.area<AccountsArea>()->accounts()->availability(), AccountsModel::Availability::Unavailable, 20000);
        QVERIFY(view->unavailableLabel()->isVisible());
        QVERIFY(view->unavailableLabel()->text().contains(u"Multi-level"_s));
        QVERIFY(!view->tree()->isVisible());
        QVERIFY(!view->editAction()->isEnabled());
        QCOMPARE(standard.area<AccountsArea>()->accounts()->rowCount(), 0);
        QCOMPARE(failures.count(), 0);
        // and says so at once next time, offline, from what it learned
        AccountsModel offline;
        offline.setAccount(standard.database(), nullptr);
        QCOMPARE(offline.availability(), AccountsModel::Availability::Unavailable);
        QVERIFY(!offline.unavailableReason().isEmpty());
        window.clearAreas();
    }

    void accountValuesAreCheckedBeforeTheyAreQueued_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("phone as written") << u"account_return_text"_s << u"+1 303 929 1447"_s << u"3039291447"_s << true;
        QTest::newRow("phone too short") << u"account_return_phone"_s << u"929-1447"_s << u"9291447"_s << false;
        QTest::newRow("office phone too") << u"account_office_phone"_s << u"(303) 929-14"_s << u"30392914"_s << false;
        QTest::newRow("email") << u"account_email"_s << u" desk@example.com "_s << u"desk@example.com"_s << true;
        QTest::newRow("not an email") << u"account_email"_s << u"desk@"_s << u"desk@"_s << false;
        QTest::newRow("cleared") << u"account_phone"_s << u""_s << u""_s << true;
        QTest::newRow("company") << u"account_company_name"_s << u"  Peak Roofing "_s << u"Peak Roofing"_s << true;
    }

    void accountValuesAreCheckedBeforeTheyAreQueued()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(bool, accepted);
        const QString value = ct::models::AccountEditing::normalized(key, typed);
        QCOMPARE(value, sent);
        QCOMPARE(ct::models::AccountEditing::problemWith(key, value).isEmpty(), accepted);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        closeDemoSession(m_window, m_session);
    }

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    AccountsView *m_view = nullptr;
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
