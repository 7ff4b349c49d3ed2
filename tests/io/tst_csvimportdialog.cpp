// SPDX-License-Identifier: MIT
// The CSV import dialog driven like a user would: pick a small file, check and change the
// column mapping, read the report of refused rows and duplicates, import, read the summary;
// then a real OutboxReplayer sends the queued creates to the in-process sandbox and the
// contacts are there.
#include "contactimport.h"
#include "csvimportdialog.h"
#include "sandbox.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
using ct::store::Outbox;
using ct::store::OutboxReplayer;

class TestCsvImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey()))
            m_existing.append(v.toObject());
        QCOMPARE(m_existing.size(), 1000);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<ct::store::AccountDatabase>();
        QVERIFY(m_database->open(m_dir.path() + u"/%1"_s.arg(++m_run), Sandbox::demoWebKey()));
        m_outbox = std::make_unique<Outbox>(m_database.get());
        QVERIFY(m_outbox->load());
    }

    void cleanup()
    {
        m_outbox.reset();
        m_database.reset();
    }

    void mappingReportImportAndReplay()
    {
        // GIVEN a small file: two good rows, two bad ones, a repeat of a row above and a
        // contact the account already has
        const QString knownEmail = m_existing.at(10).value(u"email"_s).toString();
        const QString path = writeFile(
            u"people.csv"_s,
            u"First Name,Last Name,E-mail,Phone,Favourite colour\r\n"
            "Imported,Alpha,imported.alpha@example.com,(303) 555-0101,Blue\r\n"
            "Imported,Beta,imported.beta@example.com,303.555.0102,\"Green, light\"\r\n"
            "Bad,Phone,bad.phone@example.com,555-01,Red\r\n"
            ",NoFirst,nofirst@example.com,,\r\n"
            "Imported,Gamma,IMPORTED.ALPHA@example.com,3035550103,Teal\r\n"
            "Known,Person,%1,,\r\n"_s.arg(knownEmail));
        CsvImportDialog dialog(m_outbox.get(), m_existing);
        QSignalSpy queuedKeys(&dialog, &CsvImportDialog::contactsQueued);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *next = dialog.findChild<QPushButton *>(u"nextButton"_s);
        QVERIFY(next);
        QVERIFY(!next->isEnabled());

        // WHEN the user types the file name and goes on
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"filePath"_s), path);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        // THEN each column has a guessed field and the first rows show
        QCOMPARE(dialog.currentPage(), CsvImportDialog::MappingPage);
        QCOMPARE(dialog.mapping(), (QStringList{u"firstName"_s, u"lastName"_s, u"email"_s, u"phone"_s,
                                                u"favourite_colour"_s}));
        QCOMPARE(dialog.findChild<QTableWidget *>(u"previewTable"_s)->rowCount(), CsvImportDialog::PreviewRows);
        QVERIFY(dialog.findChild<QComboBox *>(u"mappingCombo4"_s));

        // WHEN the first-name column is skipped THEN the dialog says why it cannot go on
        QComboBox *first = dialog.mappingCombo(0);
        const int firstNameIndex = first->currentIndex();
        first->setCurrentIndex(0);
        QVERIFY(!next->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(u"mappingHint"_s)->text().isEmpty());
        first->setCurrentIndex(firstNameIndex);
        QVERIFY(next->isEnabled());

        // WHEN the rows are checked
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), CsvImportDialog::ReportPage);
        QTRY_VERIFY(next->isEnabled());
        // THEN the refused rows are listed with row, field and reason
        auto *rejected = dialog.findChild<QTableWidget *>(u"rejectedTable"_s);
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->item(0, 0)->text(), u"4"_s);
        QCOMPARE(rejected->item(0, 1)->text(), u"Phone"_s);
        QVERIFY(!rejected->item(0, 4)->text().isEmpty());
        QCOMPARE(rejected->item(1, 0)->text(), u"5"_s);
        QCOMPARE(rejected->item(1, 1)->text(), u"First Name"_s);
        // AND the duplicates, against the file and against the account
        auto *duplicates = dialog.findChild<QTableWidget *>(u"duplicatesTable"_s);
        QCOMPARE(duplicates->rowCount(), 2);
        QCOMPARE(duplicates->item(0, 0)->text(), u"6"_s);
        QVERIFY(duplicates->item(0, 2)->text().contains(u"2"_s));
        QVERIFY(duplicates->item(1, 2)->text().contains(m_existing.at(10).value(u"client_id"_s).toString()));
        const QString summary = dialog.findChild<QLabel *>(u"reportSummary"_s)->text();
        QVERIFY2(summary.contains(u"6"_s) && summary.contains(u"4"_s) && summary.contains(u"2"_s), qPrintable(summary));
        // AND the refused rows can be saved with their problems, to correct and import again
        QVERIFY(dialog.findChild<QPushButton *>(u"saveRejectedButton"_s)->isEnabled());
        const QString refusedPath = m_dir.filePath(u"refused.csv"_s);
        QString error;
        QVERIFY2(dialog.saveRejectedRowsTo(refusedPath, &error), qPrintable(error));
        QStringList refusedHeaders;
        QList<QStringList> refused;
        QVERIFY(ct::models::ContactImport::readPreview(refusedPath, 10, &refusedHeaders, &refused, &error));
        QCOMPARE(refusedHeaders.size(), 6);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).at(3), u"555-01"_s);
        QVERIFY2(refused.at(0).at(5).startsWith(u"Phone: "_s), qPrintable(refused.at(0).at(5)));
        QVERIFY2(refused.at(1).at(5).startsWith(u"First Name: "_s), qPrintable(refused.at(1).at(5)));
        QCOMPARE(ct::models::ContactImport::suggestMapping(refusedHeaders).last(), QString());

        // AND the choice about duplicates changes how many will be imported
        QVERIFY(next->text().contains(u"2"_s));
        clickRadio(dialog.findChild<QRadioButton *>(u"importDuplicates"_s));
        QVERIFY(next->text().contains(u"4"_s));
        clickRadio(dialog.findChild<QRadioButton *>(u"skipDuplicates"_s));
        QVERIFY(next->text().contains(u"2"_s));

        // WHEN the user imports
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), CsvImportDialog::SummaryPage);
        QCOMPARE(dialog.findChild<QProgressBar *>(u"importProgress"_s)->value(), 4);
        // THEN two contacts wait in the outbox, normalised, and the summary says what happened
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"2"_s));
        QCOMPARE(queuedKeys.size(), 1);
        QCOMPARE(queuedKeys.first().first().toStringList().size(), 2);
        QCOMPARE(m_outbox->entries().size(), 2);
        QCOMPARE(m_outbox->entries().at(0).params.value(u"phone"_s), u"3035550101"_s);
        QCOMPARE(m_outbox->entries().at(1).params.value(u"favourite_colour"_s), u"Green, light"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // WHEN the same file is imported again before anything was sent
        CsvImportDialog again(m_outbox.get(), m_existing);
        again.show();
        again.setFilePath(path);
        auto *nextAgain = again.findChild<QPushButton *>(u"nextButton"_s);
        QTest::mouseClick(nextAgain, Qt::LeftButton);
        QTest::mouseClick(nextAgain, Qt::LeftButton);
        QTRY_VERIFY(again.currentPage() == CsvImportDialog::ReportPage && !again.contactImport()->isRunning());
        // THEN the rows already waiting in the outbox are duplicates and nothing is left to import
        QCOMPARE(again.findChild<QTableWidget *>(u"duplicatesTable"_s)->rowCount(), 4);
        QVERIFY(!nextAgain->isEnabled());
        again.reject();

        // WHEN a real replayer sends the outbox to the sandbox
        ct::api::ApiClient client;
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        OutboxReplayer replayer(m_outbox.get(), &client);
        QSignalSpy created(&replayer, &OutboxReplayer::recordCreated);
        replayer.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), 30000);
        // THEN the sandbox has both contacts with the imported values, each once
        QCOMPARE(created.size(), 2);
        const auto alpha = clientsWithEmail(u"imported.alpha@example.com"_s);
        QCOMPARE(alpha.size(), 1);
        QCOMPARE(alpha.first().value(u"firstName"_s).toString(), u"Imported"_s);
        QCOMPARE(alpha.first().value(u"phone"_s).toString(), u"3035550101"_s);
        QCOMPARE(alpha.first().value(u"favourite_colour"_s).toString(), u"Blue"_s);
        const auto beta = clientsWithEmail(u"imported.beta@example.com"_s);
        QCOMPARE(beta.size(), 1);
        QCOMPARE(beta.first().value(u"favourite_colour"_s).toString(), u"Green, light"_s);
        QVERIFY(clientsWithEmail(u"bad.phone@example.com"_s).isEmpty());
        QCOMPARE(m_sandbox.clients(Sandbox::demoWebKey()).size(), 1002);
    }

    void stopDuringImportKeepsWhatWasQueued()
    {
        // GIVEN a file of 400 contacts, queued a few at a time
        QString text = u"First Name,Last Name,Email\n"_s;
        for (int i = 0; i < 400; ++i)
            text += u"Stop,Test%1,stop.%1@example.com\n"_s.arg(i);
        CsvImportDialog dialog(m_outbox.get(), {});
        dialog.contactImport()->setChunkSize(5);
        dialog.show();
        dialog.setFilePath(writeFile(u"stop.csv"_s, text));
        auto *next = dialog.findChild<QPushButton *>(u"nextButton"_s);
        auto *stop = dialog.findChild<QPushButton *>(u"cancelButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(next->text().contains(u"400"_s));
        // WHEN the user presses Stop while the contacts are being queued
        bool stopped = false;
        connect(dialog.contactImport(), &ct::models::ContactImport::progress, &dialog, [&](int done, int total) {
            if (!stopped && total > 0 && done >= 20) {
                stopped = true;
                QTest::mouseClick(stop, Qt::LeftButton);
            }
        });
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(dialog.currentPage(), CsvImportDialog::SummaryPage);
        // THEN what was queued stays queued and the summary says how many
        QVERIFY(stopped);
        const int queued = int(m_outbox->entries().size());
        QVERIFY2(queued >= 20 && queued < 400, qPrintable(QString::number(queued)));
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(QString::number(queued)));
        QCOMPARE(dialog.contactImport()->queuedKeys().size(), queued);
    }

    void malformedFileStaysOnTheFilePage()
    {
        const QString path = writeFile(u"broken.csv"_s, u"First Name,Last Name\n\"Ada,Lovelace\n"_s);
        CsvImportDialog dialog(m_outbox.get(), {});
        dialog.show();
        dialog.setFilePath(path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"nextButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), CsvImportDialog::FilePage);
        const QString error = dialog.findChild<QLabel *>(u"fileError"_s)->text();
        QVERIFY2(error.contains(u"2"_s), qPrintable(error));   // the line of the open quote
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_outbox->isEmpty());
    }

    void backKeepsTheUsersMapping()
    {
        const QString path = writeFile(u"back.csv"_s, u"Given name,Family name,Notes\nA,B,c\n"_s);
        CsvImportDialog dialog(m_outbox.get(), {});
        dialog.show();
        dialog.setFilePath(path);
        auto *next = dialog.findChild<QPushButton *>(u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.mapping(), (QStringList{u"firstName"_s, u"lastName"_s, u"notes"_s}));
        dialog.mappingCombo(2)->setCurrentIndex(0);   // skip "Notes"
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"backButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), CsvImportDialog::FilePage);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.mapping(), (QStringList{u"firstName"_s, u"lastName"_s, u""_s}));
    }

private:
    // On its indicator: a radio button only takes clicks on its indicator and text, and the
    // layout stretches it wider than those.
    static void clickRadio(QRadioButton *button)
    {
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(u"%1-%2"_s.arg(m_run).arg(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        return path;
    }

    QList<QJsonObject> clientsWithEmail(const QString &email) const
    {
        QList<QJsonObject> found;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"email"_s).toString().compare(email, Qt::CaseInsensitive) == 0)
                found.append(v.toObject());
        }
        return found;
    }

    Sandbox m_sandbox;
    QList<QJsonObject> m_existing;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<ct::store::AccountDatabase> m_database;
    std::unique_ptr<Outbox> m_outbox;
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
