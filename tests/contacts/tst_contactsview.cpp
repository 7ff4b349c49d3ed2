// SPDX-License-Identifier: MIT
// The Contacts area as a user works it, end to end against the sandbox: find a contact by typing
// part of a phone number, edit it, add a note, create a contact (and be warned of a duplicate),
// delete one and undo it, delete one for good. Real session: ApiClient, SQLite, outbox, replayer.
#include "accountsession.h"
#include "contactactivitymodel.h"
#include "contactdetailpane.h"
#include "contactediting.h"
#include "accounttags.h"
#include "contacteditor.h"
#include "contactsmodel.h"
#include "modelroles.h"
#include "contactsview.h"
#include "csvimportdialog.h"
#include "csvsavedialog.h"
#include "csvwriter.h"
#include "opencontactdialog.h"
#include "tagfield.h"

#include "api/apiclient.h"
#include "csvreader.h"
#include "contactimport.h"
#include "demosession.h"
#include "mainwindow.h"
#include "sandbox.h"

#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
using ct::models::CsvWriter;
using namespace ct::testsupport;

class TestContactsView : public DemoSessionSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_tester = std::make_unique<QAbstractItemModelTester>(m_session->contacts(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_session->start();
        populateWindow(m_window, *m_session, {1300, 800});
        m_view = showArea<ContactsView>(m_window, u"contacts"_s);
        QVERIFY(m_view);
        // Load everything, as "Load all" does.
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"loadAll"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), 60000);
        QCOMPARE(m_session->contacts()->storedCount(), int(m_sandbox.clients(Sandbox::demoWebKey()).size()));
    }

    void findByPartOfAPhoneNumber()
    {
        const QJsonObject target = m_sandbox.clients(Sandbox::demoWebKey()).at(17).toObject();
        const QString phone = target.value(u"phone"_s).toString();
        QCOMPARE(phone.size(), 10);
        // The user types the middle of the number the way it is written on paper.
        const QString typed = u"%1-%2"_s.arg(phone.mid(3, 3), phone.mid(6, 2));
        QTest::keyClicks(m_view->searchField(), typed);
        ct::models::ContactsModel *model = m_session->contacts();
        QTRY_VERIFY(model->rowOfId(target.value(u"client_id"_s).toString()) >= 0);
        QVERIFY(model->rowCount() < model->storedCount());
        m_view->searchField()->clear();
        QTRY_COMPARE(model->rowCount(), model->storedCount());
    }

    void editAContactAndAddANote()
    {
        const QJsonObject target = m_sandbox.clients(Sandbox::demoWebKey()).at(3).toObject();
        const QString id = target.value(u"client_id"_s).toString();
        m_view->selectContact(id);
        ContactDetailPane *detail = m_view->detail();
        QTRY_COMPARE(detail->currentKey(), id);

        // Social profiles the contact has show as links
        const bool hasProfile = !target.value(u"facebook"_s).toString().isEmpty() || !target.value(u"linkedin"_s).toString().isEmpty();
        QCOMPARE(detail->findChild<QLabel *>(u"socialLinks"_s)->isVisible(), hasProfile);
        if (hasProfile)
            QVERIFY(detail->findChild<QLabel *>(u"socialLinks"_s)->text().contains(u"https://www."_s));

        // WHEN the user changes the city and saves
        auto *city = detail->editor()->findChild<QLineEdit *>(u"city"_s);
        QVERIFY(city);
        city->selectAll();
        QTest::keyClicks(city, u"Lakewood"_s);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        // THEN only that field goes to the server and the server has it
        QTRY_VERIFY_WITH_TIMEOUT(clientById(id).value(u"city"_s).toString() == u"Lakewood"_s, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        const auto log = m_sandbox.requestLog();
        const auto update = std::find_if(log.crbegin(), log.crend(), [](const auto &r) { return r.call == u"update_client_by_id"_s; });
        QVERIFY(update != log.crend());
        QCOMPARE(update->params.keys(), (QStringList{u"city"_s, u"client_id"_s}));

        // WHEN a Facebook profile id is entered, THEN it shows as a link to the profile
        auto *facebook = detail->editor()->findChild<QLineEdit *>(u"facebook"_s);
        QTest::keyClicks(facebook, u"hall303"_s);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        QTRY_VERIFY(detail->findChild<QLabel *>(u"socialLinks"_s)->isVisible());
        QVERIFY(detail->findChild<QLabel *>(u"socialLinks"_s)->text().contains(u"https://www.facebook.com/hall303"_s));
        QTRY_VERIFY_WITH_TIMEOUT(clientById(id).value(u"facebook"_s).toString() == u"hall303"_s, 20000);

        // WHEN the user adds a note on the History tab
        detail->tabs()->setCurrentIndex(1);
        auto *note = detail->findChild<QPlainTextEdit *>(u"noteText"_s);
        QTest::keyClicks(note, u"Asked for a quote on the deck"_s);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"addNote"_s), Qt::LeftButton);
        QVERIFY(note->toPlainText().isEmpty());
        // THEN it reaches the server's history notes
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QVERIFY(lastRequest(m_sandbox, u"create_client_history_note"_s).value(u"note_body"_s) == u"Asked for a quote on the deck"_s);
    }

    void createAContactAndBeWarnedOfADuplicate()
    {
        ContactDetailPane *detail = m_view->detail();
        const QString email = u"new.person.%1@example.com"_s.arg(QCoreApplication::applicationPid());
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"newContact"_s), Qt::LeftButton);
        QVERIFY(detail->editor()->isNewContact());
        // Saving without names shows the reason at the fields
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        QVERIFY(!detail->editor()->firstInvalidKey().isEmpty());
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"firstName"_s), u"Grace"_s);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"lastName"_s), u"Hopper"_s);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"email"_s), email);
        const int before = int(m_sandbox.clients(Sandbox::demoWebKey()).size());
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        // THEN it shows at once, and the server gets exactly one
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty() && clientWithEmail(email).size() == 1, 20000);
        QCOMPARE(int(m_sandbox.clients(Sandbox::demoWebKey()).size()), before + 1);
        const QString newId = clientWithEmail(email).first().value(u"client_id"_s).toString();
        QTRY_VERIFY(m_session->contacts()->rowOfId(newId) >= 0);

        // WHEN the user enters the same email again, THEN the duplicate is shown and can be opened
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"newContact"_s), Qt::LeftButton);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"firstName"_s), u"G."_s);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"lastName"_s), u"Hopper"_s);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"email"_s), email);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(detail->openDialog()), 20000);
        auto *box = qobject_cast<QMessageBox *>(detail->openDialog());
        QVERIFY(box->text().contains(newId));
        QTest::mouseClick(box->findChild<QPushButton *>(u"openExisting"_s), Qt::LeftButton);
        QTRY_COMPARE(detail->currentKey(), newId);
        QVERIFY(m_session->outbox()->isEmpty());
        QCOMPARE(clientWithEmail(email).size(), 1);
    }

    void tagsAsChipsWithANewTagCreatedFirst()
    {
        const QJsonObject target = m_sandbox.clients(Sandbox::demoWebKey()).at(11).toObject();
        const QString id = target.value(u"client_id"_s).toString();
        m_view->selectContact(id);
        ContactDetailPane *detail = m_view->detail();
        QTRY_COMPARE(detail->currentKey(), id);
        auto *tags = detail->editor()->findChild<TagField *>();
        QVERIFY(tags);
        QTRY_VERIFY_WITH_TIMEOUT(tags->input()->count() > 0, 20000);   // the account's tags offered
        const QString existingTag = tags->input()->itemText(0);
        const QString newTag = u"Pool owner %1"_s.arg(QCoreApplication::applicationPid());
        // WHEN the user adds one known tag and one new tag as chips, and saves
        for (const QString &tag : {existingTag, newTag}) {
            tags->input()->setEditText(tag);
            QTest::mouseClick(detail->editor()->findChild<QPushButton *>(u"tagAdd"_s), Qt::LeftButton);
        }
        QVERIFY(detail->editor()->findChild<QToolButton *>(u"tagChip_"_s + newTag));
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        // THEN the new tag is created (create_tag) and the contact carries both; nothing fails
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QVERIFY(lastRequest(m_sandbox, u"create_tag"_s).value(u"tag_value"_s) == newTag);
        const QStringList onServer = clientById(id).value(u"tag"_s).toString().split(u',');
        QVERIFY2(onServer.contains(newTag) && onServer.contains(existingTag), qPrintable(onServer.join(u'|')));
        // and the tag filter finds the contact by it
        m_view->searchField()->clear();
        auto *filter = m_view->findChild<QComboBox *>(u"filter%1"_s.arg(int(ct::models::ContactsModel::Filter::Tag)));
        QVERIFY(filter);
        QTRY_VERIFY(filter->findData(newTag) >= 0);
        filter->setCurrentIndex(filter->findData(newTag));
        Q_EMIT filter->activated(filter->currentIndex());
        QTRY_COMPARE(m_session->contacts()->rowCount(), 1);
        QCOMPARE(m_session->contacts()->idAt(0), id);
        filter->setCurrentIndex(0);
        Q_EMIT filter->activated(0);
    }

    void sameNameIsFoundEvenWhenTheListIsFiltered()
    {
        // GIVEN a search that hides the existing contact
        const QJsonObject existing = m_sandbox.clients(Sandbox::demoWebKey()).at(9).toObject();
        m_view->searchField()->setText(u"zzz-no-such-contact"_s);
        QTRY_COMPARE(m_session->contacts()->rowCount(), 0);
        ContactDetailPane *detail = m_view->detail();
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"newContact"_s), Qt::LeftButton);
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"firstName"_s), existing.value(u"firstName"_s).toString());
        QTest::keyClicks(detail->editor()->findChild<QLineEdit *>(u"lastName"_s), existing.value(u"lastName"_s).toString());
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        // THEN the same-name contact is offered, and cancelling queues nothing
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(detail->openDialog()), 20000);
        auto *box = qobject_cast<QMessageBox *>(detail->openDialog());
        QVERIFY(box->text().contains(existing.value(u"client_id"_s).toString()));
        box->reject();
        QVERIFY(m_session->outbox()->isEmpty());
        m_view->searchField()->clear();
    }

    void deleteUndoThenDeleteForGood()
    {
        ct::models::ContactsModel *model = m_session->contacts();
        const QString id = m_sandbox.clients(Sandbox::demoWebKey()).at(5).toObject().value(u"client_id"_s).toString();
        // GIVEN sending is paused, so the delete waits in the outbox
        m_session->replayer()->setPaused(true);
        m_view->selectContact(id);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"deleteContacts"_s), Qt::LeftButton);
        auto *box = qobject_cast<QMessageBox *>(m_view->openDialog());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(model->rowOfId(id), -1);
        // WHEN the user presses Undo, THEN the contact is back and nothing is queued
        QVERIFY(m_view->findChild<QWidget *>(u"undoBar"_s)->isVisible());
        QTest::mouseClick(m_view->findChild<QToolButton *>(u"undoDelete"_s), Qt::LeftButton);
        QTRY_VERIFY(model->rowOfId(id) >= 0);
        QVERIFY(m_session->outbox()->isEmpty());
        m_session->replayer()->setPaused(false);
        QVERIFY(!clientById(id).isEmpty());

        // WHEN deleted again and sent, THEN the server no longer has it
        m_view->selectContact(id);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"deleteContacts"_s), Qt::LeftButton);
        box = qobject_cast<QMessageBox *>(m_view->openDialog());
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(clientById(id).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(model->rowOfId(id), -1);
    }

    void exportWritesTheShownContacts()
    {
        // GIVEN a filtered list
        const QString city = m_sandbox.clients(Sandbox::demoWebKey()).at(0).toObject().value(u"city"_s).toString();
        m_view->searchField()->setText(city);
        ct::models::ContactsModel *model = m_session->contacts();
        QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < model->storedCount());
        const int shown = model->rowCount();
        // WHEN it is exported
        QSignalSpy done(m_view, &ContactsView::progressDone);
        const QString path = m_dir.filePath(u"shown.csv"_s);
        QVERIFY(m_view->exportShownTo(path));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        // THEN the file holds a header and exactly the rows shown
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ct::models::CsvReader reader(&file);
        QStringList row;
        int rows = 0;
        while (reader.readRow(&row))
            ++rows;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(rows, shown + 1);
        m_view->searchField()->clear();
    }

    void exportDialogNeutralisesFormulasUnlessAsked()
    {
        // GIVEN a contact whose name came from a web form with a formula in it
        const QString formula = u"=HYPERLINK(\"http://x.invalid\",\"Click\")"_s;
        const QString key = m_session->contactEditing()->createContact(
            {{u"firstName"_s, formula}, {u"lastName"_s, u"Formulaic"_s}, {u"email"_s, u"formula@example.com"_s}});
        QVERIFY2(!key.isEmpty(), qPrintable(m_session->contactEditing()->errorString()));
        m_view->searchField()->setText(u"Formulaic"_s);
        QTRY_COMPARE(m_session->contacts()->rowCount(), 1);
        for (const bool keep : {false, true}) {
            // WHEN the user exports from the Export button, with "Keep formulas" as it comes
            // (off) or ticked
            QTest::mouseClick(m_view->findChild<QPushButton *>(u"exportContacts"_s), Qt::LeftButton);
            auto *dialog = m_view->findChild<CsvSaveDialog *>(u"exportFileDialog"_s);
            QVERIFY(dialog);
            QCheckBox *box = dialog->findChild<QCheckBox *>(u"keepFormulas"_s);
            QVERIFY(box && box->isVisibleTo(dialog));
            QVERIFY(!box->isChecked());
            if (keep)
                QTest::mouseClick(box, Qt::LeftButton);
            QCOMPARE(box->isChecked(), keep);
            const QString path = m_dir.filePath(keep ? u"raw.csv"_s : u"safe.csv"_s);
            QSignalSpy done(m_view, &ContactsView::progressDone);
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");   // as the Save button does
            QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
            // THEN the cell is text to a spreadsheet, or exactly the value when asked
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QString cell = CsvWriter::encodeField(keep ? formula : u'\'' + formula);
            QVERIFY2(text.contains(u'\n' + cell + u','), qPrintable(text));
            QCOMPARE(text.contains(u'\n' + CsvWriter::encodeField(formula) + u','), keep);
            QTRY_VERIFY(!m_view->findChild<CsvSaveDialog *>(u"exportFileDialog"_s));
        }
        m_view->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
    }

    void importButtonOpensTheImportDialog()
    {
        // GIVEN a search that hides the contact a file row duplicates
        const QJsonObject hidden = m_sandbox.clients(Sandbox::demoWebKey()).at(21).toObject();
        m_view->searchField()->setText(u"zzz-no-such-contact"_s);
        QTRY_COMPARE(m_session->contacts()->rowCount(), 0);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"importContacts"_s), Qt::LeftButton);
        auto *dialog = qobject_cast<CsvImportDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), CsvImportDialog::FilePage);
        // WHEN a file names that contact's email, THEN it is a duplicate although not shown
        QFile file(m_dir.filePath(u"dup.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"firstName,lastName,email\nSame,Person,%1\n"_s.arg(hidden.value(u"email"_s).toString()).toUtf8());
        file.close();
        QSignalSpy analysed(dialog->contactImport(), &ct::models::ContactImport::analysisFinished);
        QVERIFY(dialog->contactImport()->analyse(file.fileName(), {u"firstName"_s, u"lastName"_s, u"email"_s}));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.size(), 1, 20000);
        QCOMPARE(dialog->contactImport()->report().duplicateCount(), 1);
        dialog->reject();
        m_view->searchField()->clear();
    }

    void openByIdOrExternalId()
    {
        // A contact made on the server by someone else, not held here yet
        ct::api::ApiClient other;
        other.setBaseUrl(m_sandbox.baseUrl());
        other.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        ct::api::ApiReply *reply = other.call(u"create_client"_s, {{u"firstName"_s, u"Olive"_s}, {u"lastName"_s, u"Outside"_s},
                                                                   {u"external_id"_s, u"ERP-4471"_s}});
        QSignalSpy created(reply, &ct::api::ApiReply::finished);
        QVERIFY(created.wait(20000));
        const QString newId = created.first().at(0).value<ct::api::ApiResult>().rows.first().toObject()
                                  .value(u"client_id"_s).toString();
        QCOMPARE(m_session->contacts()->rowOfId(newId), -1);

        const auto openWith = [this](int kind, const QString &value) {
            QTest::mouseClick(m_view->findChild<QPushButton *>(u"openById"_s), Qt::LeftButton);
            auto *dialog = qobject_cast<OpenContactDialog *>(m_view->openDialog());
            dialog->findChild<QComboBox *>(u"idKind"_s)->setCurrentIndex(kind);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"idValue"_s), value);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
            return dialog;
        };
        // WHEN the user opens it by its external id, THEN it is fetched, listed and shown
        QPointer<OpenContactDialog> dialog = openWith(1, u"ERP-4471"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 20000);
        QTRY_COMPARE(m_view->detail()->currentKey(), newId);
        QVERIFY(m_session->contacts()->rowOfId(newId) >= 0);
        // WHEN the id does not exist, THEN the dialog says so at the field
        dialog = openWith(0, u"999999999"_s);
        auto *problem = dialog->findChild<QLabel *>(u"idValueError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void updateByExternalIdFromAFileThenDeleteByExternalId()
    {
        // GIVEN two contacts another system knows by their external ids
        QList<QJsonObject> targets;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (!v.toObject().value(u"external_id"_s).toString().isEmpty() && targets.size() < 2)
                targets.append(v.toObject());
        }
        QCOMPARE(targets.size(), 2);
        const QString first = targets.at(0).value(u"external_id"_s).toString();
        const QString second = targets.at(1).value(u"external_id"_s).toString();
        const QString firstId = targets.at(0).value(u"client_id"_s).toString();
        const QString lastNameBefore = targets.at(0).value(u"lastName"_s).toString();

        // WHEN a file from that system updates them by external id (the second row lacks the id)
        QFile file(m_dir.filePath(u"erp-changes.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"external_id,city,job_title\n%1,Springfield,Buyer\n,Nowhere,\n%2,Shelbyville,\n"_s
                       .arg(first, second).toUtf8());
        file.close();
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"importContacts"_s), Qt::LeftButton);
        auto *dialog = qobject_cast<CsvImportDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        dialog->setFilePath(file.fileName());
        auto *next = dialog->findChild<QPushButton *>(u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog->currentPage(), CsvImportDialog::MappingPage);
        // creating needs names: the file has none, so it cannot go on until the user says "update"
        QVERIFY(!next->isEnabled());
        auto *update = dialog->findChild<QCheckBox *>(u"updateByExternalId"_s);
        QVERIFY(update);
        update->setChecked(true);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPage() == CsvImportDialog::ReportPage
                                     && !dialog->contactImport()->isRunning(), 20000);
        // THEN the row without an external id is refused at that field
        const ct::models::ContactImportReport &report = dialog->contactImport()->report();
        QCOMPARE(report.accepted.size(), 2);
        QCOMPARE(report.rejectedRows, 1);
        QCOMPARE(report.problems.first().field, u"external_id"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(dialog->currentPage(), CsvImportDialog::SummaryPage);
        dialog->accept();
        // AND the list shows the change at once, pending, and the server gets only the filled cells
        QCOMPARE(m_session->contacts()->recordById(firstId).value(u"city"_s).toString(), u"Springfield"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QCOMPARE(clientById(firstId).value(u"city"_s).toString(), u"Springfield"_s);
        QCOMPARE(clientById(firstId).value(u"job_title"_s).toString(), u"Buyer"_s);
        QCOMPARE(clientById(firstId).value(u"lastName"_s).toString(), lastNameBefore);
        // Different contacts go out in parallel: find each row's request by its external id.
        QHash<QString, QStringList> sentKeys;
        for (const auto &request : m_sandbox.requestLog()) {
            if (request.call == u"update_client_by_external_id"_s)
                sentKeys.insert(request.params.value(u"external_id"_s), request.params.keys());
        }
        QCOMPARE(sentKeys.value(first), (QStringList{u"city"_s, u"external_id"_s, u"job_title"_s}));
        QCOMPARE(sentKeys.value(second), (QStringList{u"city"_s, u"external_id"_s}));
        QCOMPARE(m_session->contacts()->data(m_session->contacts()->index(m_session->contacts()->rowOfId(firstId), 0),
                                             ct::models::SyncStateRole).toInt(),
                 int(ct::models::SyncState::Confirmed));

        // WHEN the user deletes the first by its external id from "Open by id"
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"openById"_s), Qt::LeftButton);
        QPointer<OpenContactDialog> open = qobject_cast<OpenContactDialog *>(m_view->openDialog());
        auto *remove = open->findChild<QPushButton *>(u"deleteByExternalIdButton"_s);
        QVERIFY(!remove->isVisible());   // a ClientTether id opens; deleting by it is the list's Delete
        open->findChild<QComboBox *>(u"idKind"_s)->setCurrentIndex(1);
        QVERIFY(remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);   // nothing typed: said at the field
        QVERIFY(open->findChild<QLabel *>(u"idValueError"_s)->isVisible());
        QTest::keyClicks(open->findChild<QLineEdit *>(u"idValue"_s), first);
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *confirm = qobject_cast<QMessageBox *>(m_view->openDialog());
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(targets.at(0).value(u"firstName"_s).toString()), qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        // THEN it leaves the list at once and the server after
        QTRY_VERIFY(open.isNull() || !open->isVisible());
        QCOMPARE(m_session->contacts()->rowOfId(firstId), -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QVERIFY(clientById(firstId).isEmpty());
        QCOMPARE(lastRequest(m_sandbox, u"delete_client_by_external_id"_s).value(u"external_id"_s), first);
    }

    void anUpdateFromAFileOverSomeoneElsesChangeIsAConflict()
    {
        // GIVEN a held contact another system knows by its external id
        QJsonObject target;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(u"client_id"_s).toString();
            if (!c.value(u"external_id"_s).toString().isEmpty() && m_session->contacts()->rowOfId(id) >= 0
                && m_session->outbox()->isEmpty()) {
                target = c;
            }
        }
        QVERIFY(!target.isEmpty());
        const QString externalId = target.value(u"external_id"_s).toString();
        const QString id = target.value(u"client_id"_s).toString();
        QVERIFY(m_session->contacts()->recordById(id).value(u"city"_s).toString() != u"Ogden"_s);
        // WHEN a file updates its city while sending is paused ...
        m_session->replayer()->setPaused(true);
        QFile file(m_dir.filePath(u"erp-city.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"external_id,city\n%1,Ogden\n"_s.arg(externalId).toUtf8());
        file.close();
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"importContacts"_s), Qt::LeftButton);
        auto *dialog = qobject_cast<CsvImportDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        dialog->setFilePath(file.fileName());
        auto *next = dialog->findChild<QPushButton *>(u"nextButton"_s);
        QTest::mouseClick(next, Qt::LeftButton);
        dialog->findChild<QCheckBox *>(u"updateByExternalId"_s)->setChecked(true);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->currentPage() == CsvImportDialog::ReportPage
                                     && !dialog->contactImport()->isRunning(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(dialog->currentPage(), CsvImportDialog::SummaryPage);
        dialog->accept();
        QCOMPARE(m_session->outbox()->counts().pending, 1);
        // ... and someone else changes that city on the server before the file's edit goes out
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"UPDATE clients SET fields = json_set(fields, '$.city', 'Provo') WHERE client_id = ?"_s);
        q.addBindValue(id);
        QVERIFY(q.exec());
        QCOMPARE(clientById(id).value(u"city"_s).toString(), u"Provo"_s);
        m_session->replayer()->setPaused(false);
        // THEN the edit waits as a conflict naming their value, and theirs stands
        QTRY_COMPARE_WITH_TIMEOUT(m_session->outbox()->counts().conflicts, 1, 20000);
        const ct::store::OutboxEntry entry = m_session->outbox()->entries().constFirst();
        QCOMPARE(entry.callName, u"update_client_by_external_id"_s);
        QCOMPARE(entry.serverValues.value(u"city"_s), u"Provo"_s);
        QCOMPARE(clientById(id).value(u"city"_s).toString(), u"Provo"_s);
        QCOMPARE(requestsOf(m_sandbox, u"update_client_by_external_id"_s, {{u"external_id"_s, externalId}}).size(), 0);
        QVERIFY(m_session->replayer()->discard(entry.opId));
    }

    void activityModelsPassTheModelTester()
    {
        ct::api::ApiClient client;
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        std::unique_ptr<ct::models::ContactActivityModel> notes(ct::models::ContactActivityModel::historyNotes());
        std::unique_ptr<ct::models::ContactActivityModel> pending(ct::models::ContactActivityModel::pendingActions());
        QAbstractItemModelTester notesTester(notes.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester pendingTester(pending.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        notes->setClient(&client);
        pending->setClient(&client);
        // A contact with history and pending actions in the demo data
        QString id;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"action_plan_id"_s).toString() != u"0"_s) {
                id = v.toObject().value(u"client_id"_s).toString();
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        QSignalSpy notesLoaded(notes.get(), &ct::models::ContactActivityModel::loaded);
        QSignalSpy pendingLoaded(pending.get(), &ct::models::ContactActivityModel::loaded);
        notes->load(id);
        pending->load(id);
        QTRY_COMPARE_WITH_TIMEOUT(notesLoaded.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pendingLoaded.size(), 1, 20000);
        QVERIFY(pending->rowCount() > 0);
        // Newest first
        for (int row = 1; row < notes->rowCount(); ++row)
            QVERIFY(notes->rowAt(row - 1).value(u"note_date"_s).toString() >= notes->rowAt(row).value(u"note_date"_s).toString());
        const int before = notes->rowCount();
        notes->addPendingRow({{u"note_body"_s, u"queued here"_s}});
        QCOMPARE(notes->rowCount(), before + 1);
        QCOMPARE(notes->data(notes->index(0, 0), ct::models::SyncStateRole).toInt(), int(ct::models::SyncState::Pending));
        notes->load({});   // no contact: only what is queued for it... none for an empty id
        QCOMPARE(notes->rowCount(), 0);
    }

    void theSavedNoteFollowsTheServer()
    {
        // GIVEN a contact shown in the detail pane
        const QString id = m_sandbox.clients(Sandbox::demoWebKey()).at(9).toObject().value(u"client_id"_s).toString();
        m_view->selectContact(id);
        ContactDetailPane *detail = m_view->detail();
        QTRY_COMPARE(detail->currentKey(), id);
        auto *status = detail->findChild<QLabel *>(u"contactStatus"_s);
        // WHEN the user changes the city and saves
        auto *city = detail->editor()->findChild<QLineEdit *>(u"city"_s);
        city->selectAll();
        QTest::keyClicks(city, u"Golden"_s);
        QTest::mouseClick(detail->findChild<QPushButton *>(u"saveContact"_s), Qt::LeftButton);
        QVERIFY2(status->text().contains(u"waiting in the outbox"_s), qPrintable(status->text()));
        // THEN once the server has it, the note says so instead of "waiting"
        QTRY_VERIFY_WITH_TIMEOUT(clientById(id).value(u"city"_s).toString() == u"Golden"_s, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->outbox()->isEmpty(), 20000);
        QTRY_COMPARE(status->text(), u"Saved; the server confirmed the change."_s);
    }

    void loadingProgressEndsWithTheLoad()
    {
        QProgressBar *bar = wireProgressToTheStatusBar();
        QVERIFY(bar);
        ct::models::ContactsModel *model = m_session->contacts();
        QTRY_VERIFY(!model->isLoading());
        QTRY_VERIFY(!bar->isVisible());
        // GIVEN list pages that take a while to come
        ct::sandbox::FaultPlan slow;
        slow.latencyMs = 300;
        slow.onlyCalls = {u"read_client_list"_s};
        m_sandbox.setFaultPlan(slow);
        // WHEN "Load all" runs and a contact is added on the server while it reads (so a second
        // pass reads the list again at once)
        QSignalSpy progress(model, &ct::models::ContactsModel::loadProgress);
        QTest::mouseClick(m_view->findChild<QPushButton *>(u"loadAll"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        QVERIFY(bar->isVisible());
        ct::api::ApiClient other;
        other.setBaseUrl(m_sandbox.baseUrl());
        other.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        ct::api::ApiReply *create = other.call(u"create_client"_s, {{u"firstName"_s, u"Arrived"_s}, {u"lastName"_s, u"Meanwhile"_s}});
        QSignalSpy created(create, &ct::api::ApiReply::finished);
        QVERIFY(created.wait(20000));
        QVERIFY(created.first().first().value<ct::api::ApiResult>().ok());
        const int serverCount = int(m_sandbox.clients(Sandbox::demoWebKey()).size());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->isFullyLoaded() && model->storedCount() == serverCount, 60000);
        m_sandbox.setFaultPlan({});
        // THEN the status bar shows no progress any more, and "Load all" can be clicked again
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY(m_view->findChild<QPushButton *>(u"loadAll"_s)->isEnabled());
    }

    void loadingProgressEndsWhenPagesComeOnDemand()
    {
        QProgressBar *bar = wireProgressToTheStatusBar();
        QVERIFY(bar);
        ct::models::ContactsModel *model = m_session->contacts();
        QTRY_VERIFY(!model->isLoading());
        QTRY_VERIFY(!bar->isVisible());
        // GIVEN the list read again from its first page, page by page as the table asks for
        // more rows (no "Load all"), the last page ending the pass
        model->setAccount(m_session->database(), m_session->api());
        QSignalSpy progress(model, &ct::models::ContactsModel::loadProgress);
        const auto askForMore = [model] {
            if (model->canFetchMore({}))
                model->fetchMore({});
            return model->isFullyLoaded() && !model->isLoading();
        };
        QTRY_VERIFY_WITH_TIMEOUT(askForMore(), 30000);
        QVERIFY(progress.size() >= 2);   // at least two pages (108 contacts, 100 a page)
        // THEN once the last page is in, the status bar shows no progress (before: "Loading
        // contacts… 100%" stayed, the progress of the last page came after loading ended)
        QTRY_VERIFY(!bar->isVisible());
        QTest::qWait(200);
        QVERIFY(!bar->isVisible());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        closeDemoSession(m_window, m_session);
    }

private:
    // The session's progress reaches the window's status bar as the console controller wires it.
    QProgressBar *wireProgressToTheStatusBar()
    {
        connect(m_session.get(), &AccountSession::progress, &m_window, &MainWindow::setProgress, Qt::UniqueConnection);
        connect(m_session.get(), &AccountSession::progressDone, &m_window, &MainWindow::clearProgress,
                Qt::UniqueConnection);
        return m_window.findChild<QProgressBar *>(u"progress"_s);
    }

    QJsonObject clientById(const QString &id) const
    {
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"client_id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }

    QList<QJsonObject> clientWithEmail(const QString &email) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"email"_s).toString() == email)
                out.append(v.toObject());
        }
        return out;
    }

    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ContactsView *m_view = nullptr;
};

QTEST_MAIN(TestContactsView)
#include "tst_contactsview.moc"
