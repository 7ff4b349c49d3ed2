// SPDX-License-Identifier: MIT
// Lead sources (AdminListModel), tags (AccountTags) and the names behind ids (NameLookup) against the real sandbox on
// loopback and the account's real SQLite cache, when the server's list does not add up: a row
// without its id or an id listed twice may hide any cached row, so nothing cached is removed and
// the model says what was skipped; a list that adds up still removes what the server deleted.
#include "leadsourcesmodel.h"
#include "listanswerfixture.h"
#include "namelookup.h"
#include "accounttags.h"

#include "api/catalogapi.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::LeadSourcesModel;
using ct::models::NameLookup;
using ct::models::AccountTags;
using namespace ct::testsupport;

namespace {
const QString leadSourceEntity = u"lead_source"_s;
const QString readLeadSources = u"read_lead_source_list"_s;
}

class TestAdminListAnswers : public QObject
{
    Q_OBJECT

private:
    ListAnswerFixture f{{.databasePath = {}, .seed = 3, .contacts = 20}};

    // Reads the list once more and waits for the answer.
    static bool refreshed(LeadSourcesModel &model)
    {
        QSignalSpy loaded(&model, &LeadSourcesModel::loaded);
        model.refresh();
        return loaded.wait(10000);
    }

    QString createLeadSource(const QString &name)
    {
        const ct::api::ApiResult r = callNow(f.client.call(u"create_lead_source"_s, {{u"lead_source_name"_s, name}}));
        return r.ok() && !r.rows.isEmpty() ? jsonText(r.rows.first().toObject(), u"lead_source_id"_s) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = f.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void leadSourcesWithoutIdsRemoveNothing()
    {
        // GIVEN every lead source of the account read once and cached
        LeadSourcesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&f.database, &f.client, nullptr, nullptr);
        QVERIFY(refreshed(model));
        const QSet<QString> cached = f.cachedIds(leadSourceEntity);
        QVERIFY(cached.size() >= 4);
        QCOMPARE(model.rowCount(), cached.size());
        QVERIFY(model.listNotice().isEmpty());
        // WHEN the server's answer is well-formed but its last 2 rows carry no lead_source_id
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsWithoutId(readLeadSources, 2));
        QSignalSpy notices(&model, &LeadSourcesModel::listNoticeChanged);
        QVERIFY(refreshed(model));
        f.sandbox.setFaultPlan({});
        // THEN no cached lead source is removed, in the cache or on screen
        QCOMPARE(f.cachedIds(leadSourceEntity), cached);
        QCOMPARE(model.rowCount(), cached.size());
        // AND the model says what was skipped and that nothing was removed
        QCOMPARE(notices.size(), 1);
        const QString notice = model.listNotice();
        QVERIFY2(notice.contains(u"2 rows without a lead_source_id skipped"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"nothing was removed"_s), qPrintable(notice));
        // AND the next answer that adds up clears the notice
        QVERIFY(refreshed(model));
        QVERIFY2(model.listNotice().isEmpty(), qPrintable(model.listNotice()));
        QCOMPARE(f.cachedIds(leadSourceEntity), cached);
    }

    void aLeadSourceListedTwiceRemovesNothing()
    {
        LeadSourcesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&f.database, &f.client, nullptr, nullptr);
        QVERIFY(refreshed(model));
        const QSet<QString> cached = f.cachedIds(leadSourceEntity);
        // WHEN one answer names its first lead source three times, instead of the last two
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsRepeatingId(readLeadSources, 2));
        QVERIFY(refreshed(model));
        f.sandbox.setFaultPlan({});
        // THEN the two it did not name stay
        QCOMPARE(f.cachedIds(leadSourceEntity), cached);
        QCOMPARE(model.rowCount(), cached.size());
        QVERIFY2(model.listNotice().contains(u"2 rows listed twice skipped"_s), qPrintable(model.listNotice()));
    }

    void aConsistentListStillRemovesWhatTheServerDeleted()
    {
        // GIVEN a lead source the cache knows
        const QString id = createLeadSource(u"Trade fair %1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY(!id.isEmpty());
        LeadSourcesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&f.database, &f.client, nullptr, nullptr);
        QVERIFY(refreshed(model));
        QVERIFY(f.cachedIds(leadSourceEntity).contains(id));
        const int before = model.rowCount();
        // WHEN it is deleted on the server and the list is read again, unspoilt
        QVERIFY(callNow(f.client.call(u"delete_lead_source_by_id"_s, {{u"lead_source_id"_s, id}})).ok());
        QVERIFY(refreshed(model));
        // THEN it leaves the cache and the table, and nothing is reported
        QVERIFY(!f.cachedIds(leadSourceEntity).contains(id));
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(model.listNotice().isEmpty());
    }

    void namesStayWhenTheirListDoesNotAddUp()
    {
        // GIVEN the names of the lead sources read once
        NameLookup names;
        names.setSources(&f.database, &f.client);
        const qint64 firstWrites = f.database.cacheChanges(leadSourceEntity);
        names.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(f.database.cacheChanges(leadSourceEntity) > firstWrites, 10000);
        QCOMPARE(names.entries(NameLookup::LeadSource).size(), f.cachedIds(leadSourceEntity).size());
        QVERIFY(names.entries(NameLookup::LeadSource).size() >= 4);
        const auto known = names.entries(NameLookup::LeadSource);
        const QSet<QString> cached = f.cachedIds(leadSourceEntity);
        // WHEN the lead sources' list comes with 3 rows without an id
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsWithoutId(readLeadSources, 3));
        const qint64 writes = f.database.cacheChanges(leadSourceEntity);
        names.refresh();
        // (the lookup says nothing when its names stay: the answer has come once it was cached)
        QTRY_VERIFY_WITH_TIMEOUT(f.database.cacheChanges(leadSourceEntity) > writes, 10000);
        f.sandbox.setFaultPlan({});
        // THEN every name stays, in the lookup and in the cache
        QCOMPARE(names.entries(NameLookup::LeadSource), known);
        QCOMPARE(f.cachedIds(leadSourceEntity), cached);
    }

    void tagsListedTwiceRemoveNothing()
    {
        // GIVEN the account's tags read once and cached
        AccountTags tags(&f.client, &f.database, nullptr);
        qint64 writes = f.database.cacheChanges(u"tag"_s);
        tags.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(f.database.cacheChanges(u"tag"_s) > writes, 10000);
        const QStringList known = tags.tags();
        QVERIFY(known.size() >= 3);
        const QSet<QString> cached = f.cachedIds(u"tag"_s);
        QCOMPARE(cached, QSet<QString>(known.cbegin(), known.cend()));
        // WHEN an answer names its first tag three times, instead of two others
        f.sandbox.setFaultPlan(ListAnswerFixture::rowsRepeatingId(u"read_tags_list"_s, 2));
        writes = f.database.cacheChanges(u"tag"_s);
        tags.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(f.database.cacheChanges(u"tag"_s) > writes, 10000);
        f.sandbox.setFaultPlan({});
        // THEN every tag stays, and the catalog says why
        QCOMPARE(tags.tags(), known);
        QCOMPARE(f.cachedIds(u"tag"_s), cached);
        QVERIFY2(tags.notice().contains(u"2 rows listed twice skipped"_s), qPrintable(tags.notice()));
    }
};

QTEST_MAIN(TestAdminListAnswers)
#include "tst_adminlistanswers.moc"
