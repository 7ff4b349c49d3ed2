// SPDX-License-Identifier: MIT
// The proposals tree and the payments models against the real sandbox on loopback, with the
// account's real SQLite cache in a temporary directory; QAbstractItemModelTester watches every
// model while it loads, is filtered and is reset to another contact.
#include "api/apiclient.h"
#include "decimalamount.h"
#include "paymentexport.h"
#include "paymentfilter.h"
#include "paymentsmodel.h"
#include "paymenttotals.h"
#include "proposalsmodel.h"
#include "sandbox.h"
#include "store/accountdatabase.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct;
using ct::models::DecimalAmount;
using ct::models::PaymentFilter;
using ct::models::PaymentsModel;
using ct::models::ProposalsModel;
using ct::sandbox::Sandbox;

namespace {

QVariantList column(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVariantList out;
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next())
        out.append(q.value(0));
    return out;
}

std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace

class TestMoneyModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        m_client.setBaseUrl(m_sandbox.baseUrl());
        m_client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        m_client.setRetryBaseDelayMs(20);
        QVERIFY(m_database.open(m_dir.path(), Sandbox::demoWebKey()));
        // Nothing listens on port 1: every read fails as offline.
        m_offline.setBaseUrl(QUrl(u"http://127.0.0.1:1/v2/api/"_s));
        m_offline.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        m_offline.setRetryBaseDelayMs(5);
        m_offline.setMaxAttempts(1);
        m_accountId = column(m_sandbox.database(), u"SELECT account_id FROM accounts WHERE account_web_key=?"_s,
                             {Sandbox::demoWebKey()}).value(0).toLongLong();
        // The demo contact with the most payments (and so proposals).
        m_richClient = column(m_sandbox.database(),
                              u"SELECT client_id FROM payments WHERE account_id=? GROUP BY client_id"
                              " ORDER BY COUNT(*) DESC, client_id LIMIT 1"_s, {m_accountId}).value(0).toString();
        QVERIFY(!m_richClient.isEmpty());
    }

    void demoPaymentsNeverExceedTheFinalPrice()
    {
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"SELECT p.final_price, GROUP_CONCAT(m.amount, '|') FROM proposals p"
                       " JOIN payments m ON m.proposal_id = p.proposal_id GROUP BY p.proposal_id"_s));
        int proposals = 0;
        while (q.next()) {
            DecimalAmount paid;
            for (const QString &amount : q.value(1).toString().split(u'|'))
                paid += DecimalAmount::parse(amount);
            QVERIFY(paid.isValid());
            QVERIFY2(!(DecimalAmount::parse(q.value(0).toString()) < paid),
                     qPrintable(q.value(0).toString() + u" < "_s + paid.toPlainString()));
            ++proposals;
        }
        QVERIFY(proposals > 10);
    }

    void proposalsTree()
    {
        ProposalsModel model(&m_client, &m_database);
        auto tester = watch(&model);
        QSignalSpy loaded(&model, &ProposalsModel::loaded);
        // WHEN a contact with proposals is loaded
        model.load(m_richClient);
        QVERIFY(loaded.wait(10000));
        const QVariantList ids = column(m_sandbox.database(),
                                        u"SELECT proposal_id FROM proposals WHERE client_id=? ORDER BY proposal_id"_s,
                                        {m_richClient});
        QVERIFY(!ids.isEmpty());
        QCOMPARE(model.rowCount(), ids.size());
        // THEN each proposal has its line items and recommended products under it, as the server has them
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex proposal = model.index(row, 0);
            QCOMPARE(proposal.data(ProposalsModel::ProposalRole).toJsonObject().value(u"proposal_id"_s).toString(),
                     ids.at(row).toString());
            QCOMPARE(model.rowCount(proposal), 2);
            QSqlQuery q(m_sandbox.database());
            q.prepare(u"SELECT line_item_detail, recommended_products, final_price, estimator FROM proposals WHERE proposal_id=?"_s);
            q.addBindValue(ids.at(row));
            QVERIFY(q.exec() && q.next());
            const QJsonArray lines = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
            const QJsonArray products = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
            const QModelIndex lineGroup = model.index(0, 0, proposal);
            const QModelIndex productGroup = model.index(1, 0, proposal);
            QCOMPARE(lineGroup.data(ProposalsModel::KindRole).toInt(), int(ProposalsModel::Kind::LineItems));
            QCOMPARE(model.rowCount(lineGroup), lines.size());
            QCOMPARE(model.rowCount(productGroup), products.size());
            DecimalAmount sum;
            for (int i = 0; i < lines.size(); ++i) {
                const QJsonObject line = lines.at(i).toObject();
                QCOMPARE(model.index(i, ProposalsModel::NameColumn, lineGroup).data().toString(),
                         line.value(u"Description"_s).toString());
                QCOMPARE(model.index(i, ProposalsModel::PriceColumn, lineGroup).data().toString(),
                         DecimalAmount::parse(line.value(u"Line Price"_s).toString()).toLocaleString());
                QCOMPARE(model.index(i, ProposalsModel::DetailColumn, lineGroup).data().toString(),
                         line.value(u"Notes"_s).toString());
                QCOMPARE(model.parent(model.index(i, 1, lineGroup)), lineGroup);
                sum += DecimalAmount::parse(line.value(u"Line Price"_s).toString());
            }
            QCOMPARE(model.index(0, ProposalsModel::PriceColumn, proposal).data().toString(), sum.displayText());
            for (int i = 0; i < products.size(); ++i) {
                QCOMPARE(model.index(i, ProposalsModel::NameColumn, productGroup).data().toString(),
                         products.at(i).toObject().value(u"Product Description"_s).toString());
                QCOMPARE(model.index(i, ProposalsModel::DetailColumn, productGroup).data().toString(),
                         products.at(i).toObject().value(u"Product_type1"_s).toString());
            }
            QCOMPARE(model.index(row, ProposalsModel::PriceColumn).data().toString(),
                     DecimalAmount::parse(q.value(2).toString()).toLocaleString());
            // Every documented field is offered, the misspelled keys of the document included
            const auto fields = ProposalsModel::fieldsOf(proposal.data(ProposalsModel::ProposalRole).toJsonObject());
            QCOMPARE(fields.size(), 16);
            const auto estimator = std::find_if(fields.cbegin(), fields.cend(), [](const auto &f) { return f.key == u"estimator"_s; });
            QCOMPARE(estimator->value, q.value(3).toString());
            const auto prep = std::find_if(fields.cbegin(), fields.cend(), [](const auto &f) { return f.key == u"prepparation_proceedures"_s; });
            QVERIFY(!prep->value.isEmpty());
        }

        // WHEN another contact without proposals is shown, THEN the tree resets to nothing
        const QString without = column(m_sandbox.database(),
                                       u"SELECT client_id FROM clients WHERE account_id=? AND client_id NOT IN"
                                       " (SELECT client_id FROM proposals) ORDER BY client_id LIMIT 1"_s,
                                       {m_accountId}).value(0).toString();
        model.load(without);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().isEmpty());

        // A contact not yet created (a local key) asks nothing
        const int requests = int(m_sandbox.requestLog().size());
        model.load(u"local:4f1c"_s);
        QTest::qWait(50);
        QCOMPARE(int(m_sandbox.requestLog().size()), requests);
        QCOMPARE(model.rowCount(), 0);
    }

    void proposalsOpenOfflineFromTheCache()
    {
        // GIVEN the proposals were read once (previous test), WHEN the server cannot be reached
        ProposalsModel model(&m_offline, &m_database);
        auto tester = watch(&model);
        QSignalSpy failed(&model, &ProposalsModel::loadFailed);
        model.load(m_richClient);
        // THEN they show at once from the cache, and stay when the read fails
        const int expected = int(column(m_sandbox.database(), u"SELECT COUNT(*) FROM proposals WHERE client_id=?"_s,
                                        {m_richClient}).value(0).toInt());
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(model.rowCount(model.index(0, 0)) == 2);
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(!model.errorString().isEmpty());
    }

    void accountPaymentsTotalExactly()
    {
        // GIVEN the account has, in May 2031, payments that binary floating point adds wrongly,
        // a very large one, and one whose amount is not a number
        QSqlQuery insert(m_sandbox.database());
        insert.prepare(u"INSERT INTO payments (account_id, client_id, proposal_id, proposal_number, payday, amount,"
                       " type, status, created_date) VALUES (?,?,0,'P-TEST',?,?,?,?,?)"_s);
        const QList<QStringList> rows = {{u"2031-05-01"_s, u"0.10"_s, u"Cash"_s, u"Deposit"_s},
                                         {u"2031-05-02"_s, u"0.20"_s, u"Cash"_s, u"Progress"_s},
                                         {u"2031-05-03"_s, u"99999999999999.99"_s, u"Check"_s, u"Final"_s},
                                         {u"2031-05-04"_s, u"0.01"_s, u"Card"_s, u"Final"_s},
                                         {u"2031-05-05"_s, u"12,34"_s, u"Other"_s, u"Final"_s}};
        for (const QStringList &r : rows) {
            for (const QVariant &v : QVariantList{m_accountId, m_richClient, r.at(0), r.at(1), r.at(2), r.at(3), u"2031-04-30"_s})
                insert.addBindValue(v);
            QVERIFY(insert.exec());
        }
        PaymentsModel model(PaymentsModel::Scope::Account, &m_client, &m_database);
        PaymentFilter filter;
        filter.setSourceModel(&model);
        auto tester = watch(&model);
        auto filterTester = watch(&filter);
        QSignalSpy loaded(&model, &PaymentsModel::loaded);
        model.loadAccount();
        QVERIFY(loaded.wait(10000));
        const int all = column(m_sandbox.database(), u"SELECT COUNT(*) FROM payments WHERE account_id=?"_s,
                               {m_accountId}).value(0).toInt();
        QCOMPARE(model.rowCount(), all);
        QVERIFY(all > rows.size());

        // WHEN the range is May 2031 by payday
        filter.setRange(QDate(2031, 5, 1), QDate(2031, 5, 31));
        QCOMPARE(filter.rowCount(), rows.size());
        const ct::models::PaymentTotals totals = ct::models::PaymentTotals::of(filter.shownPayments());
        // THEN the sums are exact, and the unreadable amount is counted apart, not as 0
        QCOMPARE(totals.unreadable, 1);
        QCOMPARE(totals.total.toPlainString(), u"100000000000000.30"_s);
        QCOMPARE(totals.byType.at(0).amount.toPlainString(), u"0.30"_s);   // Cash: 0.10 + 0.20
        QCOMPARE(totals.byStatus.at(2).amount.toPlainString(), u"100000000000000.00"_s);
        // the table says which amount it could not read
        bool sawUnreadable = false;
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QString shown = filter.index(row, PaymentsModel::AmountColumn).data().toString();
            sawUnreadable |= shown == u"12,34 (not an amount)"_s;
        }
        QVERIFY(sawUnreadable);
        // by the date entered, May 2031 holds none of them (entered in April)
        filter.setDateField(PaymentFilter::DateField::Entered);
        QCOMPARE(filter.rowCount(), 0);
        filter.setRange(QDate(2031, 4, 30), QDate());
        QCOMPARE(filter.rowCount(), rows.size());
        // sorted by amount: exact order, the unreadable last
        filter.sort(PaymentsModel::AmountColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, PaymentsModel::AmountColumn).data(PaymentsModel::PaymentRole).toJsonObject()
                     .value(u"amount"_s).toString(), u"0.01"_s);
        QCOMPARE(filter.index(rows.size() - 1, 0).data(PaymentsModel::PaymentRole).toJsonObject()
                     .value(u"amount"_s).toString(), u"12,34"_s);

        // AND the CSV export carries the amounts exactly as the server sent them
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(ct::models::PaymentExport::write(&buffer, filter.shownPayments(), nullptr, &error));
        const QStringList lines = QString::fromUtf8(buffer.data()).remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + rows.size());
        QCOMPARE(lines.at(0), ct::models::PaymentExport::header().join(u','));
        QVERIFY(lines.at(1).contains(u",0.01,Card,Final,2031-04-30,"_s));
        QVERIFY(lines.at(5).contains(u",\"12,34\",Other,"_s));

        // AND a second model opens offline with every payment from the cache
        PaymentsModel offline(PaymentsModel::Scope::Account, &m_offline, &m_database);
        auto offlineTester = watch(&offline);
        offline.loadAccount();
        QCOMPARE(offline.rowCount(), all);
        QSignalSpy failed(&offline, &PaymentsModel::loadFailed);
        QVERIFY(failed.wait(20000));
        QCOMPARE(offline.rowCount(), all);
    }

    void contactPaymentsSinceADate()
    {
        PaymentsModel model(PaymentsModel::Scope::Contact, &m_client, &m_database);
        auto tester = watch(&model);
        QSignalSpy loaded(&model, &PaymentsModel::loaded);
        const QVariantList entered = column(m_sandbox.database(),
                                            u"SELECT created_date FROM payments WHERE client_id=? ORDER BY created_date"_s,
                                            {m_richClient});
        QVERIFY(entered.size() >= 2);
        // WHEN all of the contact's payments are asked for
        model.loadContact(m_richClient, QDate(2020, 1, 1));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), entered.size());
        const auto log = m_sandbox.requestLog();
        QCOMPARE(log.last().call, u"read_proposal_payments"_s);
        QCOMPARE(log.last().params.value(u"created_date"_s), u"2020-01-01"_s);
        QCOMPARE(log.last().params.value(u"client_id"_s), m_richClient);

        // WHEN only those entered since the last one are asked for
        const QDate since = QDate::fromString(entered.last().toString(), Qt::ISODate);
        const int expected = int(std::count_if(entered.cbegin(), entered.cend(),
                                               [&](const QVariant &d) { return d.toString() >= entered.last().toString(); }));
        model.loadContact(m_richClient, since);
        QCOMPARE(model.rowCount(), expected);   // the cache already answers
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(m_sandbox.requestLog().last().params.value(u"created_date"_s), since.toString(Qt::ISODate));

        // THEN the narrower answer did not drop the older payments from the cache: offline, all show
        PaymentsModel offline(PaymentsModel::Scope::Contact, &m_offline, &m_database);
        auto offlineTester = watch(&offline);
        offline.loadContact(m_richClient, QDate(2020, 1, 1));
        QCOMPARE(offline.rowCount(), entered.size());
        for (int row = 0; row < offline.rowCount(); ++row)
            QCOMPARE(offline.paymentAt(row).value(u"client_id"_s).toString(), m_richClient);

        // WHEN another contact is shown, THEN the model resets to its payments (none for a new one)
        model.loadContact(u"local:abc"_s, QDate(2020, 1, 1));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    Sandbox m_sandbox;
    QTemporaryDir m_dir;
    api::ApiClient m_client;
    api::ApiClient m_offline;
    store::AccountDatabase m_database;
    qint64 m_accountId = 0;
    QString m_richClient;
};

QTEST_GUILESS_MAIN(TestMoneyModels)
#include "tst_moneymodels.moc"
