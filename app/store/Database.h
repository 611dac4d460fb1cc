#pragma once

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace jiaohe {

// One review project's SQLite file: opened in WAL mode with foreign keys on and a busy timeout (a
// second jiaohe process on the same file waits instead of failing), its schema upgraded by
// cumulative migrations in one transaction. Every failure is turned into a message that says what is
// wrong with which file and what to do.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Database)
public:
    static constexpr int SchemaVersion = 6;
    static constexpr int DefaultBusyTimeoutMs = 10000;
    // How long a statement waits for another process's lock before failing (tests shorten it).
    static void setBusyTimeout(int ms);
    static int busyTimeout();

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing) and upgrades. False with `error()` set on failure.
    bool open(const QString& path);
    // Opens an existing database for reading only (export, stats): no upgrade, nothing written, and a
    // file without write permission is fine. An older schema is refused with a message saying to open
    // it once with write access.
    bool openForReading(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase& connection() { return m_db; }
    QString error() const { return m_error; }
    // Set by open() when the file can be written but should not be there (a network share); empty otherwise.
    QString warning() const { return m_warning; }
    int schemaVersion();

    // Runs `work` in one transaction: committed when it returns true, rolled back (leaving no trace)
    // when it returns false or a statement fails. False with `error()` set on failure.
    bool transaction(const std::function<bool()>& work);

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
    QString m_path;
    QString m_connectionName;
    QString m_error;
    QString m_warning;
    bool m_needsApplicationId = false;
    // The file whose -wal/-shm this (read-only) connection created, removed on close.
    QString m_tidyPath;
};

} // namespace jiaohe
