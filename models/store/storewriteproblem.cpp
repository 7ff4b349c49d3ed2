// SPDX-License-Identifier: MIT
#include "storewriteproblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

namespace ct::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::store::StoreWriteProblem", text);
}

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them as nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;

// Below this the folder is as good as full for a journal that grows by pages: the words
// only explain a failure that already happened, they never decide one.
constexpr qint64 NearlyFullBytes = 1024 * 1024;

} // namespace

StoreWriteProblem StoreWriteProblem::fromSqlError(const QSqlError &error)
{
    bool ok = false;
    // Extended codes (SQLITE_IOERR_WRITE = 778 ...) carry the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return StoreWriteProblem(Kind::Other);
    switch (code) {
    case SqliteFull: return StoreWriteProblem(Kind::Full);
    case SqliteReadOnly: return StoreWriteProblem(Kind::ReadOnly);
    case SqliteBusy:
    case SqliteLocked: return StoreWriteProblem(Kind::Busy);
    case SqliteIoErr:
    case SqliteCantOpen: return StoreWriteProblem(Kind::Disk);
    default: return StoreWriteProblem(Kind::Other);
    }
}

StoreWriteProblem StoreWriteProblem::ofFolder(const QString &folder)
{
    // A folder not made yet is judged by the nearest one that exists (where it would be made).
    QFileInfo info(QDir::cleanPath(QDir(folder).absolutePath()));
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    const QStorageInfo storage(info.absoluteFilePath());
    if (storage.isValid() && storage.isReadOnly())
        return StoreWriteProblem(Kind::ReadOnly);
    if (info.exists() && !info.isWritable())
        return StoreWriteProblem(Kind::ReadOnly);
    if (storage.isValid() && storage.bytesAvailable() < NearlyFullBytes)
        return StoreWriteProblem(Kind::Full);
    return {};
}

QString StoreWriteProblem::reason() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Full: return tr("The disk that holds the console's data is full.");
    case Kind::ReadOnly: return tr("The console's data folder is read-only.");
    case Kind::Busy: return tr("Another program is holding the console's data file.");
    case Kind::Disk: return tr("The disk that holds the console's data refused to write.");
    case Kind::Other: return tr("The console's data file refused the change.");
    }
    return {};
}

QString StoreWriteProblem::remedy() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::Full: return tr("Free some space on it.");
    case Kind::ReadOnly: return tr("Make the folder writable again.");
    case Kind::Busy: return tr("Close the other program, or wait a moment.");
    case Kind::Disk:
    case Kind::Other: return tr("Check the disk, or restart the computer.");
    }
    return {};
}

} // namespace ct::store
