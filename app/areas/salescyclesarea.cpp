// SPDX-License-Identifier: MIT
#include "areas/salescyclesarea.h"

#include "accountsession.h"
#include "areas/contactsarea.h"
#include "areas/pipelinearea.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "mainwindow.h"
#include "salescyclesview.h"

SalesCyclesArea::SalesCyclesArea(AccountSession &session, PipelineArea &pipeline)
    : WorkArea(session), m_pipeline(pipeline)
{
}

QWidget *SalesCyclesArea::createPage(const AreaContext &context)
{
    auto *salesCycles = new SalesCyclesView(m_pipeline.salesCycles(), m_pipeline.salesCycleEditing());
    salesCycles->setContacts(m_session.contacts());
    connect(salesCycles, &SalesCyclesView::message, this, &WorkArea::message);
    connect(salesCycles, &SalesCyclesView::showContactsRequested, context.window,
            [window = context.window, contacts = context.contacts](const QString &id) {
                contacts->view()->showFiltered(ct::models::ContactsModel::Filter::SalesCycle, id);
                window->showArea(contacts->id());
            });
    return salesCycles;
}
