// SPDX-License-Identifier: MIT
#include "areas/pipelinearea.h"

#include "accountsession.h"
#include "areas/contactsarea.h"
#include "contactdetailpane.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "mainwindow.h"
#include "namelookup.h"
#include "pipelinemodel.h"
#include "pipelineview.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"

PipelineArea::PipelineArea(AccountSession &session)
    : WorkArea(session)
    , m_salesCycles(std::make_unique<ct::models::SalesCyclesModel>())
{
    m_salesCycles->setSources(session.database(), session.api());
    m_salesCycles->trackOutbox(session.outbox(), session.replayer());
    m_salesCycleEditing = std::make_unique<ct::models::SalesCycleEditing>(session.outbox(), session.replayer(),
                                                                          m_salesCycles.get());
    m_board = std::make_unique<ct::models::PipelineModel>(session.contacts(), m_salesCycles.get(),
                                                          session.contactEditing(), session.outbox());
    connect(m_salesCycles.get(), &ct::models::SalesCyclesModel::namesChanged, this, [this] {
        m_session.contacts()->names()->setNames(ct::models::NameLookup::SalesCycle, m_salesCycles->nameEntries());
    });
}

PipelineArea::~PipelineArea() = default;

void PipelineArea::start()
{
    m_salesCycles->refresh();
}

QWidget *PipelineArea::createPage(const AreaContext &context)
{
    auto *pipeline = new PipelineView(m_board.get(), m_session.contacts());
    connect(pipeline, &PipelineView::message, this, &WorkArea::message);
    // A card opens its contact.
    connect(pipeline, &PipelineView::contactActivated, context.window,
            [window = context.window, contacts = context.contacts](const QString &id) {
                contacts->detail()->showContact(id);
                contacts->view()->selectContact(id);
                window->showArea(contacts->id());
            });
    return pipeline;
}
