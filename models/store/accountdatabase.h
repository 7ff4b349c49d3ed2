// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The local SQLite database of one account: its connection, its schema and its cache of read data.
namespace ct::store {

// One cached record as it was last read from the server.
struct CachedRecord
{
    QString entity;     // "client", "tag", ... (the caller's names)
    QString recordId;
    QJsonObject json;
    QDateTime updatedAt;
};

class AccountDatabase
{
public:
    AccountDatabase();
    ~AccountDatabase();
    AccountDatabase(const AccountDatabase &) = delete;
    AccountDatabase &operator=(const AccountDatabase &) = delete;

    // The file name for an account: a hash of the web key, so the key itself is never on disk
    // (not even in a directory listing).
    static QString fileNameFor(const QString &webKey);

    // Opens (creating if needed) the account's database in `directory` and migrates it.
    bool open(const QString &directory, const QString &webKey);
    // Opens a database file by path (tools and tests that already know the file).
    bool openFile(const QString &filePath);
    void close();
    bool isOpen() const;

    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // The connection, for the store's own classes (Outbox); unique to this instance.
    QSqlDatabase database() const;

    // Cache of read data.
    bool cachePut(const QString &entity, const QString &recordId, const QJsonObject &json);
    // All in one transaction: a page of records lands whole or not at all.
    bool cachePutMany(const QString &entity, const QList<QPair<QString, QJsonObject>> &records);
    std::optional<CachedRecord> cacheGet(const QString &entity, const QString &recordId) const;
    bool cacheRemove(const QString &entity, const QString &recordId);
    bool cacheClear(const QString &entity);
    QList<CachedRecord> cacheAll(const QString &entity) const;
    // How many writes the cache of this entity has seen, ever (counted in the same transaction as
    // each write): a copy stamped with it is current exactly while the number stays the same.
    qint64 cacheChanges(const QString &entity) const;

    // Small facts about the account ("last full sync" ...).
    QString value(const QString &key, const QString &defaultValue = {}) const;
    bool setValue(const QString &key, const QString &value);

private:
    bool fail(const QString &message) const;
    bool countChange(const QString &entity);
    // One statement and the change count in one transaction.
    bool changeCache(const QString &entity, const QString &sql, const QVariantList &values);

    QString m_connectionName;
    QString m_filePath;
    mutable QString m_error;
};

} // namespace ct::store
