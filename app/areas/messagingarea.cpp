// SPDX-License-Identifier: MIT
#include "areas/messagingarea.h"

#include "accountsession.h"
#include "agentdirectory.h"
#include "areas/contactsarea.h"
#include "contactsview.h"
#include "messageactions.h"
#include "messagesending.h"

MessagingArea::MessagingArea(AccountSession &session, ContactsArea &contacts)
    : WorkArea(session)
    , m_sending(std::make_unique<ct::models::MessageSending>(session.contacts(), session.outbox(), session.replayer()))
    , m_agents(std::make_unique<ct::models::AgentDirectory>(session.database()))
{
    // The server writes every email and text as a history note: the contact's notes refresh.
    m_sending->setHistoryNotes(contacts.historyNotes());
    connect(m_sending.get(), &ct::models::MessageSending::message, this, &WorkArea::message);
}

MessagingArea::~MessagingArea() = default;

QWidget *MessagingArea::createPage(const AreaContext &context)
{
    ContactsView *contacts = context.contacts->view();
    auto *actions = new MessageActions(m_sending.get(), m_agents.get(), contacts->detail(), contacts, contacts);
    connect(actions, &MessageActions::message, this, &WorkArea::message);
    return nullptr;
}
