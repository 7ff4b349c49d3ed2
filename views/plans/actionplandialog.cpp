// SPDX-License-Identifier: MIT
#include "actionplandialog.h"
#include "serverfieldtext.h"

#include "actionplanediting.h"
#include "actionplansmodel.h"
#include "namelookup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::NameLookup;

using ct::models::serverFieldText;

namespace {

const QString nameKey = u"action_plan_name"_s;
const QString typeKey = u"action_plan_type"_s;
const QString linkKey = u"action_plan_link_id"_s;
const QString nextKey = u"action_plan_next_plan_id"_s;

// "0" and "" both mean "no link" to the server.
QString idOrNone(const QString &id)
{
    return id == u"0" ? QString() : id;
}

void selectData(QComboBox *box, const QString &value)
{
    const int at = box->findData(value);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace

ActionPlanDialog::ActionPlanDialog(ct::models::ActionPlanEditing *editing, ct::models::NameLookup *names,
                                   const ct::models::ActionPlansModel *plans, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_names(names)
    , m_plans(plans)
{
    setObjectName(u"actionPlanDialog"_s);
    setWindowTitle(tr("New action plan"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"planName"_s);
    m_name->setAccessibleName(tr("Plan name"));
    m_type = new QComboBox(this);
    m_type->setObjectName(u"planType"_s);
    m_type->setAccessibleName(tr("Plan type"));
    m_type->addItem(tr("Connection: starts for new leads of a lead source"), u"Connection"_s);
    m_type->addItem(tr("Conversion: moves the contact to a sales cycle"), u"Conversion"_s);
    m_type->addItem(tr("Retention: keeps in touch with clients"), u"Retention"_s);
    m_link = new QComboBox(this);
    m_link->setObjectName(u"planLink"_s);
    m_linkLabel = new QLabel(this);
    m_linkLabel->setBuddy(m_link);
    m_next = new QComboBox(this);
    m_next->setObjectName(u"nextPlan"_s);
    m_next->setAccessibleName(tr("Next plan"));
    m_next->addItem(tr("(none)"), QString());
    if (plans) {
        for (const auto &[id, name] : plans->planChoices())
            m_next->addItem(name, id);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problems.add(nameKey, m_name, this));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(QString(), m_problems.add(typeKey, m_type, this));
    form->addRow(m_linkLabel, m_link);
    form->addRow(QString(), m_problems.add(linkKey, m_link, this));
    m_linkWarning = new QLabel(this);
    m_linkWarning->setObjectName(u"linkWarning"_s);
    m_linkWarning->setWordWrap(true);
    m_linkWarning->hide();
    form->addRow(QString(), m_linkWarning);
    form->addRow(tr("Ne&xt plan:"), m_next);
    form->addRow(QString(), m_problems.add(nextKey, m_next, this));

    auto *note = new QLabel(tr("The API has no call for a plan's steps: they are edited in ClientTether "
                               "itself and shown here as the server reports them."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePlan"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionPlanDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems.addFormLine(u"planProblem"_s, this));
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::fillLinks);
    connect(m_link, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::updateLinkWarning);
    fillLinks();
    resize(520, sizeHint().height());
}

void ActionPlanDialog::fillLinks()
{
    // The document: a Connection plan links to a lead source, a Conversion plan to a sales cycle.
    const QString type = m_type->currentData().toString();
    // Lead source and sales cycle ids are counted apart: an id kept across kinds names another record.
    const QString keep = type == m_linkType ? m_link->currentData().toString() : QString();
    m_linkType = type;
    m_link->clear();
    m_link->addItem(tr("(none)"), QString());
    NameLookup::Kind kind = NameLookup::KindCount;
    if (type == u"Connection") {
        m_linkLabel->setText(tr("&Lead source:"));
        m_link->setAccessibleName(tr("Linked lead source"));
        kind = NameLookup::LeadSource;
    } else if (type == u"Conversion") {
        m_linkLabel->setText(tr("&Sales cycle:"));
        m_link->setAccessibleName(tr("Linked sales cycle"));
        kind = NameLookup::SalesCycle;
    } else {
        m_linkLabel->setText(tr("&Linked to:"));
        m_link->setAccessibleName(tr("Link (Retention plans have none)"));
    }
    if (kind != NameLookup::KindCount && m_names) {
        for (const auto &[id, name] : m_names->entries(kind))
            m_link->addItem(name, id);
    }
    m_link->setEnabled(kind != NameLookup::KindCount);
    selectData(m_link, keep);
}

void ActionPlanDialog::updateLinkWarning()
{
    // Not a refusal (the server takes it), but the document asks that a lead source start one
    // plan only: which of two would a new lead get?
    const QString type = m_type->currentData().toString();
    const QString other = m_plans && type == u"Connection"
                              ? m_plans->otherPlanLinkedTo(type, m_link->currentData().toString(), m_recordKey)
                              : QString();
    m_linkWarning->setText(tr("“%1” already starts for new leads of this lead source; a lead source "
                              "should start one plan only.").arg(other));
    m_linkWarning->setVisible(!other.isEmpty());
}

void ActionPlanDialog::setPlan(const QString &recordKey, const QJsonObject &plan)
{
    m_recordKey = recordKey;
    m_plan = plan;
    setWindowTitle(tr("Action plan: %1").arg(serverFieldText(plan, nameKey)));
    m_name->setText(serverFieldText(plan, nameKey));
    selectData(m_type, serverFieldText(plan, typeKey));
    fillLinks();
    const QString link = idOrNone(serverFieldText(plan, linkKey));
    if (!link.isEmpty() && m_link->findData(link) < 0)   // a link the name lists do not know (yet)
        m_link->addItem(serverFieldText(plan, u"action_plan_link_name"_s).isEmpty() ? link : serverFieldText(plan, u"action_plan_link_name"_s), link);
    selectData(m_link, link);
    // A plan cannot follow itself.
    const QString selfId = serverFieldText(plan, u"action_plan_id"_s);
    for (int i = m_next->count() - 1; i > 0; --i) {
        const QString id = m_next->itemData(i).toString();
        if (id == recordKey || (!selfId.isEmpty() && id == selfId))
            m_next->removeItem(i);
    }
    selectData(m_next, idOrNone(serverFieldText(plan, nextKey)));
}

ct::api::ApiParams ActionPlanDialog::values() const
{
    return {{nameKey, m_name->text().trimmed()},
            {typeKey, m_type->currentData().toString()},
            {linkKey, m_link->currentData().toString()},
            {nextKey, m_next->currentData().toString()}};
}

void ActionPlanDialog::showProblem(const QString &key, const QString &message)
{
    m_problems.showAt(key, message);
}

void ActionPlanDialog::accept()
{
    m_problems.clear();
    if (!m_editing)
        return;
    const ct::api::ApiParams now = values();
    bool ok;
    if (m_recordKey.isEmpty()) {
        m_createdKey = m_editing->createPlan(now);
        ok = !m_createdKey.isEmpty();
    } else {
        // Only what changed goes; "" and "0" are the same "no link" to the server.
        ct::api::ApiParams changed, base;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const QString before = it.key() == nameKey || it.key() == typeKey ? serverFieldText(m_plan, it.key())
                                                                               : idOrNone(serverFieldText(m_plan, it.key()));
            if (it.value() == before)
                continue;
            // Clearing a link or next plan is sent as 0, the API's "none".
            changed.insert(it.key(), it.value().isEmpty() && it.key() != nameKey ? u"0"_s : it.value());
            base.insert(it.key(), before);
        }
        if (!changed.contains(typeKey))
            base.insert(typeKey, serverFieldText(m_plan, typeKey));
        ok = m_editing->updatePlan(m_recordKey, changed, base);
    }
    if (!ok) {
        showProblem(m_editing->errorKey(), m_editing->errorString());
        return;
    }
    QDialog::accept();
}
