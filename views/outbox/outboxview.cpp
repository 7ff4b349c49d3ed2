// SPDX-License-Identifier: MIT
#include "outboxview.h"

#include "calllabels.h"
#include "conflictdialog.h"
#include "outboxentrydialog.h"
#include "outboxmodel.h"

#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxState;

OutboxView::OutboxView(ct::models::OutboxModel *model, ct::store::OutboxReplayer *replayer, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_replayer(replayer)
{
    setObjectName(u"outboxView"_s);
    auto *toolbar = new QToolBar(this);
    m_pause = toolbar->addAction(tr("&Pause sending"));
    m_pause->setObjectName(u"pauseSending"_s);
    m_pause->setCheckable(true);
    m_pause->setChecked(replayer->isPaused());
    m_pause->setToolTip(tr("Keep changes here instead of sending them"));
    connect(m_pause, &QAction::toggled, replayer, &ct::store::OutboxReplayer::setPaused);
    m_sendNow = toolbar->addAction(tr("Send &now"), replayer, &ct::store::OutboxReplayer::resume);
    m_sendNow->setObjectName(u"sendNow"_s);
    m_sendNow->setToolTip(tr("Send every waiting change now instead of after its pause"));
    toolbar->addSeparator();
    m_retry = toolbar->addAction(tr("&Retry"), this, &OutboxView::retry);
    m_retry->setObjectName(u"retry"_s);
    m_edit = toolbar->addAction(tr("&Correct…"), this, &OutboxView::edit);
    m_edit->setObjectName(u"edit"_s);
    m_resolve = toolbar->addAction(tr("Re&solve…"), this, &OutboxView::resolve);
    m_resolve->setObjectName(u"resolve"_s);
    m_discard = toolbar->addAction(tr("&Discard…"), this, &OutboxView::discard);
    m_discard->setObjectName(u"discard"_s);
    m_discard->setShortcut(QKeySequence::Delete);
    m_discard->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_table = new QTableView(this);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Queued changes"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_resolve->isEnabled())
            resolve();
        else if (m_edit->isEnabled())
            edit();
    });

    m_empty = new QLabel(tr("Every change has reached the server."), this);
    m_empty->setObjectName(u"outboxEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_journalProblem = new QLabel(this);
    m_journalProblem->setObjectName(u"journalProblem"_s);
    m_journalProblem->setWordWrap(true);
    m_journalProblem->setStyleSheet(u"color: #b00020;"_s);
    m_details = new QLabel(this);
    m_details->setObjectName(u"outboxDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_journalProblem);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_details);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxView::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateActions);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OutboxView::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OutboxView::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &OutboxView::updateActions);
    // The replayer also pauses itself after a 401; the action shows only the user's own choice.
    connect(replayer, &ct::store::OutboxReplayer::pausedChanged, this, [this] {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(m_replayer->isPaused());
    });
    connect(replayer, &ct::store::OutboxReplayer::journalProblemChanged, this, &OutboxView::showJournalProblem);
    showJournalProblem(replayer->journalProblem());
    updateActions();
}

void OutboxView::showJournalProblem(const QString &problem)
{
    m_journalProblem->setText(
        problem.isEmpty() ? QString()
                          : tr("The changes listed here are safe, but new changes cannot be recorded and nothing is "
                               "sent until they can: %1 Sending resumes by itself.").arg(problem));
    m_journalProblem->setVisible(!problem.isEmpty());
}

int OutboxView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void OutboxView::updateActions()
{
    // Columns follow their contents; the problem column (last) takes the rest.
    for (int column = 0; column < ct::models::OutboxModel::ProblemColumn; ++column)
        m_table->resizeColumnToContents(column);
    const ct::store::OutboxEntry *entry = m_model ? m_model->entryAt(currentRow()) : nullptr;
    const bool failed = entry && entry->state == OutboxState::Failed;
    const bool conflict = entry && entry->state == OutboxState::Conflict;
    const bool waiting = entry && entry->state != OutboxState::InFlight;
    m_retry->setEnabled(failed);
    m_edit->setEnabled(failed || (waiting && !conflict && !entry->isDelete()));
    m_resolve->setEnabled(conflict);
    m_discard->setEnabled(waiting);
    m_empty->setVisible(m_model && m_model->rowCount() == 0);

    if (!entry) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << u"<b>%1</b> — %2"_s.arg(ct::models::CallLabels::callLabel(entry->callName).toHtmlEscaped(),
                                     ct::models::OutboxModel::stateText(int(entry->state)));
    for (auto it = entry->params.constBegin(); it != entry->params.constEnd(); ++it)
        lines << u"%1: %2"_s.arg(ct::models::CallLabels::fieldLabel(it.key()).toHtmlEscaped(),
                                 it.value().toHtmlEscaped());
    if (!entry->lastError.isEmpty())
        lines << u"<span style='color:#b00020'>%1</span>"_s.arg(
            ct::models::OutboxModel::problemText(*entry).toHtmlEscaped());
    m_details->setText(lines.join(u"<br>"_s));
}

void OutboxView::retry()
{
    const QUuid op = m_model->operationAt(currentRow());
    if (!op.isNull())
        m_replayer->retry(op);
}

void OutboxView::edit()
{
    const ct::store::OutboxEntry *entry = m_model->entryAt(currentRow());
    if (!entry)
        return;
    const QUuid op = entry->opId;
    auto *dialog = new OutboxEntryDialog(entry->callName, entry->params, entry->errorKey, entry->lastError, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, op] { m_replayer->edit(op, dialog->params()); });
    m_dialog = dialog;
    dialog->open();
}

void OutboxView::discard()
{
    const ct::store::OutboxEntry *entry = m_model->entryAt(currentRow());
    if (!entry)
        return;
    const QUuid op = entry->opId;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Discard change"),
                                tr("Discard \"%1\"? It will never be sent, and cannot be brought back.")
                                    .arg(ct::models::CallLabels::callLabel(entry->callName)),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, op](int result) {
        if (result == QMessageBox::Discard)
            m_replayer->discard(op);
    });
    m_dialog = box;
    box->open();
}

void OutboxView::resolve()
{
    const ct::store::OutboxEntry *entry = m_model->entryAt(currentRow());
    if (!entry || entry->state != OutboxState::Conflict)
        return;
    const QUuid op = entry->opId;
    auto *dialog = new ConflictDialog(entry->params, entry->baseValues, entry->serverValues, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, op] { m_replayer->resolveConflict(op, dialog->choices()); });
    m_dialog = dialog;
    dialog->open();
}
