#include "Database.h"

#include "document/BodyName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

namespace jiaohe {

namespace {

// Cumulative migrations: migrations[i] takes a database from version i to version i + 1. They are frozen: SQL
// only, never today's C++ (a migration that called today's code would upgrade an old file differently as the
// code changes). Data derived by code, such as the body keys, is refreshed after them (refreshBodyKeys).
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the review record.
        {
            QStringLiteral("CREATE TABLE reports ("
                           " id INTEGER PRIMARY KEY,"
                           " file_path TEXT NOT NULL,"
                           " file_name TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " encoding TEXT,"
                           " format TEXT,"
                           " original_text TEXT NOT NULL,"
                           " year INTEGER,"
                           " region TEXT,"
                           " status TEXT NOT NULL DEFAULT 'unreviewed'"
                           "   CHECK (status IN ('unreviewed', 'in_review', 'reviewed')),"
                           " imported_at TEXT NOT NULL,"
                           " reviewed_at TEXT,"
                           " reviewed_by TEXT,"
                           " previous_id INTEGER REFERENCES reports(id),"
                           " superseded INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX reports_path ON reports(file_path)"),
            QStringLiteral(
                "CREATE TABLE fields ("
                " id INTEGER PRIMARY KEY,"
                " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                " key TEXT NOT NULL,"
                " value REAL,"
                " unit TEXT,"
                " approx INTEGER NOT NULL DEFAULT 0,"
                " evidence_start INTEGER,"
                " evidence_end INTEGER,"
                " evidence_text TEXT,"
                " corrected_value REAL,"
                " status TEXT NOT NULL DEFAULT 'unreviewed'"
                "   CHECK (status IN ('unreviewed', 'confirmed', 'corrected', 'as_printed', 'not_applicable')),"
                " note TEXT,"
                " reviewed_at TEXT,"
                " reviewed_by TEXT,"
                " UNIQUE (report_id, key))"),
            QStringLiteral("CREATE TABLE flags ("
                           " id INTEGER PRIMARY KEY,"
                           " report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                           " identity TEXT NOT NULL,"
                           " rule TEXT,"
                           " kind TEXT NOT NULL,"
                           " severity TEXT NOT NULL,"
                           " message_zh TEXT,"
                           " message_en TEXT,"
                           " numbers TEXT,"
                           " spans TEXT,"
                           " suggestion TEXT,"
                           " resolution TEXT NOT NULL DEFAULT 'open'"
                           "   CHECK (resolution IN ('open', 'fixed', 'source_error', 'dismissed')),"
                           " resolution_reason TEXT,"
                           " UNIQUE (report_id, identity))"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " who TEXT NOT NULL,"
                           " report_id INTEGER,"
                           " field_key TEXT,"
                           " flag_id INTEGER,"
                           " action TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " reason TEXT)"),
            QStringLiteral("CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
        },
        // 1 -> 2: flags a re-run no longer raises stay with their decision but are inactive; indexes
        // for the queue and the exports.
        {
            QStringLiteral("ALTER TABLE flags ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("CREATE INDEX fields_key ON fields(key)"),
            QStringLiteral("CREATE INDEX reports_status ON reports(status)"),
            QStringLiteral("CREATE INDEX flags_report_open ON flags(report_id, resolution, active)"),
        },
        // 2 -> 3: REPLACE (and INSERT OR REPLACE) over an audit entry deletes it without firing the delete
        // trigger (recursive triggers are off): refuse any insert that reuses an entry's id.
        {
            QStringLiteral("CREATE TRIGGER audit_append_only_replace BEFORE INSERT ON audit"
                           " WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
        // 3 -> 4: one body's reports across years (the body's key, indexed with the year; filled in from the
        // region after this step), flags that point at another report (last year's), blank table cells.
        {
            QStringLiteral("ALTER TABLE reports ADD COLUMN body_key TEXT"),
            QStringLiteral("CREATE INDEX reports_body_year ON reports(body_key, year)"),
            QStringLiteral("ALTER TABLE flags ADD COLUMN related_report_id INTEGER REFERENCES reports(id)"),
            // a template table cell printed blank (—, /, 无 or nothing): its value is 0, the blank remembered
            QStringLiteral("ALTER TABLE fields ADD COLUMN blank INTEGER NOT NULL DEFAULT 0"),
        },
        // 4 -> 5: the two rules every query shares, written once. A field's final value: nothing when it does
        // not apply, the reviewer's value when corrected (or assigned from the text), else the value as
        // extracted (StoredField::finalValue says the same in C++). An open flag: undecided and still raised.
        {
            QStringLiteral("CREATE VIEW field_values AS SELECT *, CASE WHEN status = 'not_applicable' THEN NULL "
                           "WHEN status = 'corrected' AND corrected_value IS NOT NULL THEN corrected_value "
                           "ELSE coalesce(value, corrected_value) END AS final_value FROM fields"),
            QStringLiteral("CREATE VIEW open_flags AS SELECT * FROM flags WHERE resolution = 'open' AND active = 1"),
            // Which version of the code computed each kind of derived data (body keys): a newer one recomputes.
            QStringLiteral("CREATE TABLE derived (name TEXT PRIMARY KEY, version INTEGER NOT NULL)"),
            // A missing section's flag was identified by a hash of its English message (editing the message
            // reopened a dismissed flag); now by the section's key. The built-in sections' old and new identities,
            // computed once and written here as they were.
            QStringLiteral("UPDATE flags SET identity = '847d9ab94dea4db9' WHERE rule = 'required-sections' AND "
                           "identity = '5d97544a710ec2d7'"), // requests
            QStringLiteral("UPDATE flags SET identity = 'fac90d5deba2729c' WHERE rule = 'required-sections' AND "
                           "identity = '8b7eea91025c6643'"), // fees
            QStringLiteral("UPDATE flags SET identity = 'fbff7df156333699' WHERE rule = 'required-sections' AND "
                           "identity = '26d7aad23c992cff'"), // appeals
            QStringLiteral("UPDATE flags SET identity = 'a9e97b33727be805' WHERE rule = 'required-sections' AND "
                           "identity = '8f17a63be7933bdd'"), // problems
        },
    };
    return steps;
}

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

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/review.sqlite");
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        return fail(QStringLiteral("cannot run “%1”").arg(sql.left(60)), q.lastError().databaseText());
    }
    return true;
}

QString Database::describe(const QString& what, const QString& sqliteMessage) const
{
    const QString m = sqliteMessage.toLower();
    const QString file = QDir::toNativeSeparators(m_path);
    if (m.contains(u"disk is full") || m.contains(u"database or disk is full")) {
        return QStringLiteral("%1: the disk is full (%2); nothing was written. Free some space and try again.")
            .arg(file, what);
    }
    if (m.contains(u"readonly") || m.contains(u"read-only")) {
        return QStringLiteral("%1: the database is read-only (%2). Check the file's permissions, or copy it to a "
                              "folder you can write to.")
            .arg(file, what);
    }
    if (m.contains(u"locked") || m.contains(u"busy")) {
        return QStringLiteral("%1: the database is locked by another program and stayed locked for %2 s (%3). Close "
                              "the other program and try again.")
            .arg(file)
            .arg(busyTimeout() / 1000.0)
            .arg(what);
    }
    if (m.contains(u"not a database") || m.contains(u"file is encrypted")) {
        return QStringLiteral("%1: this is not a Jiaohe review database (not an SQLite file).").arg(file);
    }
    if (m.contains(u"malformed") || m.contains(u"corrupt")) {
        return QStringLiteral("%1: the database is damaged (SQLite: %2). Restore it from a backup; "
                              "“sqlite3 FILE .recover” may save what is left.")
            .arg(file, sqliteMessage);
    }
    if (m.contains(u"unable to open")) {
        return QStringLiteral(
                   "%1: the database cannot be opened (%2). Check that the folder exists and can be written.")
            .arg(file, sqliteMessage);
    }
    return QStringLiteral("%1: %2: %3").arg(file, what, sqliteMessage);
}

bool Database::fail(const QString& what, const QString& sqliteMessage)
{
    m_error = describe(what, sqliteMessage);
    return false;
}

bool Database::open(const QString& path)
{
    close();
    m_error.clear();
    m_path = path;
    if (path.trimmed().isEmpty()) {
        // SQLite would open a temporary database, deleted on close: all work would be lost.
        m_error = QStringLiteral("no database file was given.");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile()) {
            m_error = QStringLiteral("%1: this is a folder, not a database file.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (info.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                m_error = QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
                return false;
            }
            if (!f.read(16).startsWith("SQLite format 3")) {
                m_error = QStringLiteral("%1: this is not a Jiaohe review database (not an SQLite file).")
                              .arg(QDir::toNativeSeparators(path));
                return false;
            }
        }
        if (!info.isWritable()) {
            m_error = QStringLiteral("%1: the database is read-only. Check the file's permissions, or copy it to a "
                                     "folder you can write to.")
                          .arg(QDir::toNativeSeparators(path));
            return false;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("%1: the folder %2 cannot be created.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const bool created = !info.exists();
    m_connectionName = QStringLiteral("jiaohe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        m_error = QStringLiteral("the SQLite driver for Qt SQL is missing (install libqt6sql6-sqlite).");
        return false;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout()));
    if (!m_db.open()) {
        return fail(QStringLiteral("open"), m_db.lastError().databaseText());
    }
    if (created) {
        // The review record is the reviewer's own: readable by its owner only (set before the WAL and its
        // index are created, which take the database file's permissions).
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    // Read before writing anything: a damaged file, another program's database or one from a newer
    // Jiaohe is refused untouched (switching to WAL would already rewrite its header).
    int version = -1;
    if (!inspect(&version) || !switchToWal()) {
        close();
        return false;
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

bool Database::inspect(int* version)
{
    QSqlQuery probe(m_db);
    probe.setForwardOnly(true);
    if (!probe.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite%'"))) {
        return fail(QStringLiteral("read the schema"), probe.lastError().databaseText());
    }
    QStringList tables;
    bool objects = false;
    bool hasReports = false;
    while (probe.next()) {
        objects = true;
        if (probe.value(0).toString() == u"table") {
            tables.append(probe.value(1).toString());
            hasReports = hasReports || probe.value(1).toString() == u"reports";
        }
    }
    if (probe.lastError().isValid()) {
        return fail(QStringLiteral("read the schema"), probe.lastError().databaseText());
    }
    probe.finish();
    if (objects && !hasReports) {
        // Another program's database: adding Jiaohe's tables to it would change a file that is not ours.
        const qsizetype shown = 5;
        m_error =
            QStringLiteral("%1: this SQLite file is not a Jiaohe review database (it holds another program's "
                           "tables: %2); it was left untouched. Choose another file.")
                .arg(QDir::toNativeSeparators(m_path), tables.mid(0, shown).join(QStringLiteral(", ")) +
                                                           (tables.size() > shown ? QStringLiteral(", …") : QString()));
        return false;
    }
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        return fail(QStringLiteral("read the schema version"), probe.lastError().databaseText());
    }
    *version = probe.value(0).toInt();
    probe.finish();
    if (*version > SchemaVersion) {
        m_error = newerVersionMessage(*version);
        return false;
    }
    return true;
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
        m_error = QStringLiteral("%1: the database cannot use write-ahead logging (the journal mode stays “%2”); "
                                 "keep it on a local disk.")
                      .arg(QDir::toNativeSeparators(m_path), mode);
        return false;
    }
    return true;
}

QString Database::newerVersionMessage(int version) const
{
    return QStringLiteral("%1: this database was written by a newer Jiaohe (schema version %2); this version "
                          "reads up to version %3. Update Jiaohe to open it.")
        .arg(QDir::toNativeSeparators(m_path))
        .arg(version)
        .arg(SchemaVersion);
}

bool Database::openForReading(const QString& path)
{
    close();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    if (info.isDir()) {
        m_error = QStringLiteral("%1: this is a folder, not a database file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (path.trimmed().isEmpty() || !info.isFile()) {
        m_error = QStringLiteral("%1: no such review database.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString());
            return false;
        }
        if (!f.read(16).startsWith("SQLite format 3")) {
            m_error = QStringLiteral("%1: this is not a Jiaohe review database (not an SQLite file).")
                          .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    m_connectionName = QStringLiteral("jiaohe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeout()));
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
                      : QStringLiteral("%1: this database was written by an older Jiaohe (schema version %2). Open it "
                                       "once with write access (jiaohe import, or the window) to upgrade it.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(version);
        close();
        return false;
    }
    return true;
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

bool Database::migrate(int version)
{
    if (version == SchemaVersion) {
        return true;
    }
    return transaction([&] {
        // Read again under the write lock: another program may have upgraded the file while this one
        // waited for the lock, and running a migration twice fails (duplicate table or column).
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
        for (int v = current; v < SchemaVersion; ++v) {
            for (const QString& sql : migrations().at(v)) {
                if (!exec(sql)) {
                    return false;
                }
            }
        }
        return current == SchemaVersion || exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
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
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(QStringLiteral("start a transaction"), q.lastError().databaseText());
    }
    bool ok = false;
    try {
        ok = work();
    } catch (...) {
        ok = false;
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("%1: an unexpected error interrupted the change; nothing was written.")
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
