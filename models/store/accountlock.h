// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace ct::store {

// One console process per account: a lock file beside the account's database, held from
// before the outbox is loaded until the session ends. Two processes replaying one outbox
// would each take the other's in-flight edits for crash leftovers and send them twice.
// A lock left by a crashed console is taken over (QLockFile's stale detection: its process
// is gone).
class AccountLock
{
public:
    enum class Result {
        Taken,          // this process holds the account
        HeldElsewhere,  // another running console holds it (holderPid() says which)
        Failed,         // the lock file could not be written (errorString() says why)
    };

    // databasePath: the account's database file; the lock is that path + ".lock".
    explicit AccountLock(const QString &databasePath);
    ~AccountLock();
    AccountLock(const AccountLock &) = delete;
    AccountLock &operator=(const AccountLock &) = delete;

    Result tryTake();
    void release();
    bool isHeld() const;

    QString lockFilePath() const { return m_path; }
    // The process that holds the account when tryTake() answered HeldElsewhere (0: unknown).
    qint64 holderPid() const { return m_holderPid; }
    // Why the lock could not be taken, in words for people.
    QString errorString() const { return m_error; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_error;
};

} // namespace ct::store
