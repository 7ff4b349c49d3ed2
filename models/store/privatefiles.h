// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// An account's files are for its owner alone: the cache holds every contact, the outbox every
// queued edit. SQLite gives the -wal and -shm files the database file's mode, so a database
// created owner-only stays so; these helpers make the files and their folder owner-only.
namespace ct::store::PrivateFiles {

// Creates the folder if needed and lets only its owner in (0700; left as it is when this user
// may not change it). False when the folder cannot be made.
bool prepareFolder(const QString &folder);
// Creates the file empty if it does not exist, owner-only from its first instant (0600).
bool createIfMissing(const QString &path);
// Makes an existing file owner-only (0600); a missing file is no failure.
bool restrict(const QString &path);

} // namespace ct::store::PrivateFiles
