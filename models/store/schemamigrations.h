// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Brings an account database to the current schema, one numbered step at a time.
namespace ct::store {

class SchemaMigrations
{
public:
    // One step: the statements that take version `version - 1` to `version`.
    struct Step
    {
        int version;
        QStringList statements;
    };

    // Every step, in order; a new schema is one more row here, never an edit of an old one.
    static const QList<Step> &steps();
    static int latestVersion();

    // Reads PRAGMA user_version and applies the missing steps, each in its own transaction
    // together with its version bump, so a crash leaves the file at a whole version.
    // Returns false (and sets errorString) when a step fails or the file is newer than us.
    static bool migrate(QSqlDatabase &db, QString *errorString);

    static int currentVersion(const QSqlDatabase &db);
};

} // namespace ct::store
