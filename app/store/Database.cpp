// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "DatabaseChecks.h"
#include "Migrations.h"
#include "ServerAddress.h"
#include "ServerConnection.h"

#include "document/BodyName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>
#include <utility>

namespace jiaohe {

namespace {

std::atomic<int> g_busyTimeoutMs{Database::DefaultBusyTimeoutMs};

} // namespace

void Database::setBusyTimeout(int ms)
{
    g_busyTimeoutMs = ms;
}

int Database::busyTimeout()
{
    return g_busyTimeoutMs;
}

void Database::setWaitLimit(int ms)
{
    m_waitMs = ms;
    if (isOpen() && !isServer()) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    // Not AppDataLocation (it depends on the organisation name, which only the window sets): one default for all.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/jiaohe/review.sqlite");
}

bool Database::exists(const QString& name)
{
    return ServerAddress::isServer(name) || QFile::exists(name);
}

void Database::close()
{
    m_serverName.clear();
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    if (!m_tidyPath.isEmpty()) {
        DatabaseChecks::removeIdleWal(std::exchange(m_tidyPath, QString()));
    }
}

bool Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        return fail(QStringLiteral("cannot run “%1”").arg(sql.left(60)), q.lastError().databaseText());
    }
    return true;
}

// A folder, a device, a pipe or a socket named as the database: said as what it is.
static QString notAFile(const QFileInfo& info)
{
    const QString path = QDir::toNativeSeparators(info.filePath());
    return info.isDir() ? Database::tr("%1: this is a folder, not a database file.").arg(path)
                        : Database::tr("%1: this is not a regular file (a device, a pipe or a socket).").arg(path);
}

bool Database::open(const QString& path)
{
    if (ServerAddress::isServer(path)) {
        return openServer(path, false);
    }
    close();
    m_dialect = SqlDialect(SqlDialect::Backend::SQLite);
    m_error.clear();
    m_warning.clear();
    m_needsApplicationId = false;
    m_path = path;
    if (path.trimmed().isEmpty()) {
        // SQLite would open a temporary database, deleted on close: all work would be lost.
        m_error = tr("no database file was given.");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile()) {
            m_error = notAFile(info);
            return false;
        }
        if (info.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                m_error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
                return false;
            }
            if (!f.read(16).startsWith("SQLite format 3")) {
                m_error = tr("%1: this is not a Jiaohe review database (not an SQLite file).")
                              .arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
        if (!info.isWritable()) {
            m_error = tr("%1: the database is read-only. Check the file's permissions, or copy it to a "
                         "folder you can write to.")
                          .arg(QDir::toNativeSeparators(path));
            return false;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("%1: the folder %2 cannot be created.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // A new file, or an empty one Jiaohe initialises: either way it becomes the reviewer's own.
    const bool created = !info.exists() || info.size() == 0;
    m_connectionName = QStringLiteral("jiaohe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        m_error = tr("the SQLite driver for Qt SQL is missing (install libqt6sql6-sqlite).");
        return false;
    }
    m_db.setDatabaseName(path);
    m_waitMs = busyTimeout();
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_waitMs));
    if (!m_db.open()) {
        return fail(QStringLiteral("open"), m_db.lastError().databaseText());
    }
    if (created) {
        // The review record is the reviewer's own: readable by its owner only (set before the WAL and its
        // index are created, which take the database file's permissions).
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    // Read before writing: a damaged, foreign or newer file is refused untouched (WAL would rewrite its header).
    int version = -1;
    if (!inspect(&version) || (version > 0 && !isSound()) || !switchToWal()) {
        close();
        return false;
    }
    const QString share = DatabaseChecks::networkFileSystemOf(path);
    if (!share.isEmpty()) {
        m_warning = DatabaseChecks::networkWarning(path, share);
    }
    if (!exec(QStringLiteral("PRAGMA foreign_keys=ON")) || !exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
        close();
        return false;
    }
    if (!migrate(version) || !refreshBodyKeys()) {
        close();
        return false;
    }
    return true;
}

bool Database::openServer(const QString& uri, bool readOnly)
{
    close();
    m_error.clear();
    m_warning.clear();
    m_needsApplicationId = false;
    m_dialect = SqlDialect(SqlDialect::Backend::PostgreSQL);
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(uri, &error);
    m_path = address ? address->withoutPassword() : uri; // no message ever shows the password
    if (!address) {
        m_error = error;
        return false;
    }
    m_connectionName = QStringLiteral("jiaohe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(m_dialect.driver(), m_connectionName);
    if (!m_db.isValid()) {
        m_error = tr("the PostgreSQL driver for Qt SQL is missing (install %1).").arg(m_dialect.driverPackage());
        close();
        return false;
    }
    QString name;
    int version = -1;
    if (!ServerConnection::connect(m_db, address->withSessionPassword(), readOnly, &name, &m_error) ||
        !ServerConnection::inspect(m_db, m_path, &version, &m_error)) {
        close();
        return false;
    }
    if (version > SchemaVersion) {
        m_error = newerVersionMessage(version);
        close();
        return false;
    }
    if (readOnly && version != SchemaVersion) {
        m_error = tr("%1: this database holds no Jiaohe review of the current version (schema version %2). Open "
                     "it once with write access (jiaohe import) to create or upgrade it.")
                      .arg(m_path)
                      .arg(version);
        close();
        return false;
    }
    if (!readOnly && (!migrate(version) || !refreshBodyKeys())) {
        close();
        return false;
    }
    m_serverName = name;
    return true;
}

bool Database::inspect(int* version)
{
    QSqlQuery probe(m_db);
    probe.setForwardOnly(true);
    if (!probe.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"))) {
        return fail(QStringLiteral("read the schema"), probe.lastError().databaseText());
    }
    QStringList tables;
    bool objects = false;
    while (probe.next()) {
        objects = true;
        if (probe.value(0).toString() == u"table") {
            tables.append(probe.value(1).toString());
        }
    }
    if (probe.lastError().isValid()) {
        return fail(QStringLiteral("read the schema"), probe.lastError().databaseText());
    }
    probe.finish();
    const int applicationId = pragmaValue(QStringLiteral("application_id"));
    *version = pragmaValue(QStringLiteral("user_version"));
    if (applicationId == -1 || *version == -1) {
        return false;
    }
    // Ours when it carries Jiaohe's application id, or (written before the id) when it has a version of
    // Jiaohe's schema and its tables; a new empty file becomes ours. Anything else is left as it is.
    const bool ours = applicationId == DatabaseChecks::ApplicationId ||
                      (applicationId == 0 && (objects ? *version > 0 && hasJiaoheTables(tables) : *version == 0));
    if (!ours) {
        const qsizetype shown = 5;
        const QString list = tables.isEmpty() ? tr("none")
                                              : tables.mid(0, shown).join(QStringLiteral(", ")) +
                                                    (tables.size() > shown ? QStringLiteral(", …") : QString());
        m_error = tr("%1: this SQLite file is not a Jiaohe review database (it holds another program's "
                     "tables: %2); it was left untouched. Choose another file.")
                      .arg(QDir::toNativeSeparators(m_path), list);
        return false;
    }
    m_needsApplicationId = applicationId != DatabaseChecks::ApplicationId;
    if (*version > SchemaVersion) {
        m_error = newerVersionMessage(*version);
        return false;
    }
    return true;
}

int Database::pragmaValue(const QString& name)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
        fail(QStringLiteral("read the schema version"), q.lastError().databaseText());
        return -1;
    }
    return q.value(0).toInt();
}

bool Database::hasJiaoheTables(const QStringList& tables)
{
    if (!tables.contains(u"reports") || !tables.contains(u"fields")) {
        return false;
    }
    // A table named reports is common; Jiaohe's has the columns its first version created.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(reports)"))) {
        return false;
    }
    QStringList columns;
    while (q.next()) {
        columns.append(q.value(1).toString());
    }
    for (const char* c : {"file_path", "content_hash", "original_text", "imported_at", "superseded"}) {
        if (!columns.contains(QLatin1String(c))) {
            return false;
        }
    }
    return true;
}

bool Database::isSound()
{
    // Before writing anything: a damaged file written into loses more (issue 15 found an import that
    // wrote into a file with 75 errors). quick_check skips only the index-content comparison.
    QString error;
    const QStringList problems = DatabaseChecks::integrityProblems(m_db, true, &error);
    const bool broken = error.contains(u"malformed") || error.contains(u"corrupt");
    if (!error.isEmpty() && !broken) {
        return fail(QStringLiteral("check the file"), error);
    }
    if (problems.isEmpty() && !broken) {
        return true;
    }
    // SQLite either lists the problems or stops at the first page it cannot read.
    const QString found = broken ? tr("SQLite's quick check stopped: %1").arg(error)
                                 : tr("%n problem(s) found by SQLite's quick check", nullptr, int(problems.size()));
    m_error = tr("%1: the review database is damaged (%2); nothing was written. Make a copy of the file, then run "
                 "“jiaohe check-db %3” for the full check; restore it from a backup, or try "
                 "“sqlite3 COPY .recover” on the copy.")
                  .arg(QDir::toNativeSeparators(m_path), found, QDir::toNativeSeparators(m_path));
    return false;
}

bool Database::switchToWal()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        return fail(QStringLiteral("switch to WAL"), q.lastError().databaseText());
    }
    const QString mode = q.value(0).toString();
    q.finish();
    if (mode.compare(u"wal", Qt::CaseInsensitive) != 0) {
        m_error = tr("%1: the database cannot use write-ahead logging (the journal mode stays “%2”); "
                     "keep it on a local disk.")
                      .arg(QDir::toNativeSeparators(m_path), mode);
        return false;
    }
    return true;
}

QString Database::newerVersionMessage(int version) const
{
    return tr("%1: this database was written by a newer Jiaohe (schema version %2); this version "
              "reads up to version %3. Update Jiaohe to open it.")
        .arg(QDir::toNativeSeparators(m_path), QString::number(version), QString::number(SchemaVersion));
}

bool Database::openForReading(const QString& path)
{
    if (ServerAddress::isServer(path)) {
        return openServer(path, true);
    }
    close();
    m_dialect = SqlDialect(SqlDialect::Backend::SQLite);
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        m_error = notAFile(info);
        return false;
    }
    if (path.trimmed().isEmpty() || !info.isFile()) {
        m_error = tr("%1: no such review database.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return false;
        }
        if (!f.read(16).startsWith("SQLite format 3")) {
            m_error = tr("%1: this is not a Jiaohe review database (not an SQLite file).")
                          .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    m_connectionName = QStringLiteral("jiaohe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // mode=ro (immutable on read-only media, DatabaseChecks::readOnlyUri); the -wal/-shm SQLite needs for
    // reading are removed on close when this read created them.
    if (DatabaseChecks::readingCreatesWal(path)) {
        m_tidyPath = path;
    }
    m_db.setDatabaseName(DatabaseChecks::readOnlyUri(path));
    m_db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_waitMs = busyTimeout()));
    if (!m_db.open()) {
        const bool ok = fail(QStringLiteral("open"), m_db.lastError().databaseText());
        close();
        return ok;
    }
    int version = -1;
    if (!inspect(&version)) {
        close();
        return false;
    }
    if (version != SchemaVersion) {
        m_error = version > SchemaVersion
                      ? newerVersionMessage(version)
                      : tr("%1: this database was written by an older Jiaohe (schema version %2). Open it "
                           "once with write access (jiaohe import, or the window) to upgrade it.")
                            .arg(QDir::toNativeSeparators(path), QString::number(version));
        close();
        return false;
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (isServer()) {
        // Looked up before read: a failed statement would end the migration's transaction on PostgreSQL.
        if (!q.exec(QStringLiteral("SELECT to_regclass('jiaohe_schema') IS NOT NULL")) || !q.next()) {
            return -1;
        }
        if (!q.value(0).toBool()) {
            return 0;
        }
        return q.exec(QStringLiteral("SELECT max(version) FROM jiaohe_schema")) && q.next() ? q.value(0).toInt() : -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

bool Database::migrate(int version)
{
    if (version == SchemaVersion && !m_needsApplicationId) {
        return true;
    }
    return transaction([&] {
        // Read again under the write lock: another program may have upgraded the file while this one
        // waited for the lock, and running a migration twice fails (duplicate table or column). A server's
        // writers lock rows, not the database: they take the migration's own lock first.
        if (isServer() &&
            !exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(DatabaseChecks::ApplicationId))) {
            return false;
        }
        const int current = schemaVersion();
        if (current < 0) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA user_version"));
            return fail(QStringLiteral("read the schema version"), q.lastError().databaseText());
        }
        if (current > SchemaVersion) {
            m_error = newerVersionMessage(current);
            return false;
        }
        const QList<QStringList> steps = migrations(m_dialect.backend());
        for (int v = current; v < SchemaVersion; ++v) {
            for (const QString& sql : steps.at(v)) {
                if (!exec(sql)) {
                    return false;
                }
            }
        }
        if (isServer()) {
            return current == SchemaVersion ||
                   (exec(QStringLiteral("CREATE TABLE IF NOT EXISTS jiaohe_schema (version INTEGER NOT NULL)")) &&
                    exec(QStringLiteral("DELETE FROM jiaohe_schema")) &&
                    exec(QStringLiteral("INSERT INTO jiaohe_schema(version) VALUES (%1)").arg(SchemaVersion)));
        }
        return (current == SchemaVersion || exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))) &&
               exec(QStringLiteral("PRAGMA application_id=%1").arg(DatabaseChecks::ApplicationId));
    });
}

bool Database::refreshBodyKeys()
{
    // The keys were computed by a bodyKey() of the version the settings name; another version computes them again.
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("SELECT version FROM derived WHERE name = 'body_keys'"))) {
        return fail(QStringLiteral("read the schema"), version.lastError().databaseText());
    }
    if (version.next() && version.value(0).toInt() == BodyKeyVersion) {
        return true;
    }
    version.finish();
    return transaction([&] {
        QSqlQuery read(m_db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT id, region FROM reports WHERE region IS NOT NULL AND region != ''"))) {
            return fail(QStringLiteral("read the regions"), read.lastError().databaseText());
        }
        QList<std::pair<qint64, QString>> keys;
        while (read.next()) {
            keys.append({read.value(0).toLongLong(), bodyKey(read.value(1).toString())});
        }
        QSqlQuery write(m_db);
        write.prepare(QStringLiteral("UPDATE reports SET body_key = ? WHERE id = ?"));
        for (const auto& [id, key] : keys) {
            write.addBindValue(key.isEmpty() ? QVariant() : QVariant(key));
            write.addBindValue(id);
            if (!write.exec()) {
                return fail(QStringLiteral("fill in the body keys"), write.lastError().databaseText());
            }
        }
        return exec(QStringLiteral("INSERT INTO derived(name, version) VALUES ('body_keys', %1) "
                                   "ON CONFLICT(name) DO UPDATE SET version = excluded.version")
                        .arg(BodyKeyVersion));
    });
}

bool Database::transaction(const std::function<bool()>& work)
{
    m_error.clear(); // an earlier failure's message is not this one's
    QSqlQuery q(m_db);
    if (!q.exec(m_dialect.beginWrite())) {
        return fail(QStringLiteral("start a transaction"), q.lastError().databaseText());
    }
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        ok = false;
        if (m_error.isEmpty()) {
            m_error = tr("%1: an unexpected error interrupted the change; nothing was written.")
                          .arg(QDir::toNativeSeparators(m_path));
        }
    }
    if (ok && q.exec(QStringLiteral("COMMIT"))) {
        return true;
    }
    if (ok) {
        fail(QStringLiteral("commit"), q.lastError().databaseText());
    }
    QSqlQuery rollback(m_db);
    rollback.exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool Database::createAtVersion(const QString& path, int version, QString* error)
{
    const QString name = QStringLiteral("jiaohe-old-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (int v = 0; ok && v < version && v < int(migrations().size()); ++v) {
            for (const QString& sql : migrations().at(v)) {
                if (!q.exec(sql)) {
                    *error = q.lastError().text();
                    ok = false;
                    break;
                }
            }
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace jiaohe
