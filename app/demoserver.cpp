// SPDX-License-Identifier: MIT
#include "demoserver.h"

#include "sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

DemoServer::DemoServer() = default;
DemoServer::~DemoServer() = default;

bool DemoServer::start()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    if (!QDir().mkpath(folder)) {
        m_error = QCoreApplication::translate("DemoServer", "Cannot create %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    ct::sandbox::SandboxOptions options;
    options.databasePath = folder + QStringLiteral("/sandbox.sqlite");
    m_sandbox = std::make_unique<ct::sandbox::Sandbox>(options);
    if (!m_sandbox->start()) {
        m_error = m_sandbox->errorString();
        m_sandbox.reset();
        return false;
    }
    return true;
}

QUrl DemoServer::apiUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

QString DemoServer::accessToken()
{
    return ct::sandbox::Sandbox::demoAccessToken();
}

QString DemoServer::webKey()
{
    return ct::sandbox::Sandbox::demoWebKey();
}
