// SPDX-License-Identifier: MIT
#include "schemamigrations.h"
#include "storelogging.h"
#include "storewriteproblem.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace ct::store {

const QList<SchemaMigrations::Step> &SchemaMigrations::steps()
{
    static const QList<Step> all = {
        {1,
         {// What the console last read, so it opens with it (offline too).
          u"CREATE TABLE cache (entity TEXT NOT NULL, record_id TEXT NOT NULL, json TEXT NOT NULL,"
          " updated_at INTEGER NOT NULL, PRIMARY KEY (entity, record_id))"_s,
          u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s}},
        {2,
         {// The journal of edits not yet confirmed by the server; seq is the replay order.
          u"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
          " op_id TEXT NOT NULL UNIQUE, call_name TEXT NOT NULL, params TEXT NOT NULL,"
          " record_key TEXT NOT NULL, created_at INTEGER NOT NULL,"
          " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, error_key TEXT,"
          " error_code INTEGER NOT NULL DEFAULT 0, state INTEGER NOT NULL DEFAULT 0,"
          " next_attempt_at INTEGER NOT NULL DEFAULT 0, base_values TEXT, server_values TEXT,"
          " pre_existing TEXT, maybe_applied INTEGER NOT NULL DEFAULT 0)"_s,
          u"CREATE INDEX outbox_by_record ON outbox (record_key, seq)"_s}},
        {3,
         {// Local keys whose create the server confirmed: an edit the interface still makes
          // with the local key (it heard of the id late) is sent to the right record.
          u"CREATE TABLE local_ids (local_key TEXT PRIMARY KEY NOT NULL, server_id TEXT NOT NULL)"_s}},
    };
    return all;
}

int SchemaMigrations::latestVersion()
{
    return steps().constLast().version;
}

int SchemaMigrations::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool SchemaMigrations::migrate(QSqlDatabase &db, QString *errorString)
{
    const int current = currentVersion(db);
    if (current < 0) {
        *errorString = QCoreApplication::translate("ct::store::SchemaMigrations",
                                                   "Cannot read the database version: %1")
                               .arg(StoreWriteProblem::fromSqlError(db.lastError()).reason());
        return false;
    }
    if (current > latestVersion()) {
        // A newer console wrote this file; writing to it could lose that version's data.
        *errorString = QCoreApplication::translate(
                               "ct::store::SchemaMigrations",
                               "The local database was written by a newer version (schema %1, "
                               "this version knows %2).")
                               .arg(current)
                               .arg(latestVersion());
        return false;
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        if (!db.transaction()) {
            qCWarning(lcStore).noquote() << "migration could not begin:" << db.lastError().text();
            *errorString = StoreWriteProblem::fromSqlError(db.lastError()).reason();
            return false;
        }
        QSqlQuery q(db);
        bool ok = true;
        for (const QString &statement : step.statements) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        // PRAGMA user_version is transactional in SQLite: it commits with the step.
        if (ok)
            ok = q.exec(u"PRAGMA user_version = %1"_s.arg(step.version));
        if (!ok || !db.commit()) {
            *errorString = QCoreApplication::translate("ct::store::SchemaMigrations",
                                                       "Upgrading the local database to schema "
                                                       "%1 failed: %2")
                                   .arg(step.version)
                                   .arg(StoreWriteProblem::fromSqlError(q.lastError()).reason());
            qCWarning(lcStore).noquote() << "migration failed:" << q.lastError().text();
            db.rollback();
            return false;
        }
        qCDebug(lcStore) << "schema migrated to version" << step.version;
    }
    return true;
}

} // namespace ct::store
