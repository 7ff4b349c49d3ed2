// SPDX-License-Identifier: MIT
#include "contacteventstab.h"

#include "appointmentsmodel.h"
#include "calendardirectory.h"
#include "contactfinder.h"
#include "eventdialog.h"
#include "eventscheduling.h"
#include "modelroles.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::AppointmentsModel;

ContactEventsTab::ContactEventsTab(AppointmentsModel *model, ct::models::EventScheduling *scheduling,
                                   ct::models::ContactFinder *contacts, ct::models::CalendarDirectory *directory,
                                   QWidget *parent)
    : QWidget(parent), m_model(model), m_scheduling(scheduling), m_contacts(contacts), m_directory(directory)
{
    setObjectName(u"contactEventsTab"_s);
    m_list = new QTreeView(this);
    m_list->setObjectName(u"contactEvents"_s);
    m_list->setAccessibleName(tr("The contact's events"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setModel(model);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AppointmentsModel::NoteColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnHidden(AppointmentsModel::ContactColumn, true);   // the tab is the contact's
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex &index) { openEvent(index.data(ct::models::RecordKeyRole).toString()); });
    m_schedule = new QPushButton(tr("&Schedule…"), this);
    m_schedule->setObjectName(u"scheduleEvent"_s);
    m_schedule->setToolTip(tr("Schedule a call, reminder or appointment with this contact"));
    connect(m_schedule, &QPushButton::clicked, this, &ContactEventsTab::schedule);
    m_hint = new QLabel(tr("The server reports appointments only for the coming seven days; calls, reminders "
                           "and other dates show what this console scheduled and remembers."), this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: palette(mid);"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    showContact({});
}

void ContactEventsTab::showContact(const QString &key)
{
    m_key = key;
    m_schedule->setEnabled(!key.isEmpty());
    if (m_model)
        m_model->setClientFilter(key.isEmpty() ? u"-"_s : key);   // "-": no contact, no rows
}

void ContactEventsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read again when it is looked at, at most once a minute.
    if (m_model && !m_model->isLoading()
        && (!m_model->lastRefreshed().isValid() || m_model->lastRefreshed().secsTo(QDateTime::currentDateTime()) > 60))
        m_model->refresh();
}

EventDialog *ContactEventsTab::newDialog()
{
    if (m_dialog)
        return nullptr;
    m_dialog = new EventDialog(m_scheduling, m_contacts, m_directory, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    return m_dialog;
}

void ContactEventsTab::schedule()
{
    EventDialog *dialog = newDialog();
    if (!dialog)
        return;
    ct::models::EventDraft prefill;
    prefill.clientId = m_key;
    prefill.type = u"Call"_s;
    const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
    prefill.date = next.date();
    prefill.time = QTime(next.time().hour(), 0);
    prefill.userId = m_directory ? m_directory->chosenUsers().value(0) : QString();
    dialog->startNew(prefill);
    dialog->open();
}

void ContactEventsTab::openEvent(const QString &key)
{
    if (!m_model)
        return;
    const ct::models::CalendarEvent event = m_model->eventByKey(key);
    if (!event.isValid())
        return;
    EventDialog *dialog = newDialog();
    if (!dialog)
        return;
    dialog->startEdit(event);
    dialog->open();
}
