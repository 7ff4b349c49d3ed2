// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace ct::models { class ActionPlanEditing; class ActionPlansModel; class NameLookup; }
#include "actionplandialog.h"

// The Action plans area: the plans as a tree with their steps, a name-prefix filter (the
// API's own), the selected step's whole message, and new/edit plan forms.
class ActionPlansView : public QWidget
{
    Q_OBJECT

public:
    ActionPlansView(ct::models::ActionPlansModel *plans, ct::models::ActionPlanEditing *editing,
                    ct::models::NameLookup *names, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    // The form this view opened last (tests fill it in).
    ActionPlanDialog *openDialog() const { return m_dialog; }

    void newPlan();
    void editPlan();

private:
    int currentPlanRow() const;
    void updateSelection();
    void showStatus(const QString &text, bool problem);

    QPointer<ct::models::ActionPlansModel> m_plans;
    QPointer<ct::models::ActionPlanEditing> m_editing;
    QPointer<ct::models::NameLookup> m_names;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_details = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_refresh = nullptr;
    QPointer<ActionPlanDialog> m_dialog;
};
