// SPDX-License-Identifier: MIT
// The one rule every cached list follows (ListAnswerCheck): which answers may stand for the
// server's whole list, which rows of the others are still read, and the words of the notice.
// Pure units, with the console's English translation for the counted words.
#include "englishtranslation.h"
#include "listanswercheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::ListAnswerCheck;

namespace {

QJsonObject row(const QJsonValue &id, const QString &name)
{
    QJsonObject o{{u"name"_s, name}};
    if (!id.isUndefined())
        o.insert(u"tag_id"_s, id);
    return o;
}

} // namespace

class TestListAnswerCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(ct::testsupport::installEnglishTranslation()); }

    void judgesAnAnswer_data()
    {
        QTest::addColumn<QJsonArray>("rows");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("consistent");
        QTest::addColumn<QStringList>("readIds");
        QTest::addColumn<QString>("problem");

        const QJsonArray three{row(u"1"_s, u"a"_s), row(u"2"_s, u"b"_s), row(3, u"c"_s)};
        QTest::newRow("whole, counted") << three << qint64(3) << true << QStringList{u"1"_s, u"2"_s, u"3"_s} << QString();
        QTest::newRow("whole, not counted") << three << qint64(-1) << true << QStringList{u"1"_s, u"2"_s, u"3"_s} << QString();
        QTest::newRow("empty") << QJsonArray() << qint64(0) << true << QStringList() << QString();
        QTest::newRow("count does not agree") << three << qint64(5) << false << QStringList{u"1"_s, u"2"_s, u"3"_s}
                                              << u"the server counts 5 but sent 3 rows"_s;
        QTest::newRow("one without id")
            << QJsonArray{row(u"1"_s, u"a"_s), row(QJsonValue::Undefined, u"b"_s)} << qint64(2) << false
            << QStringList{u"1"_s} << u"1 row without a tag_id skipped"_s;
        QTest::newRow("empty id") << QJsonArray{row(u""_s, u"a"_s), row(u""_s, u"b"_s), row(u"7"_s, u"c"_s)}
                                  << qint64(3) << false << QStringList{u"7"_s} << u"2 rows without a tag_id skipped"_s;
        QTest::newRow("listed twice") << QJsonArray{row(u"1"_s, u"first"_s), row(u"1"_s, u"again"_s), row(u"2"_s, u"b"_s)}
                                      << qint64(3) << false << QStringList{u"1"_s, u"2"_s}
                                      << u"1 row listed twice skipped"_s;
    }

    void judgesAnAnswer()
    {
        QFETCH(QJsonArray, rows);
        QFETCH(qint64, total);
        QFETCH(bool, consistent);
        QFETCH(QStringList, readIds);
        QFETCH(QString, problem);
        const ListAnswerCheck check(u"tag_id"_s, rows, total);
        QCOMPARE(check.isConsistent(), consistent);
        QStringList ids;
        for (const auto &[id, record] : check.records())
            ids.append(id);
        QCOMPARE(ids, readIds);
        QCOMPARE(check.readable().size(), readIds.size());
        QCOMPARE(check.problems().join(u"; "_s), problem);
        // Only an answer that does not add up says so, and it says nothing was removed.
        QCOMPARE(check.notice().isEmpty(), consistent);
        QCOMPARE(check.notice().contains(u"nothing was removed"_s), !consistent);
    }

    void theFirstRowOfAnIdIsTheOneRead()
    {
        const ListAnswerCheck check(u"tag_id"_s, QJsonArray{row(u"1"_s, u"first"_s), row(u"1"_s, u"again"_s)}, 2);
        QCOMPARE(check.readable().size(), 1);
        QCOMPARE(check.readable().first().value(u"name"_s).toString(), u"first"_s);
        QVERIFY(check.names(u"1"_s));
        QVERIFY(!check.names(u"2"_s));
    }

    void severalProblemsMakeOneSentence()
    {
        const ListAnswerCheck check(u"tag_id"_s,
                                    QJsonArray{row(u"1"_s, u"a"_s), row(u"1"_s, u"b"_s), row(QJsonValue::Undefined, u"c"_s)}, 4);
        QCOMPARE(check.notice(),
                 u"The server's list does not add up (1 row without a tag_id skipped; 1 row listed twice skipped; "
                 "the server counts 4 but sent 3 rows), so nothing was removed from this computer."_s);
    }
};

QTEST_MAIN(TestListAnswerCheck)
#include "tst_listanswercheck.moc"
