// SPDX-License-Identifier: MIT
// Real file-system conditions for a suite: a small tmpfs that fills up, a folder that is
// read-only. They are made in a mount namespace of the suite's own, so nothing reaches the
// machine's mounts and everything ends with the process. That needs root (the development
// container, CI's pristine Debian root); elsewhere enter() says why and the suite skips
// (exit 77, SKIP_RETURN_CODE), never passes; where the run requires them, it fails.
#pragma once

#include <cstdio>
#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>

namespace ct::testsupport::PrivateMounts {

inline QString systemError(const char *what, const QString &path = {})
{
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    return path.isEmpty() ? QStringLiteral("%1: %2").arg(QLatin1StringView(what), reason)
                          : QStringLiteral("%1 %2: %3").arg(QLatin1StringView(what), path, reason);
}

// What a suite whose namespace could not be made returns: skipped (77), or a failure where
// the run promised a mount namespace (tests/run-tests.sh as root: make test, CI's pristine root).
inline int notEntered(const char *suite, const QString &problem)
{
    const bool required = qEnvironmentVariableIsSet("CT_REQUIRE_MOUNT_NAMESPACE");
    std::fprintf(stderr, "%s: %s needs a mount namespace of its own (root): %s\n", required ? "FAILED" : "SKIPPED",
                 suite, qPrintable(problem));
    return required ? 1 : 77;
}

// Before any thread starts (first thing in main, before QCoreApplication): unsharing the
// mount namespace is refused to a process whose threads share its file-system state.
inline QString enter()
{
    if (::unshare(CLONE_NEWNS) != 0)
        return systemError("unshare(CLONE_NEWNS)");
    // Private from the root down: the suite's mounts never propagate back to the machine.
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return systemError("making / private");
    return {};
}

inline QString mountTmpfs(const QString &dir, qint64 bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0)
        return systemError("mounting a tmpfs on", dir);
    return {};
}

// The folder becomes read-only where it is (a read-only bind mount onto itself). The kernel
// refuses this while a file in it is open for writing, so it suits a folder found read-only
// when the console starts.
inline QString makeReadOnly(const QString &dir)
{
    const QByteArray path = QFile::encodeName(dir);
    if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
        return systemError("binding", dir);
    if (::mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        return systemError("remounting read-only", dir);
    return {};
}

inline QString unmount(const QString &dir)
{
    if (::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) != 0)
        return systemError("unmounting", dir);
    return {};
}

// Writes `filePath` until its file system has no byte left (the answer is ENOSPC): the disk
// is full for everyone, as when another program filled it.
inline QString fill(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return QStringLiteral("cannot create %1: %2").arg(filePath, file.errorString());
    // Large writes first, then smaller ones down to a byte, so that the last partly used page
    // is taken too.
    for (qint64 chunk = 1 << 20; chunk >= 1; chunk /= 2) {
        const QByteArray bytes(chunk, 'x');
        while (file.write(bytes) == chunk) {
        }
    }
    file.close();
    return {};
}

} // namespace ct::testsupport::PrivateMounts
