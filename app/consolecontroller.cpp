// SPDX-License-Identifier: MIT
#include "consolecontroller.h"

#include "accountsession.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "signindialog.h"

#include "api/adminapi.h"
#include "api/apiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiResult;
using ct::api::ApiStatus;
using ct::credentials::AccountCredentials;
using ct::credentials::CredentialResult;
using ct::credentials::KeychainStatus;

Q_LOGGING_CATEGORY(lcApp, "ct.app")

namespace {

const QString apiUrlKey = u"account/apiUrl"_s;
const QString accountNameKey = u"account/name"_s;

QString accountTitle(const QJsonObject &row)
{
    for (const char *key : {"account_company_name", "account_owner_name", "account_name"}) {
        const QString value = row.value(QLatin1StringView(key)).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    const QString first = row.value("account_first_name"_L1).toString();
    const QString last = row.value("account_last_name"_L1).toString();
    const QString name = (first + u' ' + last).trimmed();
    return name.isEmpty() ? QCoreApplication::translate("ConsoleController", "Account %1")
                                .arg(row.value("account_id"_L1).toString())
                          : name;
}

// Every account of the answer with its web key, sub-accounts included.
void collectAccounts(const QJsonArray &rows, QList<QPair<QString, QString>> *out)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString webKey = row.value("account_web_key"_L1).toString();
        if (!webKey.isEmpty())
            out->append({accountTitle(row), webKey});
        collectAccounts(row.value("SubAccounts"_L1).toArray(), out);
    }
}

} // namespace

ConsoleController::ConsoleController(const StartupOptions &options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_dataDirectory(AccountSession::defaultDataDirectory())
{
    connect(&m_keychain, &ct::credentials::CredentialStore::finished, this, [this](const CredentialResult &r) {
        if (r.status == KeychainStatus::Unavailable)
            m_keychainAvailable = false;
        switch (r.operation) {
        case CredentialResult::Operation::Load:
            if (r.status == KeychainStatus::Ok) {
                m_remembered = true;
                verify(r.credentials, effectiveApiUrl(), Origin::Saved, true);
            } else if (m_options.demoUnlessSaved) {
                startDemo();   // nothing saved (or no keychain): the demo instead of the dialog
            } else {
                showSignIn(r.status == KeychainStatus::NotFound ? QString() : r.message);
            }
            break;
        case CredentialResult::Operation::Save:
            if (r.status != KeychainStatus::Ok && m_window)
                m_window->statusBar()->showMessage(r.message, 15000);
            m_remembered = r.status == KeychainStatus::Ok;
            break;
        case CredentialResult::Operation::Forget:
            if (r.status != KeychainStatus::Ok && m_window)
                m_window->statusBar()->showMessage(r.message, 15000);
            break;
        }
    });
    connect(&m_handoff, &ConsoleHandoff::launchReceived, this, &ConsoleController::onLaunchReceived);
    connect(m_window, &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(m_window, &MainWindow::accountChosen, this, &ConsoleController::switchAccount);
}

ConsoleController::~ConsoleController()
{
    closeSession();
}

QUrl ConsoleController::effectiveApiUrl() const
{
    if (!m_options.apiUrl.isEmpty())
        return m_options.apiUrl;
    const QUrl saved = QSettings().value(apiUrlKey).toUrl();
    return saved.isValid() && !saved.isEmpty() ? saved : QUrl(QString::fromLatin1(ct::api::ApiClient::DefaultBaseUrl));
}

void ConsoleController::start()
{
    if (m_options.demo) {
        startDemo();
    } else if (m_options.hasEnvironmentCredentials()) {
        verify({m_options.environmentAccessToken, m_options.environmentWebKey}, effectiveApiUrl(),
               Origin::Environment, false);
    } else {
        m_keychain.load();
    }
}

void ConsoleController::showSignIn(const QString &notice)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_window);
        connect(m_dialog, &SignInDialog::signInRequested, this, &ConsoleController::signInFromDialog);
        connect(m_dialog, &SignInDialog::demoRequested, this, &ConsoleController::startDemo);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            if (!m_session)
                Q_EMIT signInAbandoned();
        });
    }
    m_dialog->setApiUrl(effectiveApiUrl());
    m_dialog->setRememberAvailable(m_keychainAvailable,
                                   m_keychainAvailable ? QString() : ct::credentials::CredentialStore::noKeychainMessage());
    m_dialog->setNotice(notice);
    m_dialog->setBusy(false);
    m_dialog->open();
}

void ConsoleController::signInFromDialog()
{
    m_dialog->setBusy(true);
    verify({m_dialog->accessToken(), m_dialog->webKey()}, m_dialog->apiUrl(), Origin::Dialog,
           m_dialog->rememberOnThisComputer());
}

void ConsoleController::startDemo()
{
    if (!m_demo) {
        m_demo = std::make_unique<DemoServer>();
        if (!m_demo->start()) {
            const QString message = tr("The demo could not start: %1").arg(m_demo->errorString());
            m_demo.reset();
            showSignIn(message);
            return;
        }
    }
    if (m_dialog)
        m_dialog->setBusy(true);
    verify({DemoServer::accessToken(), DemoServer::webKey()}, m_demo->apiUrl(), Origin::Demo, false);
}

void ConsoleController::verify(const AccountCredentials &credentials, const QUrl &apiUrl, Origin origin,
                               bool remember)
{
    // One read proves the credentials and, for enterprise tokens, lists the accounts to switch to.
    m_verifier = std::make_unique<ct::api::ApiClient>();
    m_verifier->setBaseUrl(apiUrl);
    m_verifier->setCredentials(credentials.accessToken, credentials.webKey);
    m_verifier->setMaxAttempts(2);
    if (m_window)
        m_window->setProgress(tr("Signing in…"), 0, 0);
    ct::api::ApiReply *reply = ct::api::AccountsApi(m_verifier.get()).readList();
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, credentials, apiUrl, origin, remember](const ApiResult &result) {
                onVerified(result, credentials, apiUrl, origin, remember);
            });
}

void ConsoleController::onVerified(const ApiResult &result, const AccountCredentials &credentials,
                                   const QUrl &apiUrl, Origin origin, bool remember)
{
    if (m_window)
        m_window->clearProgress();
    const bool accepted = result.ok() || result.status == ApiStatus::ServerCode ||
                          result.status == ApiStatus::ValidationIssue;
    const bool unreachable = result.status == ApiStatus::Offline || result.status == ApiStatus::Timeout ||
                             result.status == ApiStatus::ServerError || result.status == ApiStatus::RateLimited;

    if (result.status == ApiStatus::Unauthorized) {
        if (origin == Origin::Dialog) {
            m_dialog->setBusy(false);
            m_dialog->showError(SignInDialog::Field::AccessToken,
                                tr("The server refused this access token or web key. Copy both again "
                                   "from the Settings – API tab."));
        } else {
            showSignIn(origin == Origin::Saved
                           ? tr("The server no longer accepts the saved access token or web key. Please sign in again.")
                           : tr("The server refused the access token or web key."));
        }
        return;
    }
    if (result.status == ApiStatus::InsecureRefused || result.status == ApiStatus::Tls) {
        if (origin == Origin::Dialog) {
            m_dialog->setBusy(false);
            m_dialog->showError(SignInDialog::Field::ApiUrl, result.message);
        } else {
            showSignIn(result.message);
        }
        return;
    }
    if (!accepted && !(unreachable && origin == Origin::Saved)) {
        // A new sign-in must be confirmed by the server; a saved one may open offline.
        const QString message = unreachable
            ? tr("The server could not be reached (%1). Check the address and your connection.").arg(result.message)
            : tr("The server answered unexpectedly: %1").arg(result.message);
        if (origin == Origin::Dialog) {
            m_dialog->setBusy(false);
            m_dialog->showError(SignInDialog::Field::ApiUrl, message);
        } else {
            showSignIn(message);
        }
        return;
    }

    if (origin != Origin::Switch) {
        m_accounts.clear();
        if (result.ok())
            collectAccounts(result.rows, &m_accounts);
    }
    QString name;
    for (const auto &account : std::as_const(m_accounts)) {
        if (account.second == credentials.webKey)
            name = account.first;
    }
    if (origin == Origin::Demo && name.isEmpty())
        name = tr("Demo account");
    if (name.isEmpty())
        name = QSettings().value(accountNameKey).toString();

    // --account NAME: open that sub-account instead, once.
    if (!m_options.accountName.isEmpty()) {
        const QString wanted = std::exchange(m_options.accountName, QString());
        for (const auto &account : std::as_const(m_accounts)) {
            if (account.first.compare(wanted, Qt::CaseInsensitive) == 0 && account.second != credentials.webKey) {
                verify({credentials.accessToken, account.second}, apiUrl, Origin::Switch, remember);
                return;
            }
        }
        if (m_window)
            m_window->statusBar()->showMessage(tr("No account named \"%1\"; opened %2.").arg(wanted, name), 15000);
    }

    if (m_dialog)
        m_dialog->accept();
    if (origin != Origin::Demo && origin != Origin::Environment) {
        QSettings settings;
        settings.setValue(apiUrlKey, apiUrl);
        settings.setValue(accountNameKey, name);
        if (remember && origin != Origin::Saved)
            m_keychain.save(credentials);
    }
    openSession(credentials, apiUrl, name, accepted);
}

void ConsoleController::openSession(const AccountCredentials &credentials, const QUrl &apiUrl,
                                    const QString &accountName, bool online)
{
    // The same account again (signing in after a 401): its lock is ours, let it go first.
    // Another account: the current one stays open until the new one is known to be free.
    if (m_session && m_session->credentials().webKey == credentials.webKey)
        closeSession();
    auto session = std::make_unique<AccountSession>(apiUrl, credentials, m_dataDirectory);
    if (session->isHeldElsewhere()) {
        if (!m_hadSession) {
            // A second launch for an account already open: that console takes over.
            handOverLaunch(session->databasePath(), session->holderPid());
        } else if (m_session) {
            m_window->statusBar()->showMessage(
                tr("%1 is already open in another ClientTether Console window; switch to that window to work in it.")
                    .arg(accountName),
                15000);
            // The switcher goes back to the account this window still shows.
            QList<MainWindow::AccountChoice> choices;
            for (const auto &account : std::as_const(m_accounts))
                choices.append({account.first, account.second});
            m_window->setAccountChoices(choices, m_session->credentials().webKey);
        } else {
            showSignIn(session->errorString());
        }
        return;
    }
    if (!session->isReady()) {
        const QString message = tr("The local data of this account could not be opened: %1")
                                    .arg(session->errorString());
        if (!m_session)
            showSignIn(message);
        else if (m_window)
            m_window->statusBar()->showMessage(message, 15000);
        return;
    }
    closeSession();
    m_session = std::move(session);
    m_hadSession = true;
    if (!m_handoff.listen(m_session->databasePath()))
        qCWarning(lcApp) << "a second launch for this account will not find this console";
    connect(m_session.get(), &AccountSession::unauthorized, this, &ConsoleController::onUnauthorized);
    connect(m_session.get(), &AccountSession::outboxCountsChanged, m_window, &MainWindow::setOutboxCounts);
    connect(m_session.get(), &AccountSession::journalProblemChanged, m_window, &MainWindow::setJournalProblem);
    connect(m_session.get(), &AccountSession::progress, m_window, &MainWindow::setProgress);
    connect(m_session.get(), &AccountSession::progressDone, m_window, &MainWindow::clearProgress);
    connect(m_session.get(), &AccountSession::message, m_window, [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 10000);
    });
    connect(m_session.get(), &AccountSession::onlineChanged, this, [this](bool isOnline) {
        if (m_window)
            m_window->setConnectionState(isOnline ? MainWindow::ConnectionState::Online
                                                  : MainWindow::ConnectionState::Offline);
    });
    if (m_window) {
        m_window->setAccountName(accountName);
        QList<MainWindow::AccountChoice> choices;
        for (const auto &account : std::as_const(m_accounts))
            choices.append({account.first, account.second});
        m_window->setAccountChoices(choices, credentials.webKey);
        m_window->setConnectionState(online ? MainWindow::ConnectionState::Online
                                            : MainWindow::ConnectionState::Offline);
        m_window->clearAreas();
        m_session->populate(m_window);
    }
    m_session->start();
    Q_EMIT sessionOpened();
}

void ConsoleController::closeSession()
{
    if (!m_session)
        return;
    m_handoff.stopListening();
    if (m_window) {
        m_window->clearAreas();
        m_window->setConnectionState(MainWindow::ConnectionState::SignedOut);
        m_window->setJournalProblem({});
    }
    m_session.reset();
}

void ConsoleController::signOut()
{
    // Sign-out forgets the saved token and web key; queued edits stay in the account's outbox
    // and are sent when this account signs in again.
    m_keychain.forget();
    m_remembered = false;
    closeSession();
    if (m_window)
        m_window->setAccountChoices({}, {});
    showSignIn(tr("You are signed out."));
}

void ConsoleController::switchAccount(const QString &webKey)
{
    if (!m_session || webKey == m_session->credentials().webKey)
        return;
    const AccountCredentials credentials{m_session->credentials().accessToken, webKey};
    verify(credentials, m_session->apiUrl(), Origin::Switch, m_remembered);
}

void ConsoleController::onUnauthorized()
{
    // The outbox has paused itself; nothing is dropped. Back to sign-in with the reason.
    if (m_window)
        m_window->setConnectionState(MainWindow::ConnectionState::SignedOut);
    showSignIn(tr("The server refused the access token or web key (HTTP 401). Your queued changes "
                  "are kept and will be sent after you sign in again."));
}

void ConsoleController::handOverLaunch(const QString &databasePath, qint64 holderPid)
{
    if (m_window)
        m_window->setProgress(tr("Opening the account in the console that already has it…"), 0, 0);
    // One attempt per launch: the signals stay connected for the life of the controller.
    disconnect(&m_handoff, &ConsoleHandoff::handedOver, this, nullptr);
    disconnect(&m_handoff, &ConsoleHandoff::handOverFailed, this, nullptr);
    connect(&m_handoff, &ConsoleHandoff::handedOver, this, [this] {
        qCInfo(lcApp) << "the console that has this account took over";
        Q_EMIT handedOver();
    });
    connect(&m_handoff, &ConsoleHandoff::handOverFailed, this, [this, holderPid] {
        if (m_window)
            m_window->clearProgress();
        const QString who = holderPid > 0 ? tr("another ClientTether Console (process %1)").arg(holderPid)
                                          : tr("another ClientTether Console");
        showSignIn(tr("This account is already open in %1, which does not answer. Close that console, or wait "
                      "until it has finished, then sign in again.").arg(who));
    });
    m_handoff.handOver(databasePath, m_options.arguments);
}

void ConsoleController::onLaunchReceived(const QStringList &arguments)
{
    // Another launch asked for this account: show this window, and the sub-account it named.
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    const StartupOptions asked = StartupOptions::parseForwarded(arguments);
    if (!asked.accountName.isEmpty() && m_session) {
        for (const auto &account : std::as_const(m_accounts)) {
            if (account.first.compare(asked.accountName, Qt::CaseInsensitive) == 0) {
                switchAccount(account.second);
                return;
            }
        }
        if (m_window)
            m_window->statusBar()->showMessage(tr("No account named \"%1\".").arg(asked.accountName), 15000);
        return;
    }
    if (m_window)
        m_window->statusBar()->showMessage(tr("The console was started again: this window has the account open."), 10000);
}
