// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace ct::sandbox { class Sandbox; }

// The demo mode's server: the project's ClientTether sandbox, run inside the console on a
// loopback port, with its demo data kept between runs in the application's data folder.
class DemoServer
{
public:
    DemoServer();
    ~DemoServer();

    bool start();
    QString errorString() const { return m_error; }
    QUrl apiUrl() const;

    // The demo account's credentials: fixed, public, accepted only by the sandbox.
    static QString accessToken();
    static QString webKey();

private:
    std::unique_ptr<ct::sandbox::Sandbox> m_sandbox;
    QString m_error;
};
