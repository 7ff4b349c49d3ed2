// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTreeView;

#include "proposalsmodel.h"

// A contact's proposals: the tree (proposal → line items, recommended products) beside every
// field of the selected proposal (estimator, production manager, prices, job dates, notes).
class ProposalsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalsView(ct::models::ProposalsModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    // The label showing a field of the selected proposal ("estimator", "work_notes"…).
    QLabel *fieldLabel(const QString &key) const;

private:
    void showProposal(const QModelIndex &index);
    void updateStatus();

    QPointer<ct::models::ProposalsModel> m_model;
    QTreeView *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QWidget *m_details = nullptr;
    QGridLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_fields;
};
