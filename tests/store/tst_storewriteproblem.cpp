// SPDX-License-Identifier: MIT
// What a refused write is called: SQLite's result codes (extended ones too) as kinds and plain
// words, never SQLite's own text. The real refusals (a full tmpfs, a read-only folder) are in
// tests/outbox/tst_outboxdiskproblems.cpp and tests/app/tst_diskproblems.cpp.
#include "store/storewriteproblem.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::store::StoreWriteProblem;
using Kind = ct::store::StoreWriteProblem::Kind;

class TestStoreWriteProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqliteCodesBecomeKinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("SQLITE_FULL") << u"13"_s << int(Kind::Full);
        QTest::newRow("SQLITE_READONLY") << u"8"_s << int(Kind::ReadOnly);
        QTest::newRow("SQLITE_READONLY_DBMOVED") << u"1032"_s << int(Kind::ReadOnly);
        QTest::newRow("SQLITE_BUSY") << u"5"_s << int(Kind::Busy);
        QTest::newRow("SQLITE_LOCKED") << u"6"_s << int(Kind::Busy);
        QTest::newRow("SQLITE_IOERR_WRITE") << u"778"_s << int(Kind::Disk);
        QTest::newRow("SQLITE_CANTOPEN") << u"14"_s << int(Kind::Disk);
        QTest::newRow("SQLITE_CONSTRAINT") << u"19"_s << int(Kind::Other);
        QTest::newRow("no code") << QString() << int(Kind::Other);
    }

    void sqliteCodesBecomeKinds()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        const QSqlError error(u"Unable to fetch row"_s, u"database or disk is full"_s, QSqlError::StatementError, code);
        const StoreWriteProblem problem = StoreWriteProblem::fromSqlError(error);
        QCOMPARE(int(problem.kind()), kind);
        QVERIFY(!problem.reason().isEmpty());
        QVERIFY(!problem.remedy().isEmpty());
        QVERIFY2(!problem.reason().contains(u"SQLite"_s, Qt::CaseInsensitive), qPrintable(problem.reason()));
        QVERIFY2(!problem.reason().contains(u"database or disk"_s), qPrintable(problem.reason()));
    }

    void aWritableFolderHasNoProblem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(int(StoreWriteProblem::ofFolder(dir.path()).kind()), int(Kind::None));
        // A folder not made yet is judged by where it would be made.
        QCOMPARE(int(StoreWriteProblem::ofFolder(dir.filePath(u"not/yet"_s)).kind()), int(Kind::None));
        QVERIFY(StoreWriteProblem().reason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreWriteProblem)
#include "tst_storewriteproblem.moc"
