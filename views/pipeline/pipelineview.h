// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QMenu;
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
    // "Move to" for the cards selected in a column: the keyboard's way to do what a drag does.
    // The caller owns the menu.
    QMenu *moveMenu(QListView *list);

Q_SIGNALS:
    void message(const QString &text);
    // A card was double-clicked (or Enter pressed on it): show that contact.
    void contactActivated(const QString &clientId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

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
