// SPDX-License-Identifier: MIT
#include "contactdetailpane.h"

#include "contactactivitymodel.h"
#include "contacteditor.h"
#include "contactediting.h"
#include "contactsmodel.h"
#include "duplicatecheck.h"
#include "namelookup.h"
#include "accounttags.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using ct::models::NameLookup;
using ct::models::SyncState;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

ContactDetailPane::ContactDetailPane(ct::models::ContactsModel *contacts, ct::models::ContactEditing *editing,
                                     ct::models::DuplicateCheck *duplicates, ct::models::ContactActivityModel *notes,
                                     ct::models::ContactActivityModel *pendingActions, QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_editing(editing)
    , m_duplicates(duplicates)
    , m_notes(notes)
    , m_pending(pendingActions)
{
    setObjectName(u"contactDetail"_s);
    connect(contacts, &QAbstractItemModel::dataChanged, this, &ContactDetailPane::followSavedEdit);
    setMinimumWidth(380);   // the form's two columns need room to be read
    m_title = new QLabel(this);
    m_title->setObjectName(u"contactTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Social profiles as links: the document stores only the profile id and builds the address.
    m_links = new QLabel(this);
    m_links->setObjectName(u"socialLinks"_s);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->hide();
    m_actionBar = new QToolBar(this);
    m_actionBar->setObjectName(u"contactActions"_s);
    m_actionBar->setAccessibleName(tr("Contact actions"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionBar->hide();   // shown once a feature adds an action
    m_status = new QLabel(this);
    m_status->setObjectName(u"contactStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    // Details
    auto *details = new QWidget(this);
    m_editor = new ContactEditor(details);
    m_save = new QPushButton(tr("&Save"), details);
    m_save->setObjectName(u"saveContact"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_revert = new QPushButton(tr("Re&vert"), details);
    m_revert->setObjectName(u"revertContact"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_editor, 1);
    detailsLayout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &ContactDetailPane::save);
    connect(m_revert, &QPushButton::clicked, this, &ContactDetailPane::revert);

    // History notes
    auto *history = new QWidget(this);
    m_notesTable = makeTable(notes, u"historyNotes"_s, tr("History notes"), history);
    m_noteText = new QPlainTextEdit(history);
    m_noteText->setObjectName(u"noteText"_s);
    m_noteText->setAccessibleName(tr("New note"));
    m_noteText->setPlaceholderText(tr("Write a note about this contact…"));
    m_noteText->setMaximumHeight(90);
    m_addNote = new QPushButton(tr("&Add note"), history);
    m_addNote->setObjectName(u"addNote"_s);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_notesTable, 1);
    historyLayout->addWidget(m_noteText);
    historyLayout->addWidget(m_addNote, 0, Qt::AlignRight);
    connect(m_addNote, &QPushButton::clicked, this, &ContactDetailPane::addNote);

    // Pending actions
    m_pendingTable = makeTable(pendingActions, u"pendingActions"_s, tr("Pending actions"), this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"contactTabs"_s);
    m_tabs->addTab(details, tr("&Details"));
    m_tabs->addTab(history, tr("&History"));
    m_tabs->addTab(m_pendingTable, tr("&Pending actions"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_links);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_contacts->names(), &NameLookup::changed, this, &ContactDetailPane::fillChoices);
    connect(m_duplicates, &ct::models::DuplicateCheck::finished, this,
            [this](const QList<ct::models::DuplicateCheck::Match> &matches, const QString &warning) {
                if (!m_editor->isNewContact())
                    return;
                m_save->setEnabled(true);
                if (!warning.isEmpty())
                    setStatus(warning, true);
                if (matches.isEmpty()) {
                    queueCreate();
                    return;
                }
                QStringList lines;
                for (const auto &m : matches)
                    lines << tr("%1 (contact %2): %3").arg(m.name.isEmpty() ? tr("not loaded here") : m.name,
                                                            m.clientId, m.reason);
                auto *box = new QMessageBox(QMessageBox::Question, tr("Possible duplicate"),
                                            tr("This contact may already exist:\n\n%1\n\nOpen the existing "
                                               "contact instead, or create a new one anyway?")
                                                .arg(lines.join(u'\n')),
                                            QMessageBox::NoButton, this);
                box->setObjectName(u"duplicateQuestion"_s);
                box->setAttribute(Qt::WA_DeleteOnClose);
                QPushButton *open = box->addButton(tr("&Open existing"), QMessageBox::AcceptRole);
                open->setObjectName(u"openExisting"_s);
                QPushButton *create = box->addButton(tr("&Create anyway"), QMessageBox::DestructiveRole);
                create->setObjectName(u"createAnyway"_s);
                box->addButton(QMessageBox::Cancel);
                const QString firstId = matches.first().clientId;
                connect(box, &QMessageBox::buttonClicked, this, [this, open, create, firstId](QAbstractButton *b) {
                    if (b == open) {
                        showContact(firstId);
                        Q_EMIT contactOpened(firstId);
                    } else if (b == create) {
                        queueCreate();
                    }
                });
                m_dialog = box;
                box->open();
            });
    showContact({});
}

void ContactDetailPane::followSavedEdit()
{
    if (!m_awaitingServer || !m_contacts)
        return;
    switch (m_contacts->syncStateOf(m_key)) {
    case SyncState::Pending:
        return;
    case SyncState::Confirmed:
        setStatus(tr("Saved; the server confirmed the change."), false);
        break;
    case SyncState::Failed:
        setStatus(tr("The server refused the change: %1").arg(m_contacts->syncErrorOf(m_key)), true);
        break;
    case SyncState::Conflict:
        setStatus(tr("Someone changed this contact on the server meanwhile; choose what to keep in the Outbox."), true);
        break;
    }
    m_awaitingServer = false;
}

void ContactDetailPane::setStatus(const QString &text, bool problem)
{
    m_awaitingServer = false;
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #b00020;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void ContactDetailPane::addContactAction(QAction *action)
{
    m_actionBar->addAction(action);
    m_actionBar->show();
    updateActions();
}

void ContactDetailPane::updateActions()
{
    const bool saved = m_tabs->isEnabled() && !m_key.isEmpty() && !m_editor->isNewContact();
    for (QAction *action : m_actionBar->actions())
        action->setEnabled(saved);
}

void ContactDetailPane::setAccountTags(ct::models::AccountTags *catalog)
{
    m_accountTags = catalog;
    connect(catalog, &ct::models::AccountTags::changed, this, &ContactDetailPane::fillChoices);
    fillChoices();
}

void ContactDetailPane::fillChoices()
{
    if (m_accountTags) {
        QList<QPair<QString, QString>> tags;
        for (const QString &tag : m_accountTags->tags())
            tags.append({tag, tag});
        m_editor->setChoices(u"tag"_s, tags);
    }
    // Id fields pick from the account's lists, by name.
    const QList<QPair<NameLookup::Kind, QString>> kinds = {{NameLookup::ActionPlan, u"action_plan_id"_s},
                                                           {NameLookup::SalesCycle, u"sales_cycle_id"_s},
                                                           {NameLookup::LeadSource, u"lead_source_id"_s},
                                                           {NameLookup::User, u"assigned_user_id"_s}};
    for (const auto &kind : kinds) {
        QList<QPair<QString, QString>> choices;
        for (const auto &entry : m_contacts->names()->entries(kind.first))
            choices.append({entry.first, entry.second});
        m_editor->setChoices(kind.second, choices);
    }
}

void ContactDetailPane::showContact(const QString &key)
{
    m_key = key;
    setStatus({}, false);
    const QJsonObject record = key.isEmpty() ? QJsonObject() : m_contacts->recordById(key);
    const bool shown = !record.isEmpty();
    m_tabs->setEnabled(shown);
    fillChoices();
    if (!shown) {
        m_links->hide();
        m_title->setText(tr("No contact selected"));
        m_notes->load({});
        m_pending->load({});
        updateActions();
        Q_EMIT contactShown({});
        return;
    }
    m_title->setText((record.value(u"firstName"_s).toString() + u' ' + record.value(u"lastName"_s).toString()).trimmed());
    QStringList links;
    const QList<std::tuple<QString, QString, QString>> profiles = {
        {u"facebook"_s, u"https://www.facebook.com/%1"_s, u"Facebook"_s},
        {u"linkedin"_s, u"https://www.linkedin.com/in/%1/"_s, u"LinkedIn"_s},
        {u"twitter"_s, u"https://twitter.com/%1"_s, u"Twitter"_s}};
    for (const auto &[key, address, name] : profiles) {
        const QString profile = record.value(key).toString().trimmed();
        if (!profile.isEmpty()) {
            const QString url = address.arg(QString::fromUtf8(QUrl::toPercentEncoding(profile)));
            links.append(u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), name));
        }
    }
    m_links->setText(links.join(u" · "_s));
    m_links->setVisible(!links.isEmpty());
    m_editor->setRecord(record);
    const QString id = record.value(u"client_id"_s).toString();
    m_notes->load(id);
    m_pending->load(id);
    updateActions();
    Q_EMIT contactShown(key);
}

void ContactDetailPane::startNewContact()
{
    m_key.clear();
    setStatus({}, false);
    m_tabs->setEnabled(true);
    m_tabs->setCurrentIndex(0);
    fillChoices();
    m_editor->setNewContact();
    m_title->setText(tr("New contact"));
    m_links->hide();
    m_notes->load({});
    m_pending->load({});
    updateActions();
    Q_EMIT contactShown({});
}

void ContactDetailPane::revert()
{
    if (m_editor->isNewContact())
        startNewContact();
    else
        showContact(m_key);
}

void ContactDetailPane::save()
{
    if (!m_editor->validate()) {
        setStatus(tr("Some fields need attention; the reasons are shown at each field."), true);
        return;
    }
    if (m_editor->isNewContact())
        createAfterCheck();
    else
        saveChanges();
}

void ContactDetailPane::saveChanges()
{
    const ct::api::ApiParams changed = m_editor->changedFields();
    if (changed.isEmpty()) {
        setStatus(tr("Nothing changed."), false);
        return;
    }
    const auto commit = [this, changed] {
        if (!m_editing->saveChanges(m_key, changed, m_editor->baseValuesOf(changed))) {
            setStatus(tr("Not saved: %1").arg(m_editing->errorString()), true);
            return;
        }
        Q_EMIT message(tr("Saved; the change is on its way to the server."));
        showContact(m_key);
        setStatus(tr("Saved here; waiting in the outbox until the server confirms it."), false);
        m_awaitingServer = true;
        followSavedEdit();   // the outbox may have settled it already
    };
    if (!m_editor->actionPlanChanged()) {
        commit();
        return;
    }
    // The document: changing the action plan removes the contact's pending actions.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change action plan"),
                                tr("Changing the action plan removes this contact's pending actions and "
                                   "starts the new plan. Continue?"),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(u"actionPlanWarning"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [commit](int result) {
        if (result == QMessageBox::Ok)
            commit();
    });
    m_dialog = box;
    box->open();
}

void ContactDetailPane::createAfterCheck()
{
    setStatus(tr("Looking for an existing contact with this email, phone or name…"), false);
    m_save->setEnabled(false);
    m_duplicates->run(m_editor->fieldsForCreate());
}

void ContactDetailPane::queueCreate()
{
    const QString key = m_editing->createContact(m_editor->fieldsForCreate());
    if (key.isEmpty()) {
        setStatus(tr("Not created: %1").arg(m_editing->errorString()), true);
        return;
    }
    Q_EMIT message(tr("Contact created here; it is sent to the server from the outbox."));
    showContact(key);
    Q_EMIT contactOpened(key);
}

void ContactDetailPane::addNote()
{
    const QString body = m_noteText->toPlainText().trimmed();
    if (!m_editing->addNote(m_key, body)) {
        setStatus(m_editing->errorString(), true);
        m_noteText->setFocus();
        return;
    }
    m_notes->addPendingRow({{u"note_body"_s, body}, {u"note_type"_s, tr("Note")}});
    m_noteText->clear();
    setStatus({}, false);
}
