// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QDialog>
#include <QPointer>

class ContactDetailPane;
class ContactsView;
class QAction;
class QDialog;
namespace ct::models { class AgentDirectory; class MessageSending; }

// The "Email", "Text" and "Call now" actions on the shown contact (detail pane) and "Email"
// and "Text" on the selected contacts (contact list): each opens its compose dialog and tells
// the status bar what was queued.
class MessageActions : public QObject
{
    Q_OBJECT

public:
    MessageActions(ct::models::MessageSending *sending, ct::models::AgentDirectory *agents,
                   ContactDetailPane *pane, ContactsView *contacts, QObject *parent = nullptr);

    // The dialog the last action opened (tests fill it in).
    QDialog *openDialog() const { return m_dialog; }

    void composeEmail(const QStringList &keys);
    void composeText(const QStringList &keys);
    void callNow(const QString &key);

Q_SIGNALS:
    void message(const QString &text);

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip);
    QWidget *dialogParent() const;
    void show(QDialog *dialog);

    QPointer<ct::models::MessageSending> m_sending;
    ct::models::AgentDirectory *m_agents;
    QPointer<ContactDetailPane> m_pane;
    QPointer<ContactsView> m_contacts;
    QPointer<QDialog> m_dialog;
};
