// SPDX-License-Identifier: MIT
// Exact money: parsing what the API transports, sums that do not drift, formatting per locale,
// totals by type and status, the chart's periods. Pure units, no server.
#include "decimalamount.h"
#include "paymenttotals.h"
#include "paymenttotalsmodel.h"

#include "api/responseparser.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::DecimalAmount;
using ct::models::PaymentTimeline;
using ct::models::PaymentTotals;

namespace {

QJsonObject payment(const QString &amount, const QString &type, const QString &status,
                    const QString &payday = u"2026-03-10"_s)
{
    return {{u"amount"_s, amount}, {u"type"_s, type}, {u"status"_s, status}, {u"payday"_s, payday},
            {u"created_date"_s, payday}};
}

} // namespace

class TestDecimalAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatTheApiSends_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");   // ten-thousandths
        QTest::newRow("cents") << u"1234.56"_s << qint64(12345600);
        QTest::newRow("negative") << u"-0.10"_s << qint64(-1000);
        QTest::newRow("plus") << u"+7"_s << qint64(70000);
        QTest::newRow("whole") << u"250"_s << qint64(2500000);
        QTest::newRow("leading point") << u".5"_s << qint64(5000);
        QTest::newRow("trailing point") << u"5."_s << qint64(50000);
        QTest::newRow("four decimals") << u"0.1234"_s << qint64(1234);
        QTest::newRow("zeros past four") << u"1.500000"_s << qint64(15000);
        QTest::newRow("groups") << u"1,234.50"_s << qint64(12345000);
        QTest::newRow("many groups") << u"12,345,678.9"_s << qint64(123456789000);
        QTest::newRow("spaces") << u"  42.00 "_s << qint64(420000);
        QTest::newRow("dollar") << u"$12.00"_s << qint64(120000);
        QTest::newRow("negative dollar") << u"-$12.00"_s << qint64(-120000);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("largest") << u"922337203685477.5807"_s << std::numeric_limits<qint64>::max();
    }
    void parsesWhatTheApiSends()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const DecimalAmount amount = DecimalAmount::parse(text);
        QVERIFY2(amount.isValid(), qPrintable(text));
        QCOMPARE(amount.units(), units);
    }

    void refusesWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", " ", "-", ".", "$", "abc", "12a", "1.2.3", "1,23", "12,34.5", ",123", "1,2345",
                                "1e5", "0x10", "--1", "1.23456", "0.10000000000000001", "١٢", "12 34", "NaN",
                                "922337203685477.5808", "99999999999999999999"})
            QTest::newRow(bad) << QString::fromUtf8(bad);
    }
    void refusesWhatIsNotAnAmount()
    {
        QFETCH(QString, text);
        const DecimalAmount amount = DecimalAmount::parse(text);
        QVERIFY2(!amount.isValid(), qPrintable(text));
        QCOMPARE(amount.state(), DecimalAmount::State::Invalid);
        // Shown as such, never as 0.
        QCOMPARE(amount.displayText(QLocale::c()), u"not an amount"_s);
        QVERIFY(amount.toPlainString().isEmpty());
    }

    void addsExactly()
    {
        // GIVEN the amounts binary floating point gets wrong
        QVERIFY(0.1 + 0.2 != 0.3);
        // THEN the decimal sum is exact
        const DecimalAmount sum = DecimalAmount::parse(u"0.10") + DecimalAmount::parse(u"0.20");
        QCOMPARE(sum, DecimalAmount::parse(u"0.30"));
        QCOMPARE(sum.toPlainString(), u"0.30"_s);

        // Ten thousand dimes are exactly 1,000.00 (a double loop drifts).
        DecimalAmount dimes;
        double floating = 0;
        for (int i = 0; i < 10000; ++i) {
            dimes += DecimalAmount::parse(u"0.10");
            floating += 0.10;
        }
        QCOMPARE(dimes.toPlainString(), u"1000.00"_s);
        QVERIFY(floating != 1000.0);

        // Large sums keep their cents: well beyond 2^53 units, where doubles lose them.
        DecimalAmount large;
        for (int i = 0; i < 1000; ++i)
            large += DecimalAmount::parse(u"99999999999.99");
        QCOMPARE(large.toPlainString(), u"99999999999990.00"_s);
        large += DecimalAmount::parse(u"0.01");
        QCOMPARE(large.toPlainString(), u"99999999999990.01"_s);
        // Near the top of the range a double cannot even hold a cent (its step there is 0.125).
        QCOMPARE((DecimalAmount::parse(u"900000000000000.00") + DecimalAmount::parse(u"0.01")).toPlainString(),
                 u"900000000000000.01"_s);
        QVERIFY(900000000000000.00 + 0.01 == 900000000000000.00);
        const DecimalAmount nearTop = DecimalAmount::parse(u"900000000000000.00") + DecimalAmount::parse(u"22337203685477.58");
        QCOMPARE(nearTop.toPlainString(), u"922337203685477.58"_s);
        QCOMPARE((nearTop - DecimalAmount::parse(u"922337203685477.57")).toPlainString(), u"0.01"_s);

        // Negative amounts (refunds) subtract.
        QCOMPARE((DecimalAmount::parse(u"100.00") + DecimalAmount::parse(u"-0.01")).toPlainString(), u"99.99"_s);
    }

    void saysWhenASumOverflows()
    {
        const DecimalAmount top = DecimalAmount::parse(u"922337203685477.5807");
        const DecimalAmount over = top + DecimalAmount::parse(u"0.0001");
        QCOMPARE(over.state(), DecimalAmount::State::Overflow);
        QCOMPARE(over.displayText(QLocale::c()), u"too large to add"_s);
        // and stays so: a later addition does not wrap it back into a wrong number
        QCOMPARE((over + DecimalAmount::parse(u"-1")).state(), DecimalAmount::State::Overflow);
        QCOMPARE((DecimalAmount::parse(u"-922337203685477.5807") - DecimalAmount::parse(u"1")).state(),
                 DecimalAmount::State::Overflow);
        // An invalid operand spoils a sum: the caller must count it apart.
        QCOMPARE((top + DecimalAmount::parse(u"x")).state(), DecimalAmount::State::Invalid);
    }

    void formatsForTheLocale_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shown");
        QTest::newRow("en_US") << u"1234567.5"_s << u"en_US"_s << u"1,234,567.50"_s;
        QTest::newRow("de_DE") << u"1234567.5"_s << u"de_DE"_s << u"1.234.567,50"_s;
        QTest::newRow("fr_CA") << u"-1234.05"_s << u"fr_CA"_s << u"-1\u00a0234,05"_s;
        QTest::newRow("extra decimals kept") << u"0.125"_s << u"en_US"_s << u"0.125"_s;
        QTest::newRow("small") << u"7"_s << u"en_US"_s << u"7.00"_s;
        QTest::newRow("largest") << u"922337203685477.5807"_s << u"en_US"_s << u"922,337,203,685,477.5807"_s;
        QTest::newRow("smallest") << u"-922337203685477.5807"_s << u"en_US"_s << u"-922,337,203,685,477.5807"_s;
    }
    void formatsForTheLocale()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(QString, shown);
        QLocale l(locale);
        QString expected = shown;
        // Some locales' group separator is a narrow no-break space; compare with the locale's own.
        if (locale == u"fr_CA"_s)
            expected.replace(u'\u00a0', l.groupSeparator());
        QCOMPARE(DecimalAmount::parse(text).toLocaleString(l), expected);
        QCOMPARE(DecimalAmount::parse(text).toPlainString().contains(u','), false);
    }

    void sortsByValue()
    {
        QVERIFY(DecimalAmount::parse(u"-5") < DecimalAmount::parse(u"0.01"));
        QVERIFY(DecimalAmount::parse(u"9.99") < DecimalAmount::parse(u"10"));
        QVERIFY(DecimalAmount::parse(u"1e9") == DecimalAmount::invalid());
        QVERIFY(DecimalAmount::parse(u"1000000") < DecimalAmount::invalid());   // not-a-number last
    }

    void amountsSentAsJsonNumbersReadAsTheirShortestText()
    {
        // A server that sends the amount as a number: the parser keeps the number a person wrote.
        const auto result = ct::api::parseResponse(
            200, QByteArray(R"({"ResultCode":"CT_200","data":[{"amount":0.1},{"amount":1234.56},{"amount":2500}]})"));
        QVERIFY(result.ok());
        QCOMPARE(result.rows.at(0).toObject().value(u"amount"_s).toString(), u"0.1"_s);
        QCOMPARE(result.rows.at(1).toObject().value(u"amount"_s).toString(), u"1234.56"_s);
        QCOMPARE(result.rows.at(2).toObject().value(u"amount"_s).toString(), u"2500"_s);
        QVERIFY(DecimalAmount::parse(result.rows.at(0).toObject().value(u"amount"_s).toString()).isValid());
    }

    void totalsByTypeAndStatus()
    {
        // GIVEN payments of every type and status, one of them unreadable
        const QList<QJsonObject> payments = {
            payment(u"0.10"_s, u"Cash"_s, u"Deposit"_s), payment(u"0.20"_s, u"Cash"_s, u"Progress"_s),
            payment(u"1,000.05"_s, u"Card"_s, u"Final"_s), payment(u"12.5"_s, u"Check"_s, u"Deposit"_s),
            payment(u"n/a"_s, u"Other"_s, u"Final"_s), payment(u"3"_s, u"Barter"_s, u"Deposit"_s)};
        const PaymentTotals totals = PaymentTotals::of(payments);
        QCOMPARE(totals.count, 6);
        QCOMPARE(totals.unreadable, 1);
        QCOMPARE(totals.total.toPlainString(), u"1015.85"_s);
        // The documented types in their order (Other empty but present), then the unknown one
        QCOMPARE(totals.byType.size(), 5);
        QCOMPARE(totals.byType.at(0).name, u"Cash"_s);
        QCOMPARE(totals.byType.at(0).amount.toPlainString(), u"0.30"_s);
        QCOMPARE(totals.byType.at(0).count, 2);
        QCOMPARE(totals.byType.at(3).name, u"Other"_s);
        QCOMPARE(totals.byType.at(3).count, 0);
        QCOMPARE(totals.byType.at(4).name, u"Barter"_s);
        QCOMPARE(totals.byStatus.at(0).amount.toPlainString(), u"15.60"_s);   // 0.10 + 12.5 + 3
        QCOMPARE(totals.byStatus.at(2).amount.toPlainString(), u"1000.05"_s); // the unreadable one left out

        // AND the totals table shows the same, with a line for the unreadable amount
        ct::models::PaymentTotalsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1 + 4 + 3);   // empty totals: every documented group
        model.setTotals(totals);
        QCOMPARE(model.rowCount(), 1 + 5 + 3 + 1);
        QCOMPARE(model.index(0, ct::models::PaymentTotalsModel::CountColumn).data().toString(), u"5"_s);
        QCOMPARE(model.index(0, ct::models::PaymentTotalsModel::AmountColumn).data(ct::models::PaymentTotalsModel::AmountRole)
                     .value<DecimalAmount>(), DecimalAmount::parse(u"1015.85"));
        QCOMPARE(model.index(model.rowCount() - 1, ct::models::PaymentTotalsModel::CountColumn).data().toString(), u"1"_s);
        model.setTotals(PaymentTotals::of({}));
        QCOMPARE(model.rowCount(), 8);
    }

    void timelineByMonthAndWeek()
    {
        const QList<QJsonObject> months = {
            payment(u"100.10"_s, u"Cash"_s, u"Deposit"_s, u"2026-01-05"_s),
            payment(u"0.20"_s, u"Card"_s, u"Deposit"_s, u"2026-01-30"_s),
            payment(u"50"_s, u"Card"_s, u"Final"_s, u"2026-04-02"_s),
            payment(u"bad"_s, u"Card"_s, u"Final"_s, u"2026-04-03"_s),
            payment(u"10"_s, u"Card"_s, u"Final"_s, u"not a date"_s)};
        const PaymentTimeline timeline = PaymentTimeline::of(months, u"payday"_s, QLocale(u"en_US"_s));
        QCOMPARE(timeline.step, PaymentTimeline::Step::Month);
        QCOMPARE(timeline.periods.size(), 4);   // Jan, Feb (empty, kept), Mar (empty), Apr
        QCOMPARE(timeline.periods.at(0).start, QDate(2026, 1, 1));
        QCOMPARE(timeline.periods.at(0).label, u"Jan 2026"_s);
        QCOMPARE(timeline.periods.at(0).byStatus.at(0).amount.toPlainString(), u"100.30"_s);
        QCOMPARE(timeline.periods.at(1).total.toPlainString(), u"0.00"_s);
        QCOMPARE(timeline.periods.at(3).byStatus.at(2).amount.toPlainString(), u"50.00"_s);

        const QList<QJsonObject> weeks = {payment(u"1"_s, u"Cash"_s, u"Deposit"_s, u"2026-03-04"_s),   // a Wednesday
                                          payment(u"2"_s, u"Cash"_s, u"Progress"_s, u"2026-03-20"_s)};
        const PaymentTimeline short_ = PaymentTimeline::of(weeks, u"payday"_s);
        QCOMPARE(short_.step, PaymentTimeline::Step::Week);
        QCOMPARE(short_.periods.first().start, QDate(2026, 3, 2));   // its Monday
        QCOMPARE(short_.periods.size(), 3);
        QVERIFY(PaymentTimeline::of({}, u"payday"_s).periods.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecimalAmount)
#include "tst_decimalamount.moc"
