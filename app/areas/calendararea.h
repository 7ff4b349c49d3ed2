// SPDX-License-Identifier: MIT
#pragma once

#include "workarea.h"

#include <memory>

namespace ct::models { class AppointmentsModel; class CalendarDirectory; class ContactFinder; class EventScheduling; }

// The calendar: the chosen users' events in a week grid, scheduling, moving and cancelling; every
// user's events of the contact on show as a tab of the contact's pane.
class CalendarArea : public WorkArea
{
    Q_OBJECT

public:
    explicit CalendarArea(AccountSession &session);
    ~CalendarArea() override;

    QString id() const override { return QStringLiteral("calendar"); }
    QString title() const override { return tr("Calendar"); }
    QWidget *createPage(const AreaContext &context) override;

    ct::models::AppointmentsModel *appointments() const { return m_appointments.get(); }
    ct::models::AppointmentsModel *contactEvents() const { return m_contactEvents.get(); }
    ct::models::EventScheduling *scheduling() const { return m_scheduling.get(); }

private:
    void showEveryUsersEventsOfTheContact();

    std::unique_ptr<ct::models::CalendarDirectory> m_directory;
    std::unique_ptr<ct::models::EventScheduling> m_scheduling;
    std::unique_ptr<ct::models::ContactFinder> m_contactFinder;
    std::unique_ptr<ct::models::AppointmentsModel> m_appointments;
    std::unique_ptr<ct::models::AppointmentsModel> m_contactEvents;
};
