// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jiaohe {

// What Database checks about a file before and around writing into it, each on its own: whose file it
// is (the application id), whether SQLite finds it sound, how to read it without leaving anything
// beside it, and whether it lives on a network share where SQLite's locking cannot be trusted.
class DatabaseChecks
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::DatabaseChecks)
public:
    // PRAGMA application_id of every Jiaohe database: "JHRV" in ASCII. `file(1)` and other programs use
    // it to tell whose SQLite file this is; Jiaohe uses it to leave other programs' files alone.
    static constexpr qint32 ApplicationId = 0x4A485256;

    // The problems SQLite's quick_check (`quick`) or full integrity_check reports: empty when the file is
    // sound. `error` is set (and the list empty) when the check itself cannot run.
    static QStringList integrityProblems(QSqlDatabase& db, bool quick, QString* error);
    // Opens `path` for reading only and runs the full integrity_check, for `jiaohe check-db`.
    static QStringList checkFile(const QString& path, QString* error);

    // The SQLite URI that opens `path` for reading: mode=ro, and immutable=1 when nothing beside it can be
    // created (a read-only folder or file) and no other program's write-ahead log is there to be read.
    static QString readOnlyUri(const QString& path);
    // Whether opening `path` for reading creates its -wal/-shm (they are not there yet and can be).
    static bool readingCreatesWal(const QString& path);
    // Removes the -wal/-shm a read left beside `path`, by letting SQLite close it as its last user; a file
    // another program still has open keeps them.
    static void removeIdleWal(const QString& path);

    // The network file system a statfs(2) f_type names ("NFS", "SMB", …), empty for a local one.
    static QString networkFileSystemName(quint64 fileSystemType);
    // The network file system the folder of `path` is on, empty when local or unknown.
    static QString networkFileSystemOf(const QString& path);
    // The warning shown before writing into a database on a network share.
    static QString networkWarning(const QString& path, const QString& fileSystem);
};

} // namespace jiaohe
