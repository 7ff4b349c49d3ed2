// SPDX-License-Identifier: MIT
#include "accountsession.h"

#include "mainwindow.h"

#include "api/apiclient.h"

AccountSession::AccountSession(const QUrl &apiUrl, const ct::credentials::AccountCredentials &credentials,
                               QObject *parent)
    : QObject(parent)
    , m_apiUrl(apiUrl)
    , m_credentials(credentials)
    , m_api(std::make_unique<ct::api::ApiClient>())
{
    m_api->setBaseUrl(apiUrl);
    m_api->setCredentials(credentials.accessToken, credentials.webKey);
    connect(m_api.get(), &ct::api::ApiClient::unauthorized, this, &AccountSession::unauthorized);
}

AccountSession::~AccountSession() = default;

void AccountSession::populate(MainWindow *window)
{
    Q_UNUSED(window);
}

void AccountSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}
