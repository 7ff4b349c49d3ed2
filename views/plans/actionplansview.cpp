// SPDX-License-Identifier: MIT
#include "actionplansview.h"

#include "actionplandialog.h"
#include "actionplanediting.h"
#include "actionplansmodel.h"
#include "namelookup.h"
#include "modelroles.h"

#include "store/outboxentry.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::ActionPlansModel;
using ct::models::SyncState;

ActionPlansView::ActionPlansView(ActionPlansModel *plans, ct::models::ActionPlanEditing *editing,
                                 ct::models::NameLookup *names, QWidget *parent)
    : QWidget(parent)
    , m_plans(plans)
    , m_editing(editing)
    , m_names(names)
{
    setObjectName(u"actionPlansView"_s);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"planFilter"_s);
    m_filter->setAccessibleName(tr("Plans whose name starts with"));
    m_filter->setPlaceholderText(tr("Name starts with…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    toolbar->addWidget(m_filter);
    toolbar->addSeparator();
    m_new = toolbar->addAction(tr("&New plan…"), this, &ActionPlansView::newPlan);
    m_new->setObjectName(u"newPlan"_s);
    m_edit = toolbar->addAction(tr("&Edit plan…"), this, &ActionPlansView::editPlan);
    m_edit->setObjectName(u"editPlan"_s);
    m_refresh = toolbar->addAction(tr("&Refresh"), this, [this] { m_plans->load(m_filter->text()); });
    m_refresh->setObjectName(u"refreshPlans"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"actionPlansTree"_s);
    m_tree->setAccessibleName(tr("Action plans and their steps"));
    m_tree->setModel(plans);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(ActionPlansModel::NameColumn, 300);
    m_tree->setColumnWidth(ActionPlansModel::TypeColumn, 110);
    m_tree->setColumnWidth(ActionPlansModel::LinkColumn, 170);
    m_tree->setColumnWidth(ActionPlansModel::NextPlanColumn, 170);
    m_tree->setColumnWidth(ActionPlansModel::DayColumn, 70);
    m_tree->setColumnWidth(ActionPlansModel::TimeColumn, 80);

    m_status = new QLabel(this);
    m_status->setObjectName(u"plansStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_details = new QLabel(this);
    m_details->setObjectName(u"planDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);

    // The server filters by prefix; ask once typing pauses rather than on every key.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_plans->load(m_filter->text()); });

    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid())
            editPlan();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ActionPlansView::updateSelection);
    connect(plans, &QAbstractItemModel::dataChanged, this, &ActionPlansView::updateSelection);
    connect(plans, &QAbstractItemModel::modelReset, this, &ActionPlansView::updateSelection);
    connect(plans, &ActionPlansModel::loadFailed, this, [this](const QString &message) {
        showStatus(tr("The plans could not be read (%1); showing what was read before.").arg(message), true);
    });
    connect(plans, &ActionPlansModel::listNoticeChanged, this, &ActionPlansView::updateSelection);
    connect(plans, &ActionPlansModel::loaded, this, [this] {
        if (m_plans->planCount() == 0 && !m_filter->text().isEmpty())
            showStatus(tr("No plan's name starts with “%1”.").arg(m_filter->text()), false);
        else
            updateSelection();
    });
    updateSelection();
}

void ActionPlansView::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

int ActionPlansView::currentPlanRow() const
{
    QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return -1;
    while (index.parent().isValid())
        index = index.parent();   // a step stands for its plan
    return index.row();
}

void ActionPlansView::updateSelection()
{
    const int row = currentPlanRow();
    m_edit->setEnabled(row >= 0);
    const QModelIndex current = m_tree->currentIndex();
    // A refused edit is shown where the user looks: above the tree, with the server's reason.
    const QModelIndex planIndex = row >= 0 ? m_plans->index(row, 0) : QModelIndex();
    const int state = planIndex.data(ct::models::SyncStateRole).toInt();
    if (planIndex.isValid() && (state == int(SyncState::Failed) || state == int(SyncState::Conflict)))
        showStatus(tr("The server refused the last change of “%1”: %2 Edit the plan to correct it, or "
                      "discard the change in the Outbox.")
                       .arg(planIndex.data().toString(), planIndex.data(ct::models::SyncErrorRole).toString()),
                   true);
    else
        showStatus(m_plans->listNotice(), !m_plans->listNotice().isEmpty());   // what the last read skipped, if anything
    // The whole message of a step: the tree shows its first line only.
    if (current.isValid() && current.parent().isValid()) {
        const QModelIndex name = current.siblingAtColumn(ActionPlansModel::NameColumn);
        const QModelIndex body = current.siblingAtColumn(ActionPlansModel::BodyColumn);
        m_details->setText(tr("%1 (%2, %3 at %4)\n\n%5")
                               .arg(name.data().toString(),
                                    current.siblingAtColumn(ActionPlansModel::TypeColumn).data().toString(),
                                    current.siblingAtColumn(ActionPlansModel::DayColumn).data().toString(),
                                    current.siblingAtColumn(ActionPlansModel::TimeColumn).data().toString(),
                                    body.data(Qt::ToolTipRole).toString()));
        m_details->show();
    } else {
        m_details->clear();
        m_details->hide();
    }
}

void ActionPlansView::newPlan()
{
    auto *dialog = new ActionPlanDialog(m_editing, m_names, m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QModelIndex index = m_plans->indexOfPlan(dialog->createdKey());
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    });
    m_dialog = dialog;
    dialog->open();
}

void ActionPlansView::editPlan()
{
    const int row = currentPlanRow();
    if (row < 0)
        return;
    const QString key = m_plans->planKey(row);
    // The form starts from what is held; the server's copy is asked for meanwhile
    // (read_action_plan_by_id) so the tree shows it when the form closes.
    m_plans->refreshPlan(ct::store::RecordKey::isLocal(key) ? QString() : ct::store::RecordKey::idOf(key));
    auto *dialog = new ActionPlanDialog(m_editing, m_names, m_plans, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlan(key, m_plans->plan(row));
    const QModelIndex planIndex = m_plans->index(row, 0);
    if (planIndex.data(ct::models::SyncStateRole).toInt() == int(SyncState::Failed))
        dialog->showProblem(planIndex.data(ct::models::SyncErrorKeyRole).toString(),
                            planIndex.data(ct::models::SyncErrorRole).toString());
    m_dialog = dialog;
    dialog->open();
}
