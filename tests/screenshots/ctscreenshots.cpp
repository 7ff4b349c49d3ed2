// SPDX-License-Identifier: MIT
// Renders the console's screens offscreen into PNG files for the README: the real widgets,
// driven into a realistic state against the demo sandbox. Run: make screenshots
#include "areas/accountsarea.h"
#include "areas/adminarea.h"
#include "areas/pipelinearea.h"
#include "areas/plansarea.h"
#include "accountsession.h"
#include "appointmentsmodel.h"
#include "calendarview.h"
#include "eventdialog.h"
#include "timegridview.h"
#include "consolecontroller.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include "mainwindow.h"
#include "outboxview.h"
#include "signindialog.h"
#include "paymentsview.h"
#include "proposalsarea.h"
#include "proposalsview.h"
#include "proposalsmodel.h"
#include <QSqlQuery>
#include "accountsmodel.h"
#include "accountsview.h"
#include "actionplansmodel.h"
#include "actionplansview.h"
#include <QTreeView>
#include "administrationview.h"
#include "leadsourcesmodel.h"
#include "leadsourcespage.h"
#include "tagcountsmodel.h"
#include "tagspage.h"
#include "usersmodel.h"
#include "userspage.h"
#include "pipelinemodel.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "salescyclesview.h"
#include <QMimeData>

#include "api/apiclient.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QTreeView>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;


namespace {

void waitUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = folder + u'/' + name;
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}


// Proposals and payments: a contact's proposals tree with one proposal's fields, and the
// account's payments with totals and the chart of amounts over time.
bool renderProposalsAndPayments(MainWindow &window, AccountSession *session, const QString &folder)
{
    auto *area = window.findChild<ProposalsArea *>(u"proposalsArea"_s);
    if (!area)
        return false;
    bool ok = true;
    window.showArea(u"proposals"_s);
    area->tabs()->setCurrentIndex(ProposalsArea::accountTab);
    waitUntil([&] { return area->accountPayments()->model()->hasServerAnswer(); }, 10000);
    area->accountPayments()->table()->selectRow(0);
    ok &= save(&window, folder, u"payments.png"_s);

    // The contact with the most proposals among those with payments.
    QString clientId;
    ct::api::ApiReply *reply = session->api()->call(u"read_all_payments"_s);
    QObject::connect(reply, &ct::api::ApiReply::finished, [&](const ct::api::ApiResult &result) {
        QHash<QString, int> counts;
        for (const QJsonValue &row : result.rows)
            ++counts[row.toObject().value(u"client_id"_s).toString()];
        int best = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < clientId)) {
                best = it.value();
                clientId = it.key();
            }
        }
        if (clientId.isEmpty())
            clientId = u"-"_s;
    });
    waitUntil([&] { return !clientId.isEmpty(); }, 10000);
    if (clientId.isEmpty() || clientId == u"-"_s)
        return false;
    area->showContact(clientId);
    auto *proposals = static_cast<ct::models::ProposalsModel *>(area->proposals()->tree()->model());
    waitUntil([&] { return !proposals->isLoading() && !area->contactPayments()->model()->isLoading(); }, 10000);
    area->proposals()->tree()->expandAll();   // the recommended products too
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 300; });
    ok &= save(&window, folder, u"proposals.png"_s);
    return ok;
}

// The Action plans area with a plan opened on its steps and one step chosen, and the Accounts
// area of the enterprise demo account with a sub-account chosen.
bool renderTrees(MainWindow &window, AccountSession *session, const QString &folder)
{
    bool ok = true;
    window.showArea(u"actionPlans"_s);
    ct::models::ActionPlansModel *plans = session->area<PlansArea>()->plans();
    auto *plansView = window.findChild<ActionPlansView *>();
    if (plans && plansView) {
        waitUntil([&] { return !plans->isLoading() && plans->planCount() > 0; });
        // The first two plans with steps are opened; a step of the first is chosen.
        int opened = 0;
        QModelIndex chosen;
        for (int row = 0; row < plans->planCount() && opened < 2; ++row) {
            const QModelIndex plan = plans->index(row, 0);
            if (plans->rowCount(plan) == 0)
                continue;
            plansView->tree()->expand(plan);
            if (!chosen.isValid())
                chosen = plans->index(1, 0, plan);
            ++opened;
        }
        if (chosen.isValid())
            plansView->tree()->setCurrentIndex(chosen);
        plansView->tree()->setFocus();
        ok &= save(&window, folder, u"action-plans.png"_s);
    }
    window.showArea(u"accounts"_s);
    ct::models::AccountsModel *accounts = session->area<AccountsArea>()->accounts();
    auto *accountsView = window.findChild<AccountsView *>();
    if (accounts && accountsView) {
        waitUntil([&] { return !accounts->isLoading() && accounts->rowCount() > 0; });
        accountsView->tree()->expandAll();
        accountsView->tree()->setCurrentIndex(accounts->index(0, 0, accounts->index(0, 0)));
        accountsView->tree()->setFocus();
        ok &= save(&window, folder, u"accounts.png"_s);
    }
    return ok;
}

// The Administration area: the lead sources with their web keys, then the users.
bool renderAdministration(MainWindow &window, AccountSession *session, const QString &folder)
{
    window.showArea(u"administration"_s);
    auto *view = window.findChild<AdministrationView *>();
    if (!view)
        return false;
    waitUntil([&] { return session->area<AdminArea>()->leadSources()->rowCount() > 0 && session->area<AdminArea>()->users()->rowCount() > 0; });
    view->tabs()->setCurrentWidget(view->leadSourcesPage());
    view->leadSourcesPage()->selectKey(session->area<AdminArea>()->leadSources()->keyAt(1));
    bool ok = save(&window, folder, u"administration.png"_s);
    view->tabs()->setCurrentWidget(view->tagsPage());
    waitUntil([&] { return session->area<AdminArea>()->tagCounts()->countsComplete() && session->area<AdminArea>()->tagCounts()->rowCount() > 0; });
    view->tagsPage()->table()->sortByColumn(ct::models::TagCountsModel::ContactsColumn, Qt::DescendingOrder);
    ok &= save(&window, folder, u"administration-tags.png"_s);
    view->tabs()->setCurrentWidget(view->usersPage());
    view->usersPage()->selectKey(session->area<AdminArea>()->users()->keyAt(0));
    ok &= save(&window, folder, u"administration-users.png"_s);
    return ok;
}

// The week view with two users' appointments overlaid in their colours, and the event dialog
// as a click on an empty slot opens it; the event it saves stays pending (the replayer is paused).
bool renderCalendar(MainWindow &window, AccountSession *session, const QString &folder)
{
    window.showArea(u"calendar"_s);
    auto *calendar = window.findChild<CalendarView *>();
    if (!calendar)
        return false;
    auto *proxy = qobject_cast<QAbstractProxyModel *>(calendar->agenda()->model());
    auto *model = proxy ? qobject_cast<ct::models::AppointmentsModel *>(proxy->sourceModel()) : nullptr;
    if (!model)
        return false;
    const auto settled = [model] { return !model->users().isEmpty() && !model->isLoading() && model->lastRefreshed().isValid(); };
    waitUntil(settled);
    // A second user's calendar, overlaid.
    for (QAction *action : calendar->findChildren<QAction *>()) {
        if (action->objectName().startsWith(u"calendarUser_"_s) && !action->isChecked()) {
            action->trigger();
            break;
        }
    }
    waitUntil([&] { return model->users().size() == 2 && settled(); });
    // The week that holds most of the days the server answers for.
    const QDate day = QDate::currentDate().addDays(3);
    calendar->setMode(CalendarView::Mode::Week);
    calendar->setDate(day);
    calendar->grid()->scrollToTime(QTime(7, 30));

    const QJsonObject contact = session->contacts()->storedRecord(4);
    calendar->openNewEvent(QDateTime(day, QTime(11, 30)), model->users().constFirst());
    EventDialog *dialog = calendar->openDialog();
    if (!dialog)
        return false;
    // As the completer writes a picked contact: name — phone.
    dialog->findChild<QLineEdit *>(u"eventContact"_s)->setText(
            u"%1 %2 — %3"_s.arg(contact.value(u"firstName"_s).toString(), contact.value(u"lastName"_s).toString(),
                                contact.value(u"phone"_s).toString()));
    dialog->findChild<QPlainTextEdit *>(u"eventNote"_s)->setPlainText(u"Estimate visit: kitchen cabinets"_s);
    bool ok = save(dialog, folder, u"event-dialog.png"_s);
    dialog->findChild<QPushButton *>(u"saveEvent"_s)->click();
    waitUntil([&] { return !calendar->openDialog(); }, 5000);
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 300; });
    ok &= save(&window, folder, u"calendar-week.png"_s);
    return ok;
}

// The pipeline with a card just dragged to another stage (still waiting for the server), then
// the sales cycles editor explaining a delete the server refused because contacts use the cycle.
bool renderPipelineAndSalesCycles(MainWindow &window, AccountSession *session, const QString &folder)
{
    bool ok = true;
    ct::models::PipelineModel *board = session->area<PipelineArea>()->board();
    window.showArea(u"pipeline"_s);
    waitUntil([&] { return board->stageCount() > 2 && board->rowCount(board->index(0, 0)) > 0; });
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 300; });
    if (board->stageCount() > 2 && board->rowCount(board->index(0, 0)) > 0) {
        const QModelIndex card = board->index(0, 0, board->index(0, 0));
        std::unique_ptr<QMimeData> mime(board->mimeData({card}));
        board->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, board->index(2, 0));
    }
    ok &= save(&window, folder, u"pipeline.png"_s);

    session->replayer()->setPaused(false);
    window.showArea(u"salesCycles"_s);
    auto *view = window.findChild<SalesCyclesView *>();
    QString used;
    for (const auto &cycle : session->area<PipelineArea>()->salesCycles()->cycles()) {
        if (cycle.name() == u"Contacted"_s)
            used = cycle.id;
    }
    if (!view || used.isEmpty())
        return false;
    session->area<PipelineArea>()->salesCycleEditing()->remove(used);
    waitUntil([&] {
        const auto *cycle = session->area<PipelineArea>()->salesCycles()->cycleById(used);
        return cycle && cycle->errorCode == ct::api::CtCode::StillInUse;
    });
    view->selectCycle(used);
    ok &= save(&window, folder, u"sales-cycles.png"_s);
    return ok;
}

} // namespace

// Renders the compose dialogs (messagescreenshots.cpp).
bool renderMessageScreenshots(MainWindow &window, AccountSession *session, const QString &folder);

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"ClientTether Console screenshots"_s);
    QApplication::setApplicationName(u"ctconsole"_s);
    QStandardPaths::setTestModeEnabled(true);   // never the user's own data or settings
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"resources/screenshots"_s;
    QDir().mkpath(folder);
    bool ok = true;

    // The sign-in dialog as a first-time user sees it.
    MainWindow window;
    window.resize(1440, 860);
    ConsoleController controller(StartupOptions{}, &window);
    window.show();
    controller.start();
    waitUntil([&] { return controller.signInDialog() && controller.signInDialog()->isVisible(); });
    if (SignInDialog *dialog = controller.signInDialog()) {
        dialog->findChild<QLineEdit *>(u"accessToken"_s)->setText(u"eyJ0eXAiOiJKV1QiLCJhbGciOi"_s);
        ok &= save(dialog, folder, u"sign-in.png"_s);
        dialog->findChild<QLineEdit *>(u"accessToken"_s)->clear();
    }

    // The demo account with a few edits waiting in the outbox, one refused by the server.
    Q_EMIT controller.signInDialog()->demoRequested();
    waitUntil([&] { return controller.session() != nullptr; });
    AccountSession *session = controller.session();
    if (!session) {
        QTextStream(stderr) << "the demo did not open\n";
        return 1;
    }
    // The contacts list with one contact open, then its history.
    window.showArea(u"contacts"_s);
    if (auto *contacts = window.findChild<ContactsView *>()) {
        session->contacts()->loadAll();
        waitUntil([&] { return session->contacts()->isFullyLoaded(); });
        QElapsedTimer settle;   // let a scheduled re-sort run
        settle.start();
        waitUntil([&] { return settle.elapsed() > 500; });
        contacts->table()->selectRow(2);
        waitUntil([&] { return !contacts->detail()->currentKey().isEmpty(); });
        contacts->table()->setFocus();
        ok &= save(&window, folder, u"contacts.png"_s);
        contacts->detail()->tabs()->setCurrentIndex(1);
        // A note written through the pane, sent, and read back with the rest of the history.
        contacts->detail()->findChild<QPlainTextEdit *>(u"noteText"_s)->setPlainText(u"Called back about the estimate; prefers mornings."_s);
        contacts->detail()->findChild<QPushButton *>(u"addNote"_s)->click();
        waitUntil([&] { return session->outbox()->isEmpty(); });
        contacts->detail()->showContact(contacts->detail()->currentKey());
        contacts->detail()->tabs()->setCurrentIndex(1);
        waitUntil([&] { return contacts->detail()->findChild<QTableView *>(u"historyNotes"_s)->model()->rowCount() > 0; }, 10000);
        ok &= save(&window, folder, u"contact-history.png"_s);
        contacts->detail()->tabs()->setCurrentIndex(0);
    }

    // Two real contacts of the demo account to attach the edits to.
    QStringList ids;
    ct::api::ApiReply *reply = session->api()->call(u"read_client_list"_s, {{u"limit"_s, u"2"_s}});
    QObject::connect(reply, &ct::api::ApiReply::finished, [&](const ct::api::ApiResult &result) {
        for (const QJsonValue &row : result.rows)
            ids.append(row.toObject().value(u"client_id"_s).toString());
    });
    waitUntil([&] { return ids.size() == 2; });
    if (ids.size() != 2) {
        QTextStream(stderr) << "the demo has no contacts\n";
        return 1;
    }
    session->replayer()->setPaused(true);
    session->outbox()->enqueue(u"update_client_by_id"_s, {{u"client_id"_s, ids.at(0)}, {u"phone"_s, u"30392"_s}});
    session->replayer()->setPaused(false);
    waitUntil([&] { return session->outbox()->counts().failed == 1; });
    session->replayer()->setPaused(true);
    session->outbox()->enqueue(u"create_client"_s, {{u"firstName"_s, u"Ada"_s}, {u"lastName"_s, u"Lovelace"_s},
                                                    {u"email"_s, u"ada@example.com"_s}});
    session->outbox()->enqueue(u"create_client_history_note"_s, {{u"client_id"_s, ids.at(1)},
                                                                 {u"note_body"_s, u"Called back about the estimate"_s}});
    window.showArea(u"outbox"_s);
    if (auto *view = window.findChild<OutboxView *>()) {
        view->table()->selectRow(0);
        QCoreApplication::processEvents();
    }
    ok &= save(&window, folder, u"main-window-outbox.png"_s);
    ok &= renderProposalsAndPayments(window, session, folder);
    ok &= renderMessageScreenshots(window, session, folder);
    ok &= renderTrees(window, session, folder);
    ok &= renderAdministration(window, session, folder);
    ok &= renderCalendar(window, session, folder);
    ok &= renderPipelineAndSalesCycles(window, session, folder);
    return ok ? 0 : 1;
}
