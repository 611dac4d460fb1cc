// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jiaohe {

// The review database's two backends: SQLite (a file on the reviewer's desk, the default) and PostgreSQL (a
// team's server). Every difference in the SQL the store writes is here, so that the rest of the store runs the
// same statements on both.
class SqlDialect
{
public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Backend backend = Backend::SQLite) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSQL; }
    // The Qt SQL driver: QSQLITE, QPSQL.
    QString driver() const;
    // The package that brings the driver, for the message when it is missing.
    QString driverPackage() const;

    // Starts a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE: a second writer waits
    // for it instead of failing at its first write); PostgreSQL locks rows as they are written.
    QString beginWrite() const;
    // A migration's statement in this backend's words: `{id}` an auto-numbered key, `{real}` an 8-byte float
    // (SQLite's REAL; PostgreSQL's real is 4 bytes), `{session_user}` the database user as a column default
    // (nothing on SQLite, which has no users), `{blob}` bytes (SQLite's BLOB, PostgreSQL's BYTEA).
    QString schema(QString sql) const;
    // The database user as an expression a statement writes (a claim's db_user): session_user on a server, NULL
    // on a file (which has no users).
    QString sessionUser() const;
    // What a SELECT ends with to keep the rows it read unchanged until the transaction ends (PostgreSQL's FOR
    // SHARE; SQLite's write transaction already holds the whole file).
    QString lockRead() const;
    // Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case; PostgreSQL's does not).
    QString likeIgnoringCase() const;
    // `expression` as ORDER BY takes it to sort regardless of ASCII case.
    QString orderIgnoringCase(const QString& expression) const;
    // What an import runs before and after its batches: SQLite waits for the disk once per checkpoint rather
    // than once per transaction while importing (a crash loses at most the last batch, redone next time).
    QStringList importBegins() const;
    QStringList importEnds() const;

    // The channel on which a server's clients hear of each other's changes (LISTEN/NOTIFY). The payload is
    // "schema:report id": a channel is the whole database's, and two review databases may be two schemas of one.
    static QString changesChannel() { return QStringLiteral("jiaohe_changes"); }
    // The statement that tells the other clients a report changed, its id bound: sent inside the change's
    // transaction, so it is delivered on commit and never for a change rolled back. Empty on SQLite (no
    // notifications; the window watches PRAGMA data_version instead).
    QString notifyChange() const;

private:
    Backend m_backend;
};

} // namespace jiaohe
