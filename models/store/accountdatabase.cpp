// SPDX-License-Identifier: MIT
#include "accountdatabase.h"
#include "privatefiles.h"
#include "schemamigrations.h"
#include "storelogging.h"
#include "storewriteproblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace ct::store {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ct::store::AccountDatabase", text);
}

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

AccountDatabase::AccountDatabase()
    : m_connectionName(u"ct-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AccountDatabase::~AccountDatabase()
{
    close();
}

QString AccountDatabase::fileNameFor(const QString &webKey)
{
    const QByteArray hash = QCryptographicHash::hash(webKey.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex()) + u".sqlite"_s;
}

bool AccountDatabase::open(const QString &directory, const QString &webKey)
{
    if (webKey.isEmpty())
        return fail(tr("No account given for the local database."));
    if (!PrivateFiles::prepareFolder(directory))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    return openFile(QDir(directory).filePath(fileNameFor(webKey)));
}

bool AccountDatabase::openFile(const QString &filePath)
{
    close();
    m_error.clear();
    // Owner-only before SQLite opens it: the -wal and -shm files it makes take the same mode.
    // Files left by older versions (0644) are narrowed too.
    if (!PrivateFiles::createIfMissing(filePath))
        return fail(tr("Cannot create the local database %1.").arg(QDir::toNativeSeparators(filePath)));
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s})
        PrivateFiles::restrict(filePath + suffix);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(filePath);
    // A busy writer in another connection (a second console, a crash helper) waits, not fails.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        qCWarning(lcStore).noquote() << "open failed:" << db.lastError().text();
        const QString message = tr("Cannot open the local database: %1")
                                        .arg(StoreWriteProblem::fromSqlError(db.lastError()).reason());
        db = {};
        QSqlDatabase::removeDatabase(m_connectionName);
        return fail(message);
    }
    m_filePath = filePath;
    QSqlQuery q(db);
    // WAL keeps readers and the writer apart; FULL makes every commit survive a power cut,
    // which is what "accepted" promises for an edit in the outbox.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.exec(u"PRAGMA synchronous=FULL"_s) ||
        !q.exec(u"PRAGMA foreign_keys=ON"_s)) {
        qCWarning(lcStore).noquote() << "configuring failed:" << q.lastError().text();
        const QString message = tr("Cannot configure the local database: %1")
                                        .arg(StoreWriteProblem::fromSqlError(q.lastError()).reason());
        close();
        return fail(message);
    }
    QString migrationError;
    if (!SchemaMigrations::migrate(db, &migrationError)) {
        close();
        return fail(migrationError);
    }
    qCDebug(lcStore) << "opened account database, schema" << SchemaMigrations::currentVersion(db);
    return true;
}

void AccountDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_filePath.clear();
}

bool AccountDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

int AccountDatabase::schemaVersion() const
{
    return isOpen() ? SchemaMigrations::currentVersion(database()) : -1;
}

QSqlDatabase AccountDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AccountDatabase::fail(const QString &message) const
{
    m_error = message;
    qCWarning(lcStore).noquote() << message;
    return false;
}

bool AccountDatabase::cachePut(const QString &entity, const QString &recordId, const QJsonObject &json)
{
    return cachePutMany(entity, {{recordId, json}});
}

bool AccountDatabase::cachePutMany(const QString &entity,
                                   const QList<QPair<QString, QJsonObject>> &records)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO cache (entity, record_id, json, updated_at) VALUES (?, ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &record : records) {
        q.addBindValue(entity);
        q.addBindValue(record.first);
        q.addBindValue(toJson(record.second));
        q.addBindValue(now);
        if (!q.exec()) {
            const QString message = q.lastError().text();
            db.rollback();
            return fail(message);
        }
    }
    if (!countChange(entity)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(message);
    }
    return true;
}

std::optional<CachedRecord> AccountDatabase::cacheGet(const QString &entity, const QString &recordId) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT json, updated_at FROM cache WHERE entity = ? AND record_id = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return CachedRecord{entity, recordId, QJsonDocument::fromJson(q.value(0).toByteArray()).object(),
                        QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong())};
}

bool AccountDatabase::cacheRemove(const QString &entity, const QString &recordId)
{
    return changeCache(entity, u"DELETE FROM cache WHERE entity = ? AND record_id = ?"_s, {entity, recordId});
}

bool AccountDatabase::cacheClear(const QString &entity)
{
    return changeCache(entity, u"DELETE FROM cache WHERE entity = ?"_s, {entity});
}

bool AccountDatabase::changeCache(const QString &entity, const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        const QString message = q.lastError().text();
        db.rollback();
        return fail(message);
    }
    if (!countChange(entity) || !db.commit()) {
        const QString message = db.lastError().text();
        db.rollback();
        return fail(message);
    }
    return true;
}

bool AccountDatabase::countChange(const QString &entity)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, '1') "
              "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"_s);
    q.addBindValue(u"cache.changes."_s + entity);
    return q.exec() || fail(q.lastError().text());
}

qint64 AccountDatabase::cacheChanges(const QString &entity) const
{
    return value(u"cache.changes."_s + entity, u"0"_s).toLongLong();
}

QList<CachedRecord> AccountDatabase::cacheAll(const QString &entity) const
{
    QList<CachedRecord> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT record_id, json, updated_at FROM cache WHERE entity = ? ORDER BY record_id"_s);
    q.addBindValue(entity);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next()) {
        out.append({entity, q.value(0).toString(),
                    QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                    QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong())});
    }
    return out;
}

QString AccountDatabase::value(const QString &key, const QString &defaultValue) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue;
}

bool AccountDatabase::setValue(const QString &key, const QString &value)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() || fail(q.lastError().text());
}

} // namespace ct::store
