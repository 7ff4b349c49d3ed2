// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString geometryKey = u"mainWindow/geometry"_s;
const QString stateKey = u"mainWindow/state"_s;
const QString areaKey = u"mainWindow/area"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ClientTether Console"));
    setObjectName(u"mainWindow"_s);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setMaximumWidth(160);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({140, 1000});
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *signOut = fileMenu->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(u"signOutAction"_s);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(tr("&View"))->setObjectName(u"viewMenu"_s);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ClientTether Console"), this, [this] {
        QMessageBox::about(this, tr("About ClientTether Console"),
                           tr("<p>ClientTether Console %1</p><p>A desktop console for the ClientTether "
                              "CRM (API v2).</p>").arg(QApplication::applicationVersion()));
    });

    QToolBar *accountBar = addToolBar(tr("Account"));
    accountBar->setObjectName(u"accountToolBar"_s);
    m_account = new QLabel(this);
    m_account->setObjectName(u"accountName"_s);
    m_account->setAccessibleName(tr("Signed-in account"));
    accountBar->addWidget(m_account)->setObjectName(u"accountNameAction"_s);
    m_accountSwitcher = new QComboBox(this);
    m_accountSwitcher->setObjectName(u"accountSwitcher"_s);
    m_accountSwitcher->setAccessibleName(tr("Switch account"));
    m_accountSwitcher->setToolTip(tr("Switch to another account of this enterprise"));
    m_accountSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QAction *switcherAction = accountBar->addWidget(m_accountSwitcher);
    switcherAction->setObjectName(u"accountSwitcherAction"_s);
    switcherAction->setVisible(false);
    connect(m_accountSwitcher, &QComboBox::activated, this, [this](int index) {
        Q_EMIT accountChosen(m_accountSwitcher->itemData(index).toString());
    });

    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionState"_s);
    m_connection->setAccessibleName(tr("Connection state"));
    m_outbox = new QToolButton(this);
    m_outbox->setObjectName(u"outboxCount"_s);
    m_outbox->setAccessibleName(tr("Outbox"));
    m_outbox->setAutoRaise(true);
    connect(m_outbox, &QToolButton::clicked, this, [this] { showArea(u"outbox"_s); });
    m_journalProblem = new QLabel(this);
    m_journalProblem->setObjectName(u"journalProblem"_s);
    m_journalProblem->setAccessibleName(tr("Outbox problem"));
    m_journalProblem->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(200);
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_journalProblem);
    statusBar()->addPermanentWidget(m_outbox);
    statusBar()->addPermanentWidget(m_connection);
    clearProgress();
    setConnectionState(ConnectionState::SignedOut);
    setOutboxCounts(0, 0, 0);
    setJournalProblem({});

    resize(1180, 760);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(const QString &id, const QString &title, QWidget *page, const QIcon &icon)
{
    const int index = m_pages->addWidget(page);
    m_areaIds.append(id);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    // Every area is in the View menu; Ctrl+1 … Ctrl+9 open the first nine.
    QMenu *viewMenu = menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    QAction *open = viewMenu->addAction(icon, title, this, [this, id] { showArea(id); });
    if (index < 9)
        open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    // The list is as wide as its longest title, so no area's name is cut off.
    const int needed = m_navigation->fontMetrics().horizontalAdvance(title) + 4 * m_navigation->frameWidth() + 24;
    if (needed > m_navigation->minimumWidth()) {
        m_navigation->setMinimumWidth(needed);
        m_navigation->setMaximumWidth(qMax(needed, m_navigation->maximumWidth()));
    }
    if (id == m_restoredArea || m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(index);
}

QWidget *MainWindow::area(const QString &id) const
{
    const int index = int(m_areaIds.indexOf(id));
    return index >= 0 ? m_pages->widget(index) : nullptr;
}

void MainWindow::clearAreas()
{
    // Keep the restored choice so the same area opens when the next account's areas arrive.
    if (!currentArea().isEmpty())
        m_restoredArea = currentArea();
    m_navigation->blockSignals(true);
    m_navigation->clear();
    m_navigation->blockSignals(false);
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_areaIds.clear();
    if (QMenu *viewMenu = menuBar()->findChild<QMenu *>(u"viewMenu"_s))
        viewMenu->clear();
}

void MainWindow::showArea(const QString &id)
{
    const int index = int(m_areaIds.indexOf(id));
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

QString MainWindow::currentArea() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_areaIds.value(row) : QString();
}

void MainWindow::setConnectionState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Online:
        m_connection->setText(tr("Online"));
        m_connection->setStyleSheet(QString());
        break;
    case ConnectionState::Offline:
        m_connection->setText(tr("Offline – changes wait in the outbox"));
        m_connection->setStyleSheet(u"color: #8a5a00;"_s);
        break;
    case ConnectionState::SignedOut:
        m_connection->setText(tr("Signed out"));
        m_connection->setStyleSheet(u"color: #b00020;"_s);
        break;
    }
}

void MainWindow::setOutboxCounts(int pending, int failed, int conflicts)
{
    QString text = tr("Outbox: %n waiting", nullptr, pending);
    if (failed > 0)
        text += u", "_s + tr("%n failed", nullptr, failed);
    if (conflicts > 0)
        text += u", "_s + tr("%n in conflict", nullptr, conflicts);
    m_outbox->setText(text);
    // Failures need the user; make them impossible to miss.
    m_outbox->setStyleSheet(failed + conflicts > 0 ? u"color: #b00020; font-weight: bold;"_s : QString());
    m_outbox->setToolTip(tr("Open the outbox"));
}

void MainWindow::setJournalProblem(const QString &problem)
{
    // Nothing is lost, but nothing new can be kept either: the user must know both at once.
    m_journalProblem->setText(problem.isEmpty() ? QString()
                                                : tr("Queued changes are safe, but new changes cannot be recorded: %1")
                                                          .arg(problem));
    m_journalProblem->setToolTip(m_journalProblem->text());
    m_journalProblem->setVisible(!problem.isEmpty());
}

void MainWindow::setProgress(const QString &label, int value, int maximum)
{
    m_progressLabel->setText(label);
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    m_progressLabel->show();
    m_progress->show();
}

void MainWindow::clearProgress()
{
    m_progressLabel->hide();
    m_progress->hide();
}

void MainWindow::setAccountName(const QString &name)
{
    m_account->setText(name.isEmpty() ? QString() : tr("Account: %1").arg(name));
}

void MainWindow::setAccountChoices(const QList<AccountChoice> &choices, const QString &currentId)
{
    m_accountSwitcher->clear();
    for (const AccountChoice &choice : choices)
        m_accountSwitcher->addItem(choice.name, choice.id);
    const int current = m_accountSwitcher->findData(currentId);
    if (current >= 0)
        m_accountSwitcher->setCurrentIndex(current);
    // With accounts to switch between, the switcher shows the current one; otherwise a label does.
    const bool show = choices.size() > 1;
    findChild<QAction *>(u"accountSwitcherAction"_s)->setVisible(show);
    findChild<QAction *>(u"accountNameAction"_s)->setVisible(!show);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_restoredArea = settings.value(areaKey).toString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(areaKey, currentArea());
    QMainWindow::closeEvent(event);
}
