// SPDX-License-Identifier: MIT
#include "pipelineview.h"

#include "contactsmodel.h"
#include "pipelinemodel.h"

#include "api/parameterschema.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::PipelineModel;

namespace {
constexpr int ColumnWidth = 230;
} // namespace

PipelineView::PipelineView(PipelineModel *pipeline, ct::models::ContactsModel *contacts, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_contacts(contacts)
{
    setObjectName(u"pipelineView"_s);
    m_contactType = new QComboBox(this);
    m_contactType->setObjectName(u"pipelineContactType"_s);
    m_contactType->setAccessibleName(tr("Contact type"));
    if (const auto *spec = ct::api::ParameterSchema::find(u"contact_type")) {
        for (const QString &value : spec->allowedValues)
            m_contactType->addItem(ct::api::ParameterSchema::labelFor(u"contact_type", value), value);
    }
    m_contactType->setCurrentIndex(m_contactType->findData(pipeline->contactType()));
    connect(m_contactType, &QComboBox::activated, this,
            [this] { m_pipeline->setContactType(m_contactType->currentData().toString()); });

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"pipelineCounts"_s);
    m_loadAll = new QPushButton(tr("Load &all contacts"), this);
    m_loadAll->setObjectName(u"pipelineLoadAll"_s);
    m_loadAll->setToolTip(tr("Read every contact of the account, so every card is on the board"));
    connect(m_loadAll, &QPushButton::clicked, contacts, [contacts] { contacts->loadAll(); });
    connect(contacts, &ct::models::ContactsModel::loadingChanged, this, [this](bool loading) {
        m_loadAll->setEnabled(!loading);
        updateCounts();
    });
    connect(contacts, &ct::models::ContactsModel::loadProgress, this, [this](int, int total) {
        m_serverTotal = total;
        updateCounts();
    });
    connect(contacts, &ct::models::ContactsModel::fullyLoadedChanged, this, &PipelineView::updateCounts);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stages for"), this));
    top->addWidget(m_contactType);
    top->addSpacing(12);
    top->addWidget(m_counts, 1);
    top->addWidget(m_loadAll);

    m_board = new QWidget;
    m_board->setObjectName(u"pipelineBoard"_s);
    m_columns = new QHBoxLayout(m_board);
    m_columns->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"pipelineScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_board);

    auto *hint = new QLabel(tr("Drag a card to another column to move the contact to that sales cycle."), this);
    hint->setObjectName(u"pipelineHint"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);

    connect(pipeline, &QAbstractItemModel::modelReset, this, &PipelineView::rebuildColumns);
    connect(pipeline, &QAbstractItemModel::dataChanged, this, &PipelineView::updateTitles);
    connect(pipeline, &PipelineModel::cardsChanged, this, &PipelineView::updateTitles);
    connect(pipeline, &PipelineModel::cardsChanged, this, &PipelineView::updateCounts);
    connect(pipeline, &PipelineModel::moveRefused, this,
            [this](const QString &why) { Q_EMIT message(tr("Not moved: %1").arg(why)); });
    rebuildColumns();
    // The board catches up with the contacts when it is shown (see PipelineModel::setLive).
    pipeline->setLive(false);
}

void PipelineView::showEvent(QShowEvent *event)
{
    m_pipeline->setLive(true);
    QWidget::showEvent(event);
}

void PipelineView::hideEvent(QHideEvent *event)
{
    m_pipeline->setLive(false);
    QWidget::hideEvent(event);
}

QListView *PipelineView::stageList(const QString &salesCycleId) const
{
    for (QListView *list : m_lists) {
        if (list->rootIndex().data(PipelineModel::SalesCycleIdRole).toString() == salesCycleId)
            return list;
    }
    return nullptr;
}

void PipelineView::rebuildColumns()
{
    // Columns (and the "no stage" note) go at once: their lists' root indexes died with the reset.
    qDeleteAll(m_board->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_lists.clear();
    m_titles.clear();
    while (QLayoutItem *item = m_columns->takeAt(0))
        delete item;
    for (int row = 0; row < m_pipeline->rowCount(); ++row) {
        const QModelIndex stage = m_pipeline->index(row, 0);
        const QString id = stage.data(PipelineModel::SalesCycleIdRole).toString();
        auto *column = new QFrame(m_board);
        column->setObjectName(u"pipelineColumn"_s);
        column->setFrameShape(QFrame::StyledPanel);
        column->setFixedWidth(ColumnWidth);
        auto *title = new QLabel(column);
        title->setObjectName(u"pipelineTitle%1"_s.arg(id));
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto *list = new QListView(column);
        list->setObjectName(u"pipelineStage%1"_s.arg(id));
        list->setModel(m_pipeline);
        list->setRootIndex(stage);
        list->setAccessibleName(stage.data().toString());
        list->setSelectionMode(QAbstractItemView::ExtendedSelection);
        list->setDragEnabled(true);
        list->setAcceptDrops(true);
        list->setDropIndicatorShown(true);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        list->setSpacing(3);
        list->setWordWrap(false);
        list->setTextElideMode(Qt::ElideRight);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setUniformItemSizes(false);
        list->setAlternatingRowColors(true);
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) {
            std::unique_ptr<QMenu> menu(moveMenu(list));
            if (!menu->isEmpty())
                menu->exec(list->viewport()->mapToGlobal(pos));
        });
        connect(list, &QAbstractItemView::activated, this, [this](const QModelIndex &card) {
            Q_EMIT contactActivated(card.data(PipelineModel::ClientIdRole).toString());
        });
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(6, 6, 6, 6);
        columnLayout->addWidget(title);
        columnLayout->addWidget(list, 1);
        m_columns->addWidget(column);
        m_lists.append(list);
        m_titles.append(title);
    }
    if (m_lists.isEmpty()) {
        auto *empty = new QLabel(tr("No active sales cycle for this contact type: add one in Sales cycles."), m_board);
        empty->setObjectName(u"pipelineEmpty"_s);
        m_columns->addWidget(empty);
    }
    m_columns->addStretch();
    updateTitles();
    updateCounts();
}

QMenu *PipelineView::moveMenu(QListView *list)
{
    auto *menu = new QMenu(tr("Move to"), list);
    menu->setObjectName(u"pipelineMoveMenu"_s);
    QStringList ids;
    for (const QModelIndex &card : list->selectionModel()->selectedIndexes())
        ids.append(card.data(PipelineModel::ClientIdRole).toString());
    if (ids.isEmpty())
        return menu;
    const QString here = list->rootIndex().data(PipelineModel::SalesCycleIdRole).toString();
    for (int row = 0; row < m_pipeline->rowCount(); ++row) {
        const QModelIndex stage = m_pipeline->index(row, 0);
        const QString id = stage.data(PipelineModel::SalesCycleIdRole).toString();
        if (id == here)
            continue;
        QAction *action = menu->addAction(tr("Move to %1").arg(stage.data().toString()));
        action->setObjectName(u"moveToStage%1"_s.arg(id));
        connect(action, &QAction::triggered, this, [this, ids, id] { m_pipeline->moveContacts(ids, id); });
    }
    return menu;
}

void PipelineView::updateTitles()
{
    for (int row = 0; row < m_titles.size() && row < m_pipeline->rowCount(); ++row) {
        const QModelIndex stage = m_pipeline->index(row, 0);
        m_titles[row]->setText(tr("%1 (%2)").arg(stage.data().toString()).arg(stage.data(PipelineModel::CardCountRole).toInt()));
    }
}

void PipelineView::updateCounts()
{
    const int held = m_pipeline->contactsHeld();
    const int off = m_pipeline->contactsOffBoard();
    QString text;
    if (m_contacts->isFullyLoaded())
        text = tr("All contacts loaded: %n of this type", nullptr, held);
    else if (m_serverTotal > 0)
        text = tr("%1 of %2 contacts loaded").arg(m_contacts->storedCount()).arg(m_serverTotal);
    else
        text = tr("%n contact(s) loaded; more may be on the server", nullptr, m_contacts->storedCount());
    if (off > 0)
        text += tr(" · %n not in an active sales cycle", nullptr, off);
    m_counts->setText(text);
    m_loadAll->setVisible(!m_contacts->isFullyLoaded());
}
