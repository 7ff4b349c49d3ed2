// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include "eventdialog.h"
class QButtonGroup;
class QCheckBox;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QStackedWidget;
class QToolButton;
class QTreeView;
class TimeGridView;

namespace ct::models {
class AppointmentsModel;
class CalendarDirectory;
class ContactFinder;
class EventScheduling;
}

// The Calendar area: day, week and agenda views of the chosen users' events, navigation by
// day, week and today, the user picker (overlaid in colours or side by side), refresh, and
// scheduling: a click on an empty slot opens the event dialog there, a click on an event opens
// it, dragging one moves it.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Day, Week, Agenda };

    CalendarView(ct::models::AppointmentsModel *model, ct::models::EventScheduling *scheduling,
                 ct::models::ContactFinder *contacts, ct::models::CalendarDirectory *directory,
                 QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Shows the day or the week containing date.
    void setDate(QDate date);
    QDate date() const { return m_date; }
    QDate firstShownDay() const;
    int shownDays() const;

    TimeGridView *grid() const { return m_grid; }
    QTreeView *agenda() const { return m_agenda; }
    // The event dialog while it is open.
    EventDialog *openDialog() const { return m_dialog; }

    void openNewEvent(const QDateTime &start, const QString &userId);
    void openEvent(const QString &key);
    void moveEvent(const QString &key, const QDateTime &newStart);

Q_SIGNALS:
    void message(const QString &text);

private:
    void step(int direction);
    void updateRange();
    void fillUserMenu();
    void applyChosenUsers(const QStringList &users);
    void updateStatus();
    EventDialog *newDialog();

    QPointer<ct::models::AppointmentsModel> m_model;
    QPointer<ct::models::EventScheduling> m_scheduling;
    QPointer<ct::models::ContactFinder> m_contacts;
    QPointer<ct::models::CalendarDirectory> m_directory;
    Mode m_mode = Mode::Week;
    QDate m_date = QDate::currentDate();
    QLabel *m_range;
    QLabel *m_notice;
    QLabel *m_status;
    QToolButton *m_users;
    QMenu *m_userMenu;
    QCheckBox *m_sideBySide;
    QButtonGroup *m_modes;
    QStackedWidget *m_stack;
    TimeGridView *m_grid;
    QTreeView *m_agenda;
    QSortFilterProxyModel *m_agendaFilter;
    QPointer<EventDialog> m_dialog;
};
