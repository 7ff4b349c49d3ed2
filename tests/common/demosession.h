// SPDX-License-Identifier: MIT
// What the suites that work as a signed-in user share: the demo account's session against the
// real sandbox on loopback, in a throwaway folder, and its teardown. Written once here so that
// every suite signs in and tears down the same way; each suite still says itself what it
// configures (backoff, model testers) and what it waits for. Needs ctapp.
#pragma once

#include "accountsession.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "sandboxrequests.h"

#include "credentialstore.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace ct::testsupport {

// The credentials the sandbox seeds for its demo account.
inline ct::credentials::AccountCredentials demoCredentials()
{
    return {ct::sandbox::Sandbox::demoAccessToken(), ct::sandbox::Sandbox::demoWebKey()};
}

// What a suite that works as a signed-in user holds for its whole run: the sandbox (seeded as
// the suite asks), a throwaway folder, the session and the window it fills, declared once in
// this order so that they are destroyed window first, sandbox last. Suites derive from it with
// their own Q_OBJECT (QTEST_MAIN constructs them as usual) and open the session in
// initTestCase with openDemoSession(m_sandbox, m_dir, m_session).
class DemoSessionSuite : public QObject
{
protected:
    explicit DemoSessionSuite(const ct::sandbox::SandboxOptions &options = {}) : m_sandbox(options) {}

    ct::sandbox::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountSession> m_session;
    MainWindow m_window;
};

// Starts the sandbox on loopback (with QStandardPaths in test mode, so nothing reaches the
// user's own folders) and opens the demo account's session with its database under
// dir/subfolder. The session is not started: suites set the replayer's backoff or attach model
// testers first, then call start() themselves. Returns what went wrong, empty on success, so
// the caller's QVERIFY2 reports it at the caller's line:
//     const QString problem = openDemoSession(m_sandbox, m_dir, m_session);
//     QVERIFY2(problem.isEmpty(), qPrintable(problem));
inline QString openDemoSession(ct::sandbox::Sandbox &sandbox, const QTemporaryDir &dir,
                               std::unique_ptr<AccountSession> &session, const QString &subfolder = {})
{
    QStandardPaths::setTestModeEnabled(true);
    if (!sandbox.start())
        return QStringLiteral("sandbox did not start: ") + sandbox.errorString();
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: ") + dir.errorString();
    const QString folder = subfolder.isEmpty() ? dir.path() : dir.path() + u'/' + subfolder;
    session = std::make_unique<AccountSession>(sandbox.baseUrl(), demoCredentials(), folder);
    if (!session->isReady())
        return QStringLiteral("session not ready: ") + session->errorString();
    return {};
}

// Puts the session's areas in the window as sign-in does, at `size` (large enough that no area
// squeezes its widgets). The models the areas bring exist from here on: attach testers now.
inline void populateWindow(MainWindow &window, AccountSession &session, QSize size)
{
    window.resize(size);
    session.populate(&window);
}

// Opens the area `areaId` and shows the window; returns the area's view, null when the window
// has no View.
template <class View>
View *showArea(MainWindow &window, const QString &areaId)
{
    window.showArea(areaId);
    window.show();
    return window.findChild<View *>();
}

// Ends a session the way the window does on sign-out: the areas go first (their views show the
// session's models), their deferred deletes run now rather than after the models are gone, then
// the session with its database and outbox closes.
inline void closeDemoSession(MainWindow &window, std::unique_ptr<AccountSession> &session)
{
    window.clearAreas();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    session.reset();
}

} // namespace ct::testsupport
