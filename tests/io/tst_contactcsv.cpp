// SPDX-License-Identifier: MIT
// Contacts to CSV and back: the sandbox's 1,000 demo contacts exported and imported into a
// fresh outbox unchanged; rows the schema refuses reported by row and field while the rest
// import; duplicates by email and phone, within the file and against the account; header
// guesses; cancelling either step.
#include "contactexport.h"
#include "contactimport.h"
#include "contactimportmapping.h"
#include "sandbox.h"

#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct::models;
using ct::api::ApiParams;
using ct::sandbox::Sandbox;
using ct::store::Outbox;

namespace {

constexpr int Generous = 120000;

QList<QJsonObject> objects(const QJsonArray &array)
{
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(v.toObject());
    return out;
}

} // namespace

class TestContactCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<ct::store::AccountDatabase>();
        QVERIFY(m_db->open(m_dir->path(), Sandbox::demoWebKey()));
        m_outbox = std::make_unique<Outbox>(m_db.get());
        QVERIFY(m_outbox->load());
    }
    void cleanup()
    {
        m_outbox.reset();
        m_db.reset();
        m_dir.reset();
    }

    void suggestsTargetsFromHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        QTest::newRow("label") << u"First Name"_s << u"firstName"_s;
        QTest::newRow("key") << u"lastName"_s << u"lastName"_s;
        QTest::newRow("surname") << u"Surname"_s << u"lastName"_s;
        QTest::newRow("e-mail") << u"E-mail"_s << u"email"_s;
        QTest::newRow("email address") << u"Email Address"_s << u"email"_s;
        QTest::newRow("phone") << u"Phone"_s << u"phone"_s;
        QTest::newRow("mobile phone label") << u"Mobile phone"_s << u"phone"_s;
        QTest::newRow("second phone") << u"Second phone"_s << u"second_phone"_s;
        QTest::newRow("postal code") << u"Postal Code"_s << u"zip"_s;
        QTest::newRow("province") << u"Province"_s << u"state"_s;
        QTest::newRow("company") << u"Company"_s << u"compName"_s;
        QTest::newRow("job title key") << u"job_title"_s << u"job_title"_s;
        QTest::newRow("contact id skipped") << u"Contact id"_s << u""_s;
        QTest::newRow("client_id skipped") << u"client_id"_s << u""_s;
        QTest::newRow("custom") << u"Preferred contact time"_s << u"preferred_contact_time"_s;
        QTest::newRow("custom accents") << u"Année d'achat"_s << u"annee_d_achat"_s;
        QTest::newRow("custom digit first") << u"2nd Address"_s << u"field_2nd_address"_s;
        QTest::newRow("nothing usable") << u"—"_s << u""_s;
    }
    void suggestsTargetsFromHeaders()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        QCOMPARE(ContactImport::suggestMapping({header}), QStringList{target});
    }

    void suggestionNeverFillsAFieldTwice()
    {
        QCOMPARE(ContactImport::suggestMapping({u"Email"_s, u"E-mail"_s, u"Referral Name"_s},
                                               {u"referralName"_s}),
                 (QStringList{u"email"_s, u""_s, u"referralName"_s}));
        // Every target offered is a key a create may carry
        for (const auto &field : ContactImportMapping::targetFields())
            QVERIFY(field.key != u"client_id");
    }

    void exportThenImportRoundTripsDemoContacts()
    {
        // GIVEN the sandbox's 1,000 demo contacts, exported with the default columns
        Sandbox sandbox;
        const QList<QJsonObject> rows = objects(sandbox.clients(Sandbox::demoWebKey()));
        QCOMPARE(rows.size(), 1000);
        auto source = std::make_shared<ContactRowList>(rows);
        const QList<CsvColumn> columns = ContactExport::defaultColumns(*source);
        QCOMPARE(columns.first().key, u"client_id"_s);
        const QString path = m_dir->filePath(u"contacts.csv"_s);
        ContactExport exporter;
        exporter.setChunkSize(100);
        QSignalSpy progress(&exporter, &ContactExport::progress);
        QSignalSpy exported(&exporter, &ContactExport::finished);
        QVERIFY(exporter.start(path, source, columns));
        QVERIFY(!QFile::exists(path));   // only appears once complete
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Generous);
        QCOMPARE(exported.first().at(0).value<ContactExport::Outcome>(), ContactExport::Outcome::Finished);
        QVERIFY(progress.size() >= 10);   // in chunks
        QCOMPARE(progress.last().at(0).toInt(), 1000);
        QCOMPARE(progress.last().at(1).toInt(), 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(3) == "\xEF\xBB\xBF");
        file.close();

        // WHEN it is imported into a fresh outbox with the suggested mapping
        QStringList headers;
        QList<QStringList> preview;
        QString error;
        QVERIFY2(ContactImport::readPreview(path, 5, &headers, &preview, &error), qPrintable(error));
        QCOMPARE(preview.size(), 5);
        const QStringList mapping = ContactImport::suggestMapping(headers);
        for (int i = 0; i < columns.size(); ++i)
            QCOMPARE(mapping.at(i), columns.at(i).key == u"client_id" ? QString() : columns.at(i).key);
        ContactImport import;
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(path, mapping));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, Generous);
        const ContactImportReport &report = import.report();
        QVERIFY2(report.fileError.isEmpty(), qPrintable(report.fileError));
        QCOMPARE(report.totalRows, 1000);
        if (!report.problems.isEmpty()) {
            const auto &p = report.problems.first();
            QFAIL(qPrintable(u"row %1 %2 '%3': %4"_s.arg(p.row).arg(p.field, p.value, p.reason)));
        }
        QCOMPARE(report.accepted.size(), 1000);
        QSignalSpy queued(&import, &ContactImport::queueFinished);
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::ImportAnyway));
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, Generous);
        QCOMPARE(queued.first().at(1).toInt(), 1000);

        // THEN every exported contact is exactly one queued create_client with the same values
        const auto &entries = m_outbox->entries();
        QCOMPARE(entries.size(), 1000);
        QSet<QString> keys;
        for (int i = 0; i < rows.size(); ++i) {
            const auto &entry = entries.at(i);
            QCOMPARE(entry.callName, u"create_client"_s);
            QVERIFY(ct::store::RecordKey::isLocal(entry.recordKey));
            keys.insert(entry.recordKey);
            ApiParams expected;
            for (auto it = rows.at(i).begin(); it != rows.at(i).end(); ++it) {
                if (it.key() != u"client_id" && !it.value().toString().isEmpty())
                    expected.insert(it.key(), it.value().toString());
            }
            QCOMPARE(entry.params, expected);
        }
        QCOMPARE(keys.size(), 1000);
        QCOMPARE(import.queuedKeys().size(), 1000);
    }

    void formulaCellsAreNeutralisedAndImportedBack()
    {
        // GIVEN contacts whose values came from a web form with formulas in them
        const QJsonObject evil{{u"firstName"_s, u"=HYPERLINK(\"http://x.invalid\",\"Click\")"_s},
                               {u"lastName"_s, u"@SUM(A1)"_s},
                               {u"city"_s, u"+cmd"_s},
                               {u"email"_s, u"formula@example.com"_s}};
        const QJsonObject plain{{u"firstName"_s, u"'=Ann"_s}, {u"lastName"_s, u"-Dash-"_s}, {u"city"_s, u"Denver"_s},
                                {u"email"_s, u"plain@example.com"_s}};
        auto source = std::make_shared<ContactRowList>(QList<QJsonObject>{evil, plain});
        const QList<CsvColumn> columns = ContactExport::defaultColumns(*source);
        const QString path = m_dir->filePath(u"formulas.csv"_s);
        ContactExport exporter;
        QSignalSpy exported(&exporter, &ContactExport::finished);
        // WHEN they are exported
        QVERIFY(exporter.start(path, source, columns));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Generous);
        // THEN no cell of the file starts a formula
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(text.contains(u"\"'=HYPERLINK("_s), qPrintable(text));
        QVERIFY2(text.contains(u",'@SUM(A1),"_s), qPrintable(text));
        QVERIFY2(text.contains(u",'+cmd\r\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u",'-Dash-,"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n''=Ann,"_s), qPrintable(text));

        // WHEN the console imports its own export THEN every value is what was exported
        QStringList headers;
        QList<QStringList> preview;
        QString error;
        QVERIFY2(ContactImport::readPreview(path, 5, &headers, &preview, &error), qPrintable(error));
        ContactImport import;
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(path, ContactImport::suggestMapping(headers)));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, Generous);
        QCOMPARE(import.report().accepted.size(), 2);
        QSignalSpy queued(&import, &ContactImport::queueFinished);
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::ImportAnyway));
        QTRY_COMPARE_WITH_TIMEOUT(queued.size(), 1, Generous);
        const auto &entries = m_outbox->entries();
        QCOMPARE(entries.size(), 2);
        const QList<QJsonObject> originals{evil, plain};
        for (int i = 0; i < 2; ++i) {
            for (auto it = originals.at(i).begin(); it != originals.at(i).end(); ++it)
                QCOMPARE(entries.at(i).params.value(it.key()), it.value().toString());
        }
    }

    void hundredThousandRowsStreamInChunks()
    {
        // GIVEN 100,000 contacts
        QList<QJsonObject> rows;
        rows.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            rows.append(QJsonObject{{u"firstName"_s, u"Zoë %1"_s.arg(i)}, {u"lastName"_s, u"O'Brien, Jr."_s},
                                    {u"phone"_s, u"303%1"_s.arg(i, 7, 10, QLatin1Char('0'))},
                                    {u"email"_s, u"p%1@example.com"_s.arg(i)},
                                    {u"whiteboard"_s, u"line one\nline \"two\""_s}});
        }
        auto source = std::make_shared<ContactRowList>(std::move(rows));
        const QString path = m_dir->filePath(u"big.csv"_s);
        // WHEN exported and checked for import
        ContactExport exporter;
        QSignalSpy exportProgress(&exporter, &ContactExport::progress);
        QSignalSpy exported(&exporter, &ContactExport::finished);
        QVERIFY(exporter.start(path, source, ContactExport::defaultColumns(*source)));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Generous);
        ContactImport import;
        QSignalSpy importProgress(&import, &ContactImport::progress);
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(import.analyse(&file, {u"firstName"_s, u"lastName"_s, u"phone"_s, u"email"_s, u"whiteboard"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, Generous);
        // THEN both went by in many small steps (the event loop ran between them) and every
        // row is there
        QVERIFY(exportProgress.size() >= 100);
        QVERIFY(importProgress.size() >= 20);
        QCOMPARE(import.report().accepted.size(), 100000);
        QVERIFY(import.report().problems.isEmpty());
        QCOMPARE(import.report().accepted.last().params.value(u"whiteboard"_s), u"line one\nline \"two\""_s);
        QCOMPARE(import.report().accepted.last().line, 2 + 2 * 99999);
    }

    void cancelledExportLeavesNoFile()
    {
        QList<QJsonObject> rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(QJsonObject{{u"firstName"_s, u"F%1"_s.arg(i)}, {u"lastName"_s, u"L"_s}});
        const QString path = m_dir->filePath(u"cancelled.csv"_s);
        ContactExport exporter;
        exporter.setChunkSize(10);
        QSignalSpy finished(&exporter, &ContactExport::finished);
        connect(&exporter, &ContactExport::progress, &exporter, [&](int done) {
            if (done >= 100)
                exporter.cancel();
        });
        QVERIFY(exporter.start(path, std::make_shared<ContactRowList>(rows),
                               {{u"firstName"_s, u"First name"_s}, {u"lastName"_s, u"Last name"_s}}));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<ContactExport::Outcome>(), ContactExport::Outcome::Cancelled);
        QVERIFY(!exporter.isRunning());
        QVERIFY(!QFile::exists(path));
    }

    void exportWithoutBom()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ContactExport exporter;
        exporter.setWriteBom(false);
        QSignalSpy finished(&exporter, &ContactExport::finished);
        QVERIFY(exporter.start(&buffer, std::make_shared<ContactRowList>(QList<QJsonObject>{
                                            {{u"firstName"_s, u"Zoë, \"Z\""_s}, {u"age"_s, 41}}}),
                               {{u"firstName"_s, u"First name"_s}, {u"age"_s, u"Age"_s}}));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(buffer.data(), QString(u"First name,Age\r\n\"Zoë, \"\"Z\"\"\",41\r\n"_s).toUtf8());
    }

    void exportToAnUnwritablePlaceSaysWhy()
    {
        ContactExport exporter;
        QSignalSpy finished(&exporter, &ContactExport::finished);
        QVERIFY(!exporter.start(m_dir->filePath(u"no/such/folder/x.csv"_s),
                                std::make_shared<ContactRowList>(QList<QJsonObject>()), {{u"firstName"_s, u"First name"_s}}));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!exporter.isRunning());
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        QVERIFY(!exporter.start(&readOnly, std::make_shared<ContactRowList>(QList<QJsonObject>()),
                                {{u"firstName"_s, u"First name"_s}}));
        QVERIFY(!exporter.errorString().isEmpty());
        QVERIFY(!exporter.isRunning());
        QCOMPARE(finished.size(), 0);
    }

    void badRowsAreReportedAndTheRestImported()
    {
        // GIVEN a file with good rows and one fault per bad row, written the way people do
        const QByteArray csv =
            "First Name,Last Name,Phone,State,Zip,Anniversary 1,Email,Contact type\r\n"
            "Ada,Lovelace,(303) 929-1447,co,80202,2024-05-01,ada@example.com,Client\r\n"   // row 2 ok
            "Bad,Phone,929-1447,CO,80202,,bad.phone@example.com,\r\n"                      // row 3
            "Bad,State,3039291447,XX,80202,,,\r\n"                                          // row 4
            "Bad,Zip,3039291447,CO,802,,,\r\n"                                              // row 5
            "NoLast,,3039291447,CO,80202,,,\r\n"                                            // row 6
            "Bad,Date,3039291447,CO,80202,2024-13-45,,\r\n"                                 // row 7
            "\r\n"                                                                          // row 8 blank
            "\"Multi\r\nLine\",Ok,+1 416 555 0199,on,m5v3l9,2024:02:29,,2\r\n"              // row 9 ok
            "Two,Faults,12,ZZ,80202,,,\r\n"                                                 // row 10, line 11
            "Zip,Mismatch,3039291447,ON,80202,,,\r\n";                                       // row 11: US zip, Canadian province
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImport import;
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        const QStringList mapping = ContactImport::suggestMapping(
            {u"First Name"_s, u"Last Name"_s, u"Phone"_s, u"State"_s, u"Zip"_s, u"Anniversary 1"_s,
             u"Email"_s, u"Contact type"_s});
        QCOMPARE(mapping.at(5), u"anniversary_1"_s);
        QCOMPARE(mapping.at(7), u"contact_type"_s);
        QVERIFY(import.analyse(&buffer, mapping));
        QTRY_COMPARE(analysed.size(), 1);
        const ContactImportReport &report = import.report();

        // THEN each bad row is named with its row number and field
        QList<std::pair<int, QString>> found;
        for (const ImportProblem &p : report.problems) {
            found.append({p.row, p.field});
            QVERIFY(!p.reason.isEmpty());
        }
        const QList<std::pair<int, QString>> expected = {
            {3, u"phone"_s}, {4, u"state"_s}, {5, u"zip"_s}, {6, u"lastName"_s},
            {7, u"anniversary_1"_s}, {10, u"phone"_s}, {10, u"state"_s},
            {11, u"zip"_s}};
        QCOMPARE(found, expected);
        QCOMPARE(report.problems.at(3).column, 1);           // the empty last name column
        QCOMPARE(report.problems.at(0).value, u"929-1447"_s); // as the file had it
        QCOMPARE(report.problems.at(5).line, 11);            // the multi-line row shifted lines
        QCOMPARE(report.rejectedRows, 7);
        QCOMPARE(report.totalRows, 9);

        // AND the good rows import, normalised as the editor would
        QCOMPARE(report.accepted.size(), 2);
        QSignalSpy queued(&import, &ContactImport::queueFinished);
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::Skip));
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(m_outbox->entries().size(), 2);
        const ApiParams ada = m_outbox->entries().at(0).params;
        QCOMPARE(ada, (ApiParams{{u"firstName"_s, u"Ada"_s}, {u"lastName"_s, u"Lovelace"_s},
                                 {u"phone"_s, u"3039291447"_s}, {u"state"_s, u"CO"_s}, {u"zip"_s, u"80202"_s},
                                 {u"anniversary_1"_s, u"2024:05:01"_s}, {u"email"_s, u"ada@example.com"_s},
                                 {u"contact_type"_s, u"1"_s}}));
        const ApiParams multi = m_outbox->entries().at(1).params;
        QCOMPARE(multi.value(u"firstName"_s), u"Multi\r\nLine"_s);
        QCOMPARE(multi.value(u"phone"_s), u"4165550199"_s);
        QCOMPARE(multi.value(u"state"_s), u"ON"_s);
        QCOMPARE(multi.value(u"zip"_s), u"M5V 3L9"_s);
        QCOMPARE(multi.value(u"contact_type"_s), u"2"_s);
    }

    void customFieldsAreKeptAsTheEditorKeepsThem()
    {
        ContactRowChecker checker({u"firstName"_s, u"lastName"_s, u"favourite_colour"_s, u"notes"_s});
        QList<ImportProblem> problems;
        const ApiParams params = checker.check({u" Ada "_s, u"Lovelace"_s, u"<b>Blue</b>"_s, QString(101, u'x')},
                                               &problems);
        QCOMPARE(params.value(u"firstName"_s), u"Ada"_s);
        QCOMPARE(params.value(u"favourite_colour"_s), u"Blue"_s);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"notes"_s);   // a custom field holds at most 100 characters
        QCOMPARE(problems.first().column, 3);
    }

    void zipsRepairedAsSpreadsheetsBreakThem_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("lost leading zero") << u"2134"_s << u"02134"_s;
        QTest::newRow("lost zero, plus four") << u"2134-1234"_s << u"02134-1234"_s;
        QTest::newRow("five digits") << u"80202"_s << u"80202"_s;
        QTest::newRow("canadian compact lower case") << u"k1a0b1"_s << u"K1A 0B1"_s;
        QTest::newRow("three digits left alone") << u"802"_s << u"802"_s;
    }
    void zipsRepairedAsSpreadsheetsBreakThem()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QCOMPARE(ContactRowChecker({}).normalise(u"zip"_s, typed), sent);
    }

    void datesInTheFormsPeopleWrite_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("sent");
        QTest::newRow("api") << u"2024:02:29"_s << u"en_US"_s << u"2024:02:29"_s;
        QTest::newRow("iso") << u"2024-02-29"_s << u"de_DE"_s << u"2024:02:29"_s;
        QTest::newRow("us") << u"2/29/2024"_s << u"en_US"_s << u"2024:02:29"_s;
        QTest::newRow("german") << u"29.02.2024"_s << u"de_DE"_s << u"2024:02:29"_s;
        QTest::newRow("not a date") << u"someday"_s << u"en_US"_s << u"someday"_s;
    }
    void datesInTheFormsPeopleWrite()
    {
        QFETCH(QString, typed);
        QFETCH(QString, locale);
        QFETCH(QString, sent);
        QCOMPARE(ContactRowChecker({}, QLocale(locale)).normalise(u"anniversary_1"_s, typed), sent);
    }

    void semicolonFileFromAGermanSpreadsheet()
    {
        // GIVEN a file as German Excel saves "CSV UTF-8": semicolons, local dates
        QBuffer buffer;
        buffer.setData("\xEF\xBB\xBFVorname;Nachname;E-Mail;Telefon;Jahrestag\r\n"
                       "J\xC3\xBCrgen;M\xC3\xBCller;jm@example.de;303 555 0110;29.02.2024\r\n");
        buffer.open(QIODevice::ReadOnly);
        ContactImport import;
        import.setLocale(QLocale(u"de_DE"_s));
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(&buffer, {u"firstName"_s, u"lastName"_s, u"email"_s, u"phone"_s, u"anniversary_1"_s}));
        QTRY_COMPARE(analysed.size(), 1);
        // THEN the columns are found and the values normalised
        QCOMPARE(import.report().delimiter, QChar(u';'));
        QCOMPARE(import.report().headers.size(), 5);
        QCOMPARE(import.report().accepted.size(), 1);
        QCOMPARE(import.report().accepted.first().params,
                 (ApiParams{{u"firstName"_s, u"Jürgen"_s}, {u"lastName"_s, u"Müller"_s}, {u"email"_s, u"jm@example.de"_s},
                            {u"phone"_s, u"3035550110"_s}, {u"anniversary_1"_s, u"2024:02:29"_s}}));
    }

    void rowWithMoreValuesThanColumnsIsRefused()
    {
        QBuffer buffer;
        buffer.setData("firstName,lastName\nAda,Lovelace,surplus\nGrace,Hopper,\n");
        buffer.open(QIODevice::ReadOnly);
        ContactImport import;
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(&buffer, {u"firstName"_s, u"lastName"_s}));
        QTRY_COMPARE(analysed.size(), 1);
        QCOMPARE(import.report().rejectedRows, 1);
        QCOMPARE(import.report().problems.first().row, 2);
        QCOMPARE(import.report().problems.first().column, 2);
        QCOMPARE(import.report().accepted.size(), 1);   // an empty extra value is harmless
    }

    void duplicatesWithinTheFileAndAgainstTheAccount()
    {
        // GIVEN an account with two contacts
        ContactImport import;
        import.setExistingContacts({
            QJsonObject{{u"client_id"_s, u"8000001"_s}, {u"email"_s, u"Known@Example.com"_s}, {u"phone"_s, u"3035550001"_s}},
            QJsonObject{{u"client_id"_s, u"8000002"_s}, {u"email"_s, u""_s}, {u"phone"_s, u"7205550002"_s}},
        });
        // AND a file that repeats them and itself
        const QByteArray csv =
            "first,last,email,phone\n"
            "A,One,known@example.com,\n"             // row 2: existing by email (any case)
            "B,Two,,(720) 555-0002\n"                // row 3: existing by phone, formatted
            "C,Three,c@example.com,3035550003\n"     // row 4: new
            "D,Four,C@EXAMPLE.COM,\n"                // row 5: same email as row 4
            "E,Five,e@example.com,303.555.0003\n"    // row 6: same phone as row 4
            "F,Six,f@example.com,3035550006\n";      // row 7: new
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(&buffer, ContactImport::suggestMapping({u"first"_s, u"last"_s, u"email"_s, u"phone"_s})));
        QTRY_COMPARE(analysed.size(), 1);
        const auto &accepted = import.report().accepted;
        QCOMPARE(accepted.size(), 6);
        // THEN each duplicate names what it matched
        QCOMPARE(accepted.at(0).duplicate.field, u"email"_s);
        QCOMPARE(accepted.at(0).duplicate.clientId, u"8000001"_s);
        QCOMPARE(accepted.at(1).duplicate.field, u"phone"_s);
        QCOMPARE(accepted.at(1).duplicate.clientId, u"8000002"_s);
        QVERIFY(!accepted.at(2).duplicate.isDuplicate());
        QCOMPARE(accepted.at(3).duplicate.field, u"email"_s);
        QCOMPARE(accepted.at(3).duplicate.row, 4);
        QCOMPARE(accepted.at(4).duplicate.field, u"phone"_s);
        QCOMPARE(accepted.at(4).duplicate.row, 4);
        QVERIFY(!accepted.at(5).duplicate.isDuplicate());
        QCOMPARE(import.report().duplicateCount(), 4);

        // WHEN the user skips duplicates THEN only the two new contacts are queued
        QSignalSpy queued(&import, &ContactImport::queueFinished);
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::Skip));
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(queued.first().at(1).toInt(), 2);
        QCOMPARE(import.skippedDuplicates(), 4);
        QCOMPARE(m_outbox->entries().size(), 2);
        QCOMPARE(m_outbox->entries().at(0).params.value(u"firstName"_s), u"C"_s);
        QCOMPARE(m_outbox->entries().at(1).params.value(u"firstName"_s), u"F"_s);

        // WHEN the same file is checked again THEN the contacts waiting in the outbox count
        buffer.seek(0);
        import.setQueuedContacts(m_outbox.get());
        QVERIFY(import.analyse(&buffer, ContactImport::suggestMapping({u"first"_s, u"last"_s, u"email"_s, u"phone"_s})));
        QTRY_COMPARE(analysed.size(), 2);
        QCOMPARE(import.report().duplicateCount(), 6);
        QCOMPARE(import.report().accepted.at(2).duplicate.queuedKey, m_outbox->entries().at(0).recordKey);
        import.setQueuedContacts(nullptr);
        buffer.seek(0);
        QVERIFY(import.analyse(&buffer, ContactImport::suggestMapping({u"first"_s, u"last"_s, u"email"_s, u"phone"_s})));
        QTRY_COMPARE(analysed.size(), 3);
        QCOMPARE(import.report().duplicateCount(), 4);

        // WHEN the same report is imported anyway THEN all six are queued
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::ImportAnyway));
        QTRY_COMPARE(queued.size(), 2);
        QCOMPARE(queued.last().at(1).toInt(), 6);
        QCOMPARE(m_outbox->entries().size(), 8);
    }

    void malformedFileIsNotImported()
    {
        QBuffer buffer;
        buffer.setData("First Name,Last Name\nAda,Lovelace\nGrace,\"Hopper\nAlan,Turing\n");
        buffer.open(QIODevice::ReadOnly);
        ContactImport import;
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(&buffer, {u"firstName"_s, u"lastName"_s}));
        QTRY_COMPARE(analysed.size(), 1);
        QCOMPARE(analysed.first().at(0).value<ContactImport::Outcome>(), ContactImport::Outcome::Failed);
        QCOMPARE(import.report().fileErrorLine, 3);
        QVERIFY(!import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::ImportAnyway));
        QVERIFY(m_outbox->isEmpty());
    }

    void cancelledQueueKeepsWhatWasQueued()
    {
        QByteArray csv = "firstName,lastName\n";
        for (int i = 0; i < 300; ++i)
            csv += "F" + QByteArray::number(i) + ",L\n";
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImport import;
        import.setChunkSize(10);
        QSignalSpy analysed(&import, &ContactImport::analysisFinished);
        QVERIFY(import.analyse(&buffer, {u"firstName"_s, u"lastName"_s}));
        QTRY_COMPARE(analysed.size(), 1);
        QCOMPARE(import.report().accepted.size(), 300);
        QSignalSpy queued(&import, &ContactImport::queueFinished);
        connect(&import, &ContactImport::progress, &import, [&](int done, int total) {
            if (total > 0 && done >= 50)
                import.cancel();
        });
        QVERIFY(import.queue(m_outbox.get(), ContactImport::DuplicatePolicy::Skip));
        QTRY_COMPARE(queued.size(), 1);
        QCOMPARE(queued.first().at(0).value<ContactImport::Outcome>(), ContactImport::Outcome::Cancelled);
        const int count = queued.first().at(1).toInt();
        QVERIFY(count >= 50 && count < 300);
        QCOMPARE(int(m_outbox->entries().size()), count);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::store::AccountDatabase> m_db;
    std::unique_ptr<Outbox> m_outbox;
};

QTEST_GUILESS_MAIN(TestContactCsv)
#include "tst_contactcsv.moc"
