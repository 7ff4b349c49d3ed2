// SPDX-License-Identifier: MIT
// One console per account, piece by piece: the account's lock file (exclusive, released, taken
// over after a crash, a refusal in words) and the local-socket handoff of a second launch's
// command line.
#include "consolehandoff.h"

#include "store/accountlock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using ct::store::AccountLock;

class TestConsoleHandoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockIsExclusiveUntilReleased();
    void lockOfACrashedConsoleIsTakenOver();
    void unwritableFolderIsExplainedInWords();
    void secondLaunchHandsItsCommandLineOver();
    void nobodyListeningIsAFailure();
    void socketLeftByACrashIsReplaced();
};

void TestConsoleHandoff::lockIsExclusiveUntilReleased()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"account.sqlite"_s);
    // GIVEN one console holding the account
    AccountLock first(database);
    QCOMPARE(first.tryTake(), AccountLock::Result::Taken);
    QVERIFY(first.isHeld());
    // WHEN another one asks THEN it is told who holds it, in words
    AccountLock second(database);
    QCOMPARE(second.tryTake(), AccountLock::Result::HeldElsewhere);
    QCOMPARE(second.holderPid(), QCoreApplication::applicationPid());
    QVERIFY(second.errorString().contains(u"already open"_s));
    // WHEN the first lets go THEN the other takes it
    first.release();
    QVERIFY(!first.isHeld());
    QCOMPARE(second.tryTake(), AccountLock::Result::Taken);
}

void TestConsoleHandoff::lockOfACrashedConsoleIsTakenOver()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"account.sqlite"_s);
    // GIVEN another process holding the account (this executable in its holder mode)
    QProcess holder;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CT_HOLD_ACCOUNT_LOCK"_s, database);
    holder.setProcessEnvironment(env);
    holder.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(holder.waitForStarted(10000));
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(holder.readAllStandardOutput().contains("held"));
    AccountLock mine(database);
    QCOMPARE(mine.tryTake(), AccountLock::Result::HeldElsewhere);
    QCOMPARE(mine.holderPid(), holder.processId());
    // WHEN it crashes (SIGKILL: nothing released) THEN its lock is taken over
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFile::exists(database + u".lock"_s));
    QCOMPARE(mine.tryTake(), AccountLock::Result::Taken);
}

void TestConsoleHandoff::unwritableFolderIsExplainedInWords()
{
    // GIVEN a data "folder" that is a file: no lock file can be written there (root too)
    QTemporaryDir dir;
    QFile plain(dir.filePath(u"plain"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    AccountLock lock(plain.fileName() + u"/account.sqlite"_s);
    QCOMPARE(lock.tryTake(), AccountLock::Result::Failed);
    QVERIFY(!lock.isHeld());
    QVERIFY2(lock.errorString().contains(u"open only once"_s), qPrintable(lock.errorString()));
}

void TestConsoleHandoff::secondLaunchHandsItsCommandLineOver()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"account.sqlite"_s);
    // GIVEN the console holding the account listening
    ConsoleHandoff running;
    QVERIFY2(running.listen(database), qPrintable(running.errorString()));
    QSignalSpy received(&running, &ConsoleHandoff::launchReceived);
    // WHEN a second launch hands over its command line
    ConsoleHandoff second;
    QSignalSpy delivered(&second, &ConsoleHandoff::handedOver);
    QSignalSpy failed(&second, &ConsoleHandoff::handOverFailed);
    const QStringList arguments{u"--account"_s, u"Smith Roofing"_s};
    second.handOver(database, arguments);
    // THEN the running console has it and the second launch knows it may exit
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(failed.size(), 0);
    // A console for another account hears nothing of it.
    QVERIFY(ConsoleHandoff::serverNameFor(database) != ConsoleHandoff::serverNameFor(dir.filePath(u"other.sqlite"_s)));
}

void TestConsoleHandoff::nobodyListeningIsAFailure()
{
    QTemporaryDir dir;
    ConsoleHandoff second;
    QSignalSpy delivered(&second, &ConsoleHandoff::handedOver);
    QSignalSpy failed(&second, &ConsoleHandoff::handOverFailed);
    second.handOver(dir.filePath(u"account.sqlite"_s), {}, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(delivered.size(), 0);
}

void TestConsoleHandoff::socketLeftByACrashIsReplaced()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"account.sqlite"_s);
    // GIVEN a socket under the account's name that nobody serves any more (a crashed console:
    // made here by a process killed while it listened)
    QProcess crashed;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CT_LISTEN_FOR_ACCOUNT"_s, database);
    crashed.setProcessEnvironment(env);
    crashed.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(crashed.waitForStarted(10000));
    QVERIFY(crashed.waitForReadyRead(10000));
    QVERIFY(crashed.readAllStandardOutput().contains("listening"));
    crashed.kill();
    QVERIFY(crashed.waitForFinished(10000));
    // WHEN the next console listens THEN it serves the name
    ConsoleHandoff running;
    QVERIFY2(running.listen(database), qPrintable(running.errorString()));
    ConsoleHandoff second;
    QSignalSpy delivered(&second, &ConsoleHandoff::handedOver);
    second.handOver(database, {u"--demo"_s});
    QTRY_COMPARE(delivered.size(), 1);
}

// Holder modes: this executable started by the tests above to hold a lock or a socket until
// it is killed, as a console would.
int main(int argc, char **argv)
{
    const QString lockFor = qEnvironmentVariable("CT_HOLD_ACCOUNT_LOCK");
    const QString listenFor = qEnvironmentVariable("CT_LISTEN_FOR_ACCOUNT");
    if (!lockFor.isEmpty() || !listenFor.isEmpty()) {
        QCoreApplication app(argc, argv);
        AccountLock lock(lockFor);
        ConsoleHandoff handoff;
        if (!lockFor.isEmpty() && lock.tryTake() == AccountLock::Result::Taken)
            std::puts("held");
        if (!listenFor.isEmpty() && handoff.listen(listenFor))
            std::puts("listening");
        std::fflush(stdout);
        return app.exec();
    }
    QCoreApplication app(argc, argv);
    TestConsoleHandoff test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consolehandoff.moc"
