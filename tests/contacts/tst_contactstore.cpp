// SPDX-License-Identifier: MIT
// The columnar store, the query and the sort ranks on their own.
#include "contactcolumns.h"
#include "contactquery.h"
#include "contactsortorder.h"
#include "contactstore.h"
#include "namelookup.h"

#include <QJsonObject>
#include <QTest>

using namespace ct::models;
using namespace Qt::StringLiterals;

class TestContactStore : public QObject
{
    Q_OBJECT

    static QJsonObject contact(const QString &first, const QString &last, const QString &phone,
                               const QString &extra = {})
    {
        QJsonObject o{{u"firstName"_s, first}, {u"lastName"_s, last}, {u"phone"_s, phone},
                      {u"email"_s, first.toLower() + u"@example.com"_s}, {u"address"_s, QString()}};
        if (!extra.isEmpty())
            o.insert(u"Favourite Colour"_s, extra);
        return o;
    }

private Q_SLOTS:
    void keepsEveryFieldAndRebuildsTheRecord()
    {
        // GIVEN a contact with a custom field and an empty reserved field
        ContactStore store;
        const int row = store.upsert(8000001, contact(u"Zoë"_s, u"Åberg"_s, u"3039291447"_s, u"teal"_s));
        // THEN the record comes back whole (empty values are not stored), ids as strings
        const QJsonObject r = store.record(row);
        QCOMPARE(r.value(u"client_id"_s).toString(), u"8000001"_s);
        QCOMPARE(r.value(u"firstName"_s).toString(), u"Zoë"_s);
        QCOMPARE(r.value(u"Favourite Colour"_s).toString(), u"teal"_s);
        QVERIFY(!r.contains(u"address"_s));
        QCOMPARE(store.text(row, "lastName"), u"Åberg"_s);
        // WHEN an edit clears one field and changes another
        store.merge(row, {{u"Favourite Colour"_s, QString()}, {u"phone"_s, u"7205550100"_s}});
        QVERIFY(!store.record(row).contains(u"Favourite Colour"_s));
        QVERIFY(store.searchText(row).contains("7205550100"));
        QVERIFY(!store.searchText(row).contains("3039291447"));
        // AND the same id upserted again replaces, never duplicates
        bool added = true;
        QCOMPARE(store.upsert(8000001, contact(u"Zoe"_s, u"Aberg"_s, u"1"_s), &added), row);
        QVERIFY(!added);
        QCOMPARE(store.size(), 1);
    }

    void snapshotRoundTrips()
    {
        ContactStore store;
        for (int i = 0; i < 50; ++i)
            store.upsert(100 + i, contact(u"F%1"_s.arg(i), u"L"_s, u"303555%1"_s.arg(1000 + i), u"x"_s));
        store.setRemoved(3, true);
        ContactStore copy;
        QVERIFY(copy.deserialize(store.serialize()));
        QCOMPARE(copy.size(), 50);
        QVERIFY(copy.isRemoved(3));
        QCOMPARE(copy.rowOfId(120), 20);
        QCOMPARE(copy.record(20), store.record(20));
        QCOMPARE(copy.searchText(20), store.searchText(20));
        QVERIFY(!copy.deserialize(QByteArray("garbage")));
    }

    void words_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        QTest::newRow("formatted partial phone") << u"929-14"_s << true;
        QTest::newRow("full formatted phone") << u"(303) 929-1447"_s << true;
        QTest::newRow("dotted phone") << u"303.929"_s << true;
        QTest::newRow("first name, any case") << u"ZOË"_s << true;
        QTest::newRow("two words, both match") << u"zoë åberg"_s << true;
        QTest::newRow("one word fails") << u"zoë smith"_s << false;
        QTest::newRow("email") << u"zoë@exa"_s << true;
        QTest::newRow("wrong digits") << u"929-15"_s << false;
    }
    void words()
    {
        QFETCH(QString, typed);
        QFETCH(bool, found);
        ContactStore store;
        store.upsert(1, contact(u"Zoë"_s, u"Åberg"_s, u"3039291447"_s));
        ContactQuery query;
        query.setText(typed);
        QCOMPARE(query.matches(store, 0), found);
    }

    void filtersAndTags()
    {
        ContactStore store;
        store.upsert(1, {{u"firstName"_s, u"A"_s}, {u"tag"_s, u"VIP,Hot Lead"_s}, {u"contact_type"_s, u"2"_s}});
        store.upsert(2, {{u"firstName"_s, u"B"_s}, {u"tag"_s, u"Hot Leads"_s}, {u"contact_type"_s, u"1"_s}});
        ContactQuery query;
        query.setFilter(ContactQuery::Tag, u"hot lead"_s);
        QCOMPARE(query.matchingRows(store), std::vector<int>({0}));
        query.setFilter(ContactQuery::Tag, {});
        query.setFilter(ContactQuery::ContactType, u"1"_s);
        QCOMPARE(query.matchingRows(store), std::vector<int>({1}));
    }

    void sortRanks()
    {
        ContactStore store;
        NameLookup names;
        ContactColumns columns(&store, &names);
        ContactSortOrder order(&store, &columns);
        store.upsert(1, contact(u"b"_s, u"Young"_s, u"3035550003"_s));
        store.upsert(2, contact(u"a"_s, u"adams"_s, u"3035550001"_s));
        store.upsert(3, contact(u"c"_s, u"Young"_s, u"3035550002"_s));
        QCOMPARE(order.sorted({0, 1, 2}, ContactColumns::Name, Qt::AscendingOrder), std::vector<int>({1, 0, 2}));
        QCOMPARE(order.sorted({0, 1, 2}, ContactColumns::Phone, Qt::DescendingOrder), std::vector<int>({0, 2, 1}));
        QCOMPARE(order.sorted({0, 2}, ContactColumns::Phone, Qt::AscendingOrder), std::vector<int>({2, 0}));
        // New rows make ranks stale; after invalidate() they are computed again.
        store.upsert(4, contact(u"d"_s, u"Aaron"_s, u"1"_s));
        order.invalidate();
        QCOMPARE(order.sorted({0, 1, 2, 3}, ContactColumns::Name, Qt::AscendingOrder).front(), 3);
    }
};

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
