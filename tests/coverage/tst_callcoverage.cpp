// SPDX-License-Identifier: MIT
// The mission's promise, checked: every one of the API's 42 calls is reachable from the interface.
// The table below names, for each call, the work area and the control a user starts it from, the
// item model that shows its data or its queued change, and the test that drives it end to end.
// The test builds the real window of a real session (sandbox on loopback) and proves each row:
// the control exists in that area, the model class is behind one of the area's views, and the
// named test function exists in a file that speaks of that call, that control or that model.
#include "accountsession.h"
#include "mainwindow.h"
#include "sandbox.h"

#include "api/apicall.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;

namespace {

struct Coverage
{
    const char *call;
    const char *area;       // MainWindow area id
    const char *control;    // objectName of the button, action, table or field the user works
    const char *model;      // item model class behind it
    const char *testFile;   // under tests/
    const char *testFunction;
};

// clang-format off
const Coverage coverage[] = {
    // Contacts
    {"create_client",                "contacts", "newContact",           "ContactsModel",        "contacts/tst_contactsview.cpp", "createAContactAndBeWarnedOfADuplicate"},
    {"read_client_exist",            "contacts", "saveContact",          "ContactsModel",        "contacts/tst_contactsview.cpp", "createAContactAndBeWarnedOfADuplicate"},
    {"read_client_by_id",            "contacts", "openById",             "ContactsModel",        "contacts/tst_contactsview.cpp", "openByIdOrExternalId"},
    {"read_client_by_external_id",   "contacts", "openById",             "ContactsModel",        "contacts/tst_contactsview.cpp", "openByIdOrExternalId"},
    {"read_client_list",             "contacts", "loadAll",              "ContactsModel",        "contacts/tst_contactsmodel.cpp", "loadsTenThousandWithProgress"},
    {"update_client_by_id",          "contacts", "saveContact",          "ContactsModel",        "contacts/tst_contactsview.cpp", "editAContactAndAddANote"},
    {"update_client_by_external_id", "contacts", "importContacts",       "ContactsModel",        "contacts/tst_contactsview.cpp", "updateByExternalIdFromAFileThenDeleteByExternalId"},
    {"delete_client_by_id",          "contacts", "deleteContacts",       "ContactsModel",        "contacts/tst_contactsview.cpp", "deleteUndoThenDeleteForGood"},
    {"delete_client_by_external_id", "contacts", "openById",             "ContactsModel",        "contacts/tst_contactsview.cpp", "updateByExternalIdFromAFileThenDeleteByExternalId"},
    {"read_client_history_notes",    "contacts", "historyNotes",         "ContactActivityModel", "contacts/tst_contactsview.cpp", "activityModelsPassTheModelTester"},
    {"create_client_history_note",   "contacts", "addNote",              "ContactActivityModel", "contacts/tst_contactsview.cpp", "editAContactAndAddANote"},
    {"read_pending_actions",         "contacts", "pendingActions",       "ContactActivityModel", "contacts/tst_contactsview.cpp", "activityModelsPassTheModelTester"},
    // Proposals and payments
    {"read_proposals",               "proposals", "proposalsTree",       "ProposalsModel",       "money/tst_moneyviews.cpp", "contactProposalsFromTheActionBar"},
    {"read_proposal_payments",       "proposals", "contactPaymentsTable", "PaymentsModel",       "money/tst_moneyviews.cpp", "contactProposalsFromTheActionBar"},
    {"read_all_payments",            "proposals", "refreshPayments",     "PaymentsModel",        "money/tst_moneyviews.cpp", "accountPaymentsByDateRangeWithTotalsChartAndExport"},
    // Emails, texts, immediate calls (from the contact's action bar and the list's context menu)
    {"create_manual_email",          "contacts", "composeEmail",         "ContactActivityModel", "messaging/tst_composedialogs.cpp", "emailFromTheContactPane"},
    {"create_manual_text",           "contacts", "composeText",          "ContactActivityModel", "messaging/tst_composedialogs.cpp", "textWithLiveSegmentCount"},
    {"create_immed_call",            "contacts", "callNow",              "ContactsModel",        "messaging/tst_composedialogs.cpp", "callNow"},
    // Action plans
    {"read_action_plan_list",        "actionPlans", "planFilter",        "ActionPlansModel",     "plans/tst_actionplans.cpp", "filterByNamePrefix"},
    {"read_action_plan_by_id",       "actionPlans", "editPlan",          "ActionPlansModel",     "plans/tst_actionplans.cpp", "editAPlanThroughTheForm"},
    {"create_action_plan",           "actionPlans", "newPlan",           "ActionPlansModel",     "plans/tst_actionplans.cpp", "newPlanThroughTheForm"},
    {"update_action_plan_by_id",     "actionPlans", "editPlan",          "ActionPlansModel",     "plans/tst_actionplans.cpp", "editAPlanThroughTheForm"},
    // Accounts
    {"read_account_list",            "accounts", "accountsTree",         "AccountsModel",        "accounts/tst_accounts.cpp", "treeShowsTheAccountWithItsSubAccounts"},
    {"update_account_by_id",         "accounts", "editAccount",          "AccountsModel",        "accounts/tst_accounts.cpp", "editASubAccountThroughTheForm"},
    {"delete_account_by_id",         "accounts", "deleteAccount",        "AccountsModel",        "accounts/tst_accounts.cpp", "deleteASubAccountWithATypedConfirmation"},
    // Administration: lead sources, tags, users
    {"read_lead_source_list",        "administration", "refreshLeadSources", "LeadSourcesModel", "admin/tst_administration.cpp", "leadSourcesListedWithTheirWebKeys"},
    {"create_lead_source",           "administration", "addLeadSource",  "LeadSourcesModel",     "admin/tst_administration.cpp", "createALeadSourceAndCopyItsWebKey"},
    {"update_lead_source_by_id",     "administration", "renameLeadSource", "LeadSourcesModel",   "admin/tst_administration.cpp", "renameALeadSourceInPlace"},
    {"delete_lead_source_by_id",     "administration", "deleteLeadSource", "LeadSourcesModel",   "admin/tst_administration.cpp", "deleteAnUnusedLeadSource"},
    {"read_tags_list",               "administration", "tagsPage",       "TagCountsModel",       "admin/tst_administration.cpp", "tagCountsSayWhenNotAllContactsAreLoaded"},
    {"create_tag",                   "administration", "addTag",         "TagCountsModel",       "admin/tst_administration.cpp", "createATagAndSeeItsCountFollowTheContacts"},
    {"read_user_list",               "administration", "refreshUsers",   "UsersModel",           "admin/tst_administration.cpp", "usersListedWithoutPasswords"},
    {"create_user",                  "administration", "newUser",        "UsersModel",           "admin/tst_administration.cpp", "createAUserWithAConfirmedPasswordThatNeverReachesDisk"},
    {"update_user_by_id",            "administration", "editUser",       "UsersModel",           "admin/tst_administration.cpp", "editAUserAndCorrectAUsernameTheServerRefused"},
    {"delete_user_by_id",            "administration", "deleteUser",     "UsersModel",           "admin/tst_administration.cpp", "deleteAUserAfterConfirming"},
    // Calendar
    {"read_appts_by_user_id",        "calendar", "calendarRefresh",      "AppointmentsModel",    "calendar/tst_appointmentsmodel.cpp", "showsExactlyTheSandboxAppointmentsOfTheChosenUsers"},
    {"create_client_event",          "calendar", "timeGridCanvas",       "AppointmentsModel",    "calendar/tst_calendarview.cpp", "clickingAnEmptySlotSchedulesThere"},
    {"delete_client_event",          "calendar", "timeGridCanvas",       "AppointmentsModel",    "calendar/tst_calendarview.cpp", "openingAnEventCancelsIt"},
    // Sales cycles and the pipeline (the board's moves are update_client_by_id)
    {"read_sales_cycle_list",        "salesCycles", "salesCyclesTable",  "SalesCyclesModel",     "pipeline/tst_salescycles.cpp", "listsInPipelineOrderAndCaches"},
    {"create_sales_cycle",           "salesCycles", "newSalesCycle",     "SalesCyclesModel",     "pipeline/tst_salescycles.cpp", "createsACycle"},
    {"update_sales_cycle_by_id",     "salesCycles", "saveSalesCycle",    "SalesCyclesModel",     "pipeline/tst_salescycles.cpp", "renamesAndMovesItToTheInactivePath"},
    {"delete_sales_cycle_by_id",     "salesCycles", "deleteSalesCycle",  "SalesCyclesModel",     "pipeline/tst_salescycles.cpp", "explainsADeleteRefusedWhileInUse"},
};
// clang-format on

QString shortClassName(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()).section(u"::"_s, -1);
}

// The model classes a user sees in a page: behind its views (through proxies) and its lists.
QSet<QString> modelsIn(const QWidget *page)
{
    QSet<QString> names;
    const auto addChain = [&names](const QAbstractItemModel *model) {
        while (model) {
            names.insert(shortClassName(model));
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
            model = proxy ? proxy->sourceModel() : nullptr;
        }
    };
    for (const QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        addChain(view->model());
    for (const QComboBox *combo : page->findChildren<QComboBox *>())
        addChain(combo->model());
    for (const QCompleter *completer : page->findChildren<QCompleter *>())
        addChain(completer->model());
    for (const QAbstractItemModel *model : page->findChildren<QAbstractItemModel *>())
        addChain(model);
    return names;
}

} // namespace

class TestCallCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<AccountSession>(m_sandbox.baseUrl(),
                                                     ct::credentials::AccountCredentials{Sandbox::demoAccessToken(),
                                                                                         Sandbox::demoWebKey()},
                                                     m_dir.path());
        QVERIFY2(m_session->isReady(), qPrintable(m_session->errorString()));
        m_session->populate(&m_window);
    }

    void everyCallOfTheApiIsInTheTable()
    {
        QStringList listed;
        for (const Coverage &row : coverage)
            listed.append(QString::fromLatin1(row.call));
        QStringList api;
        for (const ct::api::CallSpec &spec : ct::api::callTable())
            api.append(spec.name);
        QCOMPARE(api.size(), 42);
        listed.sort();
        api.sort();
        QStringList missing;
        for (const QString &call : std::as_const(api)) {
            if (!listed.contains(call))
                missing.append(call);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not reachable from the interface: "_s + missing.join(u", "_s)));
        QCOMPARE(listed, api);   // and each once
    }

    void eachCallHasItsControlModelAndTest_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(coverage)); ++i)
            QTest::newRow(coverage[i].call) << i;
    }

    void eachCallHasItsControlModelAndTest()
    {
        QFETCH(int, index);
        const Coverage &row = coverage[index];
        const QString control = QString::fromLatin1(row.control);
        QWidget *page = m_window.area(QString::fromLatin1(row.area));
        QVERIFY2(page, row.area);
        QVERIFY2(page->findChild<QObject *>(control), qPrintable(u"no control %1 in area %2"_s.arg(control, QString::fromLatin1(row.area))));
        const QSet<QString> models = modelsIn(page);
        QVERIFY2(models.contains(QString::fromLatin1(row.model)),
                 qPrintable(u"%1 not behind the views of %2 (%3)"_s.arg(QString::fromLatin1(row.model), QString::fromLatin1(row.area),
                                                                       QStringList(models.cbegin(), models.cend()).join(u", "_s))));
        QFile test(QStringLiteral(CT_SOURCE_DIR "/tests/") + QString::fromLatin1(row.testFile));
        QVERIFY2(test.open(QIODevice::ReadOnly), qPrintable(test.fileName()));
        const QString source = QString::fromUtf8(test.readAll());
        QVERIFY2(source.contains(u"void %1("_s.arg(QString::fromLatin1(row.testFunction))),
                 qPrintable(u"%1 has no test %2"_s.arg(QString::fromLatin1(row.testFile), QString::fromLatin1(row.testFunction))));
        const QString model = QString::fromLatin1(row.model);
        QVERIFY2(source.contains(QString::fromLatin1(row.call)) || source.contains(control) || source.contains(model),
                 qPrintable(u"%1 names neither %2, %3 nor %4"_s.arg(QString::fromLatin1(row.testFile),
                                                                   QString::fromLatin1(row.call), control, model)));
        qInfo("%-30s %-14s %-28s %-24s %s::%s", row.call, row.area, row.control, row.model, row.testFile, row.testFunction);
    }

    void cleanupTestCase()
    {
        m_window.clearAreas();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_session.reset();
    }

private:
    Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountSession> m_session;
    MainWindow m_window;
};

QTEST_MAIN(TestCallCoverage)
#include "tst_callcoverage.moc"
