// SPDX-License-Identifier: MIT
// The ctsandbox program as a user starts it: help, refusals, the banner with the base URL and
// the demo credentials, and fault options that reach the server.
#include "sandbox.h"
#include "sandboxhttp.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;

class TestCtSandboxCli : public QObject
{
    Q_OBJECT

private:
    // Starts the program and waits for its banner; the base URL it printed, or empty.
    QUrl startAndReadBaseUrl(QProcess &process, const QStringList &arguments, QString *banner)
    {
        process.start(QStringLiteral(CTSANDBOX_PATH), arguments);
        if (!process.waitForStarted(10000))
            return {};
        static const QRegularExpression url(u"sandbox at (http://\\S+)"_s);
        QString seen;
        // The banner ends with the curl example line; wait for output, not for a fixed time.
        QDeadlineTimer deadline(30000);
        while (!seen.contains(u"Example:"_s) && process.state() == QProcess::Running && !deadline.hasExpired()) {
            process.waitForReadyRead(1000);
            seen += QString::fromUtf8(process.readAllStandardOutput());
        }
        *banner = seen;
        const QRegularExpressionMatch m = url.match(seen);
        return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
    }

    static void stop(QProcess &process)
    {
        process.kill();
        process.waitForFinished(5000);
    }

private Q_SLOTS:
    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(QStringLiteral(CTSANDBOX_PATH), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString option : {u"--port"_s, u"--host"_s, u"--db"_s, u"--seed"_s, u"--contacts"_s,
                                     u"--latency"_s, u"--error-rate"_s, u"--rate-limit-rate"_s,
                                     u"--retry-after"_s, u"--drop-rate"_s, u"--malformed-rate"_s,
                                     u"--answer-lost-rate"_s, u"--only-calls"_s})
            QVERIFY2(help.contains(option), qPrintable(option));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("remote host") << QStringList{u"--host"_s, u"0.0.0.0"_s};
        QTest::newRow("not an address") << QStringList{u"--host"_s, u"example.com"_s};
        QTest::newRow("rate above one") << QStringList{u"--error-rate"_s, u"1.5"_s};
        QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("negative latency") << QStringList{u"--latency"_s, u"-1"_s};
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(CTSANDBOX_PATH), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void bannerAndFaultsFromTheCommandLine()
    {
        QProcess process;
        QString banner;
        const QUrl base = startAndReadBaseUrl(process, {u"--port"_s, u"0"_s, u"--contacts"_s, u"40"_s,
                                                        u"--rate-limit-rate"_s, u"1"_s, u"--retry-after"_s, u"9"_s,
                                                        u"--only-calls"_s, u"read_tags_list"_s},
                                              &banner);
        QVERIFY2(base.isValid() && base.port() > 0, qPrintable(banner));
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QCOMPARE(base.path(), u"/v2/api/"_s);
        // The banner names every demo credential (published constants, not secrets).
        QStringList expected = {Sandbox::demoAccessToken(), Sandbox::demoWebKey(), Sandbox::demoStandardWebKey()};
        expected += Sandbox::demoSubAccountWebKeys();
        for (const QString &credential : expected)
            QVERIFY2(banner.contains(credential), qPrintable(banner));

        SandboxHttp http(base, Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        const HttpAnswer limited = http.get(u"read_tags_list"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, QByteArray("9"));
        const HttpAnswer users = http.get(u"read_user_list"_s);   // not in --only-calls
        QCOMPARE(users.status, 200);
        QCOMPARE(users.code(), u"CT_200"_s);
        stop(process);
    }

    void databaseFileKeepsEditsAcrossRuns()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"demo.sqlite"_s);
        QString banner;
        QString id;
        {
            QProcess process;
            const QUrl base = startAndReadBaseUrl(process, {u"--port"_s, u"0"_s, u"--contacts"_s, u"30"_s, u"--db"_s, db}, &banner);
            QVERIFY2(base.isValid(), qPrintable(banner));
            SandboxHttp http(base, Sandbox::demoWebKey(), Sandbox::demoAccessToken());
            id = http.post(u"create_client"_s, {{u"firstName"_s, u"Persisted"_s}, {u"lastName"_s, u"Contact"_s}})
                     .field(u"client_id"_s);
            QVERIFY(!id.isEmpty());
            stop(process);
        }
        QProcess process;
        const QUrl base = startAndReadBaseUrl(process, {u"--port"_s, u"0"_s, u"--db"_s, db}, &banner);
        QVERIFY2(base.isValid(), qPrintable(banner));
        SandboxHttp http(base, Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        QCOMPARE(http.get(u"read_client_by_id/"_s + id).field(u"firstName"_s), u"Persisted"_s);
        stop(process);
    }
};

QTEST_GUILESS_MAIN(TestCtSandboxCli)
#include "tst_ctsandboxcli.moc"
