// SPDX-License-Identifier: MIT
#include "accountsession.h"

#include "appointmentsmodel.h"
#include "calendardirectory.h"
#include "calendarview.h"
#include "contactfinder.h"
#include "contacteventstab.h"
#include "eventscheduling.h"

#include "contactactivitymodel.h"
#include "contactdetailpane.h"
#include "contactediting.h"
#include "contactopener.h"
#include "contactsmodel.h"
#include "contactsview.h"
#include "tagcatalog.h"
#include "duplicatecheck.h"
#include "mainwindow.h"
#include "namelookup.h"
#include "outboxmodel.h"
#include "outboxview.h"
#include "paymentsmodel.h"
#include "proposalsarea.h"
#include "proposalsmodel.h"
#include "agentdirectory.h"
#include "messageactions.h"
#include "messagesending.h"
#include "accountediting.h"
#include "accountsmodel.h"
#include "accountsview.h"
#include "actionplanediting.h"
#include "actionplansmodel.h"
#include "actionplansview.h"
#include "contactplanactions.h"
#include "administrationview.h"
#include "leadsourcesmodel.h"
#include "tagcountsmodel.h"
#include "usersmodel.h"
#include "pipelinemodel.h"
#include "pipelineview.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "salescyclesview.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/accountlock.h"
#include "store/privatefiles.h"
#include "store/storewriteproblem.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QAction>
#include <QDir>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTabWidget>

AccountSession::AccountSession(const QUrl &apiUrl, const ct::credentials::AccountCredentials &credentials,
                               const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl)
    , m_credentials(credentials)
    , m_api(std::make_unique<ct::api::ApiClient>())
    , m_databasePath(QDir(dataDirectory).filePath(ct::store::AccountDatabase::fileNameFor(credentials.webKey)))
    , m_lock(std::make_unique<ct::store::AccountLock>(m_databasePath))
    , m_database(std::make_unique<ct::store::AccountDatabase>())
{
    m_api->setBaseUrl(apiUrl);
    m_api->setCredentials(credentials.accessToken, credentials.webKey);
    connect(m_api.get(), &ct::api::ApiClient::unauthorized, this, &AccountSession::unauthorized);
    connect(m_api.get(), &ct::api::ApiClient::replyFinished, this, &AccountSession::observe);

    // One console per account, decided before the outbox is read: a second process replaying
    // it would send every queued edit again.
    // The folder is made owner-only here, where its first file (the lock) is written.
    ct::store::PrivateFiles::prepareFolder(dataDirectory);
    switch (m_lock->tryTake()) {
    case ct::store::AccountLock::Result::Taken:
        break;
    case ct::store::AccountLock::Result::HeldElsewhere:
        m_heldElsewhere = true;
        m_holderPid = m_lock->holderPid();
        m_error = m_lock->errorString();
        return;
    case ct::store::AccountLock::Result::Failed:
        failToOpen(m_lock->errorString(), dataDirectory);
        return;
    }
    if (!m_database->open(dataDirectory, credentials.webKey)) {
        failToOpen(m_database->errorString(), dataDirectory);
        return;
    }
    m_outbox = std::make_unique<ct::store::Outbox>(m_database.get());
    if (!m_outbox->load()) {
        failToOpen(m_outbox->errorString(), dataDirectory);
        return;
    }
    m_replayer = std::make_unique<ct::store::OutboxReplayer>(m_outbox.get(), m_api.get());
    m_outboxModel = std::make_unique<ct::models::OutboxModel>(m_outbox.get());
    connect(m_outbox.get(), &ct::store::Outbox::countsChanged, this, &AccountSession::outboxCountsChanged);
    connect(m_replayer.get(), &ct::store::OutboxReplayer::journalProblemChanged, this,
            &AccountSession::journalProblemChanged);

    m_contacts = std::make_unique<ct::models::ContactsModel>();
    m_contacts->setAccount(m_database.get(), m_api.get());
    m_contacts->trackOutbox(m_outbox.get(), m_replayer.get());
    m_contactEditing = std::make_unique<ct::models::ContactEditing>(m_outbox.get(), m_replayer.get(), m_contacts.get());
    m_duplicateCheck = std::make_unique<ct::models::DuplicateCheck>(m_api.get(), m_contacts.get());
    m_contactOpener = std::make_unique<ct::models::ContactOpener>(m_api.get(), m_contacts.get());
    m_tags = std::make_unique<ct::models::TagCatalog>(m_api.get(), m_database.get(), m_outbox.get());
    m_contactEditing->setTagCatalog(m_tags.get());
    m_historyNotes.reset(ct::models::ContactActivityModel::historyNotes());
    m_historyNotes->setClient(m_api.get());
    m_pendingActions.reset(ct::models::ContactActivityModel::pendingActions());
    m_pendingActions->setClient(m_api.get());
    connect(m_contacts.get(), &ct::models::ContactsModel::loadProgress, this, [this](int loaded, int total) {
        Q_EMIT progress(tr("Loading contacts…"), loaded, total);
    });
    connect(m_contacts.get(), &ct::models::ContactsModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            Q_EMIT progressDone();
    });
    connect(m_contacts.get(), &ct::models::ContactsModel::loadFailed, this, &AccountSession::message);
    connect(m_contacts.get(), &ct::models::ContactsModel::listNoticeChanged, this, [this](const QString &notice) {
        if (!notice.isEmpty())
            Q_EMIT message(notice);
    });
    m_messageSending = std::make_unique<ct::models::MessageSending>(m_contacts.get(), m_outbox.get(), m_replayer.get());
    m_messageSending->setHistoryNotes(m_historyNotes.get());
    m_agents = std::make_unique<ct::models::AgentDirectory>(m_database.get());
    connect(m_messageSending.get(), &ct::models::MessageSending::message, this, &AccountSession::message);
    // Sales cycles and the pipeline; the cycles' names (renames and deletes at once) feed the
    // contact screens' lookups.
    m_salesCycles = std::make_unique<ct::models::SalesCyclesModel>();
    m_salesCycles->setSources(m_database.get(), m_api.get());
    m_salesCycles->trackOutbox(m_outbox.get(), m_replayer.get());
    m_salesCycleEditing = std::make_unique<ct::models::SalesCycleEditing>(m_outbox.get(), m_replayer.get(), m_salesCycles.get());
    m_pipeline = std::make_unique<ct::models::PipelineModel>(m_contacts.get(), m_salesCycles.get(),
                                                             m_contactEditing.get(), m_outbox.get());
    connect(m_salesCycles.get(), &ct::models::SalesCyclesModel::namesChanged, this, [this] {
        m_contacts->names()->setNames(ct::models::NameLookup::SalesCycle, m_salesCycles->nameEntries());
    });
    m_ready = true;
}

AccountSession::~AccountSession()
{
    // Views hold the models; the window clears its areas before the session goes.
    m_messageSending.reset();
    m_leadSources.reset();
    m_tagCounts.reset();
    m_users.reset();
    m_pipeline.reset();
    m_salesCycleEditing.reset();
    m_salesCycles.reset();
    m_contactEditing.reset();
    m_duplicateCheck.reset();
    m_contactOpener.reset();
    m_tags.reset();
    m_contacts.reset();
    m_replayer.reset();
    m_outboxModel.reset();
    m_outbox.reset();
}

void AccountSession::failToOpen(const QString &error, const QString &dataDirectory)
{
    const ct::store::StoreWriteProblem folder = ct::store::StoreWriteProblem::ofFolder(dataDirectory);
    m_error = folder.isNone() ? error : folder.reason() + u' ' + folder.remedy();
}

QString AccountSession::defaultDataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/accounts");
}

void AccountSession::start()
{
    if (!m_ready)
        return;
    const ct::store::Outbox::Counts counts = m_outbox->counts();
    Q_EMIT outboxCountsChanged(counts.pending, counts.failed, counts.conflicts);
    Q_EMIT journalProblemChanged(m_replayer->journalProblem());
    m_replayer->start();
    m_tags->refresh();
    m_salesCycles->refresh();
}

void AccountSession::populate(MainWindow *window)
{
    if (!m_ready)
        return;
    // The areas in the order of a working day: people and their appointments first, the
    // account's set-up next, the outbox last.
    ContactsView *contacts = buildContacts();
    window->addArea(QStringLiteral("contacts"), tr("Contacts"), contacts);
    window->addArea(QStringLiteral("calendar"), tr("Calendar"), buildCalendar(contacts->detail()));
    window->addArea(QStringLiteral("pipeline"), tr("Pipeline"), buildPipeline(window, contacts));
    window->addArea(QStringLiteral("actionPlans"), tr("Action plans"), buildActionPlans(contacts->detail()));
    window->addArea(QStringLiteral("salesCycles"), tr("Sales cycles"), buildSalesCycles(window, contacts));
    window->addArea(QStringLiteral("proposals"), tr("Proposals and payments"), buildProposals(window, contacts->detail()));
    window->addArea(QStringLiteral("administration"), tr("Administration"), buildAdministration());
    window->addArea(QStringLiteral("accounts"), tr("Accounts"), buildAccounts());
    window->addArea(QStringLiteral("outbox"), tr("Outbox"), new OutboxView(m_outboxModel.get(), m_replayer.get()));
}

// Contacts: the list, the detail pane and the actions on a contact (email, text, call).
ContactsView *AccountSession::buildContacts()
{
    auto *detail = new ContactDetailPane(m_contacts.get(), m_contactEditing.get(), m_duplicateCheck.get(),
                                         m_historyNotes.get(), m_pendingActions.get());
    auto *contacts = new ContactsView(m_contacts.get(), m_contactEditing.get(), detail, m_outbox.get());
    contacts->setOpener(m_contactOpener.get());
    contacts->setTagCatalog(m_tags.get());
    connect(contacts, &ContactsView::message, this, &AccountSession::message);
    connect(contacts, &ContactsView::progress, this, &AccountSession::progress);
    connect(contacts, &ContactsView::progressDone, this, &AccountSession::progressDone);
    auto *messages = new MessageActions(m_messageSending.get(), m_agents.get(), detail, contacts, contacts);
    connect(messages, &MessageActions::message, this, &AccountSession::message);
    return contacts;
}

// Proposals and payments: the account's payments, and a contact's proposals and payments
// opened from the contact's action bar.
QWidget *AccountSession::buildProposals(MainWindow *window, ContactDetailPane *detail)
{
    using ct::models::PaymentsModel;
    m_accountPayments = std::make_unique<PaymentsModel>(PaymentsModel::Scope::Account, m_api.get(), m_database.get());
    m_proposals = std::make_unique<ct::models::ProposalsModel>(m_api.get(), m_database.get());
    m_contactPayments = std::make_unique<PaymentsModel>(PaymentsModel::Scope::Contact, m_api.get(), m_database.get());
    auto *money = new ProposalsArea(m_accountPayments.get(), m_proposals.get(), m_contactPayments.get());
    money->setContactNames([contacts = m_contacts.get()](const QString &clientId) {
        const QJsonObject contact = contacts->recordById(clientId);
        return (contact.value(u"firstName").toString() + u' ' + contact.value(u"lastName").toString()).trimmed();
    });
    connect(money, &ProposalsArea::message, this, &AccountSession::message);
    auto *showProposals = new QAction(tr("Proposals && payments"), detail);
    showProposals->setObjectName(QStringLiteral("showProposals"));
    showProposals->setToolTip(tr("The contact's proposals and payments"));
    connect(showProposals, &QAction::triggered, money, [window, detail, money] {
        money->showContact(detail->currentKey());
        window->showArea(QStringLiteral("proposals"));
    });
    detail->addContactAction(showProposals);
    return money;
}

// Action plans (a tree of plans and their steps), started and stopped from a contact.
QWidget *AccountSession::buildActionPlans(ContactDetailPane *detail)
{
    m_actionPlans = std::make_unique<ct::models::ActionPlansModel>();
    m_actionPlans->setNames(m_contacts->names());
    m_actionPlans->setAccount(m_database.get(), m_api.get());
    m_actionPlans->trackOutbox(m_outbox.get(), m_replayer.get());
    m_actionPlanEditing = std::make_unique<ct::models::ActionPlanEditing>(m_outbox.get(), m_replayer.get(), m_actionPlans.get());
    // A plan the server confirmed is one the contact screens may name and start.
    connect(m_actionPlans.get(), &ct::models::ActionPlansModel::planConfirmed, m_contacts->names(), &ct::models::NameLookup::refresh);
    m_actionPlans->load();
    auto *planActions = new ContactPlanActions(detail, m_contacts.get(), m_contactEditing.get(), m_pendingActions.get(),
                                               m_outbox.get(), detail);
    connect(planActions, &ContactPlanActions::message, this, &AccountSession::message);
    return new ActionPlansView(m_actionPlans.get(), m_actionPlanEditing.get(), m_contacts->names());
}

// Accounts: the enterprise account's tree of sub-accounts (a standard key sees why not).
QWidget *AccountSession::buildAccounts()
{
    m_accounts = std::make_unique<ct::models::AccountsModel>();
    m_accounts->setAccount(m_database.get(), m_api.get());
    m_accounts->trackOutbox(m_outbox.get(), m_replayer.get());
    m_accountEditing = std::make_unique<ct::models::AccountEditing>(m_outbox.get(), m_replayer.get(), m_accounts.get());
    m_accounts->load();
    return new AccountsView(m_accounts.get(), m_accountEditing.get());
}

// Administration: lead sources, tags (with counts over the loaded contacts) and users.
QWidget *AccountSession::buildAdministration()
{
    m_leadSources = std::make_unique<ct::models::LeadSourcesModel>();
    m_leadSources->setSources(m_database.get(), m_api.get(), m_outbox.get(), m_replayer.get());
    m_leadSources->setNameLookup(m_contacts->names(), ct::models::NameLookup::LeadSource);
    m_users = std::make_unique<ct::models::UsersModel>();
    m_users->setSources(m_database.get(), m_api.get(), m_outbox.get(), m_replayer.get());
    m_users->setNameLookup(m_contacts->names(), ct::models::NameLookup::User);
    m_tagCounts = std::make_unique<ct::models::TagCountsModel>(m_tags.get(), m_contacts.get(), m_outbox.get(),
                                                               m_replayer.get());
    m_leadSources->refresh();
    m_users->refresh();
    return new AdministrationView(m_leadSources.get(), m_tagCounts.get(), m_contacts.get(), m_users.get());
}

// Calendar: the chosen users' events, and every user's events of the contact on show (a tab of
// the contact's detail).
QWidget *AccountSession::buildCalendar(ContactDetailPane *detail)
{
    m_calendarDirectory = std::make_unique<ct::models::CalendarDirectory>(m_database.get(), m_contacts->names());
    m_eventScheduling = std::make_unique<ct::models::EventScheduling>(m_outbox.get(), m_replayer.get());
    m_contactFinder = std::make_unique<ct::models::ContactFinder>(m_contacts.get(), m_api.get());
    m_appointments = std::make_unique<ct::models::AppointmentsModel>();
    m_contactEvents = std::make_unique<ct::models::AppointmentsModel>();
    for (ct::models::AppointmentsModel *model : {m_appointments.get(), m_contactEvents.get()}) {
        model->setSources(m_database.get(), m_api.get(), m_outbox.get(), m_replayer.get());
        model->setContacts(m_contacts.get());
    }
    m_appointments->setRefreshInterval(5 * 60 * 1000);   // the contact's tab reads when it is looked at
    const auto everyUser = [this]() {
        QStringList ids;
        for (const auto &user : m_calendarDirectory->users())
            ids.append(user.id);
        m_contactEvents->setUsers(ids);
    };
    everyUser();
    connect(m_calendarDirectory.get(), &ct::models::CalendarDirectory::changed, this, everyUser);
    auto *calendar = new CalendarView(m_appointments.get(), m_eventScheduling.get(), m_contactFinder.get(),
                                      m_calendarDirectory.get());
    connect(calendar, &CalendarView::message, this, &AccountSession::message);
    auto *events = new ContactEventsTab(m_contactEvents.get(), m_eventScheduling.get(), m_contactFinder.get(),
                                        m_calendarDirectory.get());
    detail->tabs()->addTab(events, tr("Events"));
    connect(detail, &ContactDetailPane::contactShown, events, &ContactEventsTab::showContact);
    return calendar;
}

// The pipeline board: a card opens its contact.
QWidget *AccountSession::buildPipeline(MainWindow *window, ContactsView *contacts)
{
    auto *pipeline = new PipelineView(m_pipeline.get(), m_contacts.get());
    connect(pipeline, &PipelineView::message, this, &AccountSession::message);
    connect(pipeline, &PipelineView::contactActivated, window, [window, contacts](const QString &id) {
        contacts->detail()->showContact(id);
        contacts->selectContact(id);
        window->showArea(QStringLiteral("contacts"));
    });
    return pipeline;
}

// Sales cycles: "show the contacts" of a cycle opens the contact list filtered by it.
QWidget *AccountSession::buildSalesCycles(MainWindow *window, ContactsView *contacts)
{
    auto *salesCycles = new SalesCyclesView(m_salesCycles.get(), m_salesCycleEditing.get());
    salesCycles->setContacts(m_contacts.get());
    connect(salesCycles, &SalesCyclesView::message, this, &AccountSession::message);
    connect(salesCycles, &SalesCyclesView::showContactsRequested, window, [window, contacts](const QString &id) {
        contacts->showFiltered(ct::models::ContactsModel::Filter::SalesCycle, id);
        window->showArea(QStringLiteral("contacts"));
    });
    return salesCycles;
}

void AccountSession::observe(const ct::api::ApiResult &result)
{
    // What the last answer says about the way to the server; 401 is handled on its own.
    using ct::api::ApiStatus;
    bool online = m_online;
    if (result.status == ApiStatus::Offline || result.status == ApiStatus::Timeout)
        online = false;
    else if (result.httpStatus != 0)
        online = true;   // any HTTP answer, even an error, came over a working connection
    if (online != m_online) {
        m_online = online;
        Q_EMIT onlineChanged(online);
    }
}
