// SPDX-License-Identifier: MIT
// The accounts tree and the action plans (tree models that cache a list) against the real
// sandbox on loopback and the account's real SQLite cache, when the server's list does not add
// up: a row without its id or an id listed twice may hide any cached row, so nothing cached is
// removed and the model says what was skipped; a list that adds up still removes what the server
// deleted.
#include "accountsmodel.h"
#include "actionplansmodel.h"
#include "listanswerfixture.h"
#include "serverfieldtext.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::AccountsModel;
using ct::models::ActionPlansModel;
using ct::models::serverFieldText;
using namespace ct::testsupport;

class TestTreeListAnswers : public QObject
{
    Q_OBJECT

private:
    ListAnswerFixture f{{.databasePath = {}, .seed = 6, .contacts = 20}};

    template <class Model>
    static bool loaded(Model &model, const std::function<void()> &ask)
    {
        QSignalSpy spy(&model, &Model::loaded);
        ask();
        return spy.wait(10000);
    }

    // The sub-account ids the cached tree holds (rows without one count as "").
    QStringList cachedSubAccounts() const
    {
        QStringList ids;
        const auto tree = f.database.cacheGet(u"account"_s, u"tree"_s);
        for (const QJsonValue &sub : tree ? tree->json.value(u"SubAccounts"_s).toArray() : QJsonArray())
            ids.append(serverFieldText(sub.toObject(), u"account_id"_s));
        ids.sort();
        return ids;
    }

    QStringList shownSubAccounts(const AccountsModel &model) const
    {
        QStringList ids;
        const QModelIndex root = model.index(0, 0);
        for (int row = 0; row < model.rowCount(root); ++row)
            ids.append(model.index(row, AccountsModel::IdColumn, root).data().toString());
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = f.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void subAccountsWithoutIdsRemoveNothing()
    {
        // GIVEN the enterprise account's tree read once and cached
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(&f.database, &f.client);
        QVERIFY(loaded(model, [&] { model.load(); }));
        const QStringList cached = cachedSubAccounts();
        QCOMPARE(cached.size(), ct::sandbox::Sandbox::demoSubAccountWebKeys().size());
        QVERIFY(cached.size() >= 2);
        QVERIFY(!cached.contains(QString()));
        QCOMPARE(shownSubAccounts(model), cached);
        // WHEN the answer's last 2 sub-accounts come without an account_id
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsWithoutId(u"read_account_list"_s, 2));
        QSignalSpy notices(&model, &AccountsModel::listNoticeChanged);
        QVERIFY(loaded(model, [&] { model.load(); }));
        f.sandbox.setFaultPlan({});
        // THEN every cached sub-account stays, with its id, in the cache and in the tree
        QCOMPARE(cachedSubAccounts(), cached);
        QCOMPARE(shownSubAccounts(model), cached);
        // AND the model says what was skipped
        QCOMPARE(notices.size(), 1);
        QVERIFY2(model.listNotice().contains(u"2 rows without a account_id skipped"_s), qPrintable(model.listNotice()));
        QVERIFY2(model.listNotice().contains(u"nothing was removed"_s), qPrintable(model.listNotice()));
    }

    void aConsistentTreeStillRemovesADeletedSubAccount()
    {
        AccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(&f.database, &f.client);
        QVERIFY(loaded(model, [&] { model.load(); }));
        QStringList expected = cachedSubAccounts();
        QVERIFY(!expected.isEmpty());
        // WHEN a sub-account is deleted on the server and the tree is read again, unspoilt
        const QString gone = expected.takeLast();
        QVERIFY(callNow(f.client.call(u"delete_account_by_id"_s, {{u"account_id"_s, gone}})).ok());
        QVERIFY(loaded(model, [&] { model.load(); }));
        // THEN it leaves the cache and the tree, and nothing is reported
        QCOMPARE(cachedSubAccounts(), expected);
        QCOMPARE(shownSubAccounts(model), expected);
        QVERIFY(model.listNotice().isEmpty());
    }

    void plansListedTwiceRemoveNothing()
    {
        // GIVEN every action plan read once and cached
        ActionPlansModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccount(&f.database, &f.client);
        QVERIFY(loaded(model, [&] { model.load(); }));
        const QSet<QString> cached = f.cachedIds(u"action_plan"_s);
        QVERIFY(cached.size() >= 3);
        QCOMPARE(model.planCount(), cached.size());
        // WHEN an answer names its first plan twice, instead of its last one
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsRepeatingId(u"read_action_plan_list"_s, 1));
        QVERIFY(loaded(model, [&] { model.load(); }));
        f.sandbox.setFaultPlan({});
        // THEN every plan stays and the model says why
        QCOMPARE(f.cachedIds(u"action_plan"_s), cached);
        QCOMPARE(model.planCount(), cached.size());
        QVERIFY2(model.listNotice().contains(u"1 row listed twice skipped"_s), qPrintable(model.listNotice()));
    }
};

QTEST_MAIN(TestTreeListAnswers)
#include "tst_treelistanswers.moc"
