// SPDX-License-Identifier: MIT
// The SMS segment counter: GSM-7 160/153, UCS-2 70/67, extension characters count twice.
#include "smssegments.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::SmsSegments;

Q_DECLARE_METATYPE(SmsSegments::Encoding)

class TestSmsSegments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsSegments::Encoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("remaining");
        using E = SmsSegments::Encoding;
        QTest::newRow("empty") << QString() << E::Gsm7 << 0 << 0 << 160;
        QTest::newRow("short") << u"See you at 9"_s << E::Gsm7 << 12 << 1 << 148;
        QTest::newRow("gsm 160 fits one") << QString(160, u'a') << E::Gsm7 << 160 << 1 << 0;
        QTest::newRow("gsm 161 needs two of 153") << QString(161, u'a') << E::Gsm7 << 161 << 2 << 145;
        QTest::newRow("gsm 306 fills two") << QString(306, u'a') << E::Gsm7 << 306 << 2 << 0;
        QTest::newRow("gsm 307 needs three") << QString(307, u'a') << E::Gsm7 << 307 << 3 << 152;
        QTest::newRow("gsm accents of the basic table") << u"Café à Zürich, ñ ¿¡ £ ¥ Ø"_s << E::Gsm7 << 25 << 1 << 135;
        QTest::newRow("euro and braces count twice") << u"€5 {ok} [x]"_s << E::Gsm7 << 16 << 1 << 144;
        QTest::newRow("extension pushes past 160") << QString(159, u'a') + u"€"_s << E::Gsm7 << 161 << 2 << 145;
        QTest::newRow("curly quote is unicode") << u"It’s here"_s << E::Ucs2 << 9 << 1 << 61;
        QTest::newRow("ucs2 70 fits one") << QString(69, u'a') + u"ē"_s << E::Ucs2 << 70 << 1 << 0;
        QTest::newRow("ucs2 71 needs two of 67") << QString(70, u'a') + u"ē"_s << E::Ucs2 << 71 << 2 << 63;
        QTest::newRow("emoji is two code units") << u"Hi 🙂"_s << E::Ucs2 << 5 << 1 << 65;
        QTest::newRow("newline is gsm") << u"a\nb"_s << E::Gsm7 << 3 << 1 << 157;
    }

    void count()
    {
        QFETCH(QString, text);
        QFETCH(SmsSegments::Encoding, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, remaining);
        const SmsSegments s = SmsSegments::count(text);
        QCOMPARE(s.encoding(), encoding);
        QCOMPARE(s.units(), units);
        QCOMPARE(s.segments(), segments);
        QCOMPARE(s.remainingInSegment(), remaining);
    }

    void tables()
    {
        bool extended = true;
        QVERIFY(SmsSegments::isGsm7(u'@', &extended));
        QVERIFY(!extended);
        QVERIFY(SmsSegments::isGsm7(u'~', &extended));
        QVERIFY(extended);
        QVERIFY(!SmsSegments::isGsm7(u'`'));   // not in GSM 03.38
        QVERIFY(!SmsSegments::isGsm7(u'ç'));   // only the capital Ç is
    }
};

QTEST_GUILESS_MAIN(TestSmsSegments)
#include "tst_smssegments.moc"
