// SPDX-License-Identifier: GPL-3.0-or-later
// The review database file: how it is created (0600, WAL, foreign keys, schema version), how older
// files are upgraded and newer ones refused untouched, transactions that leave no trace, and every
// error a reviewer can meet (not an SQLite file, a folder, read-only, damaged, disk full, locked),
// each with a message that names the file and says what is wrong.
#include "check/Flag.h"
#include "document/BodyName.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <stdexcept>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace jiaohe;

namespace {

// A plain Qt SQL connection to a file, outside Database: to prepare files by hand, to inspect them,
// and to play "another program" holding a lock.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs one statement; the error text when it fails, else empty.
    QString exec(const QString& sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(db());
        if (q.exec(sql) && q.next()) {
            return q.value(0);
        }
        return QVariant();
    }

private:
    QString m_name;
    bool m_open = false;
};

QVariant valueOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql) && q.next()) {
        return q.value(0);
    }
    return QVariant();
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

// Restores the busy timeout whatever a test set.
struct BusyTimeout
{
    explicit BusyTimeout(int ms) : saved(Database::busyTimeout()) { Database::setBusyTimeout(ms); }
    ~BusyTimeout() { Database::setBusyTimeout(saved); }
    int saved;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openForReading();
    void newFile_data();
    void newFile();
    void migration_data();
    void migration();
    void bodyKeysFollowTheirVersion();
    void newerVersionRefusedUntouched();
    void concurrentMigration();
    void transaction_data();
    void transaction();
    void openErrors_data();
    void openErrors();
    void readOnlyConnection();
    void diskFull();
    void locked_data();
    void locked();
    void describe_data();
    void describe();

private:
    QTemporaryDir m_dir;
    QString freshPath(const QString& name) const { return m_dir.filePath(name); }
};

// ---------------------------------------------------------------------------------------------

void TestDatabase::newFile_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("a new file in an existing folder is created 0600, WAL, foreign keys, current version")
        << QStringLiteral("new.sqlite");
    QTest::newRow("a new file in folders that do not exist yet is created with its folders")
        << QStringLiteral("deep/er/new.sqlite");
    QTest::newRow("an empty (0-byte) file is taken as a new database") << QStringLiteral("empty.sqlite");
}

void TestDatabase::newFile()
{
    QFETCH(QString, relative);
    const QString path = freshPath(relative);
    if (relative.startsWith(u"empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QVERIFY(db.isOpen());
    QVERIFY(db.error().isEmpty());
    QVERIFY(QFileInfo::exists(path));
    if (!relative.startsWith(u"empty")) {
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        // The WAL and its index get the database file's permissions.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
    }
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::busyTimeout());
    for (const QString& table : {QStringLiteral("reports"), QStringLiteral("fields"), QStringLiteral("flags"),
                                 QStringLiteral("audit"), QStringLiteral("settings")}) {
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                 .arg(table))
                     .toInt(),
                 1);
    }
    // Foreign keys are enforced: a field of a report that does not exist is refused.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO fields(report_id, key) VALUES (999, 'x')")));
    QVERIFY(q.lastError().databaseText().contains(u"FOREIGN KEY", Qt::CaseInsensitive));
    // Opening again is a no-op on the schema.
    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
}

// ---------------------------------------------------------------------------------------------

void TestDatabase::migration_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addColumn<bool>("withRows");
    QTest::newRow("version 0 (an empty SQLite file) upgrades to the current version") << 0 << false;
    QTest::newRow("version 1 with a report, its fields and a flag upgrades in one go, rows intact, flags.active = 1")
        << 1 << true;
    QTest::newRow("version 2 with rows upgrades: the audit log gets its replace guard") << 2 << true;
    QTest::newRow("version 1 with no rows upgrades") << 1 << false;
    QTest::newRow("version 4 with rows upgrades: the views of version 5, body keys computed")
        << 4 << true;
    QTest::newRow("version 5 with rows upgrades: a flag decision gets who and when from its audit entry")
        << 5 << true;
    QTest::newRow("version 7 with rows upgrades: the table of character boxes, empty (the report read before)")
        << 7 << true;
    QTest::newRow("the current version opens unchanged") << int(Database::SchemaVersion) << true;
}

void TestDatabase::migration()
{
    QFETCH(int, fromVersion);
    QFETCH(bool, withRows);
    const QString path = freshPath(QStringLiteral("old-%1-%2.sqlite").arg(fromVersion).arg(withRows));
    QString error;
    QVERIFY2(Database::createAtVersion(path, fromVersion, &error), qPrintable(error));
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), fromVersion);
        if (withRows) {
            QCOMPARE(raw.exec(QStringLiteral(
                         "INSERT INTO reports(id, file_path, file_name, content_hash, original_text, year, region, "
                         "status, imported_at) VALUES (7, '/r/a.txt', 'a.txt', 'abc', '全文 text', 2016, '钦州市', "
                         "'reviewed', '2024-01-02T03:04:05Z')")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO fields(report_id, key, value, unit, status, corrected_value) "
                                             "VALUES (7, 'proactive.total', 216259, '条', 'corrected', 216260)")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO fields(report_id, key, value, unit) "
                                             "VALUES (7, 'org.offices', 155, '个')")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO flags(id, report_id, identity, rule, kind, severity, "
                                             "resolution, resolution_reason) VALUES (3, 7, 'sum|1-2', 'sum', 'sum', "
                                             "'error', 'source_error', 'printed that way')")),
                     QString());
            // A dismissed missing-section flag under the identity of before version 5 (a hash of its message).
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO flags(id, report_id, identity, rule, kind, severity, "
                                             "resolution, resolution_reason) VALUES (4, 7, '8b7eea91025c6643', "
                                             "'required-sections', 'missing_section', 'warning', 'dismissed', "
                                             "'no fees are charged')")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO audit(at, who, report_id, action) "
                                             "VALUES ('2024-01-02T03:04:05Z', 'li', 7, 'import')")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO audit(at, who, report_id, flag_id, action, old_value, "
                                             "new_value) VALUES ('2024-02-03T04:05:06Z', 'wang', 7, 3, "
                                             "'flag_resolve', 'open', 'source_error')")),
                     QString());
        }
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    // Every step of the migrations ran: the version 2 column and indexes exist.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('flags') WHERE name = 'active' "
                                        "AND dflt_value = '1' AND \"notnull\" = 1"))
                 .toInt(),
             1);
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                        "('fields_key', 'reports_status', 'flags_report_open')"))
                 .toInt(),
             3);
    // The append-only triggers: update, delete (version 1) and replace (version 3).
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                        "('audit_append_only_update', 'audit_append_only_delete', "
                                        "'audit_append_only_replace')"))
                 .toInt(),
             3);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    if (withRows) {
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM reports")).toInt(), 1);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT region || '|' || year || '|' || status || '|' || original_text "
                                            "FROM reports WHERE id = 7"))
                     .toString(),
                 QStringLiteral("钦州市|2016|reviewed|全文 text"));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM fields WHERE report_id = 7")).toInt(), 2);
        QCOMPARE(
            valueOf(db, QStringLiteral("SELECT corrected_value FROM fields WHERE key = 'proactive.total'")).toDouble(),
            216260.0);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT resolution || '|' || resolution_reason || '|' || active "
                                            "FROM flags WHERE id = 3"))
                     .toString(),
                 QStringLiteral("source_error|printed that way|1"));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM audit")).toInt(), 2);
        // Version 6: the decision's reviewer and time come from its audit entry; a decision with none has none.
        QCOMPARE(valueOf(db, QStringLiteral("SELECT coalesce(decided_by, '-') || '|' || coalesce(decided_at, '-') "
                                            "|| '|' || coalesce(accepted_value, '-') FROM flags WHERE id = 3"))
                     .toString(),
                 fromVersion < 6 ? QStringLiteral("wang|2024-02-03T04:05:06Z|-") : QStringLiteral("-|-|-"));
        QVERIFY(valueOf(db, QStringLiteral("SELECT decided_by FROM flags WHERE id = 4")).isNull());
        QVERIFY(valueOf(db, QStringLiteral("SELECT note FROM reports WHERE id = 7")).isNull());
        // Version 5's views: the corrected value is the final one; the decided flag is not open.
        QCOMPARE(valueOf(db, QStringLiteral("SELECT final_value FROM field_values WHERE key = 'proactive.total'"))
                     .toDouble(),
                 216260.0);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT final_value FROM field_values WHERE key = 'org.offices'")).toDouble(),
                 155.0);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM open_flags")).toInt(), 0);
        // The missing-section flag now goes by its section's key: the identity today's checks give it, so the
        // dismissal stays with it when the checks run again.
        Flag fees;
        fees.rule = QStringLiteral("required-sections");
        fees.subject = QStringLiteral("fees");
        QCOMPARE(valueOf(db, QStringLiteral("SELECT identity FROM flags WHERE id = 4")).toString(),
                 fromVersion < 5 ? fees.identity() : QStringLiteral("8b7eea91025c6643"));
        // The body key is derived data, computed by today's code after the (frozen) migrations.
        QCOMPARE(valueOf(db, QStringLiteral("SELECT body_key FROM reports WHERE id = 7")).toString(), bodyKey(u"钦州市"));
        // Version 8: a report of before has no stored boxes (the window reads its file); boxes stored for it now
        // keep their bytes, one row a report, and go with the report.
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM report_boxes")).toInt(), 0);
        const QByteArray blob("\x00\x01\xff\x80 zero and high bytes", 24);
        QVERIFY(db.transaction([&] {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("INSERT INTO report_boxes(report_id, format, pages, boxes) VALUES (7, 1, ?, ?)"));
            q.addBindValue(blob);
            q.addBindValue(blob + blob);
            return q.exec();
        }));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT boxes FROM report_boxes WHERE report_id = 7")).toByteArray(),
                 blob + blob);
        QVERIFY(!db.transaction([&] {
            return QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO report_boxes(report_id, format) VALUES (7, 1)"));
        }));
        QVERIFY(!db.transaction([&] {
            return QSqlQuery(db.connection())
                .exec(QStringLiteral("INSERT INTO report_boxes(report_id, format) VALUES (999, 1)"));
        }));
        QVERIFY(db.transaction(
            [&] { return QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM reports WHERE id = 7")); }));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM report_boxes")).toInt(), 0);
    }
    QCOMPARE(valueOf(db, QStringLiteral("SELECT group_concat(name || ':' || type, ',') FROM "
                                        "pragma_table_info('report_boxes')"))
                 .toString(),
             QStringLiteral("report_id:INTEGER,format:INTEGER,pages:BLOB,boxes:BLOB"));
}

// Body keys computed by another version of bodyKey() are computed again at the next open for writing; the same
// version leaves them alone.
void TestDatabase::bodyKeysFollowTheirVersion()
{
    const QString path = freshPath(QStringLiteral("keys.sqlite"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QVERIFY(db.transaction([&] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("INSERT INTO reports(id, file_path, file_name, content_hash, original_text, "
                                         "year, region, imported_at, body_key) VALUES (1, '/a', 'a', 'h', 't', 2020, "
                                         "'江苏省淮安市洪泽区人民政府', 'now', 'stale')"));
        }));
    }
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT body_key FROM reports")).toString(), QStringLiteral("stale"));
        QVERIFY(db.transaction([&] { return QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE derived SET version = 0")); }));
    }
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QCOMPARE(valueOf(db, QStringLiteral("SELECT body_key FROM reports")).toString(), QStringLiteral("洪泽区"));
    QCOMPARE(valueOf(db, QStringLiteral("SELECT version FROM derived WHERE name = 'body_keys'")).toInt(), BodyKeyVersion);
}

void TestDatabase::newerVersionRefusedUntouched()
{
    const QString path = freshPath(QStringLiteral("newer.sqlite"));
    QString error;
    QVERIFY2(Database::createAtVersion(path, Database::SchemaVersion, &error), qPrintable(error));
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::SchemaVersion + 1)), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('reviewer', 'future')")), QString());
    }
    const QByteArray before = bytesOf(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    const QString message = db.error();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("version %1").arg(Database::SchemaVersion + 1)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("version %1").arg(Database::SchemaVersion)), qPrintable(message));
    QVERIFY2(message.contains(u"newer"), qPrintable(message));
    // Not a byte changed (not even the journal mode in the header), and no WAL left behind.
    QVERIFY2(bytesOf(path) == before, "refusing a newer database changed the file");
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

// Two programs open the same old file at once: the second waits for the first's migration and must
// then start from the version the first left (here 2), instead of running the steps it read as missing
// before it got the lock a second time (duplicate column "active").
void TestDatabase::concurrentMigration()
{
    const QString path = freshPath(QStringLiteral("race.sqlite"));
    QString error;
    QVERIFY2(Database::createAtVersion(path, 1, &error), qPrintable(error));
    RawConnection other(path);
    QCOMPARE(other.value(QStringLiteral("PRAGMA journal_mode=WAL")).toString(), QStringLiteral("wal"));
    QCOMPARE(other.exec(QStringLiteral("BEGIN IMMEDIATE")), QString());

    const BusyTimeout timeout(20000);
    bool opened = false;
    QString openError;
    int versionSeen = -1;
    QThread* thread = QThread::create([&] {
        Database db;
        opened = db.open(path);
        openError = db.error();
        versionSeen = opened ? db.schemaVersion() : -1;
    });
    thread->start();
    // Give the thread time to read version 1 and queue for the write lock. (Were it slower, it would read
    // version 2 below and the test would pass trivially; it cannot fail because of timing.)
    QThread::msleep(400);
    // "The other program" runs the migration while Database waits.
    QCOMPARE(other.exec(QStringLiteral("ALTER TABLE flags ADD COLUMN active INTEGER NOT NULL DEFAULT 1")), QString());
    QCOMPARE(other.exec(QStringLiteral("CREATE INDEX fields_key ON fields(key)")), QString());
    QCOMPARE(other.exec(QStringLiteral("CREATE INDEX reports_status ON reports(status)")), QString());
    QCOMPARE(other.exec(QStringLiteral("CREATE INDEX flags_report_open ON flags(report_id, resolution, active)")),
             QString());
    QCOMPARE(other.exec(QStringLiteral("PRAGMA user_version=2")), QString());
    QCOMPARE(other.exec(QStringLiteral("COMMIT")), QString());
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY2(opened, qPrintable(openError));
    QCOMPARE(versionSeen, Database::SchemaVersion);
}

// ---------------------------------------------------------------------------------------------

void TestDatabase::transaction_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("committed");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("work returning true commits") << QStringLiteral("true") << true << QString();
    QTest::newRow("work returning false leaves no trace") << QStringLiteral("false") << false << QString();
    QTest::newRow("a failing statement leaves no trace and says what SQLite said")
        << QStringLiteral("statement") << false << QStringLiteral("NOT NULL");
    QTest::newRow("an exception leaves no trace and says nothing was written")
        << QStringLiteral("throw") << false << QStringLiteral("nothing was written");
}

void TestDatabase::transaction()
{
    QFETCH(QString, how);
    QFETCH(bool, committed);
    QFETCH(QString, errorContains);
    const QString path = freshPath(QStringLiteral("tx-%1.sqlite").arg(how));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    // An earlier failure's message must not be reported for this one.
    QVERIFY(!db.transaction([&] { return db.fail(QStringLiteral("earlier"), QStringLiteral("stale message")); }));
    QVERIFY(db.error().contains(u"stale message"));

    const bool ok = db.transaction([&] {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', '1')")) ||
            !q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('b', '2')"))) {
            return db.fail(QStringLiteral("insert"), q.lastError().databaseText());
        }
        if (how == u"false") {
            return false;
        }
        if (how == u"statement") {
            if (!q.exec(QStringLiteral("INSERT INTO audit(at, who, action) VALUES (NULL, 'x', 'y')"))) {
                return db.fail(QStringLiteral("insert"), q.lastError().databaseText());
            }
            return true;
        }
        if (how == u"throw") {
            throw std::runtime_error("boom");
        }
        return true;
    });
    QCOMPARE(ok, committed);
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), committed ? 2 : 0);
    if (committed) {
        QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    } else if (!errorContains.isEmpty()) {
        QVERIFY2(db.error().contains(errorContains), qPrintable(db.error()));
        QVERIFY2(!db.error().contains(u"stale message"), qPrintable(db.error()));
        QVERIFY2(db.error().contains(QDir::toNativeSeparators(path)), qPrintable(db.error()));
    }
    // No transaction is left open: the next one works, and a second connection sees the result.
    QVERIFY2(db.transaction([&] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('c', '3')"));
    }),
             qPrintable(db.error()));
    RawConnection raw(path);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM settings")).toInt(), committed ? 3 : 1);
}

// ---------------------------------------------------------------------------------------------

void TestDatabase::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("keywords");
    QTest::newRow("a text file is not an SQLite file")
        << QStringLiteral("text") << QStringList{QStringLiteral("not"), QStringLiteral("SQLite")};
    QTest::newRow("a folder is not a database file")
        << QStringLiteral("folder") << QStringList{QStringLiteral("folder")};
    QTest::newRow("a read-only file (0400; immutable when running as root) is refused as read-only")
        << QStringLiteral("readonly") << QStringList{QStringLiteral("read-only"), QStringLiteral("permissions")};
    QTest::newRow("a valid header on garbage pages is damaged or not a database")
        << QStringLiteral("corrupt") << QStringList{};
    QTest::newRow("a file shorter than the SQLite header is not an SQLite file")
        << QStringLiteral("short") << QStringList{QStringLiteral("not"), QStringLiteral("SQLite")};
    QTest::newRow("another program's SQLite database (version 0) is not a Jiaohe database, left untouched")
        << QStringLiteral("foreign")
        << QStringList{QStringLiteral("not a Jiaohe review database"), QStringLiteral("bookmarks"),
                       QStringLiteral("untouched")};
    QTest::newRow("another program's SQLite database with a version of its own is not a Jiaohe database")
        << QStringLiteral("foreign-versioned")
        << QStringList{QStringLiteral("not a Jiaohe review database"), QStringLiteral("bookmarks")};
    QTest::newRow("no file name is refused (SQLite would use a temporary database)")
        << QStringLiteral("empty-name") << QStringList{QStringLiteral("no database file")};
    QTest::newRow("a parent that is a file cannot hold the database")
        << QStringLiteral("parentfile") << QStringList{QStringLiteral("cannot")};
}

void TestDatabase::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, keywords);
    QString path = freshPath(QStringLiteral("err-%1.sqlite").arg(kind));
    QString immutable;
    const auto unlock = qScopeGuard([&] {
        if (!immutable.isEmpty()) {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), immutable});
        }
    });
    if (kind == u"text") {
        QVERIFY(writeFile(path, QByteArrayLiteral("一、总体情况\n2016年，本机关主动公开政府信息216259条。\n")));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"readonly") {
        QString error;
        QVERIFY2(Database::createAtVersion(path, Database::SchemaVersion, &error), qPrintable(error));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        if (runningAsRoot()) {
            // Permissions do not stop root; an immutable file does, where the file system allows it.
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0) {
                QSKIP("running as root, where a 0400 file can still be written, and chattr +i is not available: "
                      "the file cannot be made read-only (readOnlyConnection covers SQLite's read-only error)");
            }
            immutable = path;
        }
    } else if (kind == u"corrupt") {
        // A real header (page size, counts) followed by pages of garbage.
        const QString real = freshPath(QStringLiteral("header-source.sqlite"));
        QString error;
        QVERIFY2(Database::createAtVersion(real, Database::SchemaVersion, &error), qPrintable(error));
        QByteArray bytes = bytesOf(real);
        QVERIFY(bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")));
        QVERIFY(bytes.size() >= 1024);
        QRandomGenerator random(42);
        for (qsizetype i = 100; i < bytes.size(); ++i) {
            bytes[i] = char(random.bounded(256));
        }
        QVERIFY(writeFile(path, bytes));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    } else if (kind.startsWith(u"foreign")) {
        RawConnection raw(path);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT)")), QString());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO bookmarks(url) VALUES ('https://www.gov.cn')")), QString());
        if (kind == u"foreign-versioned") {
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version=1")), QString());
        }
    } else if (kind == u"empty-name") {
        path = QString();
    } else if (kind == u"short") {
        QVERIFY(writeFile(path, QByteArrayLiteral("SQLite")));
    } else if (kind == u"parentfile") {
        const QString parent = freshPath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(parent, QByteArrayLiteral("x")));
        path = parent + QStringLiteral("/review.sqlite");
    }
    const QByteArray before = QFileInfo(path).isFile() ? bytesOf(path) : QByteArray();

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    const QString message = db.error();
    QVERIFY2(!message.isEmpty(), "no message");
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    for (const QString& k : std::as_const(keywords)) {
        QVERIFY2(message.contains(k, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("no “%1” in: %2").arg(k, message)));
    }
    if (kind == u"corrupt") {
        QVERIFY2(message.contains(u"damaged") || message.contains(u"not a Jiaohe review database"),
                 qPrintable(message));
    }
    if (QFileInfo(path).isFile()) {
        QVERIFY2(bytesOf(path) == before, "a refused file was changed");
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    // Database stays usable afterwards.
    const QString good = freshPath(QStringLiteral("after-%1.sqlite").arg(kind));
    QVERIFY2(db.open(good), qPrintable(db.error()));
    QVERIFY(db.error().isEmpty());
}

// Read-only as SQLite reports it (SQLITE_READONLY), which also works when the tests run as root: the
// connection is switched to query_only, and a write fails with the read-only message.
void TestDatabase::readOnlyConnection()
{
    const QString path = freshPath(QStringLiteral("ro-connection.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only=ON")));
    const bool ok = db.transaction([&] {
        QSqlQuery w(db.connection());
        return w.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', '1')")) ||
               db.fail(QStringLiteral("save a setting"), w.lastError().databaseText());
    });
    QVERIFY(!ok);
    QVERIFY2(db.error().contains(u"read-only"), qPrintable(db.error()));
    QVERIFY2(db.error().contains(QDir::toNativeSeparators(path)), qPrintable(db.error()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA query_only=OFF")));
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
}

void TestDatabase::diskFull()
{
    const QString path = freshPath(QStringLiteral("full.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    QVERIFY(db.transaction([&] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('kept', 'yes')"));
    }));
    const int pages = valueOf(db, QStringLiteral("PRAGMA page_count")).toInt();
    QVERIFY(pages > 0);
    // The file may not grow: as if the disk were full.
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA max_page_count=%1").arg(pages)).toInt(), pages);
    const bool ok = db.transaction([&] {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('small', 'row')"))) {
            return db.fail(QStringLiteral("save a setting"), q.lastError().databaseText());
        }
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"));
        for (int i = 0; i < 200; ++i) {
            q.addBindValue(QStringLiteral("big-%1").arg(i));
            q.addBindValue(QString(2000, u'满'));
            if (!q.exec()) {
                return db.fail(QStringLiteral("save a setting"), q.lastError().databaseText());
            }
        }
        return true;
    });
    QVERIFY(!ok);
    const QString message = db.error();
    QVERIFY2(message.contains(u"disk is full"), qPrintable(message));
    QVERIFY2(message.contains(u"nothing was written"), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    // Nothing of the failed transaction, everything from before.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT group_concat(key) FROM settings")).toString(), QStringLiteral("kept"));
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDatabase::locked_data()
{
    QTest::addColumn<bool>("lockBeforeOpen");
    QTest::newRow("a write waits for another program's exclusive lock, then fails saying locked") << false;
    QTest::newRow("opening an old file that needs upgrading while another program holds it fails saying locked")
        << true;
}

void TestDatabase::locked()
{
    QFETCH(bool, lockBeforeOpen);
    const QString path = freshPath(QStringLiteral("locked-%1.sqlite").arg(lockBeforeOpen));
    const BusyTimeout timeout(200);
    Database db;
    if (lockBeforeOpen) {
        QString error;
        QVERIFY2(Database::createAtVersion(path, 1, &error), qPrintable(error));
    } else {
        QVERIFY2(db.open(path), qPrintable(db.error()));
    }
    {
        RawConnection other(path);
        QVERIFY(other.isOpen());
        QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
        QCOMPARE(other.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('other', 'x')")), QString());
        bool ok = false;
        if (lockBeforeOpen) {
            ok = db.open(path);
        } else {
            ok = db.transaction([&] {
                QSqlQuery q(db.connection());
                return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('mine', 'y')")) ||
                       db.fail(QStringLiteral("save a setting"), q.lastError().databaseText());
            });
        }
        QVERIFY(!ok);
        const QString message = db.error();
        QVERIFY2(message.contains(u"locked by another program"), qPrintable(message));
        QVERIFY2(message.contains(u"0.2 s"), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());
    }
    if (lockBeforeOpen) {
        // Once the other program lets go, the same file opens and upgrades.
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 0);
    // The lock gone, the same write goes through.
    QVERIFY2(db.transaction([&] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('mine', 'y')"));
    }),
             qPrintable(db.error()));
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM settings")).toInt(), 1);
}

// ---------------------------------------------------------------------------------------------

void TestDatabase::describe_data()
{
    QTest::addColumn<QString>("sqliteMessage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("SQLITE_FULL says the disk is full")
        << QStringLiteral("database or disk is full") << QStringLiteral("the disk is full");
    QTest::newRow("SQLITE_READONLY says read-only")
        << QStringLiteral("attempt to write a readonly database") << QStringLiteral("read-only");
    QTest::newRow("SQLITE_BUSY says locked")
        << QStringLiteral("database is locked") << QStringLiteral("locked by another program");
    QTest::newRow("SQLITE_NOTADB says not an SQLite file")
        << QStringLiteral("file is not a database") << QStringLiteral("not an SQLite file");
    QTest::newRow("SQLITE_CORRUPT says damaged")
        << QStringLiteral("database disk image is malformed") << QStringLiteral("damaged");
    QTest::newRow("SQLITE_CANTOPEN says cannot be opened")
        << QStringLiteral("unable to open database file") << QStringLiteral("cannot be opened");
    QTest::newRow("anything else is passed on with what was being done")
        << QStringLiteral("no such table: nowhere") << QStringLiteral("doing it: no such table: nowhere");
}

void TestDatabase::describe()
{
    QFETCH(QString, sqliteMessage);
    QFETCH(QString, expected);
    const QString path = freshPath(QStringLiteral("describe.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    const QString message = db.describe(QStringLiteral("doing it"), sqliteMessage);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(path)), qPrintable(message));
}

// Export and stats only read: a database without write permission opens, nothing can be written
// through it, and files it cannot read as they are (older schema, not a database, missing) are refused.
void TestDatabase::openForReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.sqlite"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    {
        Database db;
        QVERIFY2(db.openForReading(path), qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM reports")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', 'y')")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    QString error;
    QVERIFY(Database::createAtVersion(old, 1, &error));
    const QByteArray before = [&] {
        QFile f(old);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Database db;
    QVERIFY(!db.openForReading(old));
    QVERIFY2(db.error().contains(u"older") && db.error().contains(u"write access"), qPrintable(db.error()));
    QFile f(old);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // not upgraded, not touched

    QVERIFY(!db.openForReading(dir.filePath(QStringLiteral("missing.sqlite"))));
    QVERIFY2(db.error().contains(u"no such review database"), qPrintable(db.error()));
    QVERIFY(!db.openForReading(dir.path()));
    QVERIFY2(db.error().contains(u"folder"), qPrintable(db.error()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
