// SPDX-License-Identifier: MIT
#include "eventdialog.h"

#include "calendardirectory.h"
#include "contactfinder.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::AppointmentsModel;
using ct::models::CalendarEvent;
using ct::models::EventDraft;
using ct::models::EventScheduling;

namespace {
constexpr int ClientIdRole = Qt::UserRole + 1;
const QString appointment = u"Appointment"_s;

// A date (with its calendar) and a time side by side, one row of the form.
struct DateTimeRow
{
    QWidget *row;
    QDateEdit *date;
    QTimeEdit *time;
};

DateTimeRow dateTimeRow(const QString &dateName, const QString &dateLabel, const QString &timeName,
                        const QString &timeLabel, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *date = new QDateEdit(row);
    date->setObjectName(dateName);
    date->setCalendarPopup(true);
    date->setAccessibleName(dateLabel);
    auto *time = new QTimeEdit(row);
    time->setObjectName(timeName);
    time->setAccessibleName(timeLabel);
    time->setDisplayFormat(AppointmentsModel::timeFormat());
    layout->addWidget(date, 1);
    layout->addWidget(time);
    return {row, date, time};
}

} // namespace

EventDialog::EventDialog(EventScheduling *scheduling, ct::models::ContactFinder *contacts,
                         ct::models::CalendarDirectory *directory, QWidget *parent)
    : QDialog(parent), m_scheduling(scheduling), m_contacts(contacts), m_directory(directory),
      m_contactChoices(new QStandardItemModel(this)), m_serverSearchDelay(new QTimer(this))
{
    setObjectName(u"eventDialog"_s);
    setWindowTitle(tr("Schedule event"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"eventContact"_s);
    m_contact->setPlaceholderText(tr("Type a name, phone or email"));
    m_contact->setAccessibleName(tr("Contact"));
    auto *completer = new QCompleter(m_contactChoices, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_contact->setCompleter(completer);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { m_clientId = index.data(ClientIdRole).toString(); });
    // A contact the list does not hold yet is looked up on the server once typing pauses.
    m_serverSearchDelay->setSingleShot(true);
    m_serverSearchDelay->setInterval(500);
    connect(m_contact, &QLineEdit::textEdited, this, [this]() {
        m_clientId.clear();
        m_serverSearchDelay->start();
    });
    connect(m_serverSearchDelay, &QTimer::timeout, this, [this]() {
        if (m_contacts && m_contacts->matches(m_contact->text()).isEmpty())
            m_contacts->searchServer(m_contact->text());
    });
    if (m_contacts) {
        connect(m_contacts, &ct::models::ContactFinder::found, this, [this, completer]() {
            buildContactChoices();
            if (m_contact->hasFocus())
                completer->complete();
        });
    }
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(m_problems.add(u"client_id"_s, m_contact, this));

    m_type = new QComboBox(this);
    m_type->setObjectName(u"eventType"_s);
    m_type->setAccessibleName(tr("Event type"));
    m_type->addItem(tr("Call"), u"Call"_s);
    m_type->addItem(tr("Contact Reminder"), u"Contact Reminder"_s);
    m_type->addItem(tr("Appointment"), appointment);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventDialog::updateTypeFields);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(m_problems.add(u"event_type"_s, m_type, this));

    const DateTimeRow start = dateTimeRow(u"eventDate"_s, tr("Date"), u"eventTime"_s, tr("Time"), this);
    m_date = start.date;
    m_time = start.time;
    form->addRow(tr("&When:"), start.row);
    form->addRow(m_problems.add(u"event_date"_s, m_date, this));
    form->addRow(m_problems.add(u"event_time"_s, m_time, this));

    const DateTimeRow end = dateTimeRow(u"eventEndDate"_s, tr("End date"), u"eventEndTime"_s, tr("End time"), this);
    m_endRow = end.row;
    m_endDate = end.date;
    m_endTime = end.time;
    m_endLabel = new QLabel(tr("&Ends:"), this);
    m_endLabel->setBuddy(m_endDate);
    form->addRow(m_endLabel, m_endRow);
    form->addRow(m_problems.add(u"event_end_date"_s, m_endDate, this));
    form->addRow(m_problems.add(u"event_end_time"_s, m_endTime, this));
    // The end follows the start, keeping the length the user set.
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (m_endDate->date() < date)
            m_endDate->setDate(date);
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this](QTime time) {
        if (m_endTime->time() <= time)
            m_endTime->setTime(time.addSecs(3600));
    });

    m_user = new QComboBox(this);
    m_user->setObjectName(u"eventUser"_s);
    m_user->setAccessibleName(tr("User"));
    form->addRow(tr("&User:"), m_user);
    form->addRow(m_problems.add(u"user_id"_s, m_user, this));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"eventNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(72);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(m_problems.add(u"event_note"_s, m_note, this));

    m_plan = new QComboBox(this);
    m_plan->setObjectName(u"eventPlan"_s);
    m_plan->setAccessibleName(tr("Manual action plan"));
    m_plan->setToolTip(tr("Only plans set for manual scheduling can start from an event; their steps are dated from it."));
    form->addRow(tr("Action &plan:"), m_plan);
    form->addRow(m_problems.add(u"event_manual_action_plan_id"_s, m_plan, this));

    m_windowHint = new QLabel(this);
    m_windowHint->setObjectName(u"eventWindowHint"_s);
    m_windowHint->setWordWrap(true);
    m_windowHint->setStyleSheet(u"color: #806000;"_s);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_windowHint->setVisible(!AppointmentsModel::isServerCovered(date));
        m_windowHint->setText(tr("The server reports only today and the next six days: outside them this "
                                 "event is shown from what this console remembers."));
    });

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveEvent"_s);
    m_save->setDefault(true);
    m_cancelEvent = buttons->addButton(tr("Cancel &event"), QDialogButtonBox::DestructiveRole);
    m_cancelEvent->setObjectName(u"cancelEvent"_s);
    m_cancelEvent->setToolTip(tr("Queue delete_client_event: the event leaves the calendar"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeEventDialog"_s);
    connect(m_save, &QPushButton::clicked, this, &EventDialog::save);
    connect(m_cancelEvent, &QPushButton::clicked, this, &EventDialog::cancelEvent);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_windowHint);
    layout->addWidget(m_problems.addFormLine(u"eventStatus"_s, this));
    layout->addWidget(buttons);
    setMinimumWidth(460);

    fillChoices();
    buildContactChoices();
    updateTypeFields();
}

void EventDialog::fillChoices()
{
    m_user->clear();
    m_plan->clear();
    m_plan->addItem(tr("(none)"), QString());
    if (!m_directory)
        return;
    for (const auto &user : m_directory->users())
        m_user->addItem(user.name, user.id);
    for (const auto &[id, name] : m_directory->manualPlans())
        m_plan->addItem(name, id);
}

void EventDialog::buildContactChoices()
{
    m_contactChoices->clear();
    if (!m_contacts)
        return;
    for (const auto &match : m_contacts->all()) {
        auto *item = new QStandardItem(match.label);
        item->setData(match.clientId, ClientIdRole);
        item->setEditable(false);
        m_contactChoices->appendRow(item);
    }
}

QString EventDialog::resolveContact(QString *problem) const
{
    if (!m_clientId.isEmpty())
        return m_clientId;
    const QString typed = m_contact->text().trimmed();
    if (typed.isEmpty() || !m_contacts) {
        *problem = tr("Choose the contact the event is for.");
        return {};
    }
    // Typed without picking: an exact entry, or the only one containing the text.
    const auto found = m_contacts->matches(typed);
    if (found.size() == 1)
        return found.constFirst().clientId;
    if (found.isEmpty())
        *problem = m_contacts->isSearching() ? tr("Looking for “%1” on the server…").arg(typed)
                                              : tr("No contact matches “%1”. Type a whole email, phone or name "
                                                   "to look it up on the server.").arg(typed);
    else
        *problem = tr("%n contacts match; pick one from the list.", nullptr, int(found.size()));
    return {};
}

void EventDialog::startNew(const EventDraft &prefill)
{
    m_event = {};
    m_savedKey.clear();
    setWindowTitle(tr("Schedule event"));
    m_cancelEvent->hide();
    m_problems.clear();
    m_clientId = prefill.clientId;
    const QString name = m_contacts ? m_contacts->nameOf(m_clientId) : QString();
    m_contact->setText(name.isEmpty() ? m_clientId : name);
    m_type->setCurrentIndex(qMax(0, m_type->findData(prefill.type.isEmpty() ? appointment : prefill.type)));
    m_date->setDate(prefill.date.isValid() ? prefill.date : QDate::currentDate());
    m_time->setTime(prefill.time.isValid() ? prefill.time : QTime(9, 0));
    m_endDate->setDate(prefill.endDate.isValid() ? prefill.endDate : m_date->date());
    m_endTime->setTime(prefill.endTime.isValid() ? prefill.endTime : m_time->time().addSecs(3600));
    m_user->setCurrentIndex(qMax(0, m_user->findData(prefill.userId)));
    m_note->setPlainText(prefill.note);
    m_plan->setCurrentIndex(qMax(0, m_plan->findData(prefill.planId)));
    m_plan->setEnabled(true);
    updateTypeFields();
    (m_clientId.isEmpty() ? static_cast<QWidget *>(m_contact) : m_note)->setFocus();
}

void EventDialog::startEdit(const CalendarEvent &event)
{
    startNew(EventDraft::fromEvent(event));
    m_event = event;
    setWindowTitle(tr("Event"));
    m_contact->setText(event.contactName.isEmpty() ? event.clientId : event.contactName);
    m_clientId = event.clientId;
    m_cancelEvent->show();
    // A plan hangs off the event it started with; a move takes it along unchanged.
    m_plan->setEnabled(false);
    if (event.sync == ct::models::SyncState::Failed && !event.error.isEmpty())
        showProblem({QString(), event.error});
}

EventDraft EventDialog::draft() const
{
    EventDraft d;
    d.clientId = m_clientId;
    d.type = m_type->currentData().toString();
    d.date = m_date->date();
    d.time = m_time->time();
    d.endDate = m_endDate->date();
    d.endTime = m_endTime->time();
    d.userId = m_user->currentData().toString();
    d.note = m_note->toPlainText().trimmed();
    d.planId = m_plan->currentData().toString();
    return d;
}

void EventDialog::updateTypeFields()
{
    const bool isAppointment = m_type->currentData().toString() == appointment;
    m_endLabel->setVisible(isAppointment);
    m_endRow->setVisible(isAppointment);
}

void EventDialog::showProblem(const EventScheduling::Problem &problem)
{
    m_problems.showAt(problem.key, problem.message);
}

void EventDialog::save()
{
    m_problems.clear();
    if (!m_scheduling)
        return;
    QString contactProblem;
    m_clientId = resolveContact(&contactProblem);
    if (m_clientId.isEmpty()) {
        showProblem({u"client_id"_s, contactProblem});
        return;
    }
    const EventDraft d = draft();
    if (isEditing()) {
        const EventDraft before = EventDraft::fromEvent(m_event);
        const bool unchanged = before.params() == d.params();
        if (unchanged) {
            accept();
            return;
        }
    }
    const EventScheduling::Outcome outcome = isEditing() ? m_scheduling->move(m_event, d) : m_scheduling->schedule(d);
    if (!outcome.accepted) {
        showProblem(outcome.problem);
        return;
    }
    m_savedKey = outcome.key;
    Q_EMIT eventSaved(outcome.key);
    accept();
}

void EventDialog::cancelEvent()
{
    if (!m_scheduling || !isEditing())
        return;
    const EventScheduling::Outcome outcome = m_scheduling->cancel(m_event);
    if (!outcome.accepted) {
        showProblem(outcome.problem);
        return;
    }
    Q_EMIT eventCancelled(m_event.key);
    accept();
}
