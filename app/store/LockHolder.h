// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jiaohe {

// Who holds the write lock of an SQLite database, so that "locked by another program" can name the program.
// SQLite locks with POSIX advisory locks: in WAL mode the writer holds byte 120 of the -shm file, in rollback
// mode the RESERVED/PENDING/EXCLUSIVE bytes of the database file itself. Linux lists every such lock with its
// process in /proc/locks; elsewhere (or when the holder cannot be known) the answer is empty.
class LockHolder
{
public:
    // "sqlite3, process 4242", or empty. The calling process itself is never named.
    static QString describe(const QString& databasePath);

    // The parsing, apart from the file system (tests feed it lines): the process id holding a write lock on
    // the file `device`:`inode` (device as major:minor), or 0. `locks` is the text of /proc/locks.
    struct File
    {
        unsigned major = 0;
        unsigned minor = 0;
        unsigned long long inode = 0;
    };
    static long long writerOf(const QByteArray& locks, const File& file, long long ownPid);
};

} // namespace jiaohe
