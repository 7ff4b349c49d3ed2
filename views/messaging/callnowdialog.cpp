// SPDX-License-Identifier: MIT
#include "callnowdialog.h"
#include "senddialoglayout.h"
#include "sendoutcomestatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using ct::models::MessageSending;

CallNowDialog::CallNowDialog(MessageSending *sending, const QList<ct::models::AgentDirectory::Agent> &agents,
                             const QString &agentPhone, const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_sending(sending)
    , m_key(key)
    , m_agents(new QComboBox(this))
    , m_agentPhone(new QLineEdit(agentPhone, this))
    , m_name(new QLineEdit(sending->displayName(key), this))
    , m_phone(new QLineEdit(sending->phoneOf(key), this))
    , m_intro(new QLabel(this))
    , m_say(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"callNowDialog"_s);
    setWindowTitle(tr("Call %1 now").arg(sending->displayName(key)));
    m_agents->setObjectName(u"agentUser"_s);
    m_agents->setAccessibleName(tr("Agent"));
    m_agents->addItem(tr("Pick an agent…"), QString());
    for (const auto &agent : agents)
        m_agents->addItem(tr("%1 (%2)").arg(agent.name, agent.phone), agent.phone);
    m_agents->setCurrentIndex(std::max(0, m_agents->findData(agentPhone)));
    connect(m_agents, &QComboBox::activated, this, [this](int index) {
        if (const QString phone = m_agents->itemData(index).toString(); !phone.isEmpty())
            m_agentPhone->setText(phone);
    });
    m_agentPhone->setObjectName(u"agentPhone"_s);
    m_agentPhone->setAccessibleName(tr("Agent phone"));
    m_name->setObjectName(u"clientFullName"_s);
    m_name->setAccessibleName(tr("Name announced"));
    m_phone->setObjectName(u"clientPhone"_s);
    m_phone->setAccessibleName(tr("Contact phone"));
    m_say->setObjectName(u"say"_s);
    m_say->setAccessibleName(tr("Message to say"));
    m_say->setTabChangesFocus(true);
    m_intro->setObjectName(u"callIntro"_s);
    m_intro->setWordWrap(true);
    auto updateIntro = [this] {
        // The document: the service says this first, then what is written below.
        m_intro->setText(tr("The agent hears: \"This is ClientTether connecting you to %1.\" and then:")
                                 .arg(m_name->text().trimmed()));
    };
    connect(m_name, &QLineEdit::textChanged, this, updateIntro);
    updateIntro();

    auto *form = new QFormLayout;
    m_problems.addRow(form, tr("A&gent:"), m_agents, QString(), this);
    m_problems.addRow(form, tr("Agent &phone:"), m_agentPhone, u"agent_phone"_s, this);
    m_problems.addRow(form, tr("Contact &name:"), m_name, u"client_full_name"_s, this);
    m_problems.addRow(form, tr("Contact p&hone:"), m_phone, u"client_phone"_s, this);
    form->addRow(m_intro);
    m_problems.addRow(form, tr("&Say:"), m_say, u"say"_s, this);

    m_call = SendDialogLayout::finish(this, {}, form, m_status, tr("&Call now"), u"callNow"_s, [this] { send(); });
    resize(520, 420);
}

ct::models::CallRequest CallNowDialog::request() const
{
    return {m_agentPhone->text(), m_name->text(), m_phone->text(), m_say->toPlainText()};
}

void CallNowDialog::send()
{
    if (!m_sending)
        return;
    m_outcome = m_sending->placeCall(m_key, request());
    if (SendOutcomeStatus::showWhyNotQueued(m_outcome, m_problems, m_status))
        return;
    ct::models::AgentDirectory::rememberPhone(ct::models::MessageSending::callParams(request()).value(u"agent_phone"_s));
    accept();
}
