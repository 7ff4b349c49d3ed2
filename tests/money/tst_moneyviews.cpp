// SPDX-License-Identifier: MIT
// The Proposals and payments area as a user works it, against the sandbox: open a contact's
// proposals from its action bar, read a proposal's fields, narrow its payments by date entered;
// the account's payments by a date range with exact totals and the chart, exported to CSV; a
// payment double-clicked opens its contact. Real session: ApiClient, SQLite, outbox, replayer.
#include "accountsession.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "decimalamount.h"
#include "demosession.h"
#include "mainwindow.h"
#include "paymentfilter.h"
#include "paymentschart.h"
#include "paymentsview.h"
#include "paymenttotalsmodel.h"
#include "proposalsarea.h"
#include "proposalsview.h"
#include "sandbox.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QCheckBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using ct::models::DecimalAmount;
using ct::models::PaymentsModel;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

class TestMoneyViews : public DemoSessionSuite
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The sandbox's database is open (and seeded) from construction: the rows below are in
        // place before it answers anyone.
        m_accountId = value(u"SELECT account_id FROM accounts WHERE account_web_key=?"_s, {Sandbox::demoWebKey()}).toLongLong();
        m_richClient = value(u"SELECT client_id FROM payments WHERE account_id=? GROUP BY client_id"
                             " ORDER BY COUNT(*) DESC, client_id LIMIT 1"_s, {m_accountId}).toString();
        // Two payments in May 2031 whose sum binary floating point gets wrong.
        QSqlQuery insert(m_sandbox.database());
        insert.prepare(u"INSERT INTO payments (account_id, client_id, proposal_id, proposal_number, payday, amount,"
                       " type, status, created_date) VALUES (?,?,0,'P-TEST',?,?,'Cash','Deposit','2031-05-01')"_s);
        for (const auto &[day, amount] : {std::pair{u"2031-05-10"_s, u"0.10"_s}, std::pair{u"2031-05-20"_s, u"0.20"_s}}) {
            for (const QVariant &v : QVariantList{m_accountId, m_richClient, day, amount})
                insert.addBindValue(v);
            QVERIFY(insert.exec());
        }
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->start();
        populateWindow(m_window, *m_session, {1400, 900});
        m_contacts = showArea<ContactsView>(m_window, u"contacts"_s);
        m_area = m_window.findChild<ProposalsArea *>(u"proposalsArea"_s);
        QVERIFY(m_contacts && m_area);
        // Every model of the area watched while it loads, is filtered and resets.
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_area->accountPayments()->model()),
                                          static_cast<QAbstractItemModel *>(m_area->accountPayments()->filter()),
                                          static_cast<QAbstractItemModel *>(m_area->accountPayments()->totals()),
                                          m_area->proposals()->tree()->model(),
                                          static_cast<QAbstractItemModel *>(m_area->contactPayments()->model()),
                                          static_cast<QAbstractItemModel *>(m_area->contactPayments()->filter())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QTest::mouseClick(m_contacts->findChild<QPushButton *>(u"loadAll"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded(), 60000);
    }

    void contactProposalsFromTheActionBar()
    {
        // GIVEN a contact with proposals is open in Contacts
        m_contacts->selectContact(m_richClient);
        ContactDetailPane *detail = m_contacts->detail();
        QTRY_COMPARE(detail->currentKey(), m_richClient);
        auto *action = detail->findChild<QAction *>(u"showProposals"_s);
        QVERIFY(action);
        QTRY_VERIFY(action->isEnabled());
        // WHEN the user clicks "Proposals & payments" on its action bar
        QTest::mouseClick(detail->actionBar()->widgetForAction(action), Qt::LeftButton);
        // THEN the area opens on the contact's proposals, as the server has them
        QCOMPARE(m_window.currentArea(), u"proposals"_s);
        QCOMPARE(m_area->tabs()->currentIndex(), ProposalsArea::contactTab);
        const QJsonObject contact = m_session->contacts()->recordById(m_richClient);
        QVERIFY(m_area->findChild<QLabel *>(u"proposalsContact"_s)->text().contains(contact.value(u"lastName"_s).toString()));
        QTreeView *tree = m_area->proposals()->tree();
        const int proposals = value(u"SELECT COUNT(*) FROM proposals WHERE client_id=?"_s, {m_richClient}).toInt();
        QVERIFY(proposals > 0);
        QVERIFY(m_session->api());
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), proposals, 10000);
        QTRY_VERIFY(!static_cast<ct::models::ProposalsModel *>(tree->model())->isLoading());
        // line items are open under each proposal
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0, tree->model()->index(0, 0))));

        // WHEN the user clicks the last proposal, THEN its fields show beside the tree
        const QModelIndex last = tree->model()->index(proposals - 1, 0);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(last).center());
        QCOMPARE(tree->currentIndex(), last);
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT estimator, production_manager, final_price, foreman_notes FROM proposals"
                  " WHERE client_id=? ORDER BY proposal_id DESC LIMIT 1"_s);
        q.addBindValue(m_richClient);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(m_area->proposals()->fieldLabel(u"estimator"_s)->text(), q.value(0).toString());
        QCOMPARE(m_area->proposals()->fieldLabel(u"production_manager"_s)->text(), q.value(1).toString());
        QCOMPARE(m_area->proposals()->fieldLabel(u"final_price"_s)->text(),
                 DecimalAmount::parse(q.value(2).toString()).toLocaleString());
        QCOMPARE(m_area->proposals()->fieldLabel(u"foreman_notes"_s)->text(), q.value(3).toString());

        // AND its payments are listed; narrowing "entered since" asks the server from that date
        PaymentsView *payments = m_area->contactPayments();
        const int all = value(u"SELECT COUNT(*) FROM payments WHERE client_id=?"_s, {m_richClient}).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(payments->table()->model()->rowCount(), all, 10000);
        QDateEdit *since = payments->sinceEdit();
        since->setFocus();
        QTest::keySequence(since, QKeySequence::SelectAll);
        QTest::keyClicks(since, QDate(2031, 5, 1).toString(since->displayFormat()));
        QCOMPARE(since->date(), QDate(2031, 5, 1));
        // one read from the date typed once typing settled (not one per keystroke)
        const auto readsSince = [this](const QString &date) {
            return requestsOf(m_sandbox, u"read_proposal_payments"_s, {{u"created_date"_s, date}, {u"client_id"_s, m_richClient}}).size();
        };
        QTRY_COMPARE_WITH_TIMEOUT(readsSince(u"2031-05-01"_s), 1, 10000);
        QTRY_VERIFY(!payments->model()->isLoading());
        QCOMPARE(payments->table()->model()->rowCount(), 2);
        QCOMPARE(requestsOf(m_sandbox, u"read_proposal_payments"_s).size(), 2);
        QCOMPARE(payments->totals()->index(0, ct::models::PaymentTotalsModel::AmountColumn).data().toString(),
                 DecimalAmount::parse(u"0.30").toLocaleString());
    }

    void accountPaymentsByDateRangeWithTotalsChartAndExport()
    {
        // WHEN the user opens the account's payments tab
        QTabBar *bar = m_area->tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(ProposalsArea::accountTab).center());
        PaymentsView *view = m_area->accountPayments();
        const int all = value(u"SELECT COUNT(*) FROM payments WHERE account_id=?"_s, {m_accountId}).toInt();
        QTRY_COMPARE_WITH_TIMEOUT(view->table()->model()->rowCount(), all, 10000);
        // the totals cover every payment, and the chart draws them over time
        QCOMPARE(view->totals()->index(0, ct::models::PaymentTotalsModel::CountColumn).data().toString(),
                 QLocale().toString(all));
        QVERIFY(!view->chart()->timeline().periods.isEmpty());

        // WHEN the range is set to May 2031 (payday)
        view->fromEdit()->setDate(QDate(2031, 5, 1));
        view->toEdit()->setDate(QDate(2031, 5, 31));
        // THEN only those two show and their total is exactly 0.30
        QCOMPARE(view->table()->model()->rowCount(), 2);
        QCOMPARE(view->totals()->index(0, ct::models::PaymentTotalsModel::AmountColumn).data().toString(),
                 DecimalAmount::parse(u"0.30").toLocaleString());
        // by week (a short span): the weeks of Monday 5, 12 (empty, kept for an even axis) and 19 May
        QCOMPARE(view->chart()->timeline().step, ct::models::PaymentTimeline::Step::Week);
        QCOMPARE(view->chart()->timeline().periods.size(), 3);
        QCOMPARE(view->chart()->timeline().periods.at(0).start, QDate(2031, 5, 5));
        DecimalAmount drawn;
        for (const auto &period : view->chart()->timeline().periods)
            drawn += period.total;
        QCOMPARE(drawn.toPlainString(), u"0.30"_s);

        // WHEN the user exports them
        QTest::mouseClick(view->findChild<QPushButton *>(u"exportPayments"_s), Qt::LeftButton);
        auto *dialog = view->findChild<QFileDialog *>(u"exportPaymentsDialog"_s);
        QVERIFY(dialog);
        // formulas are neutralised unless the user ticks "Keep formulas"
        auto *keepFormulas = dialog->findChild<QCheckBox *>(u"keepFormulas"_s);
        QVERIFY(keepFormulas);
        QVERIFY(!keepFormulas->isChecked());
        const QString path = m_dir.filePath(u"may.csv"_s);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");   // as the Save button does
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QCOMPARE(csv.count(u"\r\n"_s), 3);
        QVERIFY(csv.contains(u",2031-05-10,0.10,Cash,Deposit,2031-05-01,"_s));
        QVERIFY(csv.contains(u",2031-05-20,0.20,Cash,Deposit,2031-05-01,"_s));

        // WHEN the range is opened again and the user refreshes, THEN the server is asked again
        view->fromEdit()->setDate(PaymentsView::earliestDate());
        view->toEdit()->setDate(PaymentsView::earliestDate());
        QCOMPARE(view->table()->model()->rowCount(), all);
        const auto before = m_sandbox.requestLog().size();
        QTest::mouseClick(view->findChild<QPushButton *>(u"refreshPayments"_s), Qt::LeftButton);
        QTRY_VERIFY(m_sandbox.requestLog().size() > before);
        QCOMPARE(m_sandbox.requestLog().at(before).call, u"read_all_payments"_s);
        QTRY_VERIFY(!view->model()->isLoading());

        // WHEN the user double-clicks a payment, THEN its contact's proposals and payments open
        QTableView *table = view->table();
        const QModelIndex first = table->model()->index(0, PaymentsModel::ContactColumn);
        const QString clientId = first.data(PaymentsModel::PaymentRole).toJsonObject().value(u"client_id"_s).toString();
        const QPoint at = table->visualRect(first).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_area->currentContact(), clientId);
        QCOMPARE(m_area->tabs()->currentIndex(), ProposalsArea::contactTab);
        QTRY_VERIFY_WITH_TIMEOUT(!m_area->contactPayments()->model()->isLoading(), 10000);
        QVERIFY(m_area->contactPayments()->model()->rowCount() > 0);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        closeDemoSession(m_window, m_session);
    }

private:
    QVariant value(const QString &sql, const QVariantList &binds) const
    {
        QSqlQuery q(m_sandbox.database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    ContactsView *m_contacts = nullptr;
    ProposalsArea *m_area = nullptr;
    qint64 m_accountId = 0;
    QString m_richClient;
};

QTEST_MAIN(TestMoneyViews)
#include "tst_moneyviews.moc"
