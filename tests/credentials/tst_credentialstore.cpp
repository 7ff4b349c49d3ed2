// SPDX-License-Identifier: MIT
// CredentialStore against a real Secret Service (gnome-keyring in the private D-Bus session that
// tests/common/test-session.sh starts for it under ctest), and without any D-Bus at all.
#include "credentialstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace ct::credentials;
using namespace Qt::Literals::StringLiterals;

namespace {

CredentialResult run(CredentialStore &store, const std::function<void()> &start)
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    start();
    if (!spy.wait(20000) && spy.isEmpty())
        return {CredentialResult::Operation::Load, KeychainStatus::Failed, {}, u"timed out"_s};
    return spy.takeFirst().at(0).value<CredentialResult>();
}

// Probe mode: the test re-runs itself with no D-Bus reachable and reports what saving did.
int probeWithoutKeychain()
{
    CredentialStore store(u"ClientTether Console probe"_s);
    const CredentialResult r = run(store, [&] { store.save({u"probe-token"_s, u"CT_probe"_s}); });
    QTextStream(stdout) << int(r.status) << '\n' << r.message << '\n';
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through ctest or tests/common/test-session.sh: they provide a private D-Bus session with gnome-keyring");
        m_service = u"ClientTether Console test %1"_s.arg(QCoreApplication::applicationPid());
    }

    void saveRestoreForget()
    {
        const AccountCredentials saved{u"eyJ0eXAiOiJKV1Qi.canary-%1"_s.arg(QCoreApplication::applicationPid()),
                                       u"CT_38792a5ceaea9662c"_s};
        {
            // GIVEN a console that signs in and is told to remember the account
            CredentialStore store(m_service);
            const CredentialResult r = run(store, [&] { store.save(saved); });
            QCOMPARE(r.status, KeychainStatus::Ok);
            QVERIFY(r.message.isEmpty());
        }
        {
            // WHEN the console starts again (a new store, nothing kept in memory)
            CredentialStore store(m_service);
            const CredentialResult r = run(store, [&] { store.load(); });
            // THEN both secrets come back from the keychain
            QCOMPARE(r.status, KeychainStatus::Ok);
            QCOMPARE(r.credentials.accessToken, saved.accessToken);
            QCOMPARE(r.credentials.webKey, saved.webKey);
        }
        {
            // WHEN the user signs out, THEN the entry is gone
            CredentialStore store(m_service);
            QCOMPARE(run(store, [&] { store.forget(); }).status, KeychainStatus::Ok);
            const CredentialResult r = run(store, [&] { store.load(); });
            QCOMPARE(r.status, KeychainStatus::NotFound);
            QVERIFY(!r.message.isEmpty());
            QVERIFY(r.credentials.accessToken.isEmpty());
        }
    }

    void forgetWhenNothingSavedIsFine()
    {
        CredentialStore store(m_service + u" empty"_s);
        QCOMPARE(run(store, [&] { store.forget(); }).status, KeychainStatus::Ok);
    }

    void overwriteKeepsOnlyTheNewAccount()
    {
        CredentialStore store(m_service + u" overwrite"_s);
        QCOMPARE(run(store, [&] { store.save({u"first-token"_s, u"CT_first"_s}); }).status, KeychainStatus::Ok);
        QCOMPARE(run(store, [&] { store.save({u"second-token"_s, u"CT_second"_s}); }).status, KeychainStatus::Ok);
        const CredentialResult r = run(store, [&] { store.load(); });
        QCOMPARE(r.credentials.accessToken, u"second-token"_s);
        QCOMPARE(r.credentials.webKey, u"CT_second"_s);
        run(store, [&] { store.forget(); });
    }

    void noDbusMeansSessionOnly()
    {
        // GIVEN no D-Bus session at all (no keychain service can exist)
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ct-no-bus"_s);
        env.insert(u"CT_KEYCHAIN_PROBE"_s, u"1"_s);
        probe.setProcessEnvironment(env);
        probe.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(probe.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(QString::fromUtf8(probe.readAllStandardError())));
        // THEN saving says the keychain is unavailable, with a message for the user
        QCOMPARE(lines.at(0).toInt(), int(KeychainStatus::Unavailable));
        QVERIFY(lines.at(1).contains(u"this session only"_s));
    }

private:
    QString m_service;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("CT_KEYCHAIN_PROBE"))
        return probeWithoutKeychain();
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
