// SPDX-License-Identifier: MIT
#include "accountlock.h"
#include "privatefiles.h"
#include "storelogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ct::store {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ct::store::AccountLock", text);
}
} // namespace

AccountLock::AccountLock(const QString &databasePath)
    : m_path(databasePath + QStringLiteral(".lock"))
    , m_lock(std::make_unique<QLockFile>(m_path))
{
    // 0: a lock is stale only when its process is gone, never because it is old; a console
    // may stay open for weeks.
    m_lock->setStaleLockTime(0);
}

AccountLock::~AccountLock()
{
    release();
}

AccountLock::Result AccountLock::tryTake()
{
    m_holderPid = 0;
    m_error.clear();
    if (m_lock->isLocked())
        return Result::Taken;
    if (m_lock->tryLock(0)) {
        // It names this process and computer: nobody else's business, like the rest of the folder.
        PrivateFiles::restrict(m_path);
        return Result::Taken;
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        QString hostname;
        QString application;
        m_lock->getLockInfo(&m_holderPid, &hostname, &application);
        m_error = tr("This account is already open in another ClientTether Console window on this computer.");
        qCInfo(lcStore) << "account lock held by process" << m_holderPid;
        return Result::HeldElsewhere;
    }
    case QLockFile::PermissionError:
        m_error = tr("The console may not write in the folder %1, so it cannot make sure that this account "
                     "is open only once. Check the folder's permissions.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_error = tr("The console could not write in the folder %1 (is the disk full?), so it cannot make sure "
                     "that this account is open only once.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        break;
    }
    qCWarning(lcStore) << "account lock failed:" << int(m_lock->error());
    return Result::Failed;
}

void AccountLock::release()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool AccountLock::isHeld() const
{
    return m_lock->isLocked();
}

} // namespace ct::store
