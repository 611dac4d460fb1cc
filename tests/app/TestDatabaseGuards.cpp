// SPDX-License-Identifier: GPL-3.0-or-later
// What the review database does to files that are not its own or not sound (issue 15): another
// program's SQLite file is refused byte for byte untouched, a damaged one is not written into (and
// `jiaohe check-db` says so), reading leaves no -wal/-shm behind and works from a read-only folder,
// the file is its owner's only, and a network share is recognised from the file system's type.
#include "store/Database.h"
#include "store/DatabaseChecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "ProgramRun.h"

using namespace jiaohe;

namespace {

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

bool leftBeside(const QString& path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

// Runs statements on a file outside Database (rollback journal, as another program would).
QString rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        }
        QSqlQuery q(db);
        for (const QString& sql : statements) {
            if (error.isEmpty() && !q.exec(sql)) {
                error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QVariant valueOf(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

using Run = test::ProgramRun;

Run runBinary(const QStringList& args)
{
    return test::runProgram(QStringLiteral(JIAOHE_BINARY), args, 60000);
}

} // namespace

class TestDatabaseGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foreignFileUntouched_data();
    void foreignFileUntouched();
    void applicationId();
    void damagedFileNotWritten();
    void readingLeavesNothingBeside();
    void readOnlyFolder();
    void ownerOnly();
    void networkFileSystem_data();
    void networkFileSystem();
    void messagesNameWhatTheFileIs();

private:
    QString freshPath(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDatabaseGuards::foreignFileUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("a table named reports with other columns")
        << QStringList{QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY, title TEXT, body TEXT)"),
                       QStringLiteral("CREATE TABLE fields (id INTEGER PRIMARY KEY, name TEXT)"),
                       QStringLiteral("INSERT INTO reports(title, body) VALUES ('年报', '正文')"),
                       QStringLiteral("PRAGMA user_version=4")};
    QTest::newRow("a schema version and no tables") << QStringList{QStringLiteral("PRAGMA user_version=4")};
    QTest::newRow("a schema version and another program's tables")
        << QStringList{QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                       QStringLiteral("PRAGMA user_version=4")};
    QTest::newRow("Jiaohe's tables under another program's application id")
        << QStringList{QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY, file_path TEXT, content_hash TEXT,"
                                      " original_text TEXT, imported_at TEXT, superseded INTEGER)"),
                       QStringLiteral("CREATE TABLE fields (id INTEGER PRIMARY KEY)"),
                       QStringLiteral("PRAGMA user_version=1"), QStringLiteral("PRAGMA application_id=1179011410")};
}

void TestDatabaseGuards::foreignFileUntouched()
{
    QFETCH(QStringList, statements);
    const QString path = freshPath(QStringLiteral("foreign-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
    QCOMPARE(rawExec(path, statements), QString());
    const QByteArray before = bytesOf(path);
    QVERIFY(!before.isEmpty());
    QVERIFY(!leftBeside(path));

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.error().contains(u"not a Jiaohe review database"), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"untouched"), qPrintable(db.error()));
    QVERIFY2(db.error().contains(QDir::toNativeSeparators(path)), qPrintable(db.error()));
    QVERIFY2(bytesOf(path) == before, "opening for writing changed another program's file");
    QVERIFY(!leftBeside(path));

    QVERIFY(!db.openForReading(path));
    QVERIFY2(db.error().contains(u"not a Jiaohe review database"), qPrintable(db.error()));
    QVERIFY2(bytesOf(path) == before, "opening for reading changed another program's file");
    QVERIFY(!leftBeside(path));
}

// New files carry the id; old Jiaohe files (written before it) are recognised by their schema and get it.
void TestDatabaseGuards::applicationId()
{
    const QString fresh = freshPath(QStringLiteral("new.sqlite"));
    Database db;
    QVERIFY2(db.open(fresh), qPrintable(db.error()));
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA application_id")).toInt(), DatabaseChecks::ApplicationId);
    db.close();

    for (int version = 1; version <= Database::SchemaVersion; ++version) {
        const QString old = freshPath(QStringLiteral("old-%1.sqlite").arg(version));
        QString error;
        QVERIFY2(Database::createAtVersion(old, version, &error), qPrintable(error));
        QVERIFY2(db.open(old), qPrintable(db.error()));
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA application_id")).toInt(), DatabaseChecks::ApplicationId);
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        db.close();
    }
    // "JHRV" in ASCII, as `file(1)` shows it.
    QCOMPARE(QByteArray::number(DatabaseChecks::ApplicationId, 16), QByteArrayLiteral("4a485256"));
}

void TestDatabaseGuards::damagedFileNotWritten()
{
    const QString sound = freshPath(QStringLiteral("sound.sqlite"));
    {
        Database db;
        QVERIFY2(db.open(sound), qPrintable(db.error()));
        QVERIFY(db.transaction([&] {
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?)"));
            for (int i = 0; i < 3000; ++i) {
                q.addBindValue(QStringLiteral("key-%1").arg(i));
                q.addBindValue(QString(200, QChar(u'a' + i % 26)));
                if (!q.exec()) {
                    return false;
                }
            }
            return true;
        }));
    }
    QVERIFY(!leftBeside(sound));
    const Run ok = runBinary({QStringLiteral("check-db"), sound});
    QCOMPARE(ok.status, 0);
    QVERIFY2(ok.out.contains(u"ok"), qPrintable(ok.out));
    QVERIFY(!leftBeside(sound));

    // A page in the middle overwritten, the header (page 1) kept: SQLite still opens the file.
    QByteArray bytes = bytesOf(sound);
    const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
    const qsizetype pages = bytes.size() / pageSize;
    QVERIFY(pages > 20);
    const qsizetype middle = (pages / 2) * pageSize;
    for (qsizetype i = 0; i < pageSize; ++i) {
        bytes[middle + i] = char(0xA5);
    }
    const QString damaged = freshPath(QStringLiteral("damaged.sqlite"));
    QVERIFY(writeFile(damaged, bytes));
    QVERIFY(QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner));

    Database db;
    QVERIFY(!db.open(damaged));
    QVERIFY2(db.error().contains(u"damaged"), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"quick check"), qPrintable(db.error()));
    QVERIFY2(db.error().contains(QStringLiteral("jiaohe check-db ") + QDir::toNativeSeparators(damaged)),
             qPrintable(db.error()));
    QVERIFY2(bytesOf(damaged) == bytes, "a damaged file was written into");
    QVERIFY(!leftBeside(damaged));

    const Run check = runBinary({QStringLiteral("check-db"), QStringLiteral("--db"), damaged});
    QCOMPARE(check.status, 1);
    QVERIFY2(check.out.contains(u"damaged"), qPrintable(check.out));
    QVERIFY2(bytesOf(damaged) == bytes, "check-db changed the file");
    QVERIFY(!leftBeside(damaged));
}

void TestDatabaseGuards::readingLeavesNothingBeside()
{
    const QString path = freshPath(QStringLiteral("read.sqlite"));
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
    }
    QVERIFY(!leftBeside(path));
    const QByteArray before = bytesOf(path);
    {
        Database reader;
        QVERIFY2(reader.openForReading(path), qPrintable(reader.error()));
        QCOMPARE(valueOf(reader, QStringLiteral("SELECT count(*) FROM reports")).toInt(), 0);
    }
    QVERIFY2(!leftBeside(path), "a read left -wal/-shm behind");
    QVERIFY(bytesOf(path) == before);

    // While another program writes, its -wal stays, and it can go on writing.
    Database writer;
    QVERIFY2(writer.open(path), qPrintable(writer.error()));
    QVERIFY(writer.transaction([&] {
        QSqlQuery q(writer.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('reviewer', '张三')"));
    }));
    {
        Database reader;
        QVERIFY2(reader.openForReading(path), qPrintable(reader.error()));
        QCOMPARE(valueOf(reader, QStringLiteral("SELECT value FROM settings WHERE key = 'reviewer'")).toString(),
                 QStringLiteral("张三"));
    }
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(writer.transaction([&] {
        QSqlQuery q(writer.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', 'b')"));
    }));
    writer.close();
    QVERIFY(!leftBeside(path));
}

void TestDatabaseGuards::readOnlyFolder()
{
    const QString folder = freshPath(QStringLiteral("cdrom"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/review.sqlite");
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
    }
    // The URI says immutable only where nothing can be created beside the file.
    QVERIFY(!DatabaseChecks::readOnlyUri(path).contains(u"immutable"));
    QVERIFY(DatabaseChecks::readOnlyUri(path).contains(u"mode=ro"));
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        QSKIP("running as root, where a 0555 folder can still be written: a read-only medium cannot be simulated");
    }
#endif
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                                              QFile::ReadOther | QFile::ExeOther));
    const auto restore =
        qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    QVERIFY(DatabaseChecks::readOnlyUri(path).contains(u"immutable=1"));
    Database reader;
    QVERIFY2(reader.openForReading(path), qPrintable(reader.error()));
    QCOMPARE(valueOf(reader, QStringLiteral("SELECT count(*) FROM reports")).toInt(), 0);
    reader.close();
    QVERIFY(!leftBeside(path));
}

void TestDatabaseGuards::ownerOnly()
{
    const auto othersMay = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    const QString empty = freshPath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(empty, QByteArray()));
    QVERIFY(QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db;
    QVERIFY2(db.open(empty), qPrintable(db.error()));
    QCOMPARE(QFile::permissions(empty) & othersMay, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(empty).testFlag(QFile::WriteOwner));
    QCOMPARE(QFile::permissions(empty + QStringLiteral("-wal")) & othersMay, QFileDevice::Permissions());
    db.close();

    const QString created = freshPath(QStringLiteral("sub/created.sqlite"));
    QVERIFY2(db.open(created), qPrintable(db.error()));
    QCOMPARE(QFile::permissions(created) & othersMay, QFileDevice::Permissions());
}

void TestDatabaseGuards::networkFileSystem_data()
{
    QTest::addColumn<quint64>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("NFS") << quint64(0x6969) << QStringLiteral("NFS");
    QTest::newRow("SMB") << quint64(0x517B) << QStringLiteral("SMB");
    QTest::newRow("SMB2") << quint64(0xFE534D42) << QStringLiteral("SMB2");
    QTest::newRow("CIFS") << quint64(0xFF534D42) << QStringLiteral("CIFS");
    QTest::newRow("FUSE (sshfs, cloud drives)") << quint64(0x65735546) << QStringLiteral("FUSE");
    QTest::newRow("ext4 is local") << quint64(0xEF53) << QString();
    QTest::newRow("xfs is local") << quint64(0x58465342) << QString();
    QTest::newRow("btrfs is local") << quint64(0x9123683E) << QString();
    QTest::newRow("tmpfs is local") << quint64(0x01021994) << QString();
    QTest::newRow("overlayfs is local") << quint64(0x794C7630) << QString();
}

void TestDatabaseGuards::networkFileSystem()
{
    QFETCH(quint64, type);
    QFETCH(QString, name);
    QCOMPARE(DatabaseChecks::networkFileSystemName(type), name);
    if (!name.isEmpty()) {
        const QString warning = DatabaseChecks::networkWarning(QStringLiteral("/mnt/share/review.sqlite"), name);
        QVERIFY2(warning.contains(name) && warning.contains(u"local folder"), qPrintable(warning));
    }
}

// Issue 15 item 10: a FIFO is not "a folder", and a path holding "%2" comes out as written.
void TestDatabaseGuards::messagesNameWhatTheFileIs()
{
#ifdef Q_OS_UNIX
    const QString fifo = freshPath(QStringLiteral("pipe.sqlite"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    Database db;
    QVERIFY(!db.open(fifo));
    QVERIFY2(db.error().contains(u"not a regular file") && !db.error().contains(u"folder"), qPrintable(db.error()));
    QVERIFY(!db.openForReading(fifo));
    QVERIFY2(db.error().contains(u"not a regular file") && !db.error().contains(u"folder"), qPrintable(db.error()));
#endif
    // A database of a newer Jiaohe in a folder named with "%2": the message quotes the path as it is.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a%2b")));
    const QString newer = freshPath(QStringLiteral("a%2b/newer.sqlite"));
    {
        Database create;
        QVERIFY2(create.open(newer), qPrintable(create.error()));
        QSqlQuery q(create.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 5)));
    }
    Database db2;
    QVERIFY(!db2.open(newer));
    QVERIFY2(db2.error().contains(QDir::toNativeSeparators(newer)), qPrintable(db2.error()));
    QVERIFY2(db2.error().contains(QStringLiteral("schema version %1").arg(Database::SchemaVersion + 5)),
             qPrintable(db2.error()));
}

QTEST_GUILESS_MAIN(TestDatabaseGuards)
#include "TestDatabaseGuards.moc"
