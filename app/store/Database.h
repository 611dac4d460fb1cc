// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace jiaohe {

// One review project's database: an SQLite file (opened in WAL mode with foreign keys on and a busy timeout, so
// that a second jiaohe process on the same file waits instead of failing) or a team's PostgreSQL server, named
// by a libpq URI (ServerAddress). Either way its schema is upgraded by cumulative migrations in one transaction,
// in the backend's own words (SqlDialect). Every failure is turned into a message that says what is wrong with
// which database and what to do.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Database)
public:
    static constexpr int SchemaVersion = 8;
    static constexpr int DefaultBusyTimeoutMs = 10000;
    // How long a statement waits for another process's lock before failing (tests shorten it).
    static void setBusyTimeout(int ms);
    static int busyTimeout();
    // This connection's wait for another process's lock, from now on (the window waits less than a batch
    // import: a reviewer's key press must not freeze the window for the whole default timeout).
    void setWaitLimit(int ms);
    int waitLimit() const { return m_waitMs; }

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing) and upgrades: a file path, or a server's postgresql:// URI. False with
    // `error()` set on failure.
    bool open(const QString& path);
    // Opens an existing database for reading only (export, stats): no upgrade, nothing written, and a
    // file without write permission is fine. An older schema is refused with a message saying to open
    // it once with write access.
    bool openForReading(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // The file, or the server's URI without its password.
    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect.isServer(); }
    // On a server, who and where: "reviewer@db.example/jiaohe" as the server names them (session_user,
    // current_database()); empty for a file.
    QString serverName() const { return m_serverName; }
    QSqlDatabase& connection() { return m_db; }
    QString error() const { return m_error; }
    // Set by open() when the file can be written but should not be there (a network share); empty otherwise.
    QString warning() const { return m_warning; }
    int schemaVersion();

    // Runs `work` in one transaction: committed when it returns true, rolled back (leaving no trace)
    // when it returns false or a statement fails. False with `error()` set on failure.
    bool transaction(const std::function<bool()>& work);

    // Whether the database named exists: a file that is there, or any server address (the connection says).
    static bool exists(const QString& name);
    // The default file: the user's data directory (QStandardPaths::AppDataLocation)/review.sqlite.
    static QString defaultPath();

    // A message for a failed statement, saying what SQLite said in words a reviewer understands
    // (disk full, read-only, locked, not a database, corrupt).
    QString describe(const QString& what, const QString& sqliteMessage) const;
    // Sets error() from a failed statement and returns false, for `return fail(query, ...)` chains.
    bool fail(const QString& what, const QString& sqliteMessage);
    // Forgets the last failure (an action that succeeds without a statement, such as a decision already taken).
    void clearError() { m_error.clear(); }

    // Test hook: creates a database at an older schema version (the migrations up to `version`).
    static bool createAtVersion(const QString& path, int version, QString* error);

private:
    // open() and openForReading() of a postgresql:// URI.
    bool openServer(const QString& uri, bool readOnly);
    // Reads the schema without writing: false (error() set) for another program's database or a newer one.
    bool inspect(int* version);
    int pragmaValue(const QString& name);
    // Whether the tables are Jiaohe's (for a file written before the application id).
    bool hasJiaoheTables(const QStringList& tables);
    // PRAGMA quick_check before writing; false with a message saying what to do for a damaged file.
    bool isSound();
    bool switchToWal();
    bool migrate(int version);
    // reports.body_key from the region, again whenever BodyKeyVersion (document/BodyName.h) changed.
    bool refreshBodyKeys();
    QString newerVersionMessage(int version) const;
    bool exec(const QString& sql);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_path;
    QString m_serverName;
    QString m_connectionName;
    QString m_error;
    QString m_warning;
    int m_waitMs = DefaultBusyTimeoutMs;
    bool m_needsApplicationId = false;
    // The file whose -wal/-shm this (read-only) connection created, removed on close.
    QString m_tidyPath;
};

} // namespace jiaohe
