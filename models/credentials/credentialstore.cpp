// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusReply>
#endif

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "ct.credentials")

namespace ct::credentials {

namespace {

// One entry holds both secrets, so they can never be half saved.
const QString entryKey = u"account"_s;

template <typename Job>
Job *makeJob(const QString &service, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    // Never a plaintext file when the keychain is missing: the caller keeps the session only.
    job->setInsecureFallback(false);
    job->setKey(entryKey);
    return job;
}

// QtKeychain over libsecret reports a missing Secret Service as a generic error; ask the session
// bus directly whether one could answer, so "no keychain here" is told apart from real failures.
bool secretServiceReachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString service = u"org.freedesktop.secrets"_s;
    if (bus.interface()->isServiceRegistered(service))
        return true;
    const QDBusReply<QStringList> activatable =
        bus.interface()->call(u"ListActivatableNames"_s);
    return activatable.isValid() && activatable.value().contains(service);
#else
    return true;
#endif
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<ct::credentials::CredentialResult>();
}

QString CredentialStore::defaultService()
{
    return u"ClientTether Console"_s;
}

void CredentialStore::load()
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        CredentialResult result;
        result.operation = CredentialResult::Operation::Load;
        if (job->error() == QKeychain::NoError) {
            const QJsonObject o = QJsonDocument::fromJson(job->binaryData()).object();
            result.credentials.accessToken = o.value("access_token"_L1).toString();
            result.credentials.webKey = o.value("web_key"_L1).toString();
            if (!result.credentials.isComplete()) {
                result.status = KeychainStatus::NotFound;
                result.message = tr("The saved account in the keychain is incomplete; please sign in again.");
                finish(result, QKeychain::NoError, {});
                return;
            }
        }
        finish(result, job->error(), job->errorString());
    });
    job->start();
}

void CredentialStore::save(const AccountCredentials &credentials)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, this);
    const QJsonObject o{{"access_token"_L1, credentials.accessToken}, {"web_key"_L1, credentials.webKey}};
    job->setBinaryData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        CredentialResult result;
        result.operation = CredentialResult::Operation::Save;
        finish(result, job->error(), job->errorString());
    });
    job->start();
}

void CredentialStore::forget()
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, this);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        CredentialResult result;
        result.operation = CredentialResult::Operation::Forget;
        // Forgetting what was never saved is not a failure.
        finish(result, job->error() == QKeychain::EntryNotFound ? QKeychain::NoError : job->error(),
               job->errorString());
    });
    job->start();
}

QString CredentialStore::noKeychainMessage()
{
    return tr("No keychain service is available, so your credentials are kept for this session "
              "only and you will be asked again next time.");
}

void CredentialStore::finish(CredentialResult result, int keychainError, const QString &detail)
{
    switch (keychainError) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = KeychainStatus::NotFound;
        result.message = tr("No account is saved on this computer.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = KeychainStatus::Unavailable;
        result.message = noKeychainMessage();
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = KeychainStatus::AccessDenied;
        result.message = tr("The keychain refused access (it may be locked): %1").arg(detail);
        break;
    default:
        if (!secretServiceReachable()) {
            result.status = KeychainStatus::Unavailable;
            result.message = noKeychainMessage();
        } else {
            result.status = KeychainStatus::Failed;
            result.message = tr("The keychain failed: %1").arg(detail);
        }
        break;
    }
    // The detail strings come from the keychain and never carry the secret itself.
    if (result.status != KeychainStatus::Ok && result.status != KeychainStatus::NotFound)
        qCWarning(lcCredentials) << "keychain operation" << int(result.operation) << "failed:" << detail;
    Q_EMIT finished(result);
}

} // namespace ct::credentials
