// SPDX-License-Identifier: MIT
#pragma once

#include "consolehandoff.h"
#include "credentialstore.h"
#include "startupoptions.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class AccountSession;
class DemoServer;
#include "mainwindow.h"
#include "signindialog.h"

namespace ct::api { class ApiClient; struct ApiResult; }

// Takes the console from start to a signed-in window and back: saved account, environment,
// demo or the sign-in dialog; verifies credentials with the server; remembers them in the
// keychain when asked; sign-out, account switching and "the server refused us" (HTTP 401).
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(const StartupOptions &options, MainWindow *window, QObject *parent = nullptr);
    ~ConsoleController() override;

    void start();

    AccountSession *session() const { return m_session.get(); }
    SignInDialog *signInDialog() const { return m_dialog; }
    DemoServer *demoServer() const { return m_demo.get(); }

Q_SIGNALS:
    // A session opened (or switched) and the window shows it.
    void sessionOpened();
    // The user closed the sign-in dialog without an account: nothing to show.
    void signInAbandoned();
    // The account is open in another console, which took this launch's command line and
    // shows its own window: this process has nothing left to do.
    void handedOver();

private:
    enum class Origin { Saved, Dialog, Environment, Demo, Switch };

    void loadSavedAccount();
    void showSignIn(const QString &notice = {});
    void signInFromDialog();
    void startDemo();
    void verify(const ct::credentials::AccountCredentials &credentials, const QUrl &apiUrl, Origin origin,
                bool remember);
    void onVerified(const ct::api::ApiResult &result, const ct::credentials::AccountCredentials &credentials,
                    const QUrl &apiUrl, Origin origin, bool remember);
    void openSession(const ct::credentials::AccountCredentials &credentials, const QUrl &apiUrl,
                     const QString &accountName, bool online);
    void closeSession();
    void signOut();
    void switchAccount(const QString &webKey);
    void onUnauthorized();
    void handOverLaunch(const QString &databasePath, qint64 holderPid);
    void onLaunchReceived(const QStringList &arguments);
    QUrl effectiveApiUrl() const;

    StartupOptions m_options;
    QPointer<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
    ct::credentials::CredentialStore m_keychain;
    bool m_keychainAvailable = true;
    bool m_remembered = false;           // the current account is the saved one
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<ct::api::ApiClient> m_verifier;
    // Sub-accounts the access token may open: name and web key, from read_account_list.
    QList<QPair<QString, QString>> m_accounts;
    QString m_dataDirectory;
    // One console per account: the running one listens, a second launch hands over to it.
    ConsoleHandoff m_handoff;
    bool m_hadSession = false;
};
