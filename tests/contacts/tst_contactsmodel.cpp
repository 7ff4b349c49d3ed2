// SPDX-License-Identifier: MIT
// ContactsModel against the real sandbox on loopback, with real SQLite in a temporary directory.
#include "api/apiclient.h"
#include "api/contactsapi.h"
#include "contactsmodel.h"
#include "englishtranslation.h"
#include "modelroles.h"
#include "namelookup.h"
#include "sandbox.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ct;
using namespace ct::models;
using namespace Qt::StringLiterals;
using ct::sandbox::Sandbox;

namespace {

// One signed-in account: its database in a temporary directory and a client for the sandbox.
struct Account
{
    Account(const Sandbox &sandbox, const QString &webKey, const QString &dir)
    {
        client.setBaseUrl(sandbox.baseUrl());
        client.setCredentials(Sandbox::demoAccessToken(), webKey);
        client.setRetryBaseDelayMs(20);
        opened = database.open(dir, webKey);
    }
    api::ApiClient client;
    store::AccountDatabase database;
    bool opened = false;
};

api::ApiResult callNow(api::ApiReply *reply)
{
    QSignalSpy spy(reply, &api::ApiReply::finished);
    if (!spy.wait(10000))
        return api::ApiResult::failure(api::ApiStatus::Timeout, u"test wait"_s);
    return spy.first().first().value<api::ApiResult>();
}

QList<qint64> serverIds(const Sandbox &sandbox, const QString &webKey = Sandbox::demoWebKey())
{
    QList<qint64> ids;
    for (const QJsonValue &row : sandbox.clients(webKey))
        ids.append(row.toObject().value(u"client_id"_s).toString().toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> modelIds(const ContactsModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool hasDuplicates(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) != ids.end();
}

std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    auto tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester->setUseFetchMore(true);
    return tester;
}

// A contacts model that follows an account's real outbox and replayer (the replayer not
// started), watched by the model tester from before it is wired, its first page asked for: how
// the session puts them together, for the tests that take an edit from the queue to the server.
struct ReplayingContacts
{
    ReplayingContacts(const Sandbox &sandbox, const QString &dir) : account(sandbox, Sandbox::demoWebKey(), dir) {}

    // False when the outbox cannot be read; the replayer is made after it has been.
    bool open()
    {
        if (!outbox.load())
            return false;
        replayer = std::make_unique<store::OutboxReplayer>(&outbox, &account.client);
        tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        model.trackOutbox(&outbox, replayer.get());
        model.fetchMore({});
        return true;
    }

    Account account;
    store::Outbox outbox{&account.database};
    std::unique_ptr<store::OutboxReplayer> replayer;
    ContactsModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

class TestContactsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;

    // A model fully loaded from the sandbox, for the search and sort tests.
    std::unique_ptr<Account> m_loaded;
    std::unique_ptr<ContactsModel> m_model;

    QString freshDir()
    {
        static int n = 0;
        const QString path = m_dir.filePath(u"account%1"_s.arg(++n));
        QDir().mkpath(path);
        return path;
    }

    // Pages on demand the way a view does, until the model says there is no more.
    static bool scrollToEnd(ContactsModel &model, const std::function<void(int)> &betweenPages = {})
    {
        for (int page = 0; page < 10000; ++page) {
            if (!model.canFetchMore({}))
                return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
            model.fetchMore({});
            if (!QTest::qWaitFor([&] { return !model.isLoading() || model.canFetchMore({}); }, 10000))
                return false;
            if (!QTest::qWaitFor([&] { return model.canFetchMore({}) || !model.isLoading(); }, 10000))
                return false;
            if (betweenPages)
                betweenPages(page);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The notices count rows ("%n row(s)"): read them in English, as an English user does.
        QVERIFY(ct::testsupport::installEnglishTranslation());
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<Sandbox>(sandbox::SandboxOptions{{}, 7, 1000});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));

        m_loaded = std::make_unique<Account>(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        QVERIFY(m_loaded->opened);
        m_model = std::make_unique<ContactsModel>();
        m_model->setAccount(&m_loaded->database, &m_loaded->client);
        QSignalSpy full(m_model.get(), &ContactsModel::fullyLoadedChanged);
        m_model->loadAll();
        QVERIFY(full.wait(30000));
        QTRY_VERIFY(!m_model->isLoading());
    }

    // A failed check must not leave the shared model searched, filtered or sorted.
    void cleanup()
    {
        if (!m_model)
            return;
        m_model->setSearchText({});
        m_model->clearFilters();
        m_model->sort(-1);
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_loaded.reset();
        m_sandbox.reset();
    }

    void pagesOnDemandOneInsertPerPage()
    {
        // GIVEN an empty cache and a view that scrolls to the end
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // WHEN it pages through
        QVERIFY(scrollToEnd(model));
        // THEN every page was one insert of at most 100 rows, and the rows are the server's
        const QList<qint64> expected = serverIds(*m_sandbox);
        QCOMPARE(inserted.size(), (expected.size() + 98) / 99);
        for (const auto &args : inserted)
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= 100);
        QCOMPARE(modelIds(model), expected);
        QVERIFY(model.isFullyLoaded());
        QVERIFY(!model.canFetchMore({}));
        // AND each page is in the cache
        QCOMPARE(account.database.cacheAll(u"client"_s).size(), expected.size());
    }

    void pagesThroughAShiftingList_data()
    {
        QTest::addColumn<bool>("loadAll");
        QTest::newRow("pages on demand") << false;
        QTest::newRow("load all, 6 in flight") << true;
    }
    void pagesThroughAShiftingList()
    {
        QFETCH(bool, loadAll);
        // GIVEN a second client that changes the server's list while the model pages
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        api::ApiClient writer;
        writer.setBaseUrl(m_sandbox->baseUrl());
        writer.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        api::ContactsApi contacts(&writer);
        const QList<qint64> victims = serverIds(*m_sandbox);
        int changes = 0;
        QList<QPointer<api::ApiReply>> writes;
        int failedWrites = 0;
        auto shift = [&] {
            // Deleting early rows moves every later row left; creating adds at the end. The
            // writes are only started here: they land on the server between the model's pages.
            QList<api::ApiReply *> replies;
            for (int i = 0; i < 3; ++i)
                replies.append(contacts.remove(QString::number(victims.at(changes * 3 + i))));
            replies.append(contacts.create(u"Shift"_s, u"Number%1"_s.arg(changes), {}));
            for (api::ApiReply *reply : replies) {
                writes.append(reply);
                connect(reply, &api::ApiReply::finished, this,
                        [&failedWrites](const api::ApiResult &r) { failedWrites += r.ok() ? 0 : 1; });
            }
            ++changes;
        };
        ContactsModel model;
        // The tester must not page by itself here: the test decides when pages are asked for.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setAccount(&account.database, &account.client);
        if (loadAll) {
            int progressSeen = 0;
            connect(&model, &ContactsModel::loadProgress, &model, [&](int, int) {
                if (++progressSeen % 2 == 0 && changes < 3)
                    shift();
            });
            model.loadAll(6);
        } else {
            QVERIFY(scrollToEnd(model, [&](int page) {
                if (page % 2 == 1 && changes < 4) {
                    shift();
                    QTRY_VERIFY(std::all_of(writes.cbegin(), writes.cend(), [](const auto &r) { return r.isNull(); }));
                }
            }));
        }
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded(), 60000);
        QTRY_VERIFY(std::all_of(writes.cbegin(), writes.cend(), [](const auto &r) { return r.isNull(); }));
        QCOMPARE(failedWrites, 0);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(changes >= 3);
        // THEN the model holds exactly the server's rows: none skipped, none twice, none deleted
        const QList<qint64> ids = modelIds(model);
        QVERIFY(!hasDuplicates(ids));
        QCOMPARE(ids, serverIds(*m_sandbox));
    }

    void aFailedPageCanBeAskedAgain()
    {
        // GIVEN a server whose list answers fail (after the client's own retries)
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        account.client.setMaxAttempts(2);
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setAccount(&account.database, &account.client);
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        sandbox::FaultPlan faults;
        faults.serverErrorRate = 1.0;
        faults.onlyCalls = {u"read_client_list"_s};
        m_sandbox->setFaultPlan(faults);
        QSignalSpy failed(&model, &ContactsModel::loadFailed);
        model.loadAll();
        // THEN the failure is reported, nothing is lost, and the model can ask again
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.first().first().toString().isEmpty());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        m_sandbox->setFaultPlan({});
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded(), 30000);
        QCOMPARE(modelIds(model), serverIds(*m_sandbox));
    }

    void loadsTenThousandWithProgress()
    {
        Sandbox big(sandbox::SandboxOptions{{}, 11, 10000});
        QVERIFY(big.start());
        Account account(big, Sandbox::demoWebKey(), freshDir());
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        QSignalSpy progress(&model, &ContactsModel::loadProgress);
        QSignalSpy full(&model, &ContactsModel::fullyLoadedChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.loadAll(6);
        QVERIFY(full.wait(120000));
        QCOMPARE(modelIds(model), serverIds(big));
        QCOMPARE(model.rowCount(), 10000);
        QVERIFY(progress.size() >= 100);
        QCOMPARE(progress.last().at(0).toInt(), 10000);
        QCOMPARE(progress.last().at(1).toInt(), 10000);
        QVERIFY(inserted.size() <= 102);   // one insert per page, never per row
        QCOMPARE(account.database.cacheAll(u"client"_s).size(), 10000);
    }

    void secondModelShowsTheCacheBeforeTheNetwork_data()
    {
        QTest::addColumn<bool>("withSnapshot");
        QTest::newRow("snapshot") << true;
        QTest::newRow("cache rows only") << false;
    }
    void secondModelShowsTheCacheBeforeTheNetwork()
    {
        QFETCH(bool, withSnapshot);
        // GIVEN the database the shared model filled (and the snapshot it wrote)
        const QString snapshot = m_loaded->database.filePath() + u".contacts"_s;
        QVERIFY(QFile::exists(snapshot));
        QByteArray saved;
        if (!withSnapshot) {
            QFile f(snapshot);
            QVERIFY(f.open(QIODevice::ReadOnly));
            saved = f.readAll();
            f.close();
            QVERIFY(QFile::remove(snapshot));
        }
        // WHEN a second model opens it with a client that cannot reach anything
        api::ApiClient offline;
        offline.setBaseUrl(QUrl(u"http://127.0.0.1:1/v2/api/"_s));
        offline.setCredentials(u"t"_s, u"k"_s);
        ContactsModel second;
        auto tester = testerFor(&second);
        second.setAccount(&m_loaded->database, &offline);
        // THEN the cached rows are there at once, before any event is processed
        QCOMPARE(modelIds(second), modelIds(*m_model));
        QCOMPARE(second.recordById(m_model->idAt(5)), m_model->record(5));
        // names of linked records (here the sales cycle) come from the cache as well
        const QString cycle = m_model->data(m_model->index(0, ContactsModel::Column::SalesCycle)).toString();
        QVERIFY(!cycle.isEmpty());
        QCOMPARE(second.data(second.index(0, ContactsModel::Column::SalesCycle)).toString(), cycle);
        if (!withSnapshot) {
            QFile f(snapshot);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(saved);
        }
    }

    void namesNotIds()
    {
        // Sales cycle, lead source, user and action plan ids show as the account's names.
        const int row = m_model->rowOfId(m_model->idAt(0));
        const QJsonObject r = m_model->record(row);
        const auto name = [&](NameLookup::Kind kind, const char *key) {
            for (const auto &[id, label] : m_model->names()->entries(kind))
                if (id == r.value(QLatin1StringView(key)).toString())
                    return label;
            return QString();
        };
        QCOMPARE(m_model->data(m_model->index(row, ContactsModel::Column::SalesCycle)).toString(),
                 name(NameLookup::SalesCycle, "sales_cycle_id"));
        QCOMPARE(m_model->data(m_model->index(row, ContactsModel::Column::LeadSource)).toString(),
                 name(NameLookup::LeadSource, "lead_source_id"));
        QCOMPARE(m_model->data(m_model->index(row, ContactsModel::Column::AssignedUser)).toString(),
                 name(NameLookup::User, "assigned_user_id"));
        QVERIFY(!name(NameLookup::SalesCycle, "sales_cycle_id").isEmpty());
        const QString type = m_model->data(m_model->index(row, ContactsModel::Column::ContactType)).toString();
        QVERIFY2(QStringList({u"Client"_s, u"Employee"_s, u"Partner"_s, u"Vendor"_s, u"Other"_s}).contains(type),
                 qPrintable(type));
    }

    void searchFinds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("formatted phone fragment") << u"phone"_s;
        QTest::newRow("first name") << u"firstName"_s;
        QTest::newRow("email") << u"email"_s;
        QTest::newRow("company") << u"compName"_s;
        QTest::newRow("tag") << u"tag"_s;
    }
    void searchFinds()
    {
        QFETCH(QString, field);
        ContactsModel &model = *m_model;
        auto tester = testerFor(&model);
        // GIVEN a contact that has the field
        QJsonObject target;
        for (int row = 0; row < model.rowCount() && target.isEmpty(); ++row) {
            if (!model.record(row).value(field).toString().isEmpty())
                target = model.record(row);
        }
        QVERIFY(!target.isEmpty());
        QString typed = target.value(field).toString();
        if (field == u"phone") {
            // "(303) 929-14": the digits 4..9 typed with punctuation
            const QString d = typed;
            typed = d.mid(3, 3) + u'-' + d.mid(6, 2);
        } else if (field == u"tag") {
            typed = typed.split(u',').first();
        }
        // WHEN it is typed (in another case)
        model.setSearchText(typed.toUpper());
        // THEN the contact is shown, and every row shown matches
        QVERIFY(model.rowOfId(target.value(u"client_id"_s).toString()) >= 0);
        QVERIFY(model.rowCount() < model.storedCount() || field == u"tag");
        const QString digits = QString(typed).remove(QRegularExpression(u"\\D"_s));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject r = model.record(row);
            const bool hit = field == u"phone"
                ? (r.value(u"phone"_s).toString().contains(digits) || r.value(u"second_phone"_s).toString().contains(digits))
                : std::any_of(r.begin(), r.end(), [&](const QJsonValue &v) {
                      return v.toString().contains(typed, Qt::CaseInsensitive); });
            QVERIFY2(hit, qPrintable(model.idAt(row)));
        }
        model.setSearchText({});
        QCOMPARE(model.rowCount(), model.storedCount());
    }

    void filters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QString>("key");
        QTest::newRow("contact type") << int(ContactQuery::ContactType) << u"contact_type"_s;
        QTest::newRow("sales cycle") << int(ContactQuery::SalesCycle) << u"sales_cycle_id"_s;
        QTest::newRow("lead source") << int(ContactQuery::LeadSource) << u"lead_source_id"_s;
        QTest::newRow("assigned user") << int(ContactQuery::AssignedUser) << u"assigned_user_id"_s;
        QTest::newRow("tag") << int(ContactQuery::Tag) << u"tag"_s;
    }
    void filters()
    {
        QFETCH(int, filter);
        QFETCH(QString, key);
        ContactsModel &model = *m_model;
        auto tester = testerFor(&model);
        // Other tests changed the server's list: read it again (a pass also drops what left).
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        const QJsonArray server = m_sandbox->clients(Sandbox::demoWebKey());
        QString value;
        for (const QJsonValue &row : server) {
            value = row.toObject().value(key).toString().split(u',').first();
            if (!value.isEmpty() && value != u"0")
                break;
        }
        int expected = 0;
        for (const QJsonValue &row : server) {
            const QString v = row.toObject().value(key).toString();
            expected += (key == u"tag" ? v.split(u',').contains(value) : v == value) ? 1 : 0;
        }
        model.setFilter(ContactQuery::Filter(filter), value);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(expected > 0);
        model.setFilter(ContactQuery::Filter(filter), {});
        QCOMPARE(model.rowCount(), int(server.size()));
    }

    void sortsByEachColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < ContactColumns::Count; ++c)
            QTest::newRow(qPrintable(ContactColumns::title(c))) << c;
    }
    void sortsByEachColumn()
    {
        QFETCH(int, column);
        ContactsModel &model = *m_model;
        auto tester = testerFor(&model);
        // The order a person expects: names by last then first name, phones by digits, dates
        // as dates, everything else by the text shown, ignoring case.
        auto key = [&](int row) -> QString {
            const QJsonObject r = model.record(row);
            switch (column) {
            case ContactColumns::Name:
                return (r.value(u"lastName"_s).toString() + QChar(1) + r.value(u"firstName"_s).toString()).toLower();
            case ContactColumns::Phone: return r.value(u"phone"_s).toString();
            case ContactColumns::Created: return r.value(u"creation_date"_s).toString();
            default: return model.data(model.index(row, column)).toString().toLower();
            }
        };
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QCOMPARE(model.rowCount(), model.storedCount());
            for (int row = 1; row < model.rowCount(); ++row) {
                const int cmp = QString::compare(key(row - 1), key(row));
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(key(row - 1) + u" / "_s + key(row)));
            }
        }
        model.sort(-1);
    }

    void selectionSurvivesFilterAndSort()
    {
        ContactsModel &model = *m_model;
        auto tester = testerFor(&model);
        QItemSelectionModel selection(&model);
        // GIVEN a current, selected contact
        const QString id = model.idAt(model.rowCount() / 2);
        const QJsonObject r = model.recordById(id);
        selection.setCurrentIndex(model.index(model.rowOfId(id), 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto selectedId = [&] {
            const QModelIndexList rows = selection.selectedRows();
            return rows.size() == 1 ? model.idAt(rows.first().row()) : QString();
        };
        // WHEN the list is sorted, then searched for something the contact matches
        model.sort(ContactColumns::Email, Qt::DescendingOrder);
        QCOMPARE(model.idAt(selection.currentIndex().row()), id);
        QCOMPARE(selectedId(), id);
        model.setSearchText(r.value(u"lastName"_s).toString());
        QVERIFY(model.rowCount() < model.storedCount());
        QCOMPARE(model.idAt(selection.currentIndex().row()), id);
        QCOMPARE(selectedId(), id);
        model.sort(ContactColumns::Phone, Qt::AscendingOrder);
        QCOMPARE(model.idAt(selection.currentIndex().row()), id);
        QCOMPARE(selectedId(), id);
        // AND when a search hides it, nothing stays selected (no other contact inherits it)
        model.setSearchText(u"no contact has this text"_s);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
        model.setSearchText({});
        model.sort(-1);
    }

    void tableViewFollowsSearchAndSort()
    {
        // A real view: its header and selection follow the row changes a search makes.
        ContactsModel &model = *m_model;
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.resize(900, 500);
        view.show();
        view.sortByColumn(ContactColumns::Name, Qt::AscendingOrder);
        const QString id = model.idAt(10);
        view.selectionModel()->setCurrentIndex(model.index(model.rowOfId(id), 1),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (const QString &typed : {model.recordById(id).value(u"lastName"_s).toString(), QString(), u"zzzz"_s, QString()}) {
            model.setSearchText(typed);
            QCOMPARE(view.verticalHeader()->count(), model.rowCount());
            QCOMPARE(view.model()->rowCount(), model.rowCount());
            if (!typed.startsWith(u'z') && view.currentIndex().isValid())
                QCOMPARE(model.idAt(view.currentIndex().row()), id);
        }
        view.sortByColumn(ContactColumns::Phone, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(ContactColumns::Phone));
        QCOMPARE(view.verticalHeader()->count(), model.rowCount());
    }

    void serverSearchMergesWhileNotFullyLoaded_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("email") << u"email"_s;
        QTest::newRow("phone, formatted") << u"phone"_s;
        QTest::newRow("first and last name") << u"name"_s;
    }
    void serverSearchMergesWhileNotFullyLoaded()
    {
        QFETCH(QString, field);
        // GIVEN a model that has read only the first page
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setServerSearchDelay(0);
        model.setAccount(&account.database, &account.client);
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        // AND a contact far beyond it, plus one already loaded with the same first name
        const QJsonArray server = m_sandbox->clients(Sandbox::demoWebKey());
        const QJsonObject target = server.at(server.size() - 10).toObject();
        const QString id = target.value(u"client_id"_s).toString();
        QCOMPARE(model.rowOfId(id), -1);
        QString typed = target.value(field).toString();
        if (field == u"phone")
            typed = u"(%1) %2-%3"_s.arg(typed.left(3), typed.mid(3, 3), typed.mid(6));
        else if (field == u"name")
            typed = target.value(u"firstName"_s).toString() + u' ' + target.value(u"lastName"_s).toString();
        // WHEN the user types it
        QSignalSpy active(&model, &ContactsModel::serverSearchActiveChanged);
        model.setSearchText(typed);
        // THEN the server's hit joins the results, once
        QTRY_VERIFY(model.rowOfId(id) >= 0);
        QTRY_VERIFY(!active.isEmpty() && !active.last().first().toBool());
        QVERIFY(!hasDuplicates(modelIds(model)));
        // AND when paging later brings the same contact, it is still there once
        model.setSearchText({});
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded(), 30000);
        const QList<qint64> ids = modelIds(model);
        QVERIFY(!hasDuplicates(ids));
        QCOMPARE(ids, serverIds(*m_sandbox));
    }

    void localEditsShowTheirState()
    {
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
        auto state = [&](const QString &key) {
            return SyncState(model.data(model.index(model.rowOfId(key), 0), SyncStateRole).toInt());
        };
        // An edit shows at once, pending; confirmation settles it.
        const QString id = model.idAt(3);
        QCOMPARE(state(id), SyncState::Confirmed);
        QVERIFY(model.applyLocalEdit(id, {{u"firstName"_s, u"Edited"_s}}));
        QVERIFY(model.data(model.index(model.rowOfId(id), ContactsModel::Column::Name)).toString().startsWith(u"Edited "_s));
        QCOMPARE(state(id), SyncState::Pending);
        model.markFailed(u"client:"_s + id, u"Validation Issue"_s, u"phone"_s);
        QCOMPARE(state(id), SyncState::Failed);
        QCOMPARE(model.data(model.index(model.rowOfId(id), 0), SyncErrorKeyRole).toString(), u"phone"_s);
        model.markConfirmed(id);
        QCOMPARE(state(id), SyncState::Confirmed);
        // A new contact appears at once under its local key, then takes the server's id.
        const QString local = u"client:local:{6f1c}"_s;
        model.insertLocalContact(local, {{u"firstName"_s, u"New"_s}, {u"lastName"_s, u"Person"_s}});
        QCOMPARE(state(local), SyncState::Pending);
        QCOMPARE(model.recordKeyAt(model.rowOfId(local)), local);
        model.onRecordCreated(local, u"9999001"_s);
        QCOMPARE(model.rowOfId(local), model.rowOfId(u"9999001"_s));
        QCOMPARE(model.idAt(model.rowOfId(local)), u"9999001"_s);
        QCOMPARE(state(u"9999001"_s), SyncState::Pending);
        model.markConfirmed(local);
        QCOMPARE(state(u"9999001"_s), SyncState::Confirmed);
        // A delete hides the row; a failed delete brings it back, marked.
        const int before = model.rowCount();
        QVERIFY(model.markRemoved(id));
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOfId(id), -1);
        model.markFailed(id, u"Can not delete"_s);
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(state(id), SyncState::Failed);
    }

    void outboxEditsSettleThroughTheReplayer()
    {
        // GIVEN the real outbox and replayer of the account
        ReplayingContacts contacts(*m_sandbox, freshDir());
        QVERIFY(contacts.open());
        auto &[account, outbox, replayer, model, tester] = contacts;
        QTRY_VERIFY(!model.isLoading());
        const QString id = model.idAt(1);
        auto state = [&](const QString &key) {
            return SyncState(model.data(model.index(model.rowOfId(key), 0), SyncStateRole).toInt());
        };
        // WHEN an update and a create are queued (as the editor does) and shown
        QVERIFY(outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Boulder"_s}}).accepted());
        model.applyLocalEdit(id, {{u"city"_s, u"Boulder"_s}});
        const QString local = store::RecordKey::newLocal(u"client"_s);
        QVERIFY(outbox.enqueue(u"create_client"_s, {{u"firstName"_s, u"Queued"_s}, {u"lastName"_s, u"Create"_s}}, local).accepted());
        model.insertLocalContact(local, {{u"firstName"_s, u"Queued"_s}, {u"lastName"_s, u"Create"_s}});
        QCOMPARE(state(id), SyncState::Pending);
        QCOMPARE(state(local), SyncState::Pending);
        replayer->start();
        // THEN both settle: confirmed, and the new contact under its server id
        QTRY_VERIFY_WITH_TIMEOUT(outbox.isEmpty(), 20000);
        QTRY_COMPARE(state(id), SyncState::Confirmed);
        const QString serverId = outbox.serverIdFor(local);
        QVERIFY(!serverId.isEmpty());
        QCOMPARE(model.idAt(model.rowOfId(local)), serverId);
        QTRY_COMPARE(state(serverId), SyncState::Confirmed);
        QVERIFY(model.data(model.index(model.rowOfId(id), ContactsModel::Column::CityState)).toString().startsWith(u"Boulder"_s));
    }

    void aPageAskedBeforeAChangeWasConfirmedDoesNotUndoIt()
    {
        // GIVEN a slow network: list pages arrive 1 s after the server made them
        ReplayingContacts contacts(*m_sandbox, freshDir());
        QVERIFY(contacts.open());
        auto &[account, outbox, replayer, model, tester] = contacts;
        QTRY_VERIFY(!model.isLoading());
        // The first contact of the list: "Load all" begins a pass with the first page.
        const QString id = QString::number(serverIds(*m_sandbox).first());
        QVERIFY(model.rowOfId(id) >= 0);
        const QString before = model.recordById(id).value(u"city"_s).toString();
        sandbox::FaultPlan slow;
        slow.staleAnswerMs = 1000;
        slow.onlyCalls = {u"read_client_list"_s};
        m_sandbox->setFaultPlan(slow);
        // WHEN "Load all" asks the first page again and, meanwhile, an edit of a contact on it
        // is sent and confirmed
        const auto staleReads = [this] {
            const auto log = m_sandbox->requestLog();
            return std::count_if(log.cbegin(), log.cend(), [](const auto &r) { return r.fault == u"stale"_s; });
        };
        model.loadAll(1);   // one page at a time: the client's connections stay free for the edit
        QTRY_VERIFY(staleReads() > 0);   // the server has made the page: the edit comes after
        QVERIFY(outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Stale Test"_s}}).accepted());
        model.applyLocalEdit(id, {{u"city"_s, u"Stale Test"_s}});
        replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded() && !model.isLoading(), 60000);
        m_sandbox->setFaultPlan({});
        // THEN the page's older copy (it was made before the edit) changes neither the row nor the cache
        QVERIFY(before != u"Stale Test"_s);
        QCOMPARE(model.recordById(id).value(u"city"_s).toString(), u"Stale Test"_s);
        const auto cached = account.database.cacheGet(u"client"_s, id);
        QVERIFY(cached.has_value());
        QCOMPARE(cached->json.value(u"city"_s).toString(), u"Stale Test"_s);
    }

    void queuedEditsShowAgainAfterARestart()
    {
        // GIVEN edits queued in an earlier session (the replayer never ran)
        Account account(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        const QList<qint64> ids = serverIds(*m_sandbox);
        const QString edited = QString::number(ids.at(2));
        const QString deleted = QString::number(ids.at(3));
        const QString local = store::RecordKey::newLocal(u"client"_s);
        {
            store::Outbox outbox(&account.database);
            QVERIFY(outbox.load());
            QVERIFY(outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, edited}, {u"lastName"_s, u"Queued"_s}}).accepted());
            QVERIFY(outbox.enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, deleted}}).accepted());
            QVERIFY(outbox.enqueue(u"create_client"_s, {{u"firstName"_s, u"Not"_s}, {u"lastName"_s, u"Yet"_s}}, local).accepted());
        }
        ContactsModel warmup;
        warmup.setAccount(&account.database, &account.client);
        warmup.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(warmup.isFullyLoaded(), 30000);
        // WHEN the next session's model opens the account and its outbox
        store::Outbox outbox(&account.database);
        QVERIFY(outbox.load());
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        model.trackOutbox(&outbox, nullptr);
        // THEN each queued edit shows, pending
        auto state = [&](const QString &key) {
            return SyncState(model.data(model.index(model.rowOfId(key), 0), SyncStateRole).toInt());
        };
        QCOMPARE(model.recordById(edited).value(u"lastName"_s).toString(), u"Queued"_s);
        QCOMPARE(state(edited), SyncState::Pending);
        QCOMPARE(model.rowOfId(deleted), -1);
        QVERIFY(model.rowOfId(local) >= 0);
        QCOMPARE(state(local), SyncState::Pending);
        QCOMPARE(model.rowCount(), ids.size());   // one hidden, one new
    }

    void aConfirmedEditShowsAtTheNextStartOffline()
    {
        // GIVEN an account read whole (its snapshot saved), then an edit confirmed by the server
        ReplayingContacts contacts(*m_sandbox, freshDir());
        QVERIFY(contacts.open());
        auto &[account, outbox, replayer, model, tester] = contacts;
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded() && !model.isLoading(), 30000);
        const QString snapshot = account.database.filePath() + u".contacts"_s;
        QVERIFY(QFile::exists(snapshot));
        const QString id = model.idAt(7);
        const QString before = model.recordById(id).value(u"city"_s).toString();
        QVERIFY(before != u"Changed Yesterday"_s);
        QVERIFY(outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"Changed Yesterday"_s}}).accepted());
        model.applyLocalEdit(id, {{u"city"_s, u"Changed Yesterday"_s}});
        replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.isEmpty(), 20000);
        QTRY_COMPARE(SyncState(model.data(model.index(model.rowOfId(id), 0), SyncStateRole).toInt()), SyncState::Confirmed);
        // WHEN the next start opens the account offline
        api::ApiClient offline;
        offline.setBaseUrl(QUrl(u"http://127.0.0.1:1/v2/api/"_s));
        offline.setCredentials(u"t"_s, u"k"_s);
        ContactsModel next;
        next.setAccount(&account.database, &offline);
        // THEN the confirmed value shows, not the snapshot's older copy (same number of rows)
        QCOMPARE(next.rowCount(), model.rowCount());
        QCOMPARE(next.recordById(id).value(u"city"_s).toString(), u"Changed Yesterday"_s);
    }

    void theSnapshotIsSavedAgainAfterALocalCreate()
    {
        // GIVEN an account read whole, then a contact created here and confirmed
        ReplayingContacts contacts(*m_sandbox, freshDir());
        QVERIFY(contacts.open());
        auto &[account, outbox, replayer, model, tester] = contacts;
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded() && !model.isLoading(), 30000);
        const QString snapshot = account.database.filePath() + u".contacts"_s;
        const auto image = [&snapshot] {
            QFile file(snapshot);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray first = image();
        QVERIFY(!first.isEmpty());
        const QString local = store::RecordKey::newLocal(u"client"_s);
        const QJsonObject fields{{u"firstName"_s, u"Snapshot"_s}, {u"lastName"_s, u"After Create"_s}};
        QVERIFY(outbox.enqueue(u"create_client"_s, {{u"firstName"_s, u"Snapshot"_s}, {u"lastName"_s, u"After Create"_s}}, local).accepted());
        model.insertLocalContact(local, fields);
        replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(outbox.isEmpty(), 20000);
        const QString serverId = outbox.serverIdFor(local);
        QVERIFY(!serverId.isEmpty());
        QTRY_COMPARE(SyncState(model.data(model.index(model.rowOfId(serverId), 0), SyncStateRole).toInt()), SyncState::Confirmed);
        // WHEN the list is read whole again
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000);
        // THEN the snapshot was written again, with the new contact, and a start offline uses it
        const QByteArray second = image();
        QVERIFY(second != first);
        api::ApiClient offline;
        offline.setBaseUrl(QUrl(u"http://127.0.0.1:1/v2/api/"_s));
        offline.setCredentials(u"t"_s, u"k"_s);
        ContactsModel next;
        next.setAccount(&account.database, &offline);
        QCOMPARE(next.recordById(serverId).value(u"lastName"_s).toString(), u"After Create"_s);
        QCOMPARE(account.database.value(u"contacts.snapshot"_s), QString::number(account.database.cacheChanges(u"client"_s)));
    }

    void aListThatDoesNotAddUpPrunesNothing()
    {
        // GIVEN an account of 108 contacts, all read once and cached
        Sandbox small(sandbox::SandboxOptions{{}, 11, 108});
        QVERIFY2(small.start(), qPrintable(small.errorString()));
        Account account(small, Sandbox::demoWebKey(), freshDir());
        QVERIFY(account.opened);
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&account.database, &account.client);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded() && !model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), 108);
        QVERIFY(model.listNotice().isEmpty());
        // WHEN the server's list answers turn well-formed but unreadable: all rows but the
        // first arrive without client_id while TotalRecord still says 108
        sandbox::FaultPlan unreadable;
        unreadable.listRowsWithoutId = 99;
        small.setFaultPlan(unreadable);
        QSignalSpy notices(&model, &ContactsModel::listNoticeChanged);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !model.listNotice().isEmpty(), 30000);
        // THEN no cached contact is removed, on screen or in the cache, and the notice says why
        QCOMPARE(model.rowCount(), 108);
        QCOMPARE(account.database.cacheAll(u"client"_s).size(), 108);
        QCOMPARE(notices.size(), 1);
        const QString notice = model.listNotice();
        QVERIFY2(notice.contains(u"1 of 108 contacts read"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"107 rows without a client_id skipped"_s), qPrintable(notice));
        QVERIFY2(notice.contains(u"no contact was removed"_s), qPrintable(notice));
        // AND once the server answers well again, a clean pass clears the notice
        small.setFaultPlan({});
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.listNotice().isEmpty(), 30000);
        QCOMPARE(model.rowCount(), 108);
    }

    void accountSwitchResets()
    {
        Account first(*m_sandbox, Sandbox::demoWebKey(), freshDir());
        const QString subKey = Sandbox::demoSubAccountWebKeys().first();
        Account second(*m_sandbox, subKey, freshDir());
        ContactsModel model;
        auto tester = testerFor(&model);
        model.setAccount(&first.database, &first.client);
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded(), 30000);
        model.setSearchText(u"a"_s);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy full(&model, &ContactsModel::fullyLoadedChanged);
        // WHEN the user switches account
        model.setAccount(&second.database, &second.client);
        // THEN one reset, nothing of the first account, no search carried over
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.searchText().isEmpty());
        QCOMPARE(full.size(), 1);
        QVERIFY(!model.isFullyLoaded());
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isFullyLoaded(), 30000);
        QCOMPARE(modelIds(model), serverIds(*m_sandbox, subKey));
        // AND back: the first account's cache shows at once
        model.setAccount(&first.database, &first.client);
        QCOMPARE(model.rowCount(), int(serverIds(*m_sandbox).size()));
    }
};

QTEST_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
