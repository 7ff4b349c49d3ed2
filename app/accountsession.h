// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QObject>
#include <QUrl>

#include <memory>

class MainWindow;
namespace ct::api { class ApiClient; }

// One signed-in account: its ApiClient (credentials in memory only), and what is built on it.
// Everything of the account lives and dies with this object.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(const QUrl &apiUrl, const ct::credentials::AccountCredentials &credentials,
                   QObject *parent = nullptr);
    ~AccountSession() override;

    ct::api::ApiClient *api() const { return m_api.get(); }
    QUrl apiUrl() const { return m_apiUrl; }
    const ct::credentials::AccountCredentials &credentials() const { return m_credentials; }
    bool isOnline() const { return m_online; }

    // Adds this account's work areas to the window.
    void populate(MainWindow *window);

Q_SIGNALS:
    void unauthorized();
    void onlineChanged(bool online);

private:
    void setOnline(bool online);

    QUrl m_apiUrl;
    ct::credentials::AccountCredentials m_credentials;
    std::unique_ptr<ct::api::ApiClient> m_api;
    bool m_online = true;
};
