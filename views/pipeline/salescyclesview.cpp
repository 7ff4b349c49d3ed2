// SPDX-License-Identifier: MIT
#include "salescyclesview.h"

#include "contactsmodel.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"

#include "api/apiresult.h"
#include "api/parameterschema.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::SalesCycleEditing;
using ct::models::SalesCyclesModel;
using ct::models::SyncState;

namespace {
const QString nameKey = u"sales_cycle_name"_s;
const QString pathKey = u"sales_cycle_active_status"_s;
const QString orderKey = u"sales_cycle_order"_s;
const QString typeKey = u"sales_cycle_contact_type"_s;
} // namespace

SalesCyclesView::SalesCyclesView(SalesCyclesModel *cycles, SalesCycleEditing *editing, QWidget *parent)
    : QWidget(parent)
    , m_cycles(cycles)
    , m_editing(editing)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"salesCyclesView"_s);
    m_proxy->setSourceModel(cycles);
    m_proxy->setSortRole(SalesCyclesModel::SortKeyRole);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);

    m_table = new QTableView(this);
    m_table->setObjectName(u"salesCyclesTable"_s);
    m_table->setAccessibleName(tr("Sales cycles"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SalesCyclesModel::NameColumn, 220);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SalesCyclesView::onCurrentChanged);

    auto *newButton = new QPushButton(tr("&New sales cycle"), this);
    newButton->setObjectName(u"newSalesCycle"_s);
    connect(newButton, &QPushButton::clicked, this, &SalesCyclesView::startNew);
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(u"deleteSalesCycle"_s);
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &SalesCyclesView::askDelete);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Active path cycles are the columns of the Pipeline, in this order. "
                               "Inactive path cycles hold contacts taken out of it."), left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);

    // The form: each field with its own problem line under it.
    auto *form = new QWidget(this);
    form->setObjectName(u"salesCycleForm"_s);
    auto *formLayout = new QFormLayout;
    const auto addField = [&](const QString &key, const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(u'&'));
        auto *problem = new QLabel(form);
        problem->setObjectName(field->objectName() + u"Problem"_s);
        problem->setWordWrap(true);
        problem->setStyleSheet(u"color: #b00020"_s);
        problem->hide();
        m_problems.insert(key, problem);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(field);
        cell->addWidget(problem);
        auto *caption = new QLabel(label, form);
        caption->setBuddy(field);
        formLayout->addRow(caption, cell);
    };
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"salesCycleName"_s);
    m_name->setPlaceholderText(tr("For example: Estimate Sent"));
    addField(nameKey, tr("&Name"), m_name);
    m_path = new QComboBox(form);
    m_path->setObjectName(u"salesCyclePath"_s);
    m_path->addItem(tr("Active path (a Pipeline column)"), u"1"_s);
    m_path->addItem(tr("Inactive path"), u"0"_s);
    addField(pathKey, tr("&Path"), m_path);
    m_order = new QSpinBox(form);
    m_order->setObjectName(u"salesCycleOrder"_s);
    m_order->setRange(0, 9999);
    m_order->setToolTip(tr("Position among the cycles of the same path, lowest first"));
    addField(orderKey, tr("&Order"), m_order);
    m_contactType = new QComboBox(form);
    m_contactType->setObjectName(u"salesCycleContactType"_s);
    if (const auto *spec = ct::api::ParameterSchema::find(typeKey)) {
        for (const QString &value : spec->allowedValues)
            m_contactType->addItem(ct::api::ParameterSchema::labelFor(u"contact_type", value), value);
    }
    addField(typeKey, tr("Contact &type"), m_contactType);

    m_formTitle = new QLabel(form);
    m_formTitle->setObjectName(u"salesCycleFormTitle"_s);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    m_save = new QPushButton(tr("&Save"), form);
    m_save->setObjectName(u"saveSalesCycle"_s);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &SalesCyclesView::save);
    connect(m_name, &QLineEdit::returnPressed, this, &SalesCyclesView::save);
    m_status = new QLabel(form);
    m_status->setObjectName(u"salesCycleStatus"_s);
    m_status->setWordWrap(true);

    // Shown when the server kept a cycle because contacts still use it.
    m_inUseBar = new QWidget(form);
    m_inUseBar->setObjectName(u"salesCycleInUseBar"_s);
    m_inUseText = new QLabel(m_inUseBar);
    m_inUseText->setObjectName(u"salesCycleInUseText"_s);
    m_inUseText->setWordWrap(true);
    auto *showContacts = new QPushButton(tr("Show the &contacts in it"), m_inUseBar);
    showContacts->setObjectName(u"showSalesCycleContacts"_s);
    connect(showContacts, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT showContactsRequested(id);
    });
    auto *keep = new QPushButton(tr("&Keep the sales cycle"), m_inUseBar);
    keep->setObjectName(u"keepSalesCycle"_s);
    keep->setToolTip(tr("Take the refused delete out of the outbox"));
    connect(keep, &QPushButton::clicked, this, [this] {
        if (!m_editing->dismissFailure(currentId()))
            Q_EMIT message(m_editing->problem().message);
    });
    auto *barLayout = new QVBoxLayout(m_inUseBar);
    barLayout->setContentsMargins(8, 8, 8, 8);
    barLayout->addWidget(m_inUseText);
    auto *barButtons = new QHBoxLayout;
    barButtons->addWidget(showContacts);
    barButtons->addWidget(keep);
    barButtons->addStretch();
    barLayout->addLayout(barButtons);
    m_inUseBar->setStyleSheet(u"#salesCycleInUseBar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"_s);
    m_inUseBar->hide();

    auto *formOuter = new QVBoxLayout(form);
    formOuter->addWidget(m_formTitle);
    formOuter->addLayout(formLayout);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    formOuter->addLayout(saveRow);
    formOuter->addWidget(m_status);
    formOuter->addWidget(m_inUseBar);
    formOuter->addStretch();

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"salesCyclesSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(cycles, &QAbstractItemModel::dataChanged, this, &SalesCyclesView::showSyncState);
    connect(cycles, &QAbstractItemModel::rowsRemoved, this, &SalesCyclesView::showSyncState);
    connect(cycles, &QAbstractItemModel::modelReset, this, &SalesCyclesView::startNew);
    // The status bar, as for the contacts' list: the form's line belongs to the cycle being edited.
    connect(cycles, &SalesCyclesModel::listNoticeChanged, this, [this](const QString &notice) {
        if (!notice.isEmpty())
            Q_EMIT message(notice);
    });
    startNew();
}

void SalesCyclesView::setContacts(ct::models::ContactsModel *contacts)
{
    m_contacts = contacts;
}

int SalesCyclesView::currentSourceRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

QString SalesCyclesView::currentId() const
{
    const auto *cycle = m_cycles ? m_cycles->cycleAt(currentSourceRow()) : nullptr;
    return cycle ? cycle->id : QString();
}

bool SalesCyclesView::selectCycle(const QString &id)
{
    const int row = m_cycles->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_cycles->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString SalesCyclesView::problemAt(const QString &key) const
{
    const QLabel *label = m_problems.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void SalesCyclesView::clearProblems()
{
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    m_status->clear();
}

void SalesCyclesView::showProblem(const QString &key, const QString &message)
{
    if (QLabel *label = m_problems.value(key)) {
        label->setText(message);
        label->show();
        if (key == nameKey)
            m_name->setFocus();
    } else {
        m_status->setText(message);
    }
}

void SalesCyclesView::startNew()
{
    m_creating = true;
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    clearProblems();
    m_inUseBar->hide();
    m_formTitle->setText(tr("New sales cycle"));
    m_name->clear();
    m_path->setCurrentIndex(0);
    // After the last cycle of the active path, where a new stage usually goes.
    int last = 0;
    if (m_cycles) {
        for (const auto &cycle : m_cycles->cycles()) {
            if (cycle.isActive())
                last = std::max(last, cycle.order());
        }
    }
    m_order->setValue(last + 1);
    m_contactType->setCurrentIndex(0);
    m_delete->setEnabled(false);
    m_save->setEnabled(true);
    m_save->setText(tr("&Create"));
}

void SalesCyclesView::onCurrentChanged()
{
    if (currentSourceRow() < 0)
        return;
    m_creating = false;
    clearProblems();
    fillForm();
    showSyncState();
}

void SalesCyclesView::fillForm()
{
    const auto *cycle = m_cycles->cycleAt(currentSourceRow());
    if (!cycle)
        return;
    m_formTitle->setText(tr("Sales cycle “%1”").arg(cycle->name()));
    m_name->setText(cycle->name());
    m_path->setCurrentIndex(m_path->findData(cycle->isActive() ? u"1"_s : u"0"_s));
    m_order->setValue(cycle->order());
    const int type = m_contactType->findData(cycle->contactType());
    m_contactType->setCurrentIndex(type < 0 ? 0 : type);
    m_save->setText(tr("&Save"));
}

void SalesCyclesView::showSyncState()
{
    const auto *cycle = m_creating ? nullptr : m_cycles->cycleAt(currentSourceRow());
    m_delete->setEnabled(cycle && !cycle->deleting);
    m_save->setEnabled(!cycle || !cycle->deleting);
    if (!cycle) {
        m_inUseBar->hide();
        return;
    }
    const bool inUse = cycle->state == SyncState::Failed && cycle->errorCode == ct::api::CtCode::StillInUse;
    m_inUseBar->setVisible(inUse);
    if (inUse) {
        m_inUseText->setText(tr("“%1” was not deleted. %2")
                                     .arg(cycle->name(), SalesCycleEditing::explain(cycle->errorCode, {}, {}).message));
        m_status->clear();
        return;
    }
    if (cycle->state == SyncState::Failed) {
        const auto problem = SalesCycleEditing::explain(cycle->errorCode, cycle->errorKey, cycle->error);
        showProblem(problem.key, problem.key.isEmpty() ? tr("The server refused this edit: %1").arg(problem.message)
                                                       : problem.message);
        return;
    }
    if (cycle->deleting)
        m_status->setText(tr("Deleting: waiting for the server."));
    else if (cycle->state == SyncState::Pending)
        m_status->setText(tr("Saved here; waiting for the server."));
    else
        m_status->clear();
}

void SalesCyclesView::save()
{
    clearProblems();
    const ct::api::ApiParams fields = {{nameKey, m_name->text()},
                                       {pathKey, m_path->currentData().toString()},
                                       {orderKey, QString::number(m_order->value())},
                                       {typeKey, m_contactType->currentData().toString()}};
    if (m_creating) {
        const QString key = m_editing->create(fields);
        if (key.isEmpty()) {
            showProblem(m_editing->problem().key, m_editing->problem().message);
            return;
        }
        selectCycle(key);
        Q_EMIT message(tr("Sales cycle “%1” queued.").arg(fields.value(nameKey).trimmed()));
        return;
    }
    const QString id = currentId();
    const auto *cycle = m_cycles->cycleById(id);
    if (!cycle)
        return;
    // Only what the user changed goes to the server.
    ct::api::ApiParams changed;
    const int row = m_cycles->rowOfId(id);
    for (int column = 0; column < SalesCyclesModel::ColumnCount; ++column) {
        static const QString keys[] = {nameKey, pathKey, orderKey, typeKey};
        const QString now = column == 0 ? fields.value(nameKey).trimmed() : fields.value(keys[column]);
        QString before = m_cycles->index(row, column).data(SalesCyclesModel::FieldRole).toString();
        if (column == SalesCyclesModel::ContactTypeColumn && before.isEmpty())
            before = u"1"_s;
        if (now != before)
            changed.insert(keys[column], column == 0 ? fields.value(nameKey) : now);
    }
    if (changed.isEmpty()) {
        m_status->setText(tr("Nothing changed."));
        return;
    }
    if (!m_editing->update(id, changed)) {
        showProblem(m_editing->problem().key, m_editing->problem().message);
        return;
    }
    fillForm();
    showSyncState();
}

void SalesCyclesView::askDelete()
{
    const QString id = currentId();
    const auto *cycle = m_cycles->cycleById(id);
    if (!cycle)
        return;
    // Warn with what is known here; the server has the last word (CT512).
    int inCycle = 0;
    if (m_contacts) {
        for (int row = 0; row < m_contacts->storeSize(); ++row)
            inCycle += m_contacts->storedRecord(row).value(u"sales_cycle_id"_s).toString() == id;
    }
    QString text = tr("Delete the sales cycle “%1”? The server refuses while contacts are in it.").arg(cycle->name());
    if (inCycle > 0)
        text += u"\n\n"_s + tr("%n contact(s) loaded here are in it.", nullptr, inCycle);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete sales cycle"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteSalesCycleConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (!m_editing->remove(id))
            m_status->setText(m_editing->problem().message);
        showSyncState();
    });
    m_dialog = box;
    box->open();
}
