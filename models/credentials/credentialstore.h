// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

// Keeps the signed-in account's access token and web key in the operating system's keychain
// (Secret Service, Keychain, Credential Manager) through QtKeychain, and nowhere else.
namespace ct::credentials {

struct AccountCredentials
{
    QString accessToken;
    QString webKey;

    bool isComplete() const { return !accessToken.isEmpty() && !webKey.isEmpty(); }
};

enum class KeychainStatus {
    Ok,
    NotFound,        // nothing saved: sign in
    Unavailable,     // no keychain service: keep the credentials for this session only
    AccessDenied,    // the keychain refused (locked, or the user said no)
    Failed           // anything else; message says what
};

struct CredentialResult
{
    enum class Operation { Load, Save, Forget };
    Operation operation = Operation::Load;
    KeychainStatus status = KeychainStatus::Ok;
    AccountCredentials credentials;   // Load only
    QString message;                  // for the user, translated; empty when Ok
};

class CredentialStore : public QObject
{
    Q_OBJECT

public:
    // service names the keychain entry; tests pass their own so they never meet the user's.
    explicit CredentialStore(const QString &service = defaultService(), QObject *parent = nullptr);

    static QString defaultService();
    static QString noKeychainMessage();

    // Each finishes with exactly one finished() signal.
    void load();
    void save(const AccountCredentials &credentials);
    void forget();

Q_SIGNALS:
    void finished(const ct::credentials::CredentialResult &result);

private:
    void finish(CredentialResult result, int keychainError, const QString &detail);

    QString m_service;
};

} // namespace ct::credentials
