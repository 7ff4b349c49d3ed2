// SPDX-License-Identifier: MIT
#include "areas/contactsarea.h"

#include "accountsession.h"
#include "contactactivitymodel.h"
#include "contactdetailpane.h"
#include "contactopener.h"
#include "contactsview.h"
#include "duplicatecheck.h"

ContactsArea::ContactsArea(AccountSession &session)
    : WorkArea(session)
    , m_duplicateCheck(std::make_unique<ct::models::DuplicateCheck>(session.api(), session.contacts()))
    , m_opener(std::make_unique<ct::models::ContactOpener>(session.api(), session.contacts()))
    , m_historyNotes(ct::models::ContactActivityModel::historyNotes())
    , m_pendingActions(ct::models::ContactActivityModel::pendingActions())
{
    m_historyNotes->setClient(session.api());
    m_pendingActions->setClient(session.api());
}

ContactsArea::~ContactsArea() = default;

ContactDetailPane *ContactsArea::detail() const
{
    return m_view ? m_view->detail() : nullptr;
}

QWidget *ContactsArea::createPage(const AreaContext &)
{
    auto *detail = new ContactDetailPane(m_session.contacts(), m_session.contactEditing(), m_duplicateCheck.get(),
                                         m_historyNotes.get(), m_pendingActions.get());
    m_view = new ContactsView(m_session.contacts(), m_session.contactEditing(), detail, m_session.outbox());
    m_view->setOpener(m_opener.get());
    m_view->setAccountTags(m_session.accountTags());
    connect(m_view, &ContactsView::message, this, &WorkArea::message);
    connect(m_view, &ContactsView::progress, this, &WorkArea::progress);
    connect(m_view, &ContactsView::progressDone, this, &WorkArea::progressDone);
    return m_view;
}
