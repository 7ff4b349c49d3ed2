// SPDX-License-Identifier: MIT
// The Outbox area driven like a user would: a refused edit shows why and where, is corrected
// and sent again, discarded, or resolved after a conflict; "pause sending" holds everything.
// Real outbox (SQLite in a temporary folder), real replayer and ApiClient, real sandbox.
#include "conflictdialog.h"
#include "mainwindow.h"
#include "outboxentrydialog.h"
#include "outboxmodel.h"
#include "outboxview.h"
#include "sandbox.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
using ct::store::Outbox;
using ct::store::OutboxReplayer;

class TestOutboxView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<ct::store::AccountDatabase>();
        QVERIFY(m_database->open(m_dir.path() + u"/%1"_s.arg(++m_run), Sandbox::demoWebKey()));
        m_outbox = std::make_unique<Outbox>(m_database.get());
        QVERIFY(m_outbox->load());
        m_api = std::make_unique<ct::api::ApiClient>();
        m_api->setBaseUrl(m_sandbox.baseUrl());
        m_api->setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        m_replayer = std::make_unique<OutboxReplayer>(m_outbox.get(), m_api.get());
        m_model = std::make_unique<ct::models::OutboxModel>(m_outbox.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view = std::make_unique<OutboxView>(m_model.get(), m_replayer.get());
        m_view->resize(900, 500);
        m_view->show();
        m_replayer->start();
    }

    void cleanup()
    {
        m_view.reset();
        m_tester.reset();
        m_model.reset();
        m_replayer.reset();
        m_api.reset();
        m_outbox.reset();
        m_database.reset();
    }

    void pauseHoldsEditsUntilResumed()
    {
        // GIVEN sending is paused from the toolbar
        m_view->pauseAction()->trigger();
        QVERIFY(m_replayer->isPaused());
        const QString email = u"paused.%1@example.com"_s.arg(m_run);
        // WHEN a new contact is queued
        QVERIFY(m_outbox->enqueue(u"create_client"_s,
                                  {{u"firstName"_s, u"Paula"_s}, {u"lastName"_s, u"Paused"_s}, {u"email"_s, email}})
                    .accepted());
        QCOMPARE(m_model->rowCount(), 1);
        QTest::qWait(300);   // give a wrongly running replayer every chance to send
        // THEN nothing reaches the server, and it waits visibly
        QVERIFY(!clientWithEmail(email).has_value());
        QCOMPARE(m_model->data(m_model->index(0, ct::models::OutboxModel::StateColumn)).toString(), stateText("Waiting"));
        // WHEN sending resumes, THEN the change is sent and leaves the outbox
        m_view->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, 20000);
        QVERIFY(clientWithEmail(email).has_value());
        QVERIFY(m_view->findChild<QLabel *>(u"outboxEmpty"_s)->isVisible());
    }

    void refusedEditIsCorrectedAtTheFieldAndSent()
    {
        const QString id = firstClientId();
        // GIVEN an update the server refuses: the phone is not ten digits
        m_view->pauseAction()->trigger();
        QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"phone"_s, u"303929"_s}}).accepted());
        m_view->pauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(0, ct::models::OutboxModel::StateColumn)).toString(),
                                  stateText("Failed"), 20000);
        // THEN the row names the field and the reason
        const QString problem = m_model->data(m_model->index(0, ct::models::OutboxModel::ProblemColumn)).toString();
        QVERIFY2(problem.contains(u"phone"_s, Qt::CaseInsensitive), qPrintable(problem));

        // WHEN the user selects it and chooses "Correct…"
        m_view->table()->selectRow(0);
        QVERIFY(m_view->editAction()->isEnabled());
        QVERIFY(!m_view->resolveAction()->isEnabled());
        m_view->editAction()->trigger();
        auto *dialog = qobject_cast<OutboxEntryDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        auto *phone = dialog->findChild<QLineEdit *>(u"phone"_s);
        auto *phoneError = dialog->findChild<QLabel *>(u"phoneError"_s);
        QVERIFY(phone && phoneError);
        QVERIFY(phoneError->isVisible());   // the server's reason, at the field
        // typing another bad value keeps the field marked with the schema's reason
        phone->clear();
        QTest::keyClicks(phone, u"12"_s);
        QVERIFY(phoneError->isVisible());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());       // not accepted with a bad value
        phone->clear();
        QTest::keyClicks(phone, u"3039291447"_s);
        QVERIFY(!phoneError->isVisible());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // THEN it is sent again and the server has the corrected value
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, 20000);
        QCOMPARE(clientById(id).value(u"phone"_s).toString(), u"3039291447"_s);
    }

    void discardAsksThenDropsWithoutSending()
    {
        const QString id = firstClientId();
        const QString before = clientById(id).value(u"phone"_s).toString();
        QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"zip"_s, u"ABCDE"_s}}).accepted());
        QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(0, 0)).toString(), stateText("Failed"), 20000);
        m_view->table()->selectRow(0);
        QVERIFY(m_view->discardAction()->isEnabled());
        m_view->discardAction()->trigger();
        auto *box = qobject_cast<QMessageBox *>(m_view->openDialog());
        QVERIFY(box);
        // Cancel first: nothing happens
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_model->rowCount(), 1);
        m_view->discardAction()->trigger();
        box = qobject_cast<QMessageBox *>(m_view->openDialog());
        QTest::mouseClick(box->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_COMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_outbox->entries().size(), 0);
        QCOMPARE(clientById(id).value(u"phone"_s).toString(), before);
    }

    void conflictIsResolvedFieldByField()
    {
        const QJsonObject client = clientById(firstClientId());
        const QString id = client.value(u"client_id"_s).toString();
        // GIVEN the user edited the city and the job title from what they saw...
        const QString sawCity = client.value(u"city"_s).toString();
        const QString sawTitle = client.value(u"job_title"_s).toString();
        // ...while someone else changed both on the server
        QVERIFY(serverUpdate(id, {{u"city"_s, u"Theirsville"_s}, {u"job_title"_s, u"Their title"_s}}));
        m_view->pauseAction()->trigger();
        QVERIFY(m_outbox->enqueue(u"update_client_by_id"_s,
                                  {{u"client_id"_s, id}, {u"city"_s, u"Minesville"_s}, {u"job_title"_s, u"My title"_s}},
                                  {}, {{u"city"_s, sawCity}, {u"job_title"_s, sawTitle}})
                    .accepted());
        m_view->pauseAction()->trigger();
        // THEN the edit waits as a conflict
        QTRY_COMPARE_WITH_TIMEOUT(m_model->data(m_model->index(0, 0)).toString(), stateText("Conflict"), 20000);
        m_view->table()->selectRow(0);
        QVERIFY(m_view->resolveAction()->isEnabled());
        QVERIFY(!m_view->retryAction()->isEnabled());
        // WHEN the user keeps their city and takes the server's title
        m_view->resolveAction()->trigger();
        auto *dialog = qobject_cast<ConflictDialog *>(m_view->openDialog());
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QRadioButton *>(u"job_titleTheirs"_s), Qt::LeftButton);
        QVERIFY(dialog->findChild<QRadioButton *>(u"cityMine"_s)->isChecked());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        // THEN the server ends with my city and their title
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, 20000);
        const QJsonObject after = clientById(id);
        QCOMPARE(after.value(u"city"_s).toString(), u"Minesville"_s);
        QCOMPARE(after.value(u"job_title"_s).toString(), u"Their title"_s);
    }

    void credentialsPauseIsNotTheUsersPause()
    {
        // GIVEN the server refuses the credentials while an edit waits
        m_api->setCredentials(u"revoked-token"_s, Sandbox::demoWebKey());
        QSignalSpy unauthorized(m_replayer.get(), &OutboxReplayer::unauthorized);
        QVERIFY(m_outbox->enqueue(u"create_client_history_note"_s,
                                  {{u"client_id"_s, firstClientId()}, {u"note_body"_s, u"after 401"_s}}).accepted());
        QTRY_VERIFY_WITH_TIMEOUT(unauthorized.size() >= 1, 20000);
        // THEN sending is held, the entry kept, and "Pause sending" still shows the user's choice
        QVERIFY(m_replayer->isPausedForCredentials());
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_view->pauseAction()->isChecked());
        QVERIFY(!m_replayer->isPaused());
        // WHEN the credentials are good again and sending resumes, THEN it drains
        m_api->setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        m_replayer->resume();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 0, 20000);
    }

    void statusBarHighlightsFailures()
    {
        MainWindow window;
        auto *button = window.findChild<QToolButton *>(u"outboxCount"_s);
        window.setOutboxCounts(3, 0, 0);
        QVERIFY(button->text().contains(u"3"_s));
        QVERIFY(button->styleSheet().isEmpty());
        window.setOutboxCounts(3, 1, 1);
        QVERIFY(button->text().contains(u"1 failed"_s));
        QVERIFY(button->styleSheet().contains(u"bold"_s));
    }

private:
    static QString stateText(const char *text) { return QCoreApplication::translate("ct::models::OutboxModel", text); }

    QString firstClientId() const
    {
        return m_sandbox.clients(Sandbox::demoWebKey()).first().toObject().value(u"client_id"_s).toString();
    }

    QJsonObject clientById(const QString &id) const
    {
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"client_id"_s).toString() == id)
                return v.toObject();
        }
        return {};
    }

    std::optional<QJsonObject> clientWithEmail(const QString &email) const
    {
        for (const QJsonValue &v : m_sandbox.clients(Sandbox::demoWebKey())) {
            if (v.toObject().value(u"email"_s).toString() == email)
                return v.toObject();
        }
        return std::nullopt;
    }

    // Someone else's edit, straight to the server.
    bool serverUpdate(const QString &id, ct::api::ApiParams params)
    {
        ct::api::ApiClient other;
        other.setBaseUrl(m_sandbox.baseUrl());
        other.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        params.insert(u"client_id"_s, id);
        ct::api::ApiReply *reply = other.call(u"update_client_by_id"_s, params);
        QSignalSpy spy(reply, &ct::api::ApiReply::finished);
        return spy.wait(20000) && spy.first().at(0).value<ct::api::ApiResult>().ok();
    }

    Sandbox m_sandbox;
    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<ct::store::AccountDatabase> m_database;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ct::api::ApiClient> m_api;
    std::unique_ptr<OutboxReplayer> m_replayer;
    std::unique_ptr<ct::models::OutboxModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<OutboxView> m_view;
};

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
