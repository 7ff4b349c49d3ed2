// SPDX-License-Identifier: MIT
#include "contactplanactions.h"
#include "serverfieldtext.h"

#include "contactactivitymodel.h"
#include "contactdetailpane.h"
#include "contactediting.h"
#include "accounttags.h"
#include "contactsmodel.h"
#include "namelookup.h"

#include "store/outbox.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::NameLookup;
namespace RecordKey = ct::store::RecordKey;

using ct::models::serverFieldText;

namespace {

QString planIdOf(const QJsonObject &contact)
{
    const QString id = serverFieldText(contact, u"action_plan_id"_s);
    return id.isEmpty() ? u"0"_s : id;
}

} // namespace

ContactPlanActions::ContactPlanActions(ContactDetailPane *pane, ct::models::ContactsModel *contacts,
                                       ct::models::ContactEditing *editing,
                                       ct::models::ContactActivityModel *pendingActions, ct::store::Outbox *outbox,
                                       QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_contacts(contacts)
    , m_editing(editing)
    , m_pending(pendingActions)
    , m_outbox(outbox)
{
    m_start = new QAction(tr("Start action &plan…"), pane);
    m_start->setObjectName(u"startActionPlan"_s);
    m_start->setToolTip(tr("Run an action plan for this contact (replaces its pending actions)"));
    connect(m_start, &QAction::triggered, this, &ContactPlanActions::startPlan);
    m_stop = new QAction(tr("S&top action plan"), pane);
    m_stop->setObjectName(u"stopActionPlan"_s);
    m_stop->setToolTip(tr("Stop the contact's action plan (removes its pending actions)"));
    connect(m_stop, &QAction::triggered, this, &ContactPlanActions::stopPlan);
    pane->addContactAction(m_start);
    pane->addContactAction(m_stop);
    if (outbox)
        connect(outbox, &ct::store::Outbox::entryRemoved, this, &ContactPlanActions::onOutboxEntryRemoved);
}

void ContactPlanActions::startPlan()
{
    const QString clientId = m_pane->currentKey();
    if (clientId.isEmpty())
        return;
    const QJsonObject contact = m_contacts->recordById(clientId);
    const QString running = planIdOf(contact);
    NameLookup *names = m_contacts->names();
    const QList<std::pair<QString, QString>> plans = names->entries(NameLookup::ActionPlan);

    auto *dialog = new QDialog(m_pane);
    dialog->setObjectName(u"startActionPlanDialog"_s);
    dialog->setWindowTitle(tr("Start action plan"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *choice = new QComboBox(dialog);
    choice->setObjectName(u"actionPlanChoice"_s);
    choice->setAccessibleName(tr("Action plan to start"));
    for (const auto &[id, name] : plans)
        choice->addItem(name, id);
    auto *warning = new QLabel(dialog);
    warning->setObjectName(u"startPlanWarning"_s);
    warning->setWordWrap(true);
    const QString runningName = running == u"0" ? QString() : names->name(NameLookup::ActionPlan, running.toUtf8());
    warning->setText(runningName.isEmpty()
                         ? tr("Starting a plan schedules its steps as this contact's pending actions. Any "
                              "pending actions the contact has now are replaced.")
                         : tr("This contact is running “%1”. Starting another plan stops it: its pending "
                              "actions are removed and replaced by the new plan's steps.").arg(runningName));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *start = buttons->addButton(tr("&Start plan"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"confirmStartPlan"_s);
    start->setEnabled(!plans.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Plan for %1:").arg((contact.value(u"firstName"_s).toString() + u' '
                                                          + contact.value(u"lastName"_s).toString()).trimmed()),
                                 dialog));
    layout->addWidget(choice);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, clientId, choice] {
        queuePlan(clientId, choice->currentData().toString());
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactPlanActions::stopPlan()
{
    const QString clientId = m_pane->currentKey();
    if (clientId.isEmpty())
        return;
    const QJsonObject contact = m_contacts->recordById(clientId);
    const QString running = planIdOf(contact);
    if (running == u"0") {
        Q_EMIT message(tr("This contact runs no action plan."));
        return;
    }
    const QString name = m_contacts->names()->name(NameLookup::ActionPlan, running.toUtf8());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Stop action plan"),
                                tr("Stop “%1” for this contact? Its pending actions are removed.").arg(name),
                                QMessageBox::Cancel, m_pane);
    box->setObjectName(u"stopActionPlanQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("S&top plan"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"confirmStopPlan"_s);
    connect(box, &QMessageBox::buttonClicked, this, [this, clientId, stop](QAbstractButton *button) {
        if (button == stop)
            queuePlan(clientId, u"0"_s);   // the API's "no plan running"
    });
    m_dialog = box;
    box->open();
}

bool ContactPlanActions::queuePlan(const QString &clientId, const QString &planId)
{
    const QString running = planIdOf(m_contacts->recordById(clientId));
    if (!m_editing->saveChanges(clientId, {{u"action_plan_id"_s, planId}}, {{u"action_plan_id"_s, running}})) {
        Q_EMIT message(m_editing->errorString());
        return false;
    }
    m_awaiting.insert(clientId);
    Q_EMIT message(planId == u"0" ? tr("Stopping the contact's action plan…")
                                  : tr("Starting the action plan for the contact…"));
    return true;
}

void ContactPlanActions::onOutboxEntryRemoved()
{
    if (m_awaiting.isEmpty() || !m_outbox)
        return;
    const QList<ct::store::OutboxEntry> &entries = m_outbox->entries();
    for (auto it = m_awaiting.begin(); it != m_awaiting.end();) {
        const QString key = it->contains(u':') ? *it : RecordKey::make(u"client"_s, *it);
        const bool waiting = std::any_of(entries.cbegin(), entries.cend(),
                                         [&key](const auto &entry) { return entry.recordKey == key; });
        if (waiting) {
            ++it;
            continue;
        }
        // The server has the new plan: its pending actions replaced the old ones.
        if (m_pending && m_pending->clientId() == *it)
            m_pending->load(*it);
        it = m_awaiting.erase(it);
    }
}
