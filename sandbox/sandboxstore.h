// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

// The sandbox's state in SQLite (QSQLITE): the schema and small query helpers. Each store has
// its own connection name, so several sandboxes can live in one process. Tables name their
// columns after the API's keys where a row goes out unchanged, so reads need no mapping.
namespace ct::sandbox {

struct Account
{
    qint64 id = 0;
    qint64 parentId = 0;        // 0: top level
    QString type;               // Standard or Multi-level
};

class SandboxStore
{
public:
    explicit SandboxStore(const QString &path);   // empty path: in memory
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(QString *error);
    bool isEmpty() const;       // no accounts yet: the demo data must be generated
    QSqlDatabase database() const;

    // Prepared, bound and executed; failures are logged with the statement (never values).
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}) const;
    bool ok(const QString &sql, const QVariantList &binds = {}) const;
    qint64 insert(const QString &sql, const QVariantList &binds) const;   // new rowid, -1 on failure
    // Every column as a string (NULL as ""), keyed by column name.
    QJsonArray rows(const QString &sql, const QVariantList &binds = {}) const;
    QJsonObject row(const QString &sql, const QVariantList &binds = {}) const;   // empty: none
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    bool transaction();
    bool commit();
    void rollback();

    std::optional<Account> accountByWebKey(const QString &webKey) const;

    // Creates whatever tables and indexes are missing (bulk generation drops indexes first
    // and calls this afterwards: building an index once is faster than updating it per row).
    bool ensureSchema(QString *error = nullptr);
    static QStringList bulkIndexes();   // the indexes worth dropping for a bulk insert

private:

    QString m_connectionName;
    QString m_path;
};

} // namespace ct::sandbox
