// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

#include "eventdialog.h"
class QLabel;
class QPushButton;
class QTreeView;

namespace ct::models {
class AppointmentsModel;
class CalendarDirectory;
class ContactFinder;
class EventScheduling;
}

// A contact's Events tab: the events known for the contact (every user's appointments the
// server reports, events made here, changes waiting to be sent) and "Schedule…".
class ContactEventsTab : public QWidget
{
    Q_OBJECT

public:
    // model: an AppointmentsModel of its own, given every user, filtered to the contact here.
    ContactEventsTab(ct::models::AppointmentsModel *model, ct::models::EventScheduling *scheduling,
                     ct::models::ContactFinder *contacts, ct::models::CalendarDirectory *directory,
                     QWidget *parent = nullptr);

    // key: a client_id or a new contact's local key; empty shows nothing.
    void showContact(const QString &key);
    QTreeView *list() const { return m_list; }
    EventDialog *openDialog() const { return m_dialog; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    EventDialog *newDialog();
    void schedule();
    void openEvent(const QString &key);

    QPointer<ct::models::AppointmentsModel> m_model;
    QPointer<ct::models::EventScheduling> m_scheduling;
    QPointer<ct::models::ContactFinder> m_contacts;
    QPointer<ct::models::CalendarDirectory> m_directory;
    QString m_key;
    QTreeView *m_list;
    QPushButton *m_schedule;
    QLabel *m_hint;
    QPointer<EventDialog> m_dialog;
};
