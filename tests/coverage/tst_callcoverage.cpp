// SPDX-License-Identifier: MIT
// The mission's promise, proved by behaviour: every one of the API's 42 calls is started from the
// interface. One real session (the sandbox on loopback, SQLite, outbox, replayer) fills the real
// window; each test function works one area as a user does (the navigation list, clicks on
// buttons, rows and tabs, typing, modal dialogs filled in and confirmed) and, for each call the
// table below names, waits for that call to reach the sandbox after the control was worked,
// carrying every key the call table requires (the table's control must be in its area). The last
// function fails naming each call of the call table that no control brought to the sandbox, with
// the keys it requires.
#include "areas/adminarea.h"
#include "contactdetailpane.h"
#include "csvimportdialog.h"
#include "demosession.h"
#include "leadsourcesmodel.h"
#include "timegridview.h"
#include "windowdriving.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/validator.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include "contactsmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiParams;
using ct::sandbox::RecordedRequest;
using ct::sandbox::Sandbox;
using namespace ct::testsupport;

namespace {

// A round trip through the outbox and the replayer, or a page of a list: generous, bounded.
constexpr int Wait = WindowWaitMs;

struct Coverage
{
    const char *call;
    const char *area;      // MainWindow area id the control is in
    const char *control;   // objectName of the button, action, field or view the user works
    const char *how;       // what the user does there
};

// clang-format off
const Coverage coverage[] = {
    // Contacts, and what the contact's pane offers
    {"read_client_by_id",            "contacts", "openById",       "Open by id…: the id of a contact not loaded yet, Open"},
    {"read_client_by_external_id",   "contacts", "openById",       "Open by id…: External id, the id, Open"},
    {"read_client_list",             "contacts", "loadAll",        "Load all"},
    {"read_client_history_notes",    "contacts", "contactsTable",  "search, click the contact: its History tab fills"},
    {"read_pending_actions",         "contacts", "contactsTable",  "search, click the contact: its Pending actions tab fills"},
    {"update_client_by_id",          "contacts", "saveContact",    "change the city, Save"},
    {"create_client_history_note",   "contacts", "addNote",        "History tab: type a note, Add note"},
    {"create_manual_email",          "contacts", "composeEmail",   "action bar Email…: subject, body, Send"},
    {"create_manual_text",           "contacts", "composeText",    "action bar Text…: body, Send"},
    {"create_immed_call",            "contacts", "callNow",        "action bar Call now…: agent's phone, what to say, Call now"},
    {"read_proposals",               "contacts", "showProposals",  "action bar Proposals & payments"},
    {"read_proposal_payments",       "contacts", "showProposals",  "action bar Proposals & payments"},
    {"read_client_exist",            "contacts", "newContact",     "New contact: names and email, Save (the duplicate check)"},
    {"create_client",                "contacts", "newContact",     "New contact: names and email, Save"},
    {"delete_client_by_id",          "contacts", "deleteContacts", "search, click the contact, Delete, Yes"},
    {"update_client_by_external_id", "contacts", "importContacts", "Import…: a file of external_id,city, Next, Update existing contacts, Next to the end"},
    {"delete_client_by_external_id", "contacts", "openById",       "Open by id…: External id, the id, Delete…, Yes"},
    // Proposals and payments
    {"read_all_payments",            "proposals", "refreshPayments", "Account payments tab, Refresh"},
    // Calendar
    {"read_appts_by_user_id",        "calendar", "calendarRefresh", "Refresh"},
    {"create_client_event",          "calendar", "timeGridCanvas",  "click a free hour of today in the week grid: contact typed by phone, note, Save"},
    {"delete_client_event",          "calendar", "timeGridCanvas",  "click the event: Cancel event"},
    // Sales cycles (a confirmed change reads the list again: the area has no refresh of its own)
    {"create_sales_cycle",           "salesCycles", "newSalesCycle",    "New sales cycle: name, Save"},
    {"read_sales_cycle_list",        "salesCycles", "saveSalesCycle",   "Save of the new cycle: once confirmed, the list is read again"},
    {"update_sales_cycle_by_id",     "salesCycles", "saveSalesCycle",   "click the cycle, rename, Save"},
    {"delete_sales_cycle_by_id",     "salesCycles", "deleteSalesCycle", "Delete, Yes"},
    // Action plans
    {"read_action_plan_list",        "actionPlans", "planFilter", "type the start of a plan's name"},
    {"read_action_plan_by_id",       "actionPlans", "editPlan",   "click a plan, Edit…"},
    {"update_action_plan_by_id",     "actionPlans", "editPlan",   "click a plan, Edit…: rename, Save"},
    {"create_action_plan",           "actionPlans", "newPlan",    "New plan…: name, type, Save"},
    // Administration: lead sources, tags, users
    {"read_lead_source_list",        "administration", "refreshLeadSources", "Lead sources tab, Refresh"},
    {"create_lead_source",           "administration", "addLeadSource",      "type a name, Add"},
    {"update_lead_source_by_id",     "administration", "renameLeadSource",   "click it, Rename, type in the list, Return"},
    {"delete_lead_source_by_id",     "administration", "deleteLeadSource",   "click it, Delete…, Yes"},
    {"create_tag",                   "administration", "addTag",             "Tags tab: type a tag, Add tag"},
    {"read_tags_list",               "administration", "addTag",             "Add tag of a tag someone else added meanwhile: refused (CT520), the list is read again"},
    {"read_user_list",               "administration", "refreshUsers",       "Users tab, Refresh"},
    {"create_user",                  "administration", "newUser",            "New user…: the form with a confirmed password, Create user"},
    {"update_user_by_id",            "administration", "editUser",           "click the user, Edit…: first name, Save"},
    {"delete_user_by_id",            "administration", "deleteUser",         "click the user, Delete…, Yes"},
    // Accounts
    {"read_account_list",            "accounts", "refreshAccounts", "Refresh"},
    {"update_account_by_id",         "accounts", "editAccount",     "click a sub-account, Edit account…: company name, Save"},
    {"delete_account_by_id",         "accounts", "deleteAccount",   "click a sub-account, Delete sub-account…: its name typed, Delete account"},
};
// clang-format on

const Coverage *rowOf(const QString &call)
{
    for (const Coverage &row : coverage) {
        if (call == QLatin1StringView(row.call))
            return &row;
    }
    return nullptr;
}

// What a call requires, as the call table says it: "client_id, note_body", "one of a|b",
// "when event_type=Appointment: user_id".
QString requiredText(const ct::api::CallSpec &spec)
{
    QStringList parts;
    if (!spec.required.isEmpty())
        parts.append(spec.required.join(u", "_s));
    for (const QStringList &group : spec.requiredOneOf)
        parts.append(u"one of "_s + group.join(u'|'));
    for (const ct::api::ConditionalRequirement &when : spec.requiredWhen)
        parts.append(u"when %1=%2: %3"_s.arg(when.whenKey, when.whenValue, when.keys.join(u", "_s)));
    return parts.isEmpty() ? u"no required keys"_s : parts.join(u"; "_s);
}

QString paramsText(const ApiParams &params)
{
    QStringList pairs;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        pairs.append(it.key() + u'=' + (it.key().contains(u"password"_s) ? u"(not shown)"_s : it.value().left(40)));
    return pairs.join(u", "_s);
}

} // namespace

// Fails the test function unless `call` reached the sandbox at or after log position `from`
// with every key the call table requires (and, optionally, the given values), and records it.
#define VERIFY_CALL(call, from, ...) \
    QVERIFY2(sawCall(call, from __VA_OPT__(, ) __VA_ARGS__), qPrintable(whyNot(call, from)))

class TestCallCoverage : public DemoSessionSuite
{
    Q_OBJECT

public:
    TestCallCoverage() : DemoSessionSuite({.databasePath = {}, .seed = 1, .contacts = 150}) {}

private Q_SLOTS:
    void initTestCase()
    {
        // Preferences (the agent's phone used last) in the test's own folder, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_session->replayer()->setBackoff(ct::store::Backoff(20, 200));
        m_session->start();
        populateWindow(m_window, *m_session, {1600, 1000});
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QVERIFY(openArea(m_window, u"contacts"_s));
        // The first page of contacts, as the list asks for it.
        ct::models::ContactsModel *contacts = m_session->contacts();
        QTRY_VERIFY_WITH_TIMEOUT(contacts->rowCount() > 0 && !contacts->isLoading(), Wait);
        QVERIFY(!contacts->isFullyLoaded());

        // The contacts the areas work on, from the demo data.
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"SELECT account_id FROM accounts WHERE account_web_key='%1'"_s.arg(Sandbox::demoWebKey())) && q.next());
        const qint64 accountId = q.value(0).toLongLong();
        QVERIFY(q.exec(u"SELECT client_id FROM payments WHERE account_id=%1 GROUP BY client_id ORDER BY COUNT(*) DESC, client_id"_s
                           .arg(accountId)));
        QStringList withPayments;   // most payments first
        while (q.next())
            withPayments.append(q.value(0).toString());
        const QJsonArray clients = m_sandbox.clients(Sandbox::demoWebKey());
        QStringList ids;
        for (const QJsonValue &client : clients) {
            ids.append(jsonText(client.toObject(), u"client_id"_s));
            m_records.insert(ids.constLast(), client.toObject());
        }
        const auto has = [this](const QString &id, const QString &key) { return !jsonText(m_records.value(id), key).isEmpty(); };
        const auto textable = [&](const QString &id) {
            return has(id, u"email"_s) && jsonText(m_records.value(id), u"phone"_s).size() == 10
                   && jsonText(m_records.value(id), u"smsok"_s) != u"0"_s;
        };
        const auto first = [](const QStringList &among, const auto &wanted) {
            const auto it = std::find_if(among.cbegin(), among.cend(), wanted);
            return it == among.cend() ? QString() : *it;
        };
        m_reachable = first(withPayments, textable);
        m_external = first(ids, [&](const QString &id) { return id != m_reachable && has(id, u"external_id"_s) && has(id, u"email"_s); });
        m_externalId = jsonText(m_records.value(m_external), u"external_id"_s);
        m_doomed = first(ids, [&](const QString &id) { return id != m_reachable && id != m_external && has(id, u"email"_s); });
        QStringList backwards(ids.crbegin(), ids.crend());
        m_notLoaded = first(backwards, [&](const QString &id) {
            return contacts->recordById(id).isEmpty() && id != m_reachable && id != m_external && id != m_doomed;
        });
        QVERIFY2(!m_reachable.isEmpty(), "a contact with payments, an email, a phone and texts allowed");
        QVERIFY2(!m_externalId.isEmpty(), "a contact with an external id");
        QVERIFY2(!m_doomed.isEmpty(), "a contact to delete");
        QVERIFY2(!m_notLoaded.isEmpty(), "a contact the first page did not bring");
    }

    void theTableNamesEveryCallOnce()
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
        QCOMPARE(listed, api);
    }

    void contactsOpenedByIdAndAllLoaded()
    {
        QVERIFY(openArea(m_window, u"contacts"_s));
        // A contact the list has not loaded: opening it by its id asks the server.
        QVERIFY(m_session->contacts()->recordById(m_notLoaded).isEmpty());
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QDialog *dialog = openByIdDialog(false, m_notLoaded);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_client_by_id"_s, from, {{u"client_id"_s, m_notLoaded}});
        QTRY_COMPARE_WITH_TIMEOUT(pane()->currentKey(), m_notLoaded, Wait);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        from = mark();
        QVERIFY(from >= 0);
        dialog = openByIdDialog(true, m_externalId);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_client_by_external_id"_s, from, {{u"external_id"_s, m_externalId}});
        QTRY_COMPARE_WITH_TIMEOUT(pane()->currentKey(), m_external, Wait);
        QTRY_VERIFY(!QApplication::activeModalWidget());

        from = mark();
        QVERIFY(from >= 0);
        auto *loadAll = in<QPushButton>(u"contacts"_s, u"loadAll"_s);
        QVERIFY(loadAll && loadAll->isEnabled());
        QTest::mouseClick(loadAll, Qt::LeftButton);
        VERIFY_CALL(u"read_client_list"_s, from);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->contacts()->isFullyLoaded() && !m_session->contacts()->isLoading(), Wait);
    }

    void aContactWorkedFromItsPane()
    {
        QVERIFY(openArea(m_window, u"contacts"_s));
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickContact(m_reachable));
        VERIFY_CALL(u"read_client_history_notes"_s, from, {{u"client_id"_s, m_reachable}});
        VERIFY_CALL(u"read_pending_actions"_s, from, {{u"client_id"_s, m_reachable}});

        // The city changed and saved
        auto *city = in<QLineEdit>(u"contacts"_s, u"city"_s);
        QVERIFY(city);
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(retype(city, u"Coverton"_s));
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"saveContact"_s), Qt::LeftButton);
        VERIFY_CALL(u"update_client_by_id"_s, from, {{u"client_id"_s, m_reachable}, {u"city"_s, u"Coverton"_s}});

        // A note on the History tab
        auto *tabs = in<QTabWidget>(u"contacts"_s, u"contactTabs"_s);
        QVERIFY(tabs);
        auto *note = in<QPlainTextEdit>(u"contacts"_s, u"noteText"_s);
        QVERIFY(note);
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickTabHolding(tabs, note));
        QTest::keyClicks(note, u"Walked the roof with the owner"_s);
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"addNote"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_client_history_note"_s, from,
                    {{u"client_id"_s, m_reachable}, {u"note_body"_s, u"Walked the roof with the owner"_s}});

        // An email from the action bar
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"contacts"_s, u"composeEmail"_s)));
        QDialog *dialog = modalDialog(u"composeEmailDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"emailSubject"_s), u"Your roof estimate"_s);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"emailBody"_s), u"The estimate is attached."_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"send"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_manual_email"_s, from, {{u"client_id"_s, m_reachable}, {u"email_subject"_s, u"Your roof estimate"_s}});
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // A text from the action bar
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"contacts"_s, u"composeText"_s)));
        dialog = modalDialog(u"composeTextDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"textBody"_s), u"Running 10 minutes late"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"send"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_manual_text"_s, from, {{u"client_id"_s, m_reachable}, {u"text_body"_s, u"Running 10 minutes late"_s}});
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // "Call now" from the action bar
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"contacts"_s, u"callNow"_s)));
        dialog = modalDialog(u"callNowDialog"_s);
        QVERIFY(dialog);
        QVERIFY(retype(dialog->findChild<QLineEdit *>(u"agentPhone"_s), u"(303) 929-1447"_s));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"say"_s), u"Asked about the roof quote."_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"callNow"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_immed_call"_s, from, {{u"agent_phone"_s, u"3039291447"_s}, {u"say"_s, u"Asked about the roof quote."_s}});
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void proposalsAndPayments()
    {
        // The contact's proposals and payments, from its action bar
        QVERIFY(openArea(m_window, u"contacts"_s));
        QVERIFY(clickContact(m_reachable));
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"contacts"_s, u"showProposals"_s)));
        QCOMPARE(m_window.currentArea(), u"proposals"_s);
        VERIFY_CALL(u"read_proposals"_s, from, {{u"client_id"_s, m_reachable}});
        VERIFY_CALL(u"read_proposal_payments"_s, from, {{u"client_id"_s, m_reachable}});

        // The account's payments, refreshed
        auto *tabs = in<QTabWidget>(u"proposals"_s, u"proposalsTabs"_s);
        auto *accountPayments = in<QWidget>(u"proposals"_s, u"accountPaymentsView"_s);
        QVERIFY(tabs && accountPayments);
        QVERIFY(clickTab(tabs, tabs->indexOf(accountPayments)));
        auto *refresh = accountPayments->findChild<QPushButton *>(u"refreshPayments"_s);
        QVERIFY(refresh);
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), Wait);
        from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(refresh, Qt::LeftButton);
        VERIFY_CALL(u"read_all_payments"_s, from);
    }

    void aNewContactThenOneDeleted()
    {
        QVERIFY(openArea(m_window, u"contacts"_s));
        const QString email = u"cover.age.%1@example.com"_s.arg(QCoreApplication::applicationPid());
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"newContact"_s), Qt::LeftButton);
        QTest::keyClicks(in<QLineEdit>(u"contacts"_s, u"firstName"_s), u"Coverage"_s);
        QTest::keyClicks(in<QLineEdit>(u"contacts"_s, u"lastName"_s), u"Walkthrough"_s);
        QTest::keyClicks(in<QLineEdit>(u"contacts"_s, u"email"_s), email);
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"saveContact"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_client_exist"_s, from);
        VERIFY_CALL(u"create_client"_s, from, {{u"email"_s, email}, {u"lastName"_s, u"Walkthrough"_s}});

        QVERIFY(clickContact(m_doomed));
        from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"deleteContacts"_s), Qt::LeftButton);
        auto *box = modalDialog<QMessageBox>(u"deleteConfirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        VERIFY_CALL(u"delete_client_by_id"_s, from, {{u"client_id"_s, m_doomed}});
    }

    void aContactUpdatedFromAFileThenDeletedByItsExternalId()
    {
        QVERIFY(openArea(m_window, u"contacts"_s));
        QFile file(m_dir.filePath(u"erp-changes.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"external_id,city\n%1,Importville\n"_s.arg(m_externalId).toUtf8());
        file.close();
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"importContacts"_s), Qt::LeftButton);
        QDialog *dialog = modalDialog(u"csvImportDialog"_s);
        QVERIFY(dialog);
        auto *pages = dialog->findChild<QStackedWidget *>(u"importPages"_s);
        auto *next = dialog->findChild<QPushButton *>(u"nextButton"_s);
        QVERIFY(pages && next);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"filePath"_s), file.fileName());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(pages->currentIndex(), int(CsvImportDialog::MappingPage));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"updateByExternalId"_s), Qt::LeftButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pages->currentIndex() == CsvImportDialog::ReportPage && next->isEnabled(), Wait);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pages->currentIndex() == CsvImportDialog::SummaryPage && next->isEnabled(), Wait);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        VERIFY_CALL(u"update_client_by_external_id"_s, from, {{u"external_id"_s, m_externalId}, {u"city"_s, u"Importville"_s}});

        from = mark();
        QVERIFY(from >= 0);
        dialog = openByIdDialog(true, m_externalId);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteByExternalIdButton"_s), Qt::LeftButton);
        auto *box = modalDialog<QMessageBox>(u"confirmDeleteByExternalId"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        VERIFY_CALL(u"delete_client_by_external_id"_s, from, {{u"external_id"_s, m_externalId}});
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void calendar()
    {
        QVERIFY(openArea(m_window, u"calendar"_s));
        // The calendar shows the first user's appointments once the users are known.
        const auto userChosen = [this] {
            const auto actions = m_window.area(u"calendar"_s)->findChildren<QAction *>();
            return std::any_of(actions.cbegin(), actions.cend(), [](const QAction *a) {
                return a->objectName().startsWith(u"calendarUser_"_s) && a->isChecked();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(userChosen(), Wait);
        QTest::mouseClick(in<QToolButton>(u"calendar"_s, u"calendarToday"_s), Qt::LeftButton);
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(in<QToolButton>(u"calendar"_s, u"calendarRefresh"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_appts_by_user_id"_s, from);

        // An empty hour of today in the week grid, clicked
        auto *grid = in<TimeGridView>(u"calendar"_s, u"timeGrid"_s);
        QVERIFY(grid);
        QVERIFY(settled());   // the refresh answered
        const QDate today = QDate::currentDate();
        QTime slot;
        for (int half = 2 * 9; half < 2 * 17 && !slot.isValid(); ++half) {
            const QTime at(half / 2, half % 2 * 30);
            bool free = true;
            for (int quarter = 0; quarter < 4; ++quarter) {
                const QRect r = grid->slotRect(today, at.addSecs(quarter * 15 * 60));
                free = free && r.isValid() && grid->eventAt(r.center()).isEmpty() && grid->eventAt(r.topLeft() + QPoint(2, 2)).isEmpty();
            }
            if (free)
                slot = at;
        }
        QVERIFY2(slot.isValid(), "a free hour today between 9 and 17");
        const QString note = u"Coverage walk-through %1"_s.arg(QCoreApplication::applicationPid());
        from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(grid->canvas(), Qt::LeftButton, {}, grid->slotRect(today, slot).center());
        QDialog *dialog = modalDialog(u"eventDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QComboBox *>(u"eventUser"_s)->currentData().toString().isEmpty());
        const QString phone = jsonText(m_records.value(m_reachable), u"phone"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"eventContact"_s), phone);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"eventNote"_s), note);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveEvent"_s), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        VERIFY_CALL(u"create_client_event"_s, from, {{u"client_id"_s, m_reachable}, {u"event_note"_s, note}});

        // The event, once confirmed under the server's id, opened and cancelled
        QSqlQuery q(m_sandbox.database());
        q.prepare(u"SELECT event_id FROM events WHERE event_note=?"_s);
        q.addBindValue(note);
        QVERIFY(q.exec() && q.next());
        const QString eventId = q.value(0).toString();
        const QString key = u"event:"_s + eventId;
        QTRY_VERIFY_WITH_TIMEOUT(grid->eventRect(key).isValid(), Wait);
        const QPoint inside = grid->eventRect(key).topLeft() + QPoint(4, 4);
        QCOMPARE(grid->eventAt(inside), key);
        from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(grid->canvas(), Qt::LeftButton, {}, inside);
        dialog = modalDialog(u"eventDialog"_s);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelEvent"_s), Qt::LeftButton);
        VERIFY_CALL(u"delete_client_event"_s, from, {{u"event_id"_s, eventId}});
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void salesCycles()
    {
        QVERIFY(openArea(m_window, u"salesCycles"_s));
        auto *table = in<QTableView>(u"salesCycles"_s, u"salesCyclesTable"_s);
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, Wait);
        const QString name = u"Coverage visit %1"_s.arg(QCoreApplication::applicationPid());
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(in<QPushButton>(u"salesCycles"_s, u"newSalesCycle"_s), Qt::LeftButton);
        QVERIFY(retype(in<QLineEdit>(u"salesCycles"_s, u"salesCycleName"_s), name));
        QTest::mouseClick(in<QPushButton>(u"salesCycles"_s, u"saveSalesCycle"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_sales_cycle"_s, from, {{u"sales_cycle_name"_s, name}});
        VERIFY_CALL(u"read_sales_cycle_list"_s, from);

        // Renamed once the server has it
        const QString renamed = name + u" booked"_s;
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, name)));
        QVERIFY(retype(in<QLineEdit>(u"salesCycles"_s, u"salesCycleName"_s), renamed));
        QTest::mouseClick(in<QPushButton>(u"salesCycles"_s, u"saveSalesCycle"_s), Qt::LeftButton);
        VERIFY_CALL(u"update_sales_cycle_by_id"_s, from, {{u"sales_cycle_name"_s, renamed}});

        // and deleted
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, renamed)));
        QTest::mouseClick(in<QPushButton>(u"salesCycles"_s, u"deleteSalesCycle"_s), Qt::LeftButton);
        auto *box = modalDialog<QMessageBox>(u"deleteSalesCycleConfirmation"_s);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        VERIFY_CALL(u"delete_sales_cycle_by_id"_s, from);
    }

    void actionPlans()
    {
        QVERIFY(openArea(m_window, u"actionPlans"_s));
        auto *tree = in<QTreeView>(u"actionPlans"_s, u"actionPlansTree"_s);
        auto *filter = in<QLineEdit>(u"actionPlans"_s, u"planFilter"_s);
        QVERIFY(tree && filter);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 1, Wait);
        const int plans = tree->model()->rowCount();
        const QString planName = tree->model()->index(0, 0).data().toString();
        const QString prefix = planName.left(3);

        // The start of a name typed in the filter
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::keyClicks(filter, prefix);
        VERIFY_CALL(u"read_action_plan_list"_s, from, {{u"action_plan_name"_s, prefix}});
        QVERIFY(settled());
        QVERIFY(retype(filter, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), plans, Wait);

        // A plan opened and renamed
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(tree, indexShowing(tree, planName)));
        QVERIFY(clickAction(in<QAction>(u"actionPlans"_s, u"editPlan"_s)));
        QDialog *dialog = modalDialog(u"actionPlanDialog"_s);
        QVERIFY(dialog);
        VERIFY_CALL(u"read_action_plan_by_id"_s, from);
        const QString renamed = planName + u" (reviewed)"_s;
        QVERIFY(retype(dialog->findChild<QLineEdit *>(u"planName"_s), renamed));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePlan"_s), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        VERIFY_CALL(u"update_action_plan_by_id"_s, from, {{u"action_plan_name"_s, renamed}});

        // A new plan
        const QString name = u"Coverage follow-up %1"_s.arg(QCoreApplication::applicationPid());
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"actionPlans"_s, u"newPlan"_s)));
        dialog = modalDialog(u"actionPlanDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"planName"_s), name);
        auto *type = dialog->findChild<QComboBox *>(u"planType"_s);
        QVERIFY(type);
        type->setFocus();
        QTest::keyClicks(type, type->itemText(type->findData(u"Retention"_s)));   // chosen by typing its name
        QCOMPARE(type->currentData().toString(), u"Retention"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePlan"_s), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        VERIFY_CALL(u"create_action_plan"_s, from, {{u"action_plan_name"_s, name}, {u"action_plan_type"_s, u"Retention"_s}});
    }

    void administrationLeadSources()
    {
        QVERIFY(openArea(m_window, u"administration"_s));
        auto *tabs = in<QTabWidget>(u"administration"_s, u"administrationTabs"_s);
        auto *page = in<QWidget>(u"administration"_s, u"leadSourcesPage"_s);
        QVERIFY(tabs && page);
        QVERIFY(clickTab(tabs, tabs->indexOf(page)));
        auto *table = page->findChild<QTableView *>(u"leadSourcesTable"_s);
        QVERIFY(table);
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"refreshLeadSources"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_lead_source_list"_s, from);

        const QString name = u"Home show %1"_s.arg(QCoreApplication::applicationPid());
        from = mark();
        QVERIFY(from >= 0);
        QTest::keyClicks(page->findChild<QLineEdit *>(u"newLeadSourceName"_s), name);
        QTest::mouseClick(page->findChild<QPushButton *>(u"addLeadSource"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_lead_source"_s, from, {{u"lead_source_name"_s, name}});
        // Renamed in the list once the server gave it its id
        QTRY_VERIFY_WITH_TIMEOUT(leadSourceConfirmed(name), Wait);
        const QString renamed = name + u" (spring)"_s;
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, name)));
        QTest::mouseClick(page->findChild<QPushButton *>(u"renameLeadSource"_s), Qt::LeftButton);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = table->viewport()->findChild<QLineEdit *>()) != nullptr);
        QVERIFY(retype(editor, renamed));
        QTest::keyClick(editor, Qt::Key_Return);
        VERIFY_CALL(u"update_lead_source_by_id"_s, from, {{u"lead_source_name"_s, renamed}});
        // and deleted
        QTRY_VERIFY_WITH_TIMEOUT(leadSourceConfirmed(renamed), Wait);
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, renamed)));
        QTest::mouseClick(page->findChild<QPushButton *>(u"deleteLeadSource"_s), Qt::LeftButton);
        auto *box = modalDialog<QMessageBox>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        VERIFY_CALL(u"delete_lead_source_by_id"_s, from);
    }

    void administrationTags()
    {
        QVERIFY(openArea(m_window, u"administration"_s));
        auto *tabs = in<QTabWidget>(u"administration"_s, u"administrationTabs"_s);
        auto *page = in<QWidget>(u"administration"_s, u"tagsPage"_s);
        QVERIFY(tabs && page);
        QVERIFY(clickTab(tabs, tabs->indexOf(page)));
        auto *field = page->findChild<QLineEdit *>(u"newTagName"_s);
        auto *add = page->findChild<QPushButton *>(u"addTag"_s);
        QVERIFY(field && add);
        const QString tag = u"Solar lead %1"_s.arg(QCoreApplication::applicationPid());
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::keyClicks(field, tag);
        QTest::mouseClick(add, Qt::LeftButton);
        VERIFY_CALL(u"create_tag"_s, from, {{u"tag_value"_s, tag}});

        // The tags page has no refresh: the list is read at sign-in, and again when the server
        // refuses a new tag as one it has already. Someone else adds a tag on the server ...
        const QString theirs = u"Referral %1"_s.arg(QCoreApplication::applicationPid());
        QSqlQuery q(m_sandbox.database());
        QVERIFY(q.exec(u"INSERT INTO tags (account_id, tag_value) SELECT account_id, '%1' FROM accounts"
                       " WHERE account_web_key='%2'"_s.arg(theirs, Sandbox::demoWebKey())));
        // ... and the user adds it too
        from = mark();
        QVERIFY(from >= 0);
        QTest::keyClicks(field, theirs);
        QTest::mouseClick(add, Qt::LeftButton);
        VERIFY_CALL(u"read_tags_list"_s, from);
    }

    void administrationUsers()
    {
        QVERIFY(openArea(m_window, u"administration"_s));
        auto *tabs = in<QTabWidget>(u"administration"_s, u"administrationTabs"_s);
        auto *page = in<QWidget>(u"administration"_s, u"usersPage"_s);
        QVERIFY(tabs && page);
        QVERIFY(clickTab(tabs, tabs->indexOf(page)));
        auto *table = page->findChild<QTableView *>(u"usersTable"_s);
        QVERIFY(table);
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"refreshUsers"_s), Qt::LeftButton);
        VERIFY_CALL(u"read_user_list"_s, from);

        const QString username = u"covwalker%1"_s.arg(QCoreApplication::applicationPid());
        from = mark();
        QVERIFY(from >= 0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"newUser"_s), Qt::LeftButton);
        QDialog *dialog = modalDialog(u"userDialog"_s);
        QVERIFY(dialog);
        const QList<std::pair<QString, QString>> typed = {{u"user_first_name"_s, u"Grace"_s},
                                                          {u"user_last_name"_s, u"Walker"_s},
                                                          {u"user_email"_s, u"grace.walker@example.com"_s},
                                                          {u"user_phone"_s, u"(303) 929-1447"_s},
                                                          {u"user_username"_s, username},
                                                          {u"user_password"_s, u"Cover-Age-2031"_s},
                                                          {u"user_password_confirm"_s, u"Cover-Age-2031"_s}};
        for (const auto &[key, text] : typed) {
            auto *edit = dialog->findChild<QLineEdit *>(key);
            QVERIFY2(edit, qPrintable(key));
            QTest::keyClicks(edit, text);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        VERIFY_CALL(u"create_user"_s, from, {{u"user_username"_s, username}});
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), Wait);

        // Edited ...
        QTRY_VERIFY_WITH_TIMEOUT(indexShowing(table, username).isValid(), Wait);
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, username)));
        auto *edit = page->findChild<QPushButton *>(u"editUser"_s);
        QTRY_VERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        dialog = modalDialog(u"userDialog"_s);
        QVERIFY(dialog);
        QVERIFY(retype(dialog->findChild<QLineEdit *>(u"user_first_name"_s), u"Gracie"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveUser"_s), Qt::LeftButton);
        VERIFY_CALL(u"update_user_by_id"_s, from, {{u"user_first_name"_s, u"Gracie"_s}});
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // ... and deleted
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(table, indexShowing(table, username)));
        auto *remove = page->findChild<QPushButton *>(u"deleteUser"_s);
        QTRY_VERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        auto *box = modalDialog<QMessageBox>();
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        VERIFY_CALL(u"delete_user_by_id"_s, from);
    }

    void accounts()
    {
        QVERIFY(openArea(m_window, u"accounts"_s));
        auto *tree = in<QTreeView>(u"accounts"_s, u"accountsTree"_s);
        QVERIFY(tree);
        qsizetype from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickAction(in<QAction>(u"accounts"_s, u"refreshAccounts"_s)));
        VERIFY_CALL(u"read_account_list"_s, from);

        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) > 0, Wait);
        const QModelIndex root = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(root));   // the tree opens on the sub-accounts
        const QString edited = tree->model()->index(0, 0, root).data().toString();
        const QString doomed = tree->model()->index(tree->model()->rowCount(root) - 1, 0, root).data().toString();

        // A sub-account edited through the form
        from = mark();
        QVERIFY(from >= 0);
        QVERIFY(clickIndex(tree, indexShowing(tree, edited)));
        QVERIFY(clickAction(in<QAction>(u"accounts"_s, u"editAccount"_s)));
        QDialog *dialog = modalDialog(u"accountDialog"_s);
        QVERIFY(dialog);
        QVERIFY(retype(dialog->findChild<QLineEdit *>(u"account_company_name"_s), u"Front Range Roofing West"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveAccount"_s), Qt::LeftButton);
        VERIFY_CALL(u"update_account_by_id"_s, from, {{u"account_company_name"_s, u"Front Range Roofing West"_s}});
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // A sub-account deleted with its name typed
        from = mark();
        QVERIFY(from >= 0);
        const QModelIndex target = indexShowing(tree, doomed == edited ? u"Front Range Roofing West"_s : doomed);
        const QString name = target.data().toString();
        QVERIFY(clickIndex(tree, target));
        QVERIFY(clickAction(in<QAction>(u"accounts"_s, u"deleteAccount"_s)));
        dialog = modalDialog(u"deleteAccountDialog"_s);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"confirmAccountName"_s), name);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"confirmDeleteAccount"_s), Qt::LeftButton);
        VERIFY_CALL(u"delete_account_by_id"_s, from);
    }

    void everyCallReachedTheSandboxFromItsControl()
    {
        QStringList missing;
        for (const ct::api::CallSpec &spec : ct::api::callTable()) {
            const Coverage *row = rowOf(spec.name);
            if (m_seen.contains(spec.name)) {
                qInfo("%-30s %-14s %-18s %s; sent: %s", row->call, row->area, row->control, row->how,
                      qPrintable(paramsText(m_seen.value(spec.name))));
            } else {
                missing.append(u"%1 (%2)"_s.arg(spec.name, requiredText(spec)));
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"never reached the sandbox from the interface with its required keys: "_s
                                               + missing.join(u", "_s)));
        QCOMPARE(m_seen.size(), ct::api::callTable().size());
    }

    void cleanupTestCase()
    {
        closeDemoSession(m_window, m_session);
    }

private:
    // --- What reached the sandbox ---------------------------------------------------------

    // Waits until the session has nothing in flight, queued or waiting in the outbox: whatever
    // reaches the sandbox after that was started by what the test does next.
    bool settled() const
    {
        return QTest::qWaitFor([this] {
            return m_session->api()->inFlight() == 0 && m_session->api()->queued() == 0 && m_session->outbox()->isEmpty();
        }, Wait);
    }

    // The length of the request log once the session settled; -1 when it did not.
    qsizetype mark() const { return settled() ? m_sandbox.requestLog().size() : -1; }

    // The first request for `call` at or after `from` that carries the call's required keys and
    // the values of `having`.
    std::optional<RecordedRequest> requestSince(const QString &call, qsizetype from, const ApiParams &having) const
    {
        const ct::api::CallSpec *spec = ct::api::findCall(call);
        const QList<RecordedRequest> log = m_sandbox.requestLog();
        for (qsizetype i = qMax<qsizetype>(from, 0); spec && i < log.size(); ++i) {
            const RecordedRequest &request = log.at(i);
            if (request.call != call || !request.credentialsAccepted
                || !ct::api::Validator::missingKeys(*spec, request.params).isEmpty())
                continue;
            const bool matches = std::all_of(having.keyValueBegin(), having.keyValueEnd(), [&request](const auto &kv) {
                return request.params.value(kv.first) == kv.second;
            });
            if (matches)
                return request;
        }
        return std::nullopt;
    }

    // Whether `call` arrives (within Wait) after `from` as requestSince() asks, its control being
    // where the table says; a call that arrives is recorded as driven.
    bool sawCall(const QString &call, qsizetype from, const ApiParams &having = {})
    {
        const Coverage *row = rowOf(call);
        if (from < 0 || !row || !controlOf(*row))
            return false;
        if (!QTest::qWaitFor([&] { return requestSince(call, from, having).has_value(); }, Wait))
            return false;
        m_seen.insert(call, requestSince(call, from, having)->params);
        return true;
    }

    QString whyNot(const QString &call, qsizetype from) const
    {
        const Coverage *row = rowOf(call);
        if (!row)
            return u"%1 is not in the coverage table"_s.arg(call);
        if (!controlOf(*row))
            return u"no control %1 in area %2"_s.arg(QLatin1StringView(row->control), QLatin1StringView(row->area));
        if (from < 0)
            return u"the session never came to rest before the control was worked"_s;
        QStringList sent;
        const QList<RecordedRequest> log = m_sandbox.requestLog();
        for (qsizetype i = from; i < log.size(); ++i) {
            if (log.at(i).call == call)
                sent.append(u"[%1]"_s.arg(paramsText(log.at(i).params)));
        }
        return u"%1 (%2, from %3) did not reach the sandbox with its required keys (%4) and the expected values; "
               "requests of it since: %5"_s
            .arg(call, QString::fromUtf8(row->how), QLatin1StringView(row->control), requiredText(*ct::api::findCall(call)),
                 sent.isEmpty() ? u"none"_s : sent.join(u' '));
    }

    QObject *controlOf(const Coverage &row) const
    {
        QWidget *area = m_window.area(QString::fromLatin1(row.area));
        return area ? area->findChild<QObject *>(QString::fromLatin1(row.control)) : nullptr;
    }

    // --- Working the window ---------------------------------------------------------------

    template<class T>
    T *in(const QString &area, const QString &name) const
    {
        QWidget *page = m_window.area(area);
        return page ? page->findChild<T *>(name) : nullptr;
    }

    ContactDetailPane *pane() const { return m_window.area(u"contacts"_s)->findChild<ContactDetailPane *>(); }

    // "Open by id…" with the kind of id chosen from the keyboard and the id typed.
    QDialog *openByIdDialog(bool externalId, const QString &value)
    {
        QTest::mouseClick(in<QPushButton>(u"contacts"_s, u"openById"_s), Qt::LeftButton);
        QDialog *dialog = modalDialog(u"openContactDialog"_s);
        auto *kind = dialog ? dialog->findChild<QComboBox *>(u"idKind"_s) : nullptr;
        auto *field = dialog ? dialog->findChild<QLineEdit *>(u"idValue"_s) : nullptr;
        if (!kind || !field)
            return nullptr;
        kind->setFocus();
        QTest::keyClick(kind, externalId ? Qt::Key_Down : Qt::Key_Up);
        if (kind->currentIndex() != (externalId ? 1 : 0))
            return nullptr;
        QTest::keyClicks(field, value);
        return dialog;
    }

    // The contact found by typing its email in the search field and clicked in the list.
    bool clickContact(const QString &id)
    {
        auto *search = in<QLineEdit>(u"contacts"_s, u"contactSearch"_s);
        auto *table = in<QTableView>(u"contacts"_s, u"contactsTable"_s);
        const QString email = jsonText(m_records.value(id), u"email"_s);
        if (!search || !table || email.isEmpty())
            return false;
        if (!retype(search, email))
            return false;
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() == 1; }, Wait))
            return false;
        int column = 0;
        while (column < table->model()->columnCount() && table->isColumnHidden(column))
            ++column;
        if (!clickIndex(table, table->model()->index(0, column)))
            return false;
        return QTest::qWaitFor([this, &id] { return pane()->currentKey() == id; }, Wait);
    }

    // The lead source of that name holds its server id and nothing of it waits.
    bool leadSourceConfirmed(const QString &name) const
    {
        const ct::models::LeadSourcesModel *model = m_session->area<AdminArea>()->leadSources();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->recordAt(row).value(u"lead_source_name"_s).toString() == name)
                return !model->idAt(row).isEmpty() && model->stateAt(row) == ct::models::SyncState::Confirmed;
        }
        return false;
    }

    QMap<QString, ApiParams> m_seen;   // call -> the parameters it reached the sandbox with
    QHash<QString, QJsonObject> m_records;   // client_id -> the contact as the sandbox seeded it
    QString m_reachable;               // payments, email, phone, texts allowed
    QString m_external;                // has an external id
    QString m_externalId;
    QString m_doomed;                  // deleted from the list
    QString m_notLoaded;               // not on the first page
};

QTEST_MAIN(TestCallCoverage)
#include "tst_callcoverage.moc"
