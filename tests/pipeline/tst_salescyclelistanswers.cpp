// SPDX-License-Identifier: MIT
// The sales cycles list against the real sandbox on loopback and the account's real SQLite cache,
// when the server's list does not add up: a row without its id may hide any cached cycle, so none
// is removed and the model says what was skipped; a list that adds up still removes a cycle the
// server deleted.
#include "listanswerfixture.h"
#include "salescyclesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::SalesCyclesModel;
using namespace ct::testsupport;

namespace {
const QString cycleEntity = u"sales_cycle"_s;
}

class TestSalesCycleListAnswers : public QObject
{
    Q_OBJECT

private:
    ListAnswerFixture f{{.databasePath = {}, .seed = 8, .contacts = 20}};

    static bool refreshed(SalesCyclesModel &model)
    {
        QSignalSpy spy(&model, &SalesCyclesModel::refreshed);
        model.refresh();
        return spy.wait(10000);
    }

    QSet<QString> shownIds(const SalesCyclesModel &model) const
    {
        QSet<QString> ids;
        for (const SalesCyclesModel::Cycle &cycle : model.cycles())
            ids.insert(cycle.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = f.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cyclesWithoutIdsRemoveNothing()
    {
        // GIVEN every sales cycle read once and cached
        SalesCyclesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&f.database, &f.client);
        QVERIFY(refreshed(model));
        const QSet<QString> cached = f.cachedIds(cycleEntity);
        QVERIFY(cached.size() >= 5);
        QCOMPARE(shownIds(model), cached);
        // WHEN the answer's last 3 rows come without a sales_cycle_id
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsWithoutId(u"read_sales_cycle_list"_s, 3));
        QSignalSpy notices(&model, &SalesCyclesModel::listNoticeChanged);
        QVERIFY(refreshed(model));
        f.sandbox.setFaultPlan({});
        // THEN every cached cycle stays, in the cache and in the list
        QCOMPARE(f.cachedIds(cycleEntity), cached);
        QCOMPARE(shownIds(model), cached);
        // AND the model says what was skipped
        QCOMPARE(notices.size(), 1);
        QVERIFY2(model.listNotice().contains(u"3 rows without a sales_cycle_id skipped"_s), qPrintable(model.listNotice()));
        QVERIFY2(model.listNotice().contains(u"nothing was removed"_s), qPrintable(model.listNotice()));
    }

    void aConsistentListStillRemovesADeletedCycle()
    {
        // GIVEN a cycle the cache knows
        const ct::api::ApiResult created = callNow(f.client.call(
            u"create_sales_cycle"_s, {{u"sales_cycle_name"_s, u"Follow-up %1"_s.arg(QCoreApplication::applicationPid())},
                                      {u"sales_cycle_active_status"_s, u"1"_s},
                                      {u"sales_cycle_order"_s, u"40"_s}}));
        QVERIFY(created.ok() && !created.rows.isEmpty());
        const QString id = jsonText(created.rows.first().toObject(), u"sales_cycle_id"_s);
        SalesCyclesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&f.database, &f.client);
        QVERIFY(refreshed(model));
        QVERIFY(f.cachedIds(cycleEntity).contains(id));
        // WHEN it is deleted on the server and the list is read again, unspoilt
        QVERIFY(callNow(f.client.call(u"delete_sales_cycle_by_id"_s, {{u"sales_cycle_id"_s, id}})).ok());
        QVERIFY(refreshed(model));
        // THEN it leaves the cache and the list
        QVERIFY(!f.cachedIds(cycleEntity).contains(id));
        QVERIFY(!shownIds(model).contains(id));
        QVERIFY(model.listNotice().isEmpty());
    }
};

QTEST_MAIN(TestSalesCycleListAnswers)
#include "tst_salescyclelistanswers.moc"
