// SPDX-License-Identifier: MIT
#include "areas/moneyarea.h"

#include "accountsession.h"
#include "areas/contactsarea.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "mainwindow.h"
#include "paymentsmodel.h"
#include "proposalsarea.h"
#include "proposalsmodel.h"

#include <QAction>
#include <QJsonObject>

using ct::models::PaymentsModel;

MoneyArea::MoneyArea(AccountSession &session) : WorkArea(session) {}

MoneyArea::~MoneyArea() = default;

QWidget *MoneyArea::createPage(const AreaContext &context)
{
    m_accountPayments = std::make_unique<PaymentsModel>(PaymentsModel::Scope::Account, m_session.api(), m_session.database());
    m_proposals = std::make_unique<ct::models::ProposalsModel>(m_session.api(), m_session.database());
    m_contactPayments = std::make_unique<PaymentsModel>(PaymentsModel::Scope::Contact, m_session.api(), m_session.database());
    auto *money = new ProposalsArea(m_accountPayments.get(), m_proposals.get(), m_contactPayments.get());
    money->setContactNames([contacts = m_session.contacts()](const QString &clientId) {
        const QJsonObject contact = contacts->recordById(clientId);
        return (contact.value(u"firstName").toString() + u' ' + contact.value(u"lastName").toString()).trimmed();
    });
    connect(money, &ProposalsArea::message, this, &WorkArea::message);
    ContactDetailPane *detail = context.contacts->detail();
    auto *showProposals = new QAction(tr("Proposals && payments"), detail);
    showProposals->setObjectName(QStringLiteral("showProposals"));
    showProposals->setToolTip(tr("The contact's proposals and payments"));
    connect(showProposals, &QAction::triggered, money, [window = context.window, detail, money, area = id()] {
        money->showContact(detail->currentKey());
        window->showArea(area);
    });
    detail->addContactAction(showProposals);
    return money;
}
