// SPDX-License-Identifier: MIT
#include "messageactions.h"

#include "agentdirectory.h"
#include "callnowdialog.h"
#include "composeemaildialog.h"
#include "composetextdialog.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "messagesending.h"
#include "recipientlist.h"

#include <QAction>
#include <QDialog>

using namespace Qt::Literals::StringLiterals;

MessageActions::MessageActions(ct::models::MessageSending *sending, ct::models::AgentDirectory *agents,
                               ContactDetailPane *pane, ContactsView *contacts, QObject *parent)
    : QObject(parent), m_sending(sending), m_agents(agents), m_pane(pane), m_contacts(contacts)
{
    if (pane) {
        QAction *email = makeAction(u"composeEmail"_s, tr("&Email…"), tr("Write an email to this contact"));
        connect(email, &QAction::triggered, this, [this] { composeEmail({m_pane->currentKey()}); });
        pane->addContactAction(email);
        QAction *text = makeAction(u"composeText"_s, tr("&Text…"), tr("Send a text message to this contact"));
        connect(text, &QAction::triggered, this, [this] { composeText({m_pane->currentKey()}); });
        pane->addContactAction(text);
        QAction *call = makeAction(u"callNow"_s, tr("&Call now…"),
                                   tr("Ring an agent's phone and connect the agent to this contact"));
        connect(call, &QAction::triggered, this, [this] { callNow(m_pane->currentKey()); });
        pane->addContactAction(call);
    }
    if (contacts) {
        QAction *email = makeAction(u"composeEmailSelected"_s, tr("Email selected contacts…"),
                                    tr("One email to each selected contact"));
        connect(email, &QAction::triggered, this, [this] { composeEmail(m_contacts->selectedKeys()); });
        contacts->addSelectionAction(email);
        QAction *text = makeAction(u"composeTextSelected"_s, tr("Text selected contacts…"),
                                   tr("One text to each selected contact that accepts texts"));
        connect(text, &QAction::triggered, this, [this] { composeText(m_contacts->selectedKeys()); });
        contacts->addSelectionAction(text);
    }
}

QAction *MessageActions::makeAction(const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

QWidget *MessageActions::dialogParent() const
{
    if (m_pane)
        return m_pane->window();
    return m_contacts ? m_contacts->window() : nullptr;
}

void MessageActions::show(QDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void MessageActions::composeEmail(const QStringList &keys)
{
    if (!m_sending || keys.isEmpty())
        return;
    auto *dialog = new ComposeEmailDialog(m_sending, keys, dialogParent());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(RecipientList::summary(dialog->outcome(), u"email"_s));
    });
    show(dialog);
}

void MessageActions::composeText(const QStringList &keys)
{
    if (!m_sending || keys.isEmpty())
        return;
    auto *dialog = new ComposeTextDialog(m_sending, keys, dialogParent());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(RecipientList::summary(dialog->outcome(), u"text"_s));
    });
    show(dialog);
}

void MessageActions::callNow(const QString &key)
{
    if (!m_sending || key.isEmpty())
        return;
    auto *dialog = new CallNowDialog(m_sending, m_agents ? m_agents->agents() : QList<ct::models::AgentDirectory::Agent>(),
                                     m_agents ? m_agents->preferredPhone(m_sending->assignedUserOf(key)) : QString(),
                                     key, dialogParent());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(tr("Call to %1 queued: the agent's phone rings shortly.").arg(dialog->request().clientFullName.trimmed()));
    });
    show(dialog);
}
