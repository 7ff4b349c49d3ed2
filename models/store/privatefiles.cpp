// SPDX-License-Identifier: MIT
#include "privatefiles.h"

#include <QDir>
#include <QFile>

namespace ct::store::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool prepareFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    // Best effort: a folder someone else owns keeps its mode; the files in it are owner-only
    // all the same.
    QFile::setPermissions(folder, OwnerReadWrite | QFileDevice::ExeOwner);
    return true;
}

bool createIfMissing(const QString &path)
{
    if (QFile::exists(path))
        return restrict(path);
    QFile file(path);
    // The mode is given at creation, so the file is never readable by others, not even empty.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerReadWrite))
        return QFile::exists(path) && restrict(path);   // made meanwhile by someone else
    return true;
}

bool restrict(const QString &path)
{
    if (!QFile::exists(path))
        return true;
    return QFile::setPermissions(path, OwnerReadWrite);
}

} // namespace ct::store::PrivateFiles
