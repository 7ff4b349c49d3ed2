// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QPushButton;

namespace ct::models { class ContactsModel; class PipelineModel; }

// The Pipeline area: one column per active sales cycle, in order, with the contacts in it as
// cards. Dragging cards to another column moves those contacts there (queued, shown at once).
// The board says how many contacts are loaded and offers to load them all.
class PipelineView : public QWidget
{
    Q_OBJECT
public:
    PipelineView(ct::models::PipelineModel *pipeline, ct::models::ContactsModel *contacts, QWidget *parent = nullptr);

    // The card list of a stage (objectName "pipelineStage<id>"); nullptr when not on the board.
    QListView *stageList(const QString &salesCycleId) const;
    QList<QListView *> stageLists() const { return m_lists; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void rebuildColumns();
    void updateTitles();
    void updateCounts();

    QPointer<ct::models::PipelineModel> m_pipeline;
    QPointer<ct::models::ContactsModel> m_contacts;
    QComboBox *m_contactType;
    QLabel *m_counts;
    QPushButton *m_loadAll;
    QWidget *m_board;
    QHBoxLayout *m_columns;
    QList<QListView *> m_lists;
    QList<QLabel *> m_titles;
    int m_serverTotal = -1;   // from the contacts model's load progress, -1 while unknown
};
