// SPDX-License-Identifier: MIT
#include "accountsession.h"

#include "mainwindow.h"
#include "outboxmodel.h"
#include "outboxview.h"

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
    m_ready = true;
}

AccountSession::~AccountSession()
{
    // Views hold the models; the window clears its areas before the session goes.
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
}

void AccountSession::populate(MainWindow *window)
{
    if (!m_ready)
        return;
    window->addArea(QStringLiteral("outbox"), tr("Outbox"), new OutboxView(m_outboxModel.get(), m_replayer.get()));
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
