// SPDX-License-Identifier: MIT
#include "contactsview.h"

#include "contactdetailpane.h"
#include "contactediting.h"
#include "contactexport.h"
#include "contactsmodel.h"
#include "contactopener.h"
#include "accounttags.h"
#include "csvimportdialog.h"
#include "csvsavedialog.h"
#include "opencontactdialog.h"

#include "store/outbox.h"
#include "namelookup.h"

#include "api/parameterschema.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::ContactsModel;
using ct::models::NameLookup;

namespace {
const QString headerKey = u"contacts/header"_s;
const QString splitterKey = u"contacts/splitter"_s;
} // namespace

namespace {

// The rows an export walks: the contacts shown when it started, by id, read as it goes (the
// list may change meanwhile; a contact deleted since is skipped as an empty row).
class ShownContacts final : public ct::models::ContactRowSource
{
public:
    explicit ShownContacts(const ContactsModel *model)
        : m_model(model)
    {
        m_ids.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            m_ids.append(model->idAt(row));
    }
    int count() const override { return int(m_ids.size()); }
    QJsonObject record(int row) const override { return m_model ? m_model->recordById(m_ids.at(row)) : QJsonObject(); }

private:
    QPointer<const ContactsModel> m_model;
    QStringList m_ids;
};

} // namespace

ContactsView::ContactsView(ContactsModel *contacts, ct::models::ContactEditing *editing, ContactDetailPane *detail,
                           ct::store::Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_editing(editing)
    , m_outbox(outbox)
    , m_detail(detail)
{
    setObjectName(u"contactsView"_s);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"contactSearch"_s);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setPlaceholderText(tr("Search name, phone, email, company or tag"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, contacts, &ContactsModel::setSearchText);

    auto *filterRow = new QHBoxLayout;
    const QList<QPair<ContactsModel::Filter, QString>> filters = {
        {ContactsModel::Filter::ContactType, tr("Any contact type")},
        {ContactsModel::Filter::SalesCycle, tr("Any sales cycle")},
        {ContactsModel::Filter::LeadSource, tr("Any lead source")},
        {ContactsModel::Filter::Tag, tr("Any tag")},
        {ContactsModel::Filter::AssignedUser, tr("Anyone assigned")}};
    for (const auto &filter : filters) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(u"filter%1"_s.arg(int(filter.first)));
        combo->setAccessibleName(filter.second);
        combo->setProperty("anyText", filter.second);
        combo->setProperty("filter", int(filter.first));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            m_contacts->setFilter(ContactsModel::Filter(combo->property("filter").toInt()),
                                  combo->currentData().toString());
        });
        filterRow->addWidget(combo);
        m_filters.append(combo);
    }
    filterRow->addStretch();
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(u"exportContacts"_s);
    exportButton->setToolTip(tr("Write the contacts shown (search and filters applied) to a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &ContactsView::askExport);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(u"importContacts"_s);
    importButton->setToolTip(tr("Create contacts from a CSV file"));
    connect(importButton, &QPushButton::clicked, this, &ContactsView::openImport);
    filterRow->addWidget(exportButton);
    filterRow->addWidget(importButton);

    auto *newContact = new QPushButton(tr("&New contact"), this);
    newContact->setObjectName(u"newContact"_s);
    newContact->setShortcut(QKeySequence::New);
    connect(newContact, &QPushButton::clicked, detail, &ContactDetailPane::startNewContact);
    auto *remove = new QPushButton(tr("De&lete"), this);
    remove->setObjectName(u"deleteContacts"_s);
    connect(remove, &QPushButton::clicked, this, &ContactsView::deleteSelected);
    m_loadAll = new QPushButton(tr("Load &all"), this);
    m_loadAll->setObjectName(u"loadAll"_s);
    m_loadAll->setToolTip(tr("Read every contact of the account now, so search sees them all"));
    connect(m_loadAll, &QPushButton::clicked, contacts, [contacts] { contacts->loadAll(); });
    connect(contacts, &ContactsModel::loadingChanged, m_loadAll, [this](bool loading) { m_loadAll->setEnabled(!loading); });
    // Search and actions on one row, filters on the next, so the list can stay narrow.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    m_openButton = new QPushButton(tr("&Open by id…"), this);
    m_openButton->setObjectName(u"openById"_s);
    m_openButton->setToolTip(tr("Open a contact by its ClientTether id or its external id"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, &ContactsView::askOpen);
    searchRow->addWidget(m_openButton);
    searchRow->addWidget(m_loadAll);
    searchRow->addWidget(remove);
    searchRow->addWidget(newContact);

    m_table = new QTableView(this);
    m_table->setObjectName(u"contactsTable"_s);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(contacts);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setToolTip(tr("Right-click to choose columns; drag to reorder"));
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ContactsView::showColumnMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsView::onCurrentChanged);

    m_count = new QLabel(this);
    m_count->setObjectName(u"contactCount"_s);
    const auto updateCount = [this] {
        m_count->setText(tr("%n contact(s) shown", nullptr, m_contacts->rowCount()) +
                         (m_contacts->isFullyLoaded() ? QString() : tr(" — more on the server")));
    };
    connect(contacts, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(contacts, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(contacts, &QAbstractItemModel::modelReset, this, updateCount);
    connect(contacts, &QAbstractItemModel::layoutChanged, this, updateCount);
    connect(contacts, &ContactsModel::fullyLoadedChanged, this, updateCount);
    updateCount();

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    m_undoText = new QLabel(m_undoBar);
    auto *undo = new QToolButton(m_undoBar);
    undo->setObjectName(u"undoDelete"_s);
    undo->setText(tr("&Undo"));
    connect(undo, &QToolButton::clicked, this, &ContactsView::undoDelete);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText);
    undoLayout->addWidget(undo);
    undoLayout->addStretch();
    m_undoBar->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_undoBar);
    leftLayout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"contactsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(detail, &ContactDetailPane::contactOpened, this, &ContactsView::selectContact);
    connect(detail, &ContactDetailPane::message, this, &ContactsView::message);
    connect(contacts->names(), &NameLookup::changed, this, &ContactsView::fillFilters);
    fillFilters();

    // First run: sorted by name A to Z (a header's own default is descending), list and detail
    // side by side; afterwards as the user left them.
    QSettings settings;
    if (!m_table->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray()))
        m_table->sortByColumn(0, Qt::AscendingOrder);
    if (!splitter->restoreState(settings.value(splitterKey).toByteArray()))
        splitter->setSizes({620, 480});
    connect(splitter, &QSplitter::splitterMoved, this, [splitter] { QSettings().setValue(splitterKey, splitter->saveState()); });
    const auto saveHeader = [this] { QSettings().setValue(headerKey, m_table->horizontalHeader()->saveState()); };
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, saveHeader);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, saveHeader);
}

ContactsView::~ContactsView() = default;

void ContactsView::fillFilters()
{
    for (QComboBox *combo : std::as_const(m_filters)) {
        const auto filter = ContactsModel::Filter(combo->property("filter").toInt());
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(combo->property("anyText").toString(), QString());
        QList<std::pair<QString, QString>> entries;
        switch (filter) {
        case ContactsModel::Filter::ContactType: {
            const auto *spec = ct::api::ParameterSchema::find(u"contact_type");
            for (int i = 0; spec && i < spec->allowedValues.size(); ++i)
                entries.push_back({spec->allowedValues.at(i), ct::api::ParameterSchema::labelFor(u"contact_type", spec->allowedValues.at(i))});
            break;
        }
        case ContactsModel::Filter::SalesCycle: entries = m_contacts->names()->entries(NameLookup::SalesCycle); break;
        case ContactsModel::Filter::LeadSource: entries = m_contacts->names()->entries(NameLookup::LeadSource); break;
        case ContactsModel::Filter::AssignedUser: entries = m_contacts->names()->entries(NameLookup::User); break;
        case ContactsModel::Filter::Tag:
            if (m_accountTags) {
                for (const QString &tag : m_accountTags->tags())
                    entries.push_back({tag, tag});
            }
            break;
        default: break;
        }
        for (const auto &entry : entries)
            combo->addItem(entry.second, entry.first);
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void ContactsView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString key = m_contacts->idAt(current.row());
    if (key != m_detail->currentKey())
        m_detail->showContact(key);
}

void ContactsView::addSelectionAction(QAction *action)
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(action);
    action->setEnabled(m_table->selectionModel()->hasSelection());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, action,
            [this, action] { action->setEnabled(m_table->selectionModel()->hasSelection()); });
}

QStringList ContactsView::selectedKeys() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &row : std::as_const(rows))
        keys.append(m_contacts->idAt(row.row()));
    return keys;
}

void ContactsView::selectContact(const QString &key)
{
    const int row = m_contacts->rowOfId(key);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_contacts->index(row, 0));
    m_table->scrollTo(m_contacts->index(row, 0));
}

void ContactsView::showFiltered(int filter, const QString &value)
{
    m_search->clear();
    m_contacts->clearFilters();
    m_contacts->setFilter(ContactsModel::Filter(filter), value);
    for (QComboBox *combo : std::as_const(m_filters)) {
        const bool mine = combo->property("filter").toInt() == filter;
        const int index = mine ? combo->findData(value) : 0;
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void ContactsView::deleteSelected()
{
    QStringList keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        keys.append(m_contacts->idAt(index.row()));
    if (keys.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete contacts"),
                                tr("Delete %n contact(s)? You can undo this until it is sent.", nullptr, int(keys.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, keys](int result) {
        if (result != QMessageBox::Yes)
            return;
        QStringList deleted;
        for (const QString &key : keys) {
            if (m_editing->deleteContact(key))
                deleted.append(key);
            else
                Q_EMIT message(tr("Not deleted: %1").arg(m_editing->errorString()));
        }
        m_deletedKeys = deleted;
        m_undoText->setText(tr("Deleted %n contact(s).", nullptr, int(deleted.size())));
        m_undoBar->setVisible(!deleted.isEmpty());
        if (deleted.contains(m_detail->currentKey()))
            m_detail->showContact({});
    });
    m_dialog = box;
    box->open();
}

void ContactsView::undoDelete()
{
    QStringList notUndone;
    for (const QString &key : std::as_const(m_deletedKeys)) {
        if (!m_editing->undoDelete(key))
            notUndone.append(key);
    }
    m_undoBar->hide();
    if (!notUndone.isEmpty())
        Q_EMIT message(tr("%n delete(s) had already been sent and cannot be undone.", nullptr, int(notUndone.size())));
    if (!m_deletedKeys.isEmpty())
        selectContact(m_deletedKeys.first());
    m_deletedKeys.clear();
}

bool ContactsView::exportShownTo(const QString &path, bool keepFormulas)
{
    if (m_export && m_export->isRunning())
        return false;
    if (!m_export) {
        m_export = new ct::models::ContactExport(this);
        connect(m_export, &ct::models::ContactExport::progress, this, [this](int done, int total) {
            Q_EMIT progress(tr("Exporting contacts…"), done, total);
        });
        connect(m_export, &ct::models::ContactExport::finished, this,
                [this](ct::models::ContactExport::Outcome outcome, const QString &error) {
                    Q_EMIT progressDone();
                    switch (outcome) {
                    case ct::models::ContactExport::Outcome::Finished: Q_EMIT message(tr("Contacts exported.")); break;
                    case ct::models::ContactExport::Outcome::Cancelled: Q_EMIT message(tr("Export cancelled.")); break;
                    case ct::models::ContactExport::Outcome::Failed: Q_EMIT message(tr("Export failed: %1").arg(error)); break;
                    }
                });
    }
    m_export->setKeepFormulas(keepFormulas);
    auto rows = std::make_shared<ShownContacts>(m_contacts);
    return m_export->start(path, rows, ct::models::ContactExport::defaultColumns(*rows));
}

void ContactsView::setAccountTags(ct::models::AccountTags *catalog)
{
    m_accountTags = catalog;
    connect(catalog, &ct::models::AccountTags::changed, this, &ContactsView::fillFilters);
    m_detail->setAccountTags(catalog);
    fillFilters();
}

void ContactsView::setOpener(ct::models::ContactOpener *opener)
{
    m_opener = opener;
    m_openButton->setEnabled(opener != nullptr);
}

void ContactsView::askOpen()
{
    auto *dialog = new OpenContactDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenContactDialog::openRequested, this, [this, dialog](const QString &value, bool external) {
        dialog->setBusy(true);
        // One answer per request: the connections go with the dialog or after the answer.
        auto *context = new QObject(dialog);
        connect(m_opener, &ct::models::ContactOpener::opened, context, [this, dialog, context](const QString &id) {
            delete context;
            m_search->clear();   // the contact must not be hidden by an old search
            selectContact(id);
            dialog->accept();
        });
        connect(m_opener, &ct::models::ContactOpener::failed, context, [dialog, context](const QString &message) {
            delete context;
            dialog->showProblem(message);
        });
        m_opener->open(value, external);
    });
    connect(dialog, &OpenContactDialog::deleteRequested, this, [this, dialog](const QString &externalId) {
        const QString key = u"client_external:"_s + externalId;
        const QJsonObject held = m_contacts->recordById(key);
        const QString who = held.isEmpty()
            ? tr("the contact with external id %1 (not loaded here)").arg(externalId)
            : tr("%1 (external id %2)").arg((held.value(u"firstName"_s).toString() + u' '
                                             + held.value(u"lastName"_s).toString()).trimmed(), externalId);
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete contact"),
                                    tr("Delete %1 from ClientTether?").arg(who),
                                    QMessageBox::Yes | QMessageBox::Cancel, dialog);
        box->setObjectName(u"confirmDeleteByExternalId"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, dialog, externalId](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            if (!m_editing->deleteByExternalId(externalId)) {
                dialog->showProblem(m_editing->errorString());
                return;
            }
            Q_EMIT message(tr("Delete of the contact with external id %1 queued.").arg(externalId));
            dialog->accept();
        });
        m_dialog = box;
        box->open();
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactsView::askExport()
{
    auto *dialog = new CsvSaveDialog(this, tr("Export contacts"), QString());
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->selectFile(tr("contacts.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &path) {
        if (!exportShownTo(path, dialog->keepFormulas()))
            Q_EMIT message(tr("Export could not start: %1").arg(m_export ? m_export->errorString() : QString()));
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactsView::openImport()
{
    // Every contact held, not only those the current search shows, for the duplicate check.
    QList<QJsonObject> existing;
    existing.reserve(m_contacts->storeSize());
    for (int row = 0; row < m_contacts->storeSize(); ++row) {
        const QJsonObject record = m_contacts->storedRecord(row);
        if (!record.isEmpty())
            existing.append(record);
    }
    auto *dialog = new CsvImportDialog(m_outbox, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::contactsQueued, this, [this](const QStringList &keys) {
        // Show the new contacts at once, as pending, like one made in the form (updates by
        // external id show on their contacts through the model's watch of the outbox).
        int created = 0;
        for (const QString &key : keys) {
            for (const auto &entry : m_outbox->entries()) {
                if (entry.recordKey == key && entry.isCreate()) {
                    QJsonObject fields;
                    for (auto it = entry.params.constBegin(); it != entry.params.constEnd(); ++it)
                        fields.insert(it.key(), it.value());
                    m_contacts->insertLocalContact(key, fields);
                    ++created;
                }
            }
        }
        if (created > 0)
            Q_EMIT message(tr("%n contact(s) queued for creation.", nullptr, created));
        else
            Q_EMIT message(tr("%n contact update(s) queued.", nullptr, int(keys.size())));
    });
    m_dialog = dialog;
    dialog->open();
}

void ContactsView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_contacts->columnCount(); ++column) {
        QAction *action = menu.addAction(m_contacts->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            QSettings().setValue(headerKey, header->saveState());
        });
    }
    menu.exec(header->mapToGlobal(pos));
}
