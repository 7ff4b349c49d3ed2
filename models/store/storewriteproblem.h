// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlError;

namespace ct::store {

// Why the console's data could not be written, as a kind and in plain words for people: read
// from SQLite's result code (never its own English text) or from the folder itself.
class StoreWriteProblem
{
public:
    enum class Kind {
        None,       // writable
        Full,       // SQLITE_FULL, or no space left in the folder
        ReadOnly,   // SQLITE_READONLY, or a folder mounted or made read-only
        Busy,       // SQLITE_BUSY / SQLITE_LOCKED: another program holds the file
        Disk,       // SQLITE_IOERR / SQLITE_CANTOPEN: the disk refused the write
        Other,      // anything else SQLite refused
    };

    StoreWriteProblem() = default;
    explicit StoreWriteProblem(Kind kind) : m_kind(kind) {}

    // What a failed statement's error says; never None (Other when it says nothing usable).
    static StoreWriteProblem fromSqlError(const QSqlError &error);
    // What the folder itself says (read-only, no space left); None when it looks writable.
    // For explaining a failure at start-up, where the error came from a file, not SQLite.
    static StoreWriteProblem ofFolder(const QString &folder);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    bool operator==(const StoreWriteProblem &other) const { return m_kind == other.m_kind; }

    // One sentence saying what is wrong ("The disk that holds the console's data is full.")
    // and one saying what the user can do about it; both empty for None.
    QString reason() const;
    QString remedy() const;

private:
    Kind m_kind = Kind::None;
};

} // namespace ct::store
