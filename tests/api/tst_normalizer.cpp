// SPDX-License-Identifier: MIT
// Conversions between what people type and the document's wire formats.

#include "api/normalizer.h"
#include "api/validator.h"

#include <QtTest>

using namespace ct::api;
using namespace Qt::Literals::StringLiterals;

class TestNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("valid");   // does the result pass the phone check?

        const QString ten = u"3039291447"_s;
        QTest::newRow("parentheses") << u"(303) 929-1447"_s << ten << true;
        QTest::newRow("dots") << u"303.929.1447"_s << ten << true;
        QTest::newRow("plus one spaces") << u"+1 303 929 1447"_s << ten << true;
        QTest::newRow("one dashes") << u"1-303-929-1447"_s << ten << true;
        QTest::newRow("plain") << ten << ten << true;
        QTest::newRow("eleven digits with 1") << u"13039291447"_s << ten << true;
        QTest::newRow("dashes") << u"303-929-1447"_s << ten << true;
        QTest::newRow("surrounding spaces") << u"  303 929 1447  "_s << ten << true;
        QTest::newRow("tab and nbsp") << u"303\t929\u00a01447"_s << ten << true;
        QTest::newRow("plus one parentheses") << u"+1 (303) 929-1447"_s << ten << true;

        // Input that does not reduce to ten digits stays invalid (separators removed only).
        QTest::newRow("nine digits") << u"303-929-144"_s << u"303929144"_s << false;
        QTest::newRow("twelve digits") << u"+44 20 7946 0958"_s << u"442079460958"_s << false;
        QTest::newRow("eleven not starting with 1") << u"2-303-929-1447"_s << u"23039291447"_s << false;
        QTest::newRow("extension") << u"303-929-1447 x5"_s << u"3039291447x5"_s << false;
        QTest::newRow("letters") << u"303-CALL-NOW"_s << u"303CALLNOW"_s << false;
        QTest::newRow("slashes") << u"303/929/1447"_s << u"303/929/1447"_s << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("only separators") << u"( ) - ."_s << QString() << false;
        QTest::newRow("full-width digits") << u"３０３９２９１４４７"_s << u"３０３９２９１４４７"_s << false;
        QTest::newRow("1 plus twelve") << u"1 303 929 1447 9"_s << u"130392914479"_s << false;
    }

    void phone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QFETCH(bool, valid);
        const QString normalised = Normalizer::phone(typed);
        QCOMPARE(normalised, expected);
        QCOMPARE(Validator::problemWith(u"phone"_s, normalised).isEmpty(), valid);
        // Normalising twice changes nothing.
        QCOMPARE(Normalizer::phone(normalised), normalised);
    }

    void apiDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");   // invalid: the text is refused
        QTest::newRow("ordinary") << u"2026:11:27"_s << QDate(2026, 11, 27);
        QTest::newRow("leap day") << u"2024:02:29"_s << QDate(2024, 2, 29);
        QTest::newRow("first day") << u"2026:01:01"_s << QDate(2026, 1, 1);
        QTest::newRow("year 1900") << u"1900:12:31"_s << QDate(1900, 12, 31);
        QTest::newRow("Feb 30") << u"2026:02:30"_s << QDate();
        QTest::newRow("Feb 29 no leap") << u"2026:02:29"_s << QDate();
        QTest::newRow("month 13") << u"2026:13:01"_s << QDate();
        QTest::newRow("day 0") << u"2026:11:00"_s << QDate();
        QTest::newRow("dashes") << u"2026-11-27"_s << QDate();
        QTest::newRow("slashes") << u"2026/11/27"_s << QDate();
        QTest::newRow("short") << u"2026:1:7"_s << QDate();
        QTest::newRow("two-digit year") << u"26:11:27"_s << QDate();
        QTest::newRow("trailing newline") << u"2026:11:27\n"_s << QDate();
        QTest::newRow("leading space") << u" 2026:11:27"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void apiDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(Normalizer::fromApiDate(text), date);
        if (date.isValid())
            QCOMPARE(Normalizer::toApiDate(date), text);   // round trip
    }

    void apiDateEdges()
    {
        QCOMPARE(Normalizer::toApiDate(QDate()), QString());
        QCOMPARE(Normalizer::toApiDate(QDate(2026, 3, 4)), u"2026:03:04"_s);
        // A date shown in the UI goes out and comes back unchanged, whatever the locale.
        for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
            QCOMPARE(Normalizer::fromApiDate(Normalizer::toApiDate(d)), d);
    }

    void apiTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        QTest::newRow("afternoon") << u"14:30:00"_s << QTime(14, 30, 0);
        QTest::newRow("midnight") << u"00:00:00"_s << QTime(0, 0, 0);
        QTest::newRow("last second") << u"23:59:59"_s << QTime(23, 59, 59);
        QTest::newRow("24h") << u"24:00:00"_s << QTime();
        QTest::newRow("minute 60") << u"12:60:00"_s << QTime();
        QTest::newRow("no seconds") << u"14:30"_s << QTime();
        QTest::newRow("one-digit hour") << u"9:00:00"_s << QTime();
        QTest::newRow("am/pm") << u"02:30:00 PM"_s << QTime();
        QTest::newRow("milliseconds") << u"14:30:00.500"_s << QTime();
        QTest::newRow("dots") << u"14.30.00"_s << QTime();
        QTest::newRow("trailing newline") << u"14:30:00\n"_s << QTime();
        QTest::newRow("empty") << QString() << QTime();
    }

    void apiTime()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        QCOMPARE(Normalizer::fromApiTime(text), time);
        if (time.isValid())
            QCOMPARE(Normalizer::toApiTime(time), text);
    }

    void apiTimeEdges()
    {
        QCOMPARE(Normalizer::toApiTime(QTime()), QString());
        // Milliseconds are dropped: the wire has whole seconds.
        QCOMPARE(Normalizer::toApiTime(QTime(9, 5, 7, 900)), u"09:05:07"_s);
    }

    void paymentDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ordinary") << u"2026-11-27"_s << QDate(2026, 11, 27);
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("colons") << u"2026:11:27"_s << QDate();
        QTest::newRow("Feb 30") << u"2026-02-30"_s << QDate();
        QTest::newRow("US order") << u"11-27-2026"_s << QDate();
        QTest::newRow("ISO with time") << u"2026-11-27T10:00:00"_s << QDate();
        QTest::newRow("trailing newline") << u"2026-11-27\n"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void paymentDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(Normalizer::fromPaymentDate(text), date);
        if (date.isValid())
            QCOMPARE(Normalizer::toPaymentDate(date), text);
    }

    void paymentDateEdges()
    {
        QCOMPARE(Normalizer::toPaymentDate(QDate()), QString());
        QCOMPARE(Normalizer::toPaymentDate(QDate(2026, 1, 5)), u"2026-01-05"_s);
    }

    void stripHtml_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"teal"_s << u"teal"_s;
        QTest::newRow("bold") << u"<b>teal</b>"_s << u"teal"_s;
        QTest::newRow("attributes") << u"<a href=\"https://x.example\">site</a>"_s << u"site"_s;
        QTest::newRow("self closing") << u"one<br/>two"_s << u"onetwo"_s;
        QTest::newRow("comment") << u"a<!-- note -->b"_s << u"ab"_s;
        QTest::newRow("script tag") << u"<script>alert(1)</script>x"_s << u"alert(1)x"_s;
        QTest::newRow("nested") << u"<div><p><i>deep</i></p></div>"_s << u"deep"_s;
        QTest::newRow("lone less-than kept") << u"a < b"_s << u"a < b"_s;
        QTest::newRow("lone greater-than kept") << u"a > b"_s << u"a > b"_s;
        QTest::newRow("entities kept") << u"Tom &amp; Jerry"_s << u"Tom &amp; Jerry"_s;
        QTest::newRow("newlines kept") << u"line 1\n<b>line 2</b>"_s << u"line 1\nline 2"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only tags") << u"<p></p>"_s << QString();
        QTest::newRow("unicode") << u"<i>café ☕</i>"_s << u"café ☕"_s;
    }

    void stripHtml()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Normalizer::stripHtml(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
