// SPDX-License-Identifier: MIT
// Payments and proposals (CacheFirstListReader) against the real sandbox on loopback and the account's
// real SQLite cache, when the server's list does not add up: a row without its id or an id listed
// twice may hide any cached row, so nothing cached is removed and the model says what was
// skipped; a list that adds up still removes what the server no longer has.
#include "listanswerfixture.h"
#include "paymentsmodel.h"
#include "proposalsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using ct::models::PaymentsModel;
using ct::models::ProposalsModel;
using namespace ct::testsupport;

class TestMoneyListAnswers : public QObject
{
    Q_OBJECT

private:
    ListAnswerFixture f{{.databasePath = {}, .seed = 4, .contacts = 600}};   // about 20 proposals

    template <class Model>
    static bool loadedAfter(Model &model, const std::function<void()> &ask)
    {
        QSignalSpy loaded(&model, &Model::loaded);
        ask();
        return loaded.wait(10000);
    }

    // The demo account's rows only: the sandbox holds four accounts.
    static QString ofTheDemoAccount()
    {
        return u" account_id=(SELECT account_id FROM accounts WHERE account_web_key='%1')"_s.arg(ct::sandbox::Sandbox::demoWebKey());
    }

    QString scalar(const QString &sql) const
    {
        QSqlQuery q(f.sandbox.database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = f.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void paymentsListedTwiceRemoveNothing()
    {
        // GIVEN every payment of the account read once and cached
        PaymentsModel model(PaymentsModel::Scope::Account, &f.client, &f.database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadedAfter(model, [&] { model.loadAccount(); }));
        const QSet<QString> cached = f.cachedIds(PaymentsModel::cacheEntity());
        QVERIFY(cached.size() >= 10);
        QCOMPARE(model.rowCount(), cached.size());
        // WHEN an answer names its first payment three times, instead of its last two
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsRepeatingId(u"read_all_payments"_s, 2));
        QSignalSpy notices(&model, &PaymentsModel::listNoticeChanged);
        QVERIFY(loadedAfter(model, [&] { model.refresh(); }));
        f.sandbox.setFaultPlan({});
        // THEN every cached payment stays, in the cache and in the table
        QCOMPARE(f.cachedIds(PaymentsModel::cacheEntity()), cached);
        QCOMPARE(model.rowCount(), cached.size());
        // AND the model says what was skipped
        QCOMPARE(notices.size(), 1);
        QVERIFY2(model.listNotice().contains(u"2 rows listed twice skipped"_s), qPrintable(model.listNotice()));
        QVERIFY2(model.listNotice().contains(u"nothing was removed"_s), qPrintable(model.listNotice()));
        // AND an answer that adds up clears it
        QVERIFY(loadedAfter(model, [&] { model.refresh(); }));
        QVERIFY2(model.listNotice().isEmpty(), qPrintable(model.listNotice()));
    }

    void proposalsWithoutIdsRemoveNothing()
    {
        // GIVEN the proposals of the contact with the most, read once and cached
        const QString client = scalar(u"SELECT client_id FROM proposals WHERE"_s + ofTheDemoAccount()
                                     + u" GROUP BY client_id ORDER BY COUNT(*) DESC, client_id LIMIT 1"_s);
        QVERIFY(!client.isEmpty());
        ProposalsModel model(&f.client, &f.database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadedAfter(model, [&] { model.load(client); }));
        const QSet<QString> cached = f.cachedIds(ProposalsModel::cacheEntity());
        QVERIFY(!cached.isEmpty());
        QCOMPARE(model.rowCount(), cached.size());
        // WHEN the answer's last row comes without a proposal_id
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsWithoutId(u"read_proposals"_s, 1));
        QVERIFY(loadedAfter(model, [&] { model.refresh(); }));
        f.sandbox.setFaultPlan({});
        // THEN the contact keeps every proposal, and the model says why
        QCOMPARE(f.cachedIds(ProposalsModel::cacheEntity()), cached);
        QCOMPARE(model.rowCount(), cached.size());
        QVERIFY2(model.listNotice().contains(u"1 row without a proposal_id skipped"_s), qPrintable(model.listNotice()));
    }

    void aConsistentListStillRemovesWhatTheServerDeleted()
    {
        PaymentsModel model(PaymentsModel::Scope::Account, &f.client, &f.database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(loadedAfter(model, [&] { model.loadAccount(); }));
        const QSet<QString> before = f.cachedIds(PaymentsModel::cacheEntity());
        // WHEN a payment is gone from the server (the API has no payment writes: its store says so)
        const QString gone = scalar(u"SELECT MAX(payment_id) FROM payments WHERE"_s + ofTheDemoAccount());
        QVERIFY(before.contains(gone));
        QSqlQuery q(f.sandbox.database());
        QVERIFY(q.exec(u"DELETE FROM payments WHERE payment_id=%1"_s.arg(gone)));
        QVERIFY(loadedAfter(model, [&] { model.refresh(); }));
        // THEN the next answer, which adds up, removes it here too
        QSet<QString> expected = before;
        expected.remove(gone);
        QCOMPARE(f.cachedIds(PaymentsModel::cacheEntity()), expected);
        QCOMPARE(model.rowCount(), expected.size());
        QVERIFY(model.listNotice().isEmpty());
    }
};

QTEST_MAIN(TestMoneyListAnswers)
#include "tst_moneylistanswers.moc"
