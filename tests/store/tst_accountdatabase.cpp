// SPDX-License-Identifier: MIT
// The per-account SQLite database: naming, durability pragmas, migrations and the cache.
#include "store/accountdatabase.h"
#include "store/schemamigrations.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::store::AccountDatabase;
using ct::store::SchemaMigrations;

class TestAccountDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileNameIsAHashOfTheWebKey();
    void pragmasAreInEffect();
    void migratesFreshFileToLatest();
    void migratesOlderSchemaAndKeepsData();
    void refusesNewerSchema();
    void reopenKeepsData();
    void cacheRoundTrip();
    void cachePutManyIsOneTransaction();
    void keyValues();
    void twoInstancesUseDistinctConnections();
    void filesAreForTheOwnerOnly();
};

static const QString WebKey = u"CT_1234567890abcdef_secret"_s;

void TestAccountDatabase::fileNameIsAHashOfTheWebKey()
{
    // GIVEN a web key WHEN the database is created THEN the file name is its SHA-256, never the key
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY2(db.open(dir.path(), WebKey), qPrintable(db.errorString()));
    const QString name = QFileInfo(db.filePath()).fileName();
    QVERIFY(!name.contains(WebKey));
    QVERIFY(!name.contains(u"CT_"_s));
    QCOMPARE(name.size(), 64 + int(strlen(".sqlite")));
    QCOMPARE(name, AccountDatabase::fileNameFor(WebKey));
    QVERIFY(AccountDatabase::fileNameFor(WebKey) != AccountDatabase::fileNameFor(WebKey + u"x"_s));
    for (const QString &entry : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(!entry.contains(WebKey), qPrintable(entry));
}

void TestAccountDatabase::pragmasAreInEffect()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString().toLower(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);   // FULL
}

void TestAccountDatabase::migratesFreshFileToLatest()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    QSqlQuery q(db.database());
    for (const QString &table : {u"cache"_s, u"meta"_s, u"outbox"_s}) {
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'"_s.arg(table)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
}

void TestAccountDatabase::migratesOlderSchemaAndKeepsData()
{
    // GIVEN a file at schema 1 with cached data (written by an older console)
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-old"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : SchemaMigrations::steps().first().statements)
            QVERIFY(q.exec(s));
        QVERIFY(q.exec(u"PRAGMA user_version = 1"_s));
        QVERIFY(q.exec(u"INSERT INTO cache VALUES ('client', '7', '{\"firstName\":\"Ada\"}', 1)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-old"_s);
    // WHEN it is opened THEN it is at the latest version and the data is there
    AccountDatabase db;
    QVERIFY2(db.openFile(path), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    const auto cached = db.cacheGet(u"client"_s, u"7"_s);
    QVERIFY(cached);
    QCOMPARE(cached->json.value(u"firstName"_s).toString(), u"Ada"_s);
}

void TestAccountDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-new"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(SchemaMigrations::latestVersion() + 5)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-new"_s);
    AccountDatabase db;
    QVERIFY(!db.openFile(path));
    QVERIFY(!db.errorString().isEmpty());
    QVERIFY(!db.isOpen());
}

void TestAccountDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    {
        AccountDatabase db;
        QVERIFY(db.open(dir.path(), WebKey));
        QVERIFY(db.cachePut(u"tag"_s, u"3"_s, {{u"tag_value"_s, u"VIP"_s}}));
        QVERIFY(db.setValue(u"lastFullSync"_s, u"2026-11-27T08:00:00Z"_s));
        db.close();
        QVERIFY(!db.isOpen());
    }
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    QCOMPARE(db.schemaVersion(), SchemaMigrations::latestVersion());
    QCOMPARE(db.cacheGet(u"tag"_s, u"3"_s)->json.value(u"tag_value"_s).toString(), u"VIP"_s);
    QCOMPARE(db.value(u"lastFullSync"_s), u"2026-11-27T08:00:00Z"_s);
}

void TestAccountDatabase::cacheRoundTrip()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    const QJsonObject ada{{u"firstName"_s, u"Ada"_s}, {u"phone"_s, u"3039291447"_s}};
    QVERIFY(db.cachePut(u"client"_s, u"1"_s, ada));
    QVERIFY(db.cachePut(u"client"_s, u"2"_s, {{u"firstName"_s, u"Bob"_s}}));
    QVERIFY(db.cachePut(u"tag"_s, u"1"_s, {{u"tag_value"_s, u"x"_s}}));
    QCOMPARE(db.cacheGet(u"client"_s, u"1"_s)->json, ada);
    QVERIFY(db.cacheGet(u"client"_s, u"1"_s)->updatedAt.isValid());
    QVERIFY(!db.cacheGet(u"client"_s, u"9"_s));
    QCOMPARE(db.cacheAll(u"client"_s).size(), 2);
    // A later read replaces the record.
    QVERIFY(db.cachePut(u"client"_s, u"1"_s, {{u"firstName"_s, u"Ada L."_s}}));
    QCOMPARE(db.cacheGet(u"client"_s, u"1"_s)->json.value(u"firstName"_s).toString(), u"Ada L."_s);
    QVERIFY(db.cacheRemove(u"client"_s, u"1"_s));
    QCOMPARE(db.cacheAll(u"client"_s).size(), 1);
    QVERIFY(db.cacheClear(u"client"_s));
    QCOMPARE(db.cacheAll(u"client"_s).size(), 0);
    QCOMPARE(db.cacheAll(u"tag"_s).size(), 1);
}

void TestAccountDatabase::cachePutManyIsOneTransaction()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    QList<QPair<QString, QJsonObject>> page;
    for (int i = 0; i < 500; ++i)
        page.append({QString::number(i), QJsonObject{{u"n"_s, i}}});
    QVERIFY(db.cachePutMany(u"client"_s, page));
    QCOMPARE(db.cacheAll(u"client"_s).size(), 500);
    // A failing statement in the middle leaves nothing of the batch: make the table refuse
    // one row with a trigger.
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON cache WHEN NEW.record_id = 'bad'"
                   " BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    QVERIFY(!db.cachePutMany(u"tag"_s, {{u"a"_s, {}}, {u"bad"_s, {}}, {u"c"_s, {}}}));
    QVERIFY(!db.errorString().isEmpty());
    QCOMPARE(db.cacheAll(u"tag"_s).size(), 0);
}

void TestAccountDatabase::keyValues()
{
    QTemporaryDir dir;
    AccountDatabase db;
    QVERIFY(db.open(dir.path(), WebKey));
    QCOMPARE(db.value(u"missing"_s, u"dflt"_s), u"dflt"_s);
    QVERIFY(db.setValue(u"k"_s, u"1"_s));
    QVERIFY(db.setValue(u"k"_s, u"2"_s));
    QCOMPARE(db.value(u"k"_s), u"2"_s);
}

void TestAccountDatabase::twoInstancesUseDistinctConnections()
{
    QTemporaryDir dir;
    AccountDatabase a;
    AccountDatabase b;
    QVERIFY(a.open(dir.path(), WebKey));
    QVERIFY(b.open(dir.path(), u"CT_other"_s));
    QVERIFY(a.database().connectionName() != b.database().connectionName());
    QVERIFY(a.cachePut(u"client"_s, u"1"_s, {}));
    QCOMPARE(b.cacheAll(u"client"_s).size(), 0);
    a.close();
    QVERIFY(b.isOpen());
}

QTEST_GUILESS_MAIN(TestAccountDatabase)
#include "tst_accountdatabase.moc"

void TestAccountDatabase::filesAreForTheOwnerOnly()
{
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"accounts"_s);
    // GIVEN a new account WHEN its database is created and written THEN the database, -wal and
    // -shm are owner-only, and so is the folder
    {
        AccountDatabase db;
        QVERIFY(db.open(folder, WebKey));
        QVERIFY(db.setValue(u"k"_s, u"v"_s));
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFile::exists(db.filePath() + suffix), qPrintable(suffix));
            QCOMPARE(QFile::permissions(db.filePath() + suffix), ownerOnly);
        }
        QCOMPARE(QFile::permissions(folder), ownerOnly | QFile::ExeOwner | QFile::ExeUser);
    }
    // GIVEN a database an older version left readable by everyone WHEN opened THEN narrowed
    const QString path = QDir(folder).filePath(AccountDatabase::fileNameFor(WebKey));
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFile::ReadGroup | QFile::ReadOther));
    AccountDatabase db;
    QVERIFY(db.open(folder, WebKey));
    QCOMPARE(QFile::permissions(path), ownerOnly);
}
