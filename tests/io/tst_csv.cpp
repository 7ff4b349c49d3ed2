// SPDX-License-Identifier: MIT
// The CSV layer on its own: what the writer puts in the file, a round trip of awkward values
// through writer and reader, the forms of input the reader accepts and the ones it refuses
// with the line where the problem is.
#include "csvreader.h"
#include "csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::models::CsvReader;
using ct::models::CsvWriter;

namespace {

QList<QStringList> readAll(const QByteArray &bytes, QString *error = nullptr, int *errorLine = nullptr,
                           QList<int> *lines = nullptr, bool *hadBom = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRow(&fields)) {
        rows.append(fields);
        if (lines)
            lines->append(reader.recordLine());
    }
    if (error)
        *error = reader.errorString();
    if (errorLine)
        *errorLine = reader.errorLine();
    if (hadBom)
        *hadBom = reader.hadBom();
    return rows;
}

QByteArray writeAll(const QList<QStringList> &rows, bool bom = true)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setWriteBom(bom);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return buffer.data();
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writerQuotesOnlyWhereNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"Ada"_s << u"Ada"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("comma") << u"Denver, CO"_s << u"\"Denver, CO\""_s;
        QTest::newRow("quote") << u"5\" wide"_s << u"\"5\"\" wide\""_s;
        QTest::newRow("lf") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("leading space") << u" x"_s << u"\" x\""_s;
        QTest::newRow("trailing space") << u"x "_s << u"\"x \""_s;
        QTest::newRow("unicode") << u"Amélie Ōta 北京"_s << u"Amélie Ōta 北京"_s;
    }
    void writerQuotesOnlyWhereNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeField(value), encoded);
    }

    void writerWritesBomAndCrlf()
    {
        const QByteArray withBom = writeAll({{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}});
        QCOMPARE(withBom, QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2\r\n"));
        const QByteArray without = writeAll({{u"é"_s}}, false);
        QCOMPARE(without, QByteArray("\xC3\xA9\r\n"));
    }

    void roundTripOfTrickyValues()
    {
        // GIVEN values that break naive CSV code
        const QList<QStringList> rows = {
            {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s},
            {u"a,b"_s, u"say \"hi\""_s, u"line1\nline2"_s, u"crlf\r\ninside"_s},
            {u""_s, u""_s, u""_s, u""_s},
            {u"  padded  "_s, u" lead"_s, u"trail "_s, u"\""_s},
            {u"Chloé O'Brien"_s, u"Žluťoučký kůň"_s, u"日本語"_s, u"emoji 🙂"_s},
            {u"\"\""_s, u",,,"_s, u"\r"_s, u"\n"_s},
            {u"only"_s},
        };
        for (bool bom : {true, false}) {
            // WHEN they are written and read back
            QString error;
            bool hadBom = false;
            const QList<QStringList> back = readAll(writeAll(rows, bom), &error, nullptr, nullptr, &hadBom);
            // THEN every value comes back exactly
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(hadBom, bom);
            QCOMPARE(back, rows);
        }
    }

    void writerNeutralisesFormulaCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << u"=HYPERLINK(\"http://x.invalid\",\"Click\")"_s << u"\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Click\"\")\""_s;
        QTest::newRow("plus") << u"+cmd|' /C calc'!A0"_s << u"'+cmd|' /C calc'!A0"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("apostrophe before a trigger") << u"'=1"_s << u"''=1"_s;
        QTest::newRow("negative amount") << u"-12.50"_s << u"-12.50"_s;
        QTest::newRow("signed whole number") << u"+15"_s << u"+15"_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("apostrophe alone") << u"'quoted"_s << u"'quoted"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void writerNeutralisesFormulaCells()
    {
        // GIVEN a value a spreadsheet might run WHEN written THEN the cell is text to it
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(QString::fromUtf8(writeAll({{value}}, false)), cell + u"\r\n"_s);
    }

    void keepFormulasWritesRawValues()
    {
        // GIVEN the user's choice to keep formulas WHEN written THEN the values are as they are
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.setWriteBom(false);
        QVERIFY(!writer.keepFormulas());   // neutralising is the default
        writer.setKeepFormulas(true);
        QVERIFY(writer.writeRow({u"=1+1"_s, u"@SUM(A1)"_s, u"-2+3"_s}));
        QCOMPARE(buffer.data(), QByteArray("=1+1,@SUM(A1),-2+3\r\n"));
    }

    void formulaLikeValuesRoundTrip()
    {
        // GIVEN values that start like formulas, some already guarded by hand
        const QList<QStringList> rows = {
            {u"=1+1"_s, u"+1 303 929 1447"_s, u"-minus"_s, u"@at"_s},
            {u"\tTab"_s, u"\rCR"_s, u"'=1"_s, u"''+x"_s},
            {u"'plain"_s, u"-12.50"_s, u"'"_s, u"="_s},
        };
        // WHEN written and read back THEN exactly the same values
        QString error;
        QCOMPARE(readAll(writeAll(rows), &error), rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readerAcceptsCommonForms_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("crlf no final newline") << QByteArray("a,b\r\n1,2")
                                               << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("old mac cr") << QByteArray("a\rb\r") << QList<QStringList>{{u"a"_s}, {u"b"_s}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFname\nx\n") << QList<QStringList>{{u"name"_s}, {u"x"_s}};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{{u""_s, u""_s, u""_s}};
        QTest::newRow("blank line") << QByteArray("a\n\nb\n") << QList<QStringList>{{u"a"_s}, {u""_s}, {u"b"_s}};
        QTest::newRow("quoted newline and quotes") << QByteArray("\"x\r\n\"\"y\"\"\",z\r\n")
                                                   << QList<QStringList>{{u"x\r\n\"y\""_s, u"z"_s}};
        QTest::newRow("stray quote kept") << QByteArray("5\" pipe,b\n") << QList<QStringList>{{u"5\" pipe"_s, u"b"_s}};
        QTest::newRow("empty input") << QByteArray() << QList<QStringList>{};
        QTest::newRow("only bom") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{};
    }
    void readerAcceptsCommonForms()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QString error;
        QCOMPARE(readAll(input, &error), rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readerCountsLinesOfRecords()
    {
        QList<int> lines;
        const auto rows = readAll("h1,h2\r\n\"multi\r\nline\",x\r\nnext,y\r\n\"a\nb\nc\",z\nlast,w", nullptr,
                                  nullptr, &lines);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(lines, (QList<int>{1, 2, 4, 5, 8}));
    }

    void readerReportsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("unterminated quote") << QByteArray("a,b\r\n1,2\r\n3,\"open\r\nmore\r\n") << 3 << 2;
        QTest::newRow("unterminated at first line") << QByteArray("\"never closed") << 1 << 0;
        QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y,z\n") << 2 << 1;
        QTest::newRow("not utf-8") << QByteArray("a\nb\nCaf\xE9\n") << 3 << 2;
    }
    void readerReportsMalformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, rowsBefore);
        QString error;
        int errorLine = 0;
        const auto rows = readAll(input, &error, &errorLine);
        QVERIFY(!error.isEmpty());
        QCOMPARE(errorLine, line);
        QCOMPARE(rows.size(), rowsBefore);
        QVERIFY2(error.contains(QString::number(line)), qPrintable(error));
    }

    void detectsTheDelimiterOfTheHeader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1;2;3;4;5\n") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("\xEF\xBB\xBFVorname;Nachname;E-Mail\nA;B;c@d.de\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n") << QChar(u'\t');
        QTest::newRow("quoted commas ignored") << QByteArray("\"x,y,z\";b;c\n") << QChar(u';');
        QTest::newRow("single column") << QByteArray("name\nAda\n") << QChar(u',');
        QTest::newRow("empty") << QByteArray() << QChar(u',');
    }
    void detectsTheDelimiterOfTheHeader()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, delimiter);
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(CsvReader::detectDelimiter(&buffer), delimiter);
        QCOMPARE(buffer.pos(), 0);   // nothing consumed
    }

    void semicolonRoundTrip()
    {
        const QList<QStringList> rows = {{u"Name"_s, u"Betrag"_s}, {u"Müller; Sohn"_s, u"1.250,50"_s}, {u"a,b"_s, u""_s}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.setDelimiter(u';');
        for (const QStringList &row : rows)
            QVERIFY(writer.writeRow(row));
        // The delimiter inside a value is quoted; a comma no longer needs it.
        QVERIFY(buffer.data().contains("\"M\xC3\xBCller; Sohn\";1.250,50\r\n"));
        buffer.close();
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        reader.setDelimiter(CsvReader::detectDelimiter(&buffer));
        QList<QStringList> back;
        QStringList fields;
        while (reader.readRow(&fields))
            back.append(fields);
        QCOMPARE(back, rows);
    }

    void readerStreamsAcrossChunks()
    {
        // GIVEN a file several chunks long, with multi-byte characters and quoted line breaks
        // falling on chunk boundaries somewhere
        QList<QStringList> rows;
        for (int i = 0; i < 20000; ++i)
            rows.append({QString::number(i), u"Zoë \"%1\""_s.arg(i), u"l1\r\nl2 北"_s, u"x,y"_s});
        const QByteArray bytes = writeAll(rows);
        QVERIFY(bytes.size() > 10 * CsvReader::ChunkBytes);
        // WHEN read back, THEN nothing is lost or split
        QString error;
        QCOMPARE(readAll(bytes, &error), rows);
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
