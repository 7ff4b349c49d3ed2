// SPDX-License-Identifier: MIT
// The real ctconsole executable launched as a user launches it (offscreen, its own data and
// settings folders, the environment's credentials), against the real sandbox in this process:
// two launches on one account, and a command line the console must refuse.
#include "sandbox.h"
#include "sandboxrequests.h"

#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;

#ifndef CT_CONSOLE
#error "CT_CONSOLE must name the console executable"
#endif

namespace {

// CT_CONSOLE_UNDER_TEST runs the suite against another build of the console (an older one,
// to see a test fail before its fix).
QString consoleExecutable()
{
    const QString other = qEnvironmentVariable("CT_CONSOLE_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(CT_CONSOLE) : other;
}

} // namespace

class TestConsoleLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_home.isValid());
    }

    void twoConsolesOnOneAccountSendEachEditOnce();
    void accountFilesAreTheOwnersAlone();
    void refusedCommandLineStopsTheConsole_data();
    void refusedCommandLineStopsTheConsole();

private:
    // A console process with this suite's folders, signed in with the environment's credentials.
    std::unique_ptr<QProcess> launch(const QString &webKey, const QStringList &arguments = {},
                                     const QString &apiUrl = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"CLIENTTETHER_ACCESS_TOKEN"_s, Sandbox::demoAccessToken());
        if (!webKey.isEmpty())
            env.insert(u"CLIENTTETHER_WEB_KEY"_s, webKey);
        process->setProcessEnvironment(env);
        const QString url = apiUrl.isEmpty() ? m_sandbox.baseUrl().toString() : apiUrl;
        process->start(consoleExecutable(), QStringList{u"--api-url"_s, url} + arguments);
        return process;
    }

    // The folder the console keeps its account databases in (QStandardPaths::AppDataLocation).
    QString accountsFolder() const
    {
        return m_home.filePath(u"data/ClientTether Console/ctconsole/accounts"_s);
    }

    // Rows still in the account's journal (-1: unreadable), read behind the consoles' backs.
    int queuedEntries(const QString &webKey) const
    {
        ct::store::AccountDatabase db;
        if (!db.open(accountsFolder(), webKey))
            return -1;
        QSqlQuery q(db.database());
        return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    static void stop(QProcess *process)
    {
        if (process->state() == QProcess::NotRunning)
            return;
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }

    Sandbox m_sandbox{ct::sandbox::SandboxOptions{{}, 11, 40}};
    QTemporaryDir m_home;
};

void TestConsoleLaunch::twoConsolesOnOneAccountSendEachEditOnce()
{
    // GIVEN notes and updates queued in the account's outbox while no console ran
    ct::api::ApiClient direct;
    direct.setBaseUrl(m_sandbox.baseUrl());
    direct.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    const ct::api::ApiResult list = ct::testsupport::callNow(direct.call(u"read_client_list"_s, {{u"limit"_s, u"6"_s}}));
    QVERIFY2(list.ok() && list.rows.size() == 6, qPrintable(list.message));
    QStringList notes;
    QStringList cities;
    {
        ct::store::AccountDatabase db;
        QVERIFY2(db.open(accountsFolder(), Sandbox::demoWebKey()), qPrintable(db.errorString()));
        ct::store::Outbox outbox(&db);
        QVERIFY(outbox.load());
        for (int i = 0; i < 6; ++i) {
            const QString id = ct::testsupport::jsonText(list.rows.at(i).toObject(), u"client_id"_s);
            const QString body = u"launch note %1"_s.arg(i);
            QVERIFY(outbox.enqueue(u"create_client_history_note"_s, {{u"client_id"_s, id}, {u"note_body"_s, body}})
                        .accepted());
            notes.append(body);
            const QString city = u"Launchville %1"_s.arg(i);
            QVERIFY(outbox.enqueue(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, city}}).accepted());
            cities.append(city);
        }
    }
    QCOMPARE(queuedEntries(Sandbox::demoWebKey()), 12);
    // Writes answer slowly, so both consoles would be replaying at the same time.
    m_sandbox.setFaultPlan({.latencyMs = 400, .onlyCalls = {u"create_client_history_note"_s, u"update_client_by_id"_s}});

    // WHEN the console is started twice on that account (a double click), and once more on
    // another account
    std::unique_ptr<QProcess> first = launch(Sandbox::demoWebKey());
    QVERIFY(first->waitForStarted(10000));
    QTest::qWait(150);
    std::unique_ptr<QProcess> second = launch(Sandbox::demoWebKey());
    std::unique_ptr<QProcess> other = launch(Sandbox::demoSubAccountWebKeys().first());
    const auto cleanup = qScopeGuard([&] {
        stop(first.get());
        stop(second.get());
        stop(other.get());
    });

    // THEN the outbox empties, and after it has stayed empty a while the server received each
    // operation exactly once
    QTRY_COMPARE_WITH_TIMEOUT(queuedEntries(Sandbox::demoWebKey()), 0, 60000);
    QTest::qWait(3000);
    for (const QString &body : std::as_const(notes))
        QCOMPARE(ct::testsupport::requestsOf(m_sandbox, u"create_client_history_note"_s, {{u"note_body"_s, body}}).size(), 1);
    for (const QString &city : std::as_const(cities))
        QCOMPARE(ct::testsupport::requestsOf(m_sandbox, u"update_client_by_id"_s, {{u"city"_s, city}}).size(), 1);

    // THEN the second launch handed over and ended by itself; the first one and the console of
    // the other account still run
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), QProcess::NotRunning, 20000);
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QVERIFY2(second->exitCode() == 0, second->readAll().constData());
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(other->state(), QProcess::Running);
    QVERIFY(QFile::exists(QDir(accountsFolder()).filePath(
        ct::store::AccountDatabase::fileNameFor(Sandbox::demoSubAccountWebKeys().first()) + u".lock"_s)));
}

void TestConsoleLaunch::accountFilesAreTheOwnersAlone()
{
    // GIVEN a console that opened an account, read its contacts (the snapshot) and holds its
    // database open (-wal, -shm) and its lock
    const QString webKey = Sandbox::demoStandardWebKey();
    const QString database = QDir(accountsFolder()).filePath(ct::store::AccountDatabase::fileNameFor(webKey));
    std::unique_ptr<QProcess> console = launch(webKey);
    const auto cleanup = qScopeGuard([&] { stop(console.get()); });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(database + u".contacts"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(database + u"-wal"_s), 10000);
    QVERIFY(QFile::exists(database + u"-shm"_s));

    // THEN every file in the accounts folder is readable and writable by its owner alone, and
    // the folder lets nobody else in
    const QFileInfoList files = QDir(accountsFolder()).entryInfoList(QDir::Files | QDir::Hidden);
    QVERIFY(files.size() >= 4);
    for (const QFileInfo &file : files) {
        QVERIFY2(file.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 qPrintable(u"%1 has mode %2"_s.arg(file.fileName()).arg(int(file.permissions()), 0, 16)));
    }
    QCOMPARE(QFileInfo(accountsFolder()).permissions(),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

void TestConsoleLaunch::refusedCommandLineStopsTheConsole_data()
{
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("webKey");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plain http to another host") << u"http://example.invalid"_s << Sandbox::demoWebKey() << u"--api-url"_s;
    QTest::newRow("not an address") << u"https://"_s << Sandbox::demoWebKey() << u"--api-url"_s;
    QTest::newRow("token without web key") << QString() << QString() << u"CLIENTTETHER_WEB_KEY"_s;
}

void TestConsoleLaunch::refusedCommandLineStopsTheConsole()
{
    QFETCH(QString, apiUrl);
    QFETCH(QString, webKey);
    QFETCH(QString, reason);
    // GIVEN an address saved by an earlier sign-in (the sandbox: a console that went on
    // regardless would sign in there, never to the production address)
    QSettings saved(m_home.filePath(u"config/ClientTether Console/ctconsole.conf"_s), QSettings::IniFormat);
    saved.setValue(u"account/apiUrl"_s, m_sandbox.baseUrl());
    saved.sync();
    const qsizetype requestsBefore = m_sandbox.requestLog().size();
    // WHEN the console is started with a command line it must refuse
    std::unique_ptr<QProcess> console = launch(webKey, {}, apiUrl);
    const auto cleanup = qScopeGuard([&] { stop(console.get()); });
    // THEN it stops with a failure code and the reason on stderr, having asked no server anything
    QVERIFY2(console->waitForFinished(20000), "the console went on");
    QCOMPARE(console->exitStatus(), QProcess::NormalExit);
    QVERIFY(console->exitCode() != 0);
    const QString errors = QString::fromLocal8Bit(console->readAllStandardError());
    QVERIFY2(errors.contains(reason), qPrintable(errors));
    QTest::qWait(500);
    QCOMPARE(m_sandbox.requestLog().size(), requestsBefore);
}

QTEST_MAIN(TestConsoleLaunch)
#include "tst_consolelaunch.moc"
