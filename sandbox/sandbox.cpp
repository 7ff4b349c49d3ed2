// SPDX-License-Identifier: MIT
#include "sandbox.h"

#include "calldispatcher.h"
#include "demodatagenerator.h"
#include "democredentials.h"
#include "faultinjector.h"
#include "handlers/clientrecords.h"
#include "httpfrontend.h"
#include "sandboxlogging.h"
#include "sandboxstore.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace ct::sandbox {

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<SandboxStore>(options.databasePath))
    , m_faults(std::make_unique<FaultInjector>())
{
    QString error;
    if (!m_store->open(&error)) {
        m_error = u"Cannot open the sandbox database: %1"_s.arg(error);
        return;
    }
    // A database file that already holds data is reused as it is (edits survive restarts).
    if (m_store->isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        DemoDataGenerator generator(*m_store, options.seed);
        if (!generator.generate(options.contacts)) {
            m_error = u"Cannot generate the demo data"_s;
            return;
        }
        qCInfo(lcSandbox) << "demo data:" << options.contacts << "contacts, seed" << options.seed
                          << "in" << timer.elapsed() << "ms";
    }
    m_dispatcher = std::make_unique<CallDispatcher>(*m_store);
    if (const QStringList missing = m_dispatcher->unhandledCalls(); !missing.isEmpty())
        qCWarning(lcSandbox) << "calls without a handler:" << missing;
    m_http = std::make_unique<HttpFrontend>(*m_store, *m_dispatcher, *m_faults,
                                            [this](const RecordedRequest &r) {
                                                if (m_log.size() >= maxLoggedRequests)
                                                    m_log.removeFirst();
                                                m_log.append(r);
                                                Q_EMIT requestRecorded();
                                            });
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(quint16 port)
{
    return start(QHostAddress(QHostAddress::LocalHost), port);
}

bool Sandbox::start(const QHostAddress &address, quint16 port)
{
    if (!m_http)
        return false;   // m_error says why
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        m_error = u"Cannot listen on %1:%2"_s.arg(address.toString()).arg(port);
        return false;
    }
    m_address = address;
    m_port = bound;
    return true;
}

QString Sandbox::errorString() const { return m_error; }
quint16 Sandbox::port() const { return m_port; }

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_address.isNull() ? u"127.0.0.1"_s : m_address.toString());
    url.setPort(m_port);
    url.setPath(u"/v2/api/"_s);
    return url;
}

void Sandbox::setFaultPlan(const FaultPlan &plan) { m_faults->setPlan(plan); }
FaultPlan Sandbox::faultPlan() const { return m_faults->plan(); }

QList<RecordedRequest> Sandbox::requestLog() const { return m_log; }
void Sandbox::clearRequestLog() { m_log.clear(); }

QJsonArray Sandbox::clients(const QString &webKey) const
{
    const std::optional<Account> account = m_store->accountByWebKey(webKey);
    if (!account)
        return {};
    return ClientRecords::list(*m_store, account->id, -1, 0);
}

QSqlDatabase Sandbox::database() const { return m_store->database(); }

QString Sandbox::demoAccessToken() { return DemoCredentials::accessToken(); }
QString Sandbox::demoWebKey() { return DemoCredentials::enterpriseWebKey(); }
QStringList Sandbox::demoSubAccountWebKeys() { return DemoCredentials::subAccountWebKeys(); }
QString Sandbox::demoStandardWebKey() { return DemoCredentials::standardWebKey(); }

} // namespace ct::sandbox
