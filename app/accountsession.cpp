// SPDX-License-Identifier: MIT
#include "accountsession.h"

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
#include "pipelinemodel.h"
#include "pipelineview.h"
#include "salescycleediting.h"
#include "salescyclesmodel.h"
#include "salescyclesview.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QStandardPaths>

AccountSession::AccountSession(const QUrl &apiUrl, const ct::credentials::AccountCredentials &credentials,
                               const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl)
    , m_credentials(credentials)
    , m_api(std::make_unique<ct::api::ApiClient>())
    , m_database(std::make_unique<ct::store::AccountDatabase>())
{
    m_api->setBaseUrl(apiUrl);
    m_api->setCredentials(credentials.accessToken, credentials.webKey);
    connect(m_api.get(), &ct::api::ApiClient::unauthorized, this, &AccountSession::unauthorized);
    connect(m_api.get(), &ct::api::ApiClient::replyFinished, this, &AccountSession::observe);

    if (!m_database->open(dataDirectory, credentials.webKey)) {
        m_error = m_database->errorString();
        return;
    }
    m_outbox = std::make_unique<ct::store::Outbox>(m_database.get());
    if (!m_outbox->load()) {
        m_error = m_outbox->errorString();
        return;
    }
    m_replayer = std::make_unique<ct::store::OutboxReplayer>(m_outbox.get(), m_api.get());
    m_outboxModel = std::make_unique<ct::models::OutboxModel>(m_outbox.get());
    connect(m_outbox.get(), &ct::store::Outbox::countsChanged, this, &AccountSession::outboxCountsChanged);

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
    m_replayer->start();
    m_tags->refresh();
    m_salesCycles->refresh();
}

void AccountSession::populate(MainWindow *window)
{
    if (!m_ready)
        return;
    auto *detail = new ContactDetailPane(m_contacts.get(), m_contactEditing.get(), m_duplicateCheck.get(),
                                         m_historyNotes.get(), m_pendingActions.get());
    auto *contacts = new ContactsView(m_contacts.get(), m_contactEditing.get(), detail, m_outbox.get());
    contacts->setOpener(m_contactOpener.get());
    contacts->setTagCatalog(m_tags.get());
    connect(contacts, &ContactsView::message, this, &AccountSession::message);
    connect(contacts, &ContactsView::progress, this, &AccountSession::progress);
    connect(contacts, &ContactsView::progressDone, this, &AccountSession::progressDone);
    window->addArea(QStringLiteral("contacts"), tr("Contacts"), contacts);
    window->addArea(QStringLiteral("outbox"), tr("Outbox"), new OutboxView(m_outboxModel.get(), m_replayer.get()));

    auto *pipeline = new PipelineView(m_pipeline.get(), m_contacts.get());
    connect(pipeline, &PipelineView::message, this, &AccountSession::message);
    connect(pipeline, &PipelineView::contactActivated, window, [window, contacts](const QString &id) {
        contacts->detail()->showContact(id);
        contacts->selectContact(id);
        window->showArea(QStringLiteral("contacts"));
    });
    window->addArea(QStringLiteral("pipeline"), tr("Pipeline"), pipeline);
    auto *salesCycles = new SalesCyclesView(m_salesCycles.get(), m_salesCycleEditing.get());
    salesCycles->setContacts(m_contacts.get());
    connect(salesCycles, &SalesCyclesView::message, this, &AccountSession::message);
    connect(salesCycles, &SalesCyclesView::showContactsRequested, window, [window, contacts](const QString &id) {
        contacts->showFiltered(ct::models::ContactsModel::Filter::SalesCycle, id);
        window->showArea(QStringLiteral("contacts"));
    });
    window->addArea(QStringLiteral("salesCycles"), tr("Sales cycles"), salesCycles);
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
