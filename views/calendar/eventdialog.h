// SPDX-License-Identifier: MIT
#pragma once

#include "appointmentsmodel.h"
#include "eventscheduling.h"
#include "fieldproblemlabels.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTimeEdit;
class QTimer;

namespace ct::models {
class CalendarDirectory;
class ContactFinder;
}

// Schedules a new event or changes one: contact (found by typing), type, date and time, the
// end an appointment needs, whose calendar, note and an optional manual action plan. Saving
// queues the change through EventScheduling; problems show at their fields.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(ct::models::EventScheduling *scheduling, ct::models::ContactFinder *contacts,
                ct::models::CalendarDirectory *directory, QWidget *parent = nullptr);

    // A new event, pre-filled (date, time, user; a contact when opened from one).
    void startNew(const ct::models::EventDraft &prefill);
    // An existing event: saving a changed date or time moves it; "Cancel event" cancels it.
    void startEdit(const ct::models::CalendarEvent &event);
    bool isEditing() const { return m_event.isValid(); }

    ct::models::EventDraft draft() const;
    // The event's key in AppointmentsModel after the last accepted save.
    QString savedKey() const { return m_savedKey; }

Q_SIGNALS:
    void eventSaved(const QString &key);
    void eventCancelled(const QString &key);

private:
    void fillChoices();
    void buildContactChoices();
    QString resolveContact(QString *problem) const;
    void updateTypeFields();
    void save();
    void cancelEvent();
    void showProblem(const ct::models::EventScheduling::Problem &problem);

    QPointer<ct::models::EventScheduling> m_scheduling;
    QPointer<ct::models::ContactFinder> m_contacts;
    QTimer *m_serverSearchDelay;
    QPointer<ct::models::CalendarDirectory> m_directory;
    ct::models::CalendarEvent m_event;
    QString m_clientId;          // the contact picked from the list
    QString m_savedKey;
    QStandardItemModel *m_contactChoices;

    QLineEdit *m_contact;
    QComboBox *m_type;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_endLabel;
    QWidget *m_endRow;
    QDateEdit *m_endDate;
    QTimeEdit *m_endTime;
    QComboBox *m_user;
    QPlainTextEdit *m_note;
    QComboBox *m_plan;
    QLabel *m_windowHint;
    QPushButton *m_save;
    QPushButton *m_cancelEvent;
    FieldProblemLabels m_problems;   // the line under each field, by parameter
};
