// SPDX-License-Identifier: MIT
#include "proposalsview.h"

#include "proposalsmodel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::ProposalsModel;

ProposalsView::ProposalsView(ProposalsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"proposalsView"_s);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"proposalsTree"_s);
    m_tree->setAccessibleName(tr("Proposals"));
    m_tree->setModel(model);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);

    // Every field the document lists, in its order; filled from the selected proposal.
    m_details = new QWidget(this);
    m_details->setObjectName(u"proposalDetail"_s);
    // A grid rather than a form layout: it gives a wrapped note the height it needs.
    m_form = new QGridLayout(m_details);
    m_form->setColumnStretch(1, 1);
    int row = 0;
    for (const ProposalsModel::Field &field : ProposalsModel::fieldsOf({})) {
        auto *value = new QLabel(m_details);
        value->setObjectName(u"proposal_"_s + field.key);
        value->setAccessibleName(field.label);
        value->setWordWrap(field.longText);
        value->setTextFormat(Qt::PlainText);   // notes are the server's text, never markup
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(field.label + u':', m_details);
        label->setBuddy(value);
        m_form->addWidget(label, row, 0, Qt::AlignTop);
        m_form->addWidget(value, row++, 1, Qt::AlignTop);
        m_fields.insert(field.key, value);
    }
    m_form->setRowStretch(row, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_details->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(u"proposalsStatus"_s);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("Re&fresh proposals"), this);
    m_refresh->setObjectName(u"refreshProposals"_s);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, model, &ProposalsModel::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showProposal(current); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Proposals open with their line items, so the tree reads like the paper proposal.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex proposal = m_model->index(row, 0);
            m_tree->expand(proposal);
            m_tree->expand(m_model->index(0, 0, proposal));
        }
        for (int column = 0; column < ProposalsModel::DetailColumn; ++column)
            m_tree->resizeColumnToContents(column);
        if (m_model->rowCount() > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0));
        else
            showProposal({});
        updateStatus();
    });
    connect(model, &ProposalsModel::loadingChanged, this, &ProposalsView::updateStatus);
    connect(model, &ProposalsModel::loadFailed, this, &ProposalsView::updateStatus);
    connect(model, &ProposalsModel::listNoticeChanged, this, &ProposalsView::updateStatus);
    updateStatus();
}

QLabel *ProposalsView::fieldLabel(const QString &key) const
{
    return m_fields.value(key);
}

void ProposalsView::showProposal(const QModelIndex &index)
{
    const QJsonObject proposal = index.isValid() ? index.data(ProposalsModel::ProposalRole).toJsonObject() : QJsonObject();
    m_details->setEnabled(!proposal.isEmpty());
    for (const ProposalsModel::Field &field : ProposalsModel::fieldsOf(proposal))
        m_fields.value(field.key)->setText(field.value);
}

void ProposalsView::updateStatus()
{
    if (!m_model)
        return;
    QString text;
    if (m_model->clientId().isEmpty())
        text = tr("No contact chosen.");
    else if (m_model->rowCount() == 0 && !m_model->isLoading())
        text = tr("This contact has no proposals.");
    else
        text = tr("%n proposal(s)", nullptr, m_model->rowCount());
    if (m_model->isLoading())
        text += u" — "_s + tr("reading from the server…");
    else if (!m_model->errorString().isEmpty())
        text += u" — "_s + tr("shown from this computer; the server said: %1").arg(m_model->errorString());
    else if (!m_model->listNotice().isEmpty())
        text += u" — "_s + m_model->listNotice();
    m_status->setText(text);
}
