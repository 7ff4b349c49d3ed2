// SPDX-License-Identifier: MIT
// The sign-in flow end to end: the real SignInDialog and MainWindow driven with QTest, the real
// ApiClient against the real sandbox on loopback, the real keychain (private gnome-keyring).
#include "accountsession.h"
#include "consolecontroller.h"
#include "consolehandoff.h"
#include "credentialstore.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "signindialog.h"

#include "api/apiclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::credentials::CredentialResult;
using ct::credentials::CredentialStore;
using ct::credentials::KeychainStatus;
using ct::sandbox::Sandbox;

namespace {

// Everything any category logs during the run, to prove no secret ever reaches a log line.
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

CredentialResult keychain(void (CredentialStore::*operation)())
{
    CredentialStore store;
    QSignalSpy spy(&store, &CredentialStore::finished);
    (store.*operation)();
    if (!spy.wait(20000) && spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<CredentialResult>();
}

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through ctest or tests/common/test-session.sh: they provide a private D-Bus session with gnome-keyring");
        m_withoutKeychain = qEnvironmentVariableIsSet("CT_EXPECT_NO_KEYCHAIN");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ClientTether Console tests"_s);
        QCoreApplication::setApplicationName(u"tst_signin"_s);
        QLoggingCategory::setFilterRules(u"ct.*=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QSettings().clear();
        if (!m_withoutKeychain)
            keychain(&CredentialStore::forget);
        m_options = {};
        m_options.apiUrl = m_sandbox.baseUrl();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(m_options, m_window.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
    }

    void withoutKeychainTheSessionOnlyIsKept()
    {
        // Runs itself again with no D-Bus reachable, as on a desktop without a keychain service.
        if (m_withoutKeychain)
            QSKIP("this is the child run");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ct-no-bus"_s);
        env.insert(u"CT_EXPECT_NO_KEYCHAIN"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"signInWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(120000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output.right(2000)));
        QVERIFY2(output.contains(u"PASS   : TestSignIn::signInWithoutKeychain()"_s), qPrintable(output.right(2000)));
    }

    void signInWithoutKeychain()
    {
        if (!m_withoutKeychain)
            QSKIP("runs as a child of withoutKeychainTheSessionOnlyIsKept");
        // GIVEN no keychain service: the console says so, and "remember" is not offered
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInDialog() && m_controller->signInDialog()->isVisible(), 30000);
        SignInDialog *dialog = m_controller->signInDialog();
        QVERIFY(child<QLabel>(dialog, u"notice"_s)->text().contains(u"this session only"_s));
        QVERIFY(!child<QCheckBox>(dialog, u"remember"_s)->isEnabled());
        // WHEN the user signs in, THEN the session opens with the credentials held in memory only
        fill(dialog, Sandbox::demoAccessToken(), Sandbox::demoWebKey(), {});
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        QTest::mouseClick(child<QPushButton>(dialog, u"signIn"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QCOMPARE(m_controller->session()->credentials().webKey, Sandbox::demoWebKey());
    }

    void dialogChecksFieldsBeforeAsking_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("webKey");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorLabel");
        QTest::newRow("no token") << "" << "CT_x" << "" << "accessTokenError";
        QTest::newRow("token with a space") << "eyJ abc" << "CT_x" << "" << "accessTokenError";
        QTest::newRow("no web key") << "eyJabc" << "" << "" << "webKeyError";
        QTest::newRow("plain http remote") << "eyJabc" << "CT_x" << "http://api.example.com/v2/api/" << "apiUrlError";
        QTest::newRow("not an address") << "eyJabc" << "CT_x" << "https://" << "apiUrlError";
    }

    void dialogChecksFieldsBeforeAsking()
    {
        QFETCH(QString, token);
        QFETCH(QString, webKey);
        QFETCH(QString, url);
        QFETCH(QString, errorLabel);
        // GIVEN the sign-in dialog (nothing saved)
        m_controller->start();
        QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
        SignInDialog *dialog = m_controller->signInDialog();
        const int before = int(m_sandbox.requestLog().size());
        // WHEN the user fills the form with a bad value and presses Sign in
        fill(dialog, token, webKey, url);
        QTest::mouseClick(child<QPushButton>(dialog, u"signIn"_s), Qt::LeftButton);
        // THEN the reason shows at the field and nothing was sent
        QLabel *label = child<QLabel>(dialog, errorLabel);
        QVERIFY(label && label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QCOMPARE(int(m_sandbox.requestLog().size()), before);
        QVERIFY(!m_controller->session());
    }

    void wrongCredentialsAreRefusedAtTheField()
    {
        m_controller->start();
        QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
        SignInDialog *dialog = m_controller->signInDialog();
        fill(dialog, m_canaryToken, Sandbox::demoWebKey(), {});
        QTest::mouseClick(child<QPushButton>(dialog, u"signIn"_s), Qt::LeftButton);
        QLabel *label = child<QLabel>(dialog, u"accessTokenError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 20000);
        QVERIFY(label->text().contains(u"refused"_s));
        QVERIFY(!m_controller->session());
        QCOMPARE(keychain(&CredentialStore::load).status, KeychainStatus::NotFound);
    }

    void rememberedAccountOpensWithoutDialogAndSignOutForgetsIt()
    {
        // GIVEN a user who signs in with "remember" ticked
        m_controller->start();
        QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
        SignInDialog *dialog = m_controller->signInDialog();
        fill(dialog, Sandbox::demoAccessToken(), Sandbox::demoWebKey(), {});
        QVERIFY(child<QCheckBox>(dialog, u"remember"_s)->isChecked());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        QTest::mouseClick(child<QPushButton>(dialog, u"signIn"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(keychain(&CredentialStore::load).status, KeychainStatus::Ok, 20000);
        QCOMPARE(keychain(&CredentialStore::load).credentials.webKey, Sandbox::demoWebKey());

        // WHEN the console starts again
        cleanup();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(m_options, m_window.get());
        QSignalSpy reopened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        // THEN it opens the account without asking
        QTRY_COMPARE_WITH_TIMEOUT(reopened.size(), 1, 20000);
        QVERIFY(!m_controller->signInDialog() || !m_controller->signInDialog()->isVisible());
        QCOMPARE(m_controller->session()->credentials().accessToken, Sandbox::demoAccessToken());
        QCOMPARE(child<QLabel>(m_window.get(), u"connectionState"_s)->text(), windowText("Online"));

        // WHEN the user signs out, THEN the keychain forgets and the dialog returns
        Q_EMIT m_window->signOutRequested();
        QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
        QVERIFY(!m_controller->session());
        QTRY_COMPARE_WITH_TIMEOUT(keychain(&CredentialStore::load).status, KeychainStatus::NotFound, 20000);
    }

    void demoButtonSignsInEndToEnd()
    {
        m_controller->start();
        QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        QTest::mouseClick(child<QPushButton>(m_controller->signInDialog(), u"tryDemo"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(m_controller->demoServer());
        QCOMPARE(m_controller->session()->apiUrl(), m_controller->demoServer()->apiUrl());
        QVERIFY(!m_controller->signInDialog()->isVisible());
        // The demo is never remembered.
        QCOMPARE(keychain(&CredentialStore::load).status, KeychainStatus::NotFound);
    }

    void demoOptionNeedsNoTyping()
    {
        QVERIFY(openWithDemoOption());
        QVERIFY(!m_controller->signInDialog());
    }

    void aSecondLaunchBringsTheWindowBack()
    {
        // GIVEN the demo account open in a window the user minimised
        QVERIFY(openWithDemoOption());
        QVERIFY(m_controller->session());
        m_window->showMinimized();
        QVERIFY(m_window->isMinimized());
        // WHEN a second launch for the same account hands its command line over (as
        // ctconsole started again does before it exits)
        ConsoleHandoff second;
        QSignalSpy delivered(&second, &ConsoleHandoff::handedOver);
        second.handOver(m_controller->session()->databasePath(), {});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        // THEN the window comes back, and says why
        QTRY_VERIFY(!m_window->isMinimized());
        QVERIFY(m_window->isVisible());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(tr("started again")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void demoUnlessSavedOpensTheSavedAccountOrTheDemo()
    {
        // GIVEN nothing saved: the demo opens, no dialog
        cleanup();
        StartupOptions options;
        options.demoUnlessSaved = true;
        options.apiUrl = m_sandbox.baseUrl();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(m_controller->demoServer());
        QVERIFY(!m_controller->signInDialog());

        // GIVEN a saved account: it opens instead of the demo
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::finished);
        store.save({Sandbox::demoAccessToken(), Sandbox::demoWebKey()});
        QVERIFY(saved.wait(20000));
        cleanup();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        QSignalSpy reopened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(reopened.size(), 1, 30000);
        QVERIFY(!m_controller->demoServer());
        QCOMPARE(m_controller->session()->apiUrl(), m_sandbox.baseUrl());
        keychain(&CredentialStore::forget);
    }

    void enterpriseTokenOffersSubAccounts()
    {
        cleanup();
        StartupOptions options;
        options.apiUrl = m_sandbox.baseUrl();
        options.environmentAccessToken = Sandbox::demoAccessToken();
        options.environmentWebKey = Sandbox::demoWebKey();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        // Environment credentials are for this run only.
        QCOMPARE(keychain(&CredentialStore::load).status, KeychainStatus::NotFound);

        auto *switcher = child<QComboBox>(m_window.get(), u"accountSwitcher"_s);
        QVERIFY(switcher->count() >= 1 + int(Sandbox::demoSubAccountWebKeys().size()));
        const QString sub = Sandbox::demoSubAccountWebKeys().first();
        const int index = switcher->findData(sub);
        QVERIFY(index >= 0);
        // WHEN the user picks a sub-account, THEN the session uses its web key with the same token
        switcher->setCurrentIndex(index);
        Q_EMIT switcher->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 20000);
        QCOMPARE(m_controller->session()->credentials().webKey, sub);
        QCOMPARE(m_controller->session()->credentials().accessToken, Sandbox::demoAccessToken());
    }

    void unauthorizedReturnsToSignIn()
    {
        cleanup();
        StartupOptions options;
        options.apiUrl = m_sandbox.baseUrl();
        options.environmentAccessToken = Sandbox::demoAccessToken();
        options.environmentWebKey = Sandbox::demoWebKey();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
        // WHEN the server stops accepting the credentials (a revoked token)
        m_controller->session()->api()->setCredentials(m_canaryToken, Sandbox::demoWebKey());
        m_controller->session()->api()->call(u"read_tags_list"_s);
        // THEN the user is back at sign-in with the reason
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInDialog() && m_controller->signInDialog()->isVisible(), 20000);
        QVERIFY(child<QLabel>(m_controller->signInDialog(), u"notice"_s)->text().contains(u"401"_s));
        QCOMPARE(child<QLabel>(m_window.get(), u"connectionState"_s)->text(), windowText("Signed out"));
    }

    void secretsNeverReachDiskOrLogs()
    {
        // Runs last: every flow above has run with debug logging on, in this test's private
        // HOME and XDG folders. The keyring's own files are the only place a secret may be.
        // The web keys are secrets too: with the token they open the account.
        QStringList secrets = {m_canaryToken, Sandbox::demoAccessToken(), Sandbox::demoWebKey(),
                               Sandbox::demoStandardWebKey()};
        secrets += Sandbox::demoSubAccountWebKeys();
        for (const QString &line : std::as_const(capturedLog)) {
            for (const QString &secret : secrets)
                QVERIFY2(!line.contains(secret), qPrintable(u"a log line holds a secret: "_s + line.left(80)));
        }
        QVERIFY(!capturedLog.isEmpty());   // the categories really logged

        QStringList roots;
        for (const char *var : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"}) {
            if (!qEnvironmentVariableIsEmpty(var))
                roots.append(qEnvironmentVariable(var));
        }
        roots.append(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        roots.append(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation));
        int filesRead = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // The keyring, and the demo's stand-in server, which holds its accounts' keys as
                // the real server does, are the places a secret belongs.
                if (path.contains(u"/keyrings/"_s) || path.endsWith(u"/demo/sandbox.sqlite"_s) ||
                    path.contains(u"/demo/sandbox.sqlite-"_s))
                    continue;
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = file.readAll();
                ++filesRead;
                for (const QString &secret : secrets) {
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"secret found in "_s + path));
                    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
                    QVERIFY2(!bytes.contains(utf16), qPrintable(u"secret (UTF-16) in "_s + path));
                }
            }
        }
        QVERIFY(filesRead > 0);   // settings and the demo database were written
    }

private:
    // A console started with --demo, in a new window: true once its session opened (one only).
    bool openWithDemoOption()
    {
        cleanup();
        StartupOptions options;
        options.demo = true;
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<ConsoleController>(options, m_window.get());
        QSignalSpy opened(m_controller.get(), &ConsoleController::sessionOpened);
        m_controller->start();
        return QTest::qWaitFor([&opened] { return !opened.isEmpty(); }, 30000) && opened.size() == 1;
    }

    static void fill(SignInDialog *dialog, const QString &token, const QString &webKey, const QString &url)
    {
        auto *tokenEdit = child<QLineEdit>(dialog, u"accessToken"_s);
        auto *keyEdit = child<QLineEdit>(dialog, u"webKey"_s);
        tokenEdit->clear();
        keyEdit->clear();
        QTest::keyClicks(tokenEdit, token);
        QTest::keyClicks(keyEdit, webKey);
        if (!url.isEmpty()) {
            auto *urlEdit = child<QLineEdit>(dialog, u"apiUrl"_s);
            urlEdit->clear();
            QTest::keyClicks(urlEdit, url);
        }
    }

    static QString windowText(const char *text) { return QCoreApplication::translate("MainWindow", text); }

    Sandbox m_sandbox;
    StartupOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConsoleController> m_controller;
    bool m_withoutKeychain = false;
    const QString m_canaryToken = u"eyJcanary.%1.token"_s.arg(QCoreApplication::applicationPid());
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
