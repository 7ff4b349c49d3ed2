// SPDX-License-Identifier: MIT
#include "calendarview.h"

#include "appointmentsmodel.h"
#include "calendardirectory.h"
#include "contactfinder.h"
#include "eventdialog.h"
#include "eventscheduling.h"
#include "modelroles.h"
#include "timegridview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::AppointmentsModel;
using ct::models::CalendarEvent;
using ct::models::EventDraft;
using ct::models::EventScheduling;

namespace {

// The agenda: the model's events within the shown dates, in time order.
class AgendaFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setDates(QDate first, QDate last)
    {
        m_first = first;
        m_last = last;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QDate day = sourceModel()->index(row, 0, parent).data(AppointmentsModel::StartRole).toDateTime().date();
        return day >= m_first && day <= m_last;
    }

private:
    QDate m_first;
    QDate m_last;
};

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

CalendarView::CalendarView(AppointmentsModel *model, EventScheduling *scheduling, ct::models::ContactFinder *contacts,
                           ct::models::CalendarDirectory *directory, QWidget *parent)
    : QWidget(parent), m_model(model), m_scheduling(scheduling), m_contacts(contacts), m_directory(directory)
{
    setObjectName(u"calendarView"_s);
    auto *previous = toolButton(this, u"calendarPrevious"_s, u"◀"_s, tr("Previous day or week"));
    auto *today = toolButton(this, u"calendarToday"_s, tr("Today"), tr("Go to today"));
    auto *next = toolButton(this, u"calendarNext"_s, u"▶"_s, tr("Next day or week"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(previous, &QToolButton::clicked, this, [this]() { step(-1); });
    connect(next, &QToolButton::clicked, this, [this]() { step(1); });
    connect(today, &QToolButton::clicked, this, [this]() {
        setDate(QDate::currentDate());
        m_grid->scrollToNow();
    });
    m_range = new QLabel(this);
    m_range->setObjectName(u"calendarRange"_s);
    QFont bigger = m_range->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_range->setFont(bigger);

    m_modes = new QButtonGroup(this);
    auto *day = toolButton(this, u"calendarDay"_s, tr("Day"), tr("Show one day"));
    auto *week = toolButton(this, u"calendarWeek"_s, tr("Week"), tr("Show the week"));
    auto *agenda = toolButton(this, u"calendarAgenda"_s, tr("Agenda"), tr("List the week's events"));
    for (auto [button, mode] : {std::pair{day, Mode::Day}, std::pair{week, Mode::Week}, std::pair{agenda, Mode::Agenda}}) {
        button->setCheckable(true);
        m_modes->addButton(button, int(mode));
    }
    week->setChecked(true);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    m_userMenu = new QMenu(this);
    m_users = toolButton(this, u"calendarUsers"_s, tr("Users"), tr("Whose calendars to show"));
    m_users->setMenu(m_userMenu);
    m_users->setPopupMode(QToolButton::InstantPopup);
    m_sideBySide = new QCheckBox(tr("Side by side"), this);
    m_sideBySide->setObjectName(u"calendarSideBySide"_s);
    m_sideBySide->setToolTip(tr("One column per user instead of all users overlaid in their colours"));
    connect(m_sideBySide, &QCheckBox::toggled, this, [this](bool on) { m_grid->setSideBySide(on); });
    auto *refresh = toolButton(this, u"calendarRefresh"_s, tr("Refresh"), tr("Read the appointments from the server again"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QToolButton::clicked, this, [this]() {
        if (m_model)
            m_model->refresh();
    });
    auto *newEvent = toolButton(this, u"calendarNewEvent"_s, tr("New event…"), tr("Schedule an event"));
    connect(newEvent, &QToolButton::clicked, this, [this]() {
        const QDate day = m_date;
        const QTime now = QTime::currentTime();
        openNewEvent(QDateTime(day, QTime(qBound(8, now.hour() + 1, 17), 0)), m_model ? m_model->users().value(0) : QString());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_range, 1);
    bar->addWidget(day);
    bar->addWidget(week);
    bar->addWidget(agenda);
    bar->addSpacing(8);
    bar->addWidget(m_users);
    bar->addWidget(m_sideBySide);
    bar->addWidget(refresh);
    bar->addWidget(newEvent);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"calendarNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"QLabel { background: #fff6d5; color: #5a4500; padding: 3px 6px; }"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"calendarStatus"_s);

    m_grid = new TimeGridView(this);
    m_grid->setObjectName(u"timeGrid"_s);
    m_grid->setModel(model);
    connect(m_grid, &TimeGridView::slotActivated, this, &CalendarView::openNewEvent);
    connect(m_grid, &TimeGridView::eventActivated, this, &CalendarView::openEvent);
    connect(m_grid, &TimeGridView::eventMoveRequested, this, &CalendarView::moveEvent);

    m_agendaFilter = new AgendaFilter(this);
    m_agendaFilter->setSourceModel(model);
    m_agenda = new QTreeView(this);
    m_agenda->setObjectName(u"agendaList"_s);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setRootIsDecorated(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setModel(m_agendaFilter);
    m_agenda->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agenda->header()->setSectionResizeMode(AppointmentsModel::NoteColumn, QHeaderView::Stretch);
    m_agenda->header()->setStretchLastSection(false);
    connect(m_agenda, &QTreeView::activated, this, [this](const QModelIndex &index) {
        openEvent(index.data(ct::models::RecordKeyRole).toString());
    });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_agenda);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    if (m_model) {
        connect(m_model, &AppointmentsModel::loadingChanged, this, &CalendarView::updateStatus);
        connect(m_model, &AppointmentsModel::refreshed, this, &CalendarView::updateStatus);
        connect(m_model, &AppointmentsModel::loadFailed, this, &CalendarView::updateStatus);
    }
    if (m_directory) {
        connect(m_directory, &ct::models::CalendarDirectory::changed, this, [this]() {
            fillUserMenu();
            if (m_model && m_model->users().isEmpty() && !m_directory->chosenUsers().isEmpty())
                applyChosenUsers(m_directory->chosenUsers());
        });
        fillUserMenu();
        applyChosenUsers(m_directory->chosenUsers());
    }
    updateRange();
    updateStatus();
    m_grid->scrollToNow();
}

QDate CalendarView::firstShownDay() const
{
    if (m_mode == Mode::Day)
        return m_date;
    const int firstDay = int(QLocale().firstDayOfWeek());
    return m_date.addDays(-((m_date.dayOfWeek() - firstDay + 7) % 7));
}

int CalendarView::shownDays() const
{
    return m_mode == Mode::Day ? 1 : 7;
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *b = m_modes->button(int(mode)))
        b->setChecked(true);
    m_stack->setCurrentWidget(mode == Mode::Agenda ? static_cast<QWidget *>(m_agenda) : m_grid);
    updateRange();
}

void CalendarView::setDate(QDate date)
{
    m_date = date;
    updateRange();
}

void CalendarView::step(int direction)
{
    setDate(m_date.addDays(direction * shownDays()));
}

void CalendarView::updateRange()
{
    const QDate first = firstShownDay();
    const QDate last = first.addDays(shownDays() - 1);
    m_grid->setRange(first, shownDays());
    static_cast<AgendaFilter *>(m_agendaFilter)->setDates(first, last);
    const QLocale locale;
    m_range->setText(shownDays() == 1 ? locale.toString(first, QLocale::LongFormat)
                                      : tr("%1 – %2").arg(locale.toString(first, u"d MMM"_s),
                                                          locale.toString(last, u"d MMM yyyy"_s)));
    // The server answers only its seven days: say so wherever other dates are on show.
    bool uncovered = false;
    for (QDate d = first; d <= last; d = d.addDays(1))
        uncovered = uncovered || !AppointmentsModel::isServerCovered(d);
    m_notice->setVisible(uncovered);
    m_notice->setText(tr("ClientTether reports appointments only for %1 – %2. Other dates (hatched) show "
                         "the events this console remembers and the changes waiting to be sent; they may "
                         "be incomplete.")
                          .arg(locale.toString(AppointmentsModel::serverWindowFirst(), QLocale::ShortFormat),
                               locale.toString(AppointmentsModel::serverWindowLast(), QLocale::ShortFormat)));
}

void CalendarView::fillUserMenu()
{
    m_userMenu->clear();
    if (!m_directory)
        return;
    const QStringList chosen = m_model ? m_model->users() : QStringList();
    QHash<QString, QString> names;
    for (const auto &user : m_directory->users()) {
        names.insert(user.id, user.name);
        QAction *action = m_userMenu->addAction(user.name);
        action->setObjectName(u"calendarUser_"_s + user.id);
        action->setCheckable(true);
        action->setChecked(chosen.contains(user.id));
        action->setData(user.id);
        connect(action, &QAction::toggled, this, [this]() {
            QStringList users;
            for (QAction *a : m_userMenu->actions()) {
                if (a->isChecked())
                    users.append(a->data().toString());
            }
            m_directory->setChosenUsers(users);
            applyChosenUsers(users);
        });
        if (m_model && chosen.contains(user.id)) {
            QPixmap swatch(12, 12);
            swatch.fill(m_model->colorForUser(user.id));
            action->setIcon(QIcon(swatch));
        }
    }
    m_grid->setUserNames(names);
}

void CalendarView::applyChosenUsers(const QStringList &users)
{
    if (!m_model || users == m_model->users())
        return;
    m_model->setUsers(users);
    m_grid->setDefaultUser(users.value(0));
    m_model->refresh();
    // The colours follow the order of the chosen users.
    for (QAction *a : m_userMenu->actions()) {
        if (a->isChecked()) {
            QPixmap swatch(12, 12);
            swatch.fill(m_model->colorForUser(a->data().toString()));
            a->setIcon(QIcon(swatch));
        } else {
            a->setIcon({});
        }
    }
    m_users->setText(users.size() == 1 && m_directory ? m_directory->userName(users.constFirst())
                                                      : tr("%n user(s)", nullptr, int(users.size())));
}

void CalendarView::updateStatus()
{
    if (!m_model)
        return;
    if (m_model->isLoading()) {
        m_status->setText(tr("Reading appointments…"));
    } else if (!m_model->errorString().isEmpty()) {
        m_status->setText(tr("Could not read the appointments (%1); showing what was read before.").arg(m_model->errorString()));
    } else if (!m_model->listNotice().isEmpty()) {
        m_status->setText(m_model->listNotice());
    } else if (m_model->lastRefreshed().isValid()) {
        m_status->setText(tr("Read from the server at %1.").arg(AppointmentsModel::timeText(m_model->lastRefreshed().time())));
    } else {
        m_status->setText(tr("Showing what was read before."));
    }
}

EventDialog *CalendarView::newDialog()
{
    if (m_dialog)
        return nullptr;   // one at a time: a second click while it is open does nothing
    m_dialog = new EventDialog(m_scheduling, m_contacts, m_directory, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &EventDialog::eventSaved, this, [this]() { Q_EMIT message(tr("Event queued; it is sent in the background.")); });
    connect(m_dialog, &EventDialog::eventCancelled, this, [this]() { Q_EMIT message(tr("Cancellation queued.")); });
    return m_dialog;
}

void CalendarView::openNewEvent(const QDateTime &start, const QString &userId)
{
    EventDialog *dialog = newDialog();
    if (!dialog)
        return;
    EventDraft prefill;
    prefill.type = u"Appointment"_s;
    prefill.date = start.date();
    prefill.time = start.time();
    prefill.endDate = start.date();
    prefill.endTime = start.time().addSecs(3600) > start.time() ? start.time().addSecs(3600) : QTime(23, 59);
    prefill.userId = userId;
    dialog->startNew(prefill);
    dialog->open();
}

void CalendarView::openEvent(const QString &key)
{
    if (!m_model)
        return;
    const CalendarEvent event = m_model->eventByKey(key);
    if (!event.isValid())
        return;
    EventDialog *dialog = newDialog();
    if (!dialog)
        return;
    dialog->startEdit(event);
    dialog->open();
}

void CalendarView::moveEvent(const QString &key, const QDateTime &newStart)
{
    if (!m_model || !m_scheduling)
        return;
    const CalendarEvent event = m_model->eventByKey(key);
    if (!event.isValid())
        return;
    EventDraft to = EventDraft::fromEvent(event);
    const qint64 length = event.start.secsTo(event.end);
    const QDateTime end = newStart.addSecs(length);
    to.date = newStart.date();
    to.time = newStart.time();
    to.endDate = end.date();
    to.endTime = end.time();
    const EventScheduling::Outcome outcome = m_scheduling->move(event, to);
    if (!outcome.accepted)
        Q_EMIT message(tr("Could not move the event: %1").arg(outcome.problem.message));
    else
        Q_EMIT message(tr("Move queued; it is sent in the background."));
}
