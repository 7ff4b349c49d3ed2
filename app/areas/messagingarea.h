// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

class ContactsArea;
namespace ct::models { class AgentDirectory; class MessageSending; }

// Manual emails, texts and immediate calls: no page of its own, the actions on the contact's
// pane and the contact list (email, text, call now).
class MessagingArea : public WorkArea
{
    Q_OBJECT

public:
    MessagingArea(AccountSession &session, ContactsArea &contacts);
    ~MessagingArea() override;

    QString id() const override { return QStringLiteral("messaging"); }
    QString title() const override { return tr("Messages"); }
    QWidget *createPage(const AreaContext &context) override;

    ct::models::MessageSending *sending() const { return m_sending.get(); }

private:
    std::unique_ptr<ct::models::MessageSending> m_sending;
    std::unique_ptr<ct::models::AgentDirectory> m_agents;
};
