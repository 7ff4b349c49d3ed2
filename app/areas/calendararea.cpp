// SPDX-License-Identifier: MIT
#include "areas/calendararea.h"

#include "accountsession.h"
#include "appointmentsmodel.h"
#include "areas/contactsarea.h"
#include "calendardirectory.h"
#include "calendarview.h"
#include "contactdetailpane.h"
#include "contacteventstab.h"
#include "contactfinder.h"
#include "contactsmodel.h"
#include "eventscheduling.h"
#include "outboxmodel.h"

#include <QTabWidget>

CalendarArea::CalendarArea(AccountSession &session) : WorkArea(session)
{
    // The API moves an event as a delete and a create: the Outbox area says they are one change.
    session.outboxModel()->addActionDescriber(&ct::models::EventScheduling::describeInOutbox);
}

CalendarArea::~CalendarArea() = default;

void CalendarArea::showEveryUsersEventsOfTheContact()
{
    QStringList ids;
    for (const auto &user : m_directory->users())
        ids.append(user.id);
    m_contactEvents->setUsers(ids);
}

QWidget *CalendarArea::createPage(const AreaContext &context)
{
    AccountSession &session = m_session;
    m_directory = std::make_unique<ct::models::CalendarDirectory>(session.database(), session.contacts()->names());
    m_scheduling = std::make_unique<ct::models::EventScheduling>(session.outbox(), session.replayer());
    m_contactFinder = std::make_unique<ct::models::ContactFinder>(session.contacts(), session.api());
    m_appointments = std::make_unique<ct::models::AppointmentsModel>();
    m_contactEvents = std::make_unique<ct::models::AppointmentsModel>();
    for (ct::models::AppointmentsModel *model : {m_appointments.get(), m_contactEvents.get()}) {
        model->setSources(session.database(), session.api(), session.outbox(), session.replayer());
        model->setContacts(session.contacts());
    }
    m_appointments->setRefreshInterval(5 * 60 * 1000);   // the contact's tab reads when it is looked at
    showEveryUsersEventsOfTheContact();
    connect(m_directory.get(), &ct::models::CalendarDirectory::changed, this,
            &CalendarArea::showEveryUsersEventsOfTheContact);

    auto *calendar = new CalendarView(m_appointments.get(), m_scheduling.get(), m_contactFinder.get(), m_directory.get());
    connect(calendar, &CalendarView::message, this, &WorkArea::message);
    ContactDetailPane *detail = context.contacts->detail();
    auto *events = new ContactEventsTab(m_contactEvents.get(), m_scheduling.get(), m_contactFinder.get(), m_directory.get());
    detail->tabs()->addTab(events, tr("Events"));
    connect(detail, &ContactDetailPane::contactShown, events, &ContactEventsTab::showContact);
    return calendar;
}
