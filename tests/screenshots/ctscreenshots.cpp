// SPDX-License-Identifier: MIT
// Renders the console's screens offscreen into PNG files for the README: the real widgets,
// driven into a realistic state against the demo sandbox. Run: make screenshots
#include "accountsession.h"
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
#include "pipelinemodel.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "salescyclesview.h"
#include <QMimeData>

#include "api/apiclient.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QApplication>
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

bool renderPipelineAndSalesCycles(MainWindow &window, AccountSession *session, const QString &folder);

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

} // namespace

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
    ok &= renderPipelineAndSalesCycles(window, session, folder);
    return ok ? 0 : 1;
}

// The pipeline with a card just dragged to another stage (still waiting for the server), then
// the sales cycles editor explaining a delete the server refused because contacts use the cycle.
bool renderPipelineAndSalesCycles(MainWindow &window, AccountSession *session, const QString &folder)
{
    bool ok = true;
    ct::models::PipelineModel *board = session->pipeline();
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
    for (const auto &cycle : session->salesCycles()->cycles()) {
        if (cycle.name() == u"Contacted"_s)
            used = cycle.id;
    }
    if (!view || used.isEmpty())
        return false;
    session->salesCycleEditing()->remove(used);
    waitUntil([&] {
        const auto *cycle = session->salesCycles()->cycleById(used);
        return cycle && cycle->errorCode == ct::api::CtCode::StillInUse;
    });
    view->selectCycle(used);
    ok &= save(&window, folder, u"sales-cycles.png"_s);
    return ok;
}
