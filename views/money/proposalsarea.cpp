// SPDX-License-Identifier: MIT
#include "proposalsarea.h"

#include "paymentsmodel.h"
#include "paymentsview.h"
#include "proposalsmodel.h"
#include "proposalsview.h"

#include <QDateEdit>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ProposalsArea::ProposalsArea(ct::models::PaymentsModel *accountPayments, ct::models::ProposalsModel *proposals,
                             ct::models::PaymentsModel *contactPayments, QWidget *parent)
    : QWidget(parent)
    , m_accountPayments(accountPayments)
    , m_proposals(proposals)
    , m_contactPayments(contactPayments)
{
    setObjectName(u"proposalsArea"_s);
    m_accountView = new PaymentsView(accountPayments, this);
    m_proposalsView = new ProposalsView(proposals, this);
    m_contactView = new PaymentsView(contactPayments, this);

    // The contact tab: a hint until a contact is chosen, then its proposals over its payments.
    auto *hint = new QLabel(tr("Choose a contact: \"Proposals & payments\" on a contact in Contacts, or "
                               "double-click one of the account's payments."), this);
    hint->setObjectName(u"proposalsHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *contactPage = new QWidget(this);
    m_contactTitle = new QLabel(contactPage);
    m_contactTitle->setObjectName(u"proposalsContact"_s);
    QFont titleFont = m_contactTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_contactTitle->setFont(titleFont);
    auto *split = new QSplitter(Qt::Vertical, contactPage);
    split->addWidget(m_proposalsView);
    split->addWidget(m_contactView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *contactLayout = new QVBoxLayout(contactPage);
    contactLayout->addWidget(m_contactTitle);
    contactLayout->addWidget(split, 1);
    m_contactPage = new QStackedWidget(this);
    m_contactPage->addWidget(hint);
    m_contactPage->addWidget(contactPage);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"proposalsTabs"_s);
    m_tabs->addTab(m_accountView, tr("&Account payments"));
    m_tabs->addTab(m_contactPage, tr("C&ontact's proposals && payments"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_accountView, &PaymentsView::contactRequested, this, &ProposalsArea::showContact);
    connect(m_accountView, &PaymentsView::message, this, &ProposalsArea::message);
    connect(m_contactView, &PaymentsView::message, this, &ProposalsArea::message);
}

void ProposalsArea::setContactNames(std::function<QString(const QString &)> names)
{
    m_names = names;
    m_accountPayments->setContactNames(names);
    m_contactPayments->setContactNames(names);
}

void ProposalsArea::showContact(const QString &clientId)
{
    m_clientId = clientId;
    const QString name = m_names ? m_names(clientId) : QString();
    m_contactTitle->setText(name.isEmpty() ? tr("Contact #%1").arg(clientId) : tr("%1 (#%2)").arg(name, clientId));
    m_contactPage->setCurrentIndex(clientId.isEmpty() ? 0 : 1);
    m_tabs->setCurrentIndex(contactTab);
    m_proposals->load(clientId);
    m_contactPayments->loadContact(clientId, m_contactView->sinceEdit()->date());
}

void ProposalsArea::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The account's payments are read the first time the area is seen, not at sign-in.
    if (!m_accountRead) {
        m_accountRead = true;
        m_accountPayments->loadAccount();
    }
}
