// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

class ContactDetailPane;
class QAction;
class QDialog;
class QWidget;

namespace ct::models { class ContactActivityModel; class ContactEditing; class ContactsModel; }
namespace ct::store { class Outbox; }

// "Start action plan…" and "Stop action plan" on the shown contact: each sets the contact's
// action_plan_id (0 stops) through ContactEditing, after a warning that the server replaces
// the contact's pending actions. Once the server confirmed it, the pending actions are read
// again so the Pending actions tab shows the new plan's steps.
class ContactPlanActions : public QObject
{
    Q_OBJECT

public:
    ContactPlanActions(ContactDetailPane *pane, ct::models::ContactsModel *contacts,
                       ct::models::ContactEditing *editing, ct::models::ContactActivityModel *pendingActions,
                       ct::store::Outbox *outbox, QObject *parent = nullptr);

    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    // The question or form opened last (tests answer it).
    QWidget *openDialog() const { return m_dialog; }

    void startPlan();
    void stopPlan();

Q_SIGNALS:
    void message(const QString &text);

private:
    bool queuePlan(const QString &clientId, const QString &planId);
    void onOutboxEntryRemoved();

    QPointer<ContactDetailPane> m_pane;
    QPointer<ct::models::ContactsModel> m_contacts;
    QPointer<ct::models::ContactEditing> m_editing;
    QPointer<ct::models::ContactActivityModel> m_pending;
    QPointer<ct::store::Outbox> m_outbox;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QPointer<QWidget> m_dialog;
    QSet<QString> m_awaiting;   // contacts whose plan change the server has yet to confirm
};
