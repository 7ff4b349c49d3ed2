// SPDX-License-Identifier: MIT
#include "accountsession.h"

#include "areas/accountsarea.h"
#include "areas/adminarea.h"
#include "areas/calendararea.h"
#include "areas/contactsarea.h"
#include "areas/messagingarea.h"
#include "areas/moneyarea.h"
#include "areas/outboxarea.h"
#include "areas/pipelinearea.h"
#include "areas/plansarea.h"
#include "areas/salescyclesarea.h"

#include "accounttags.h"
#include "contactediting.h"
#include "contactsmodel.h"
#include "mainwindow.h"
#include "outboxmodel.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/accountlock.h"
#include "store/privatefiles.h"
#include "store/storewriteproblem.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QDir>
#include <QStandardPaths>

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
    m_tags = std::make_unique<ct::models::AccountTags>(m_api.get(), m_database.get(), m_outbox.get());
    m_contactEditing->setAccountTags(m_tags.get());
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
    makeAreas();
    m_ready = true;
}

AccountSession::~AccountSession()
{
    // Views hold the models; the window clears its areas before the session goes. The areas
    // go first, then the core they were made from, newest first.
    while (!m_areas.empty())
        m_areas.pop_back();
    m_contactEditing.reset();
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
    for (const auto &area : m_areas)
        area->start();
}

void AccountSession::makeAreas()
{
    // The areas in the order of a working day: people and their appointments first, the
    // account's set-up next, the outbox last. Adding an area is its class and a line here.
    auto *contacts = keep(std::make_unique<ContactsArea>(*this));
    keep(std::make_unique<MessagingArea>(*this, *contacts));
    keep(std::make_unique<CalendarArea>(*this));
    auto *pipeline = keep(std::make_unique<PipelineArea>(*this));
    keep(std::make_unique<PlansArea>(*this));
    keep(std::make_unique<SalesCyclesArea>(*this, *pipeline));
    keep(std::make_unique<MoneyArea>(*this));
    keep(std::make_unique<AdminArea>(*this));
    keep(std::make_unique<AccountsArea>(*this));
    keep(std::make_unique<OutboxArea>(*this));
}

template <class Area>
Area *AccountSession::keep(std::unique_ptr<Area> area)
{
    Area *made = area.get();
    connect(made, &WorkArea::message, this, &AccountSession::message);
    connect(made, &WorkArea::progress, this, &AccountSession::progress);
    connect(made, &WorkArea::progressDone, this, &AccountSession::progressDone);
    m_areas.push_back(std::move(area));
    return made;
}

void AccountSession::populate(MainWindow *window)
{
    if (!m_ready || m_populated)
        return;
    m_populated = true;
    // Contacts first: the others open its contacts and add to its pane.
    const AreaContext context{window, area<ContactsArea>()};
    for (const auto &made : m_areas) {
        // An area without a page (messaging) adds only to the others.
        if (QWidget *page = made->createPage(context))
            window->addArea(made->id(), made->title(), page, made->icon());
    }
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
