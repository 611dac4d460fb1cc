// SPDX-License-Identifier: GPL-3.0-or-later
// "Locked by another program" names the program: /proc/locks read for the write lock SQLite takes (WAL: byte
// 120 of the -shm file; rollback journal: the database file's lock bytes), a real sqlite3 process holding it.
#include "store/Database.h"
#include "store/LockHolder.h"

#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

class TestLockHolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerOf_data();
    void writerOf();
    void writeNamesTheProgramHoldingTheLock_data();
    void writeNamesTheProgramHoldingTheLock();
};

void TestLockHolder::writerOf_data()
{
    QTest::addColumn<QByteArray>("locks");
    QTest::addColumn<long long>("expected");
    const QByteArray other = "1: POSIX  ADVISORY  WRITE 31810 fe:00:10953490 120 120\n";
    QTest::newRow("another process's write lock on the file") << other << 31810LL;
    QTest::newRow("a read lock blocks no writer")
        << QByteArray("1: POSIX  ADVISORY  READ 31810 fe:00:10953490 123 123\n") << 0LL;
    QTest::newRow("a waiting request holds nothing")
        << QByteArray("1: -> POSIX  ADVISORY  WRITE 31810 fe:00:10953490 120 120\n") << 0LL;
    QTest::newRow("our own lock is not another program's")
        << QByteArray("1: POSIX  ADVISORY  WRITE 4242 fe:00:10953490 120 120\n") << 0LL;
    QTest::newRow("another file (inode)")
        << QByteArray("1: POSIX  ADVISORY  WRITE 31810 fe:00:10953491 120 120\n") << 0LL;
    QTest::newRow("another device") << QByteArray("1: POSIX  ADVISORY  WRITE 31810 08:01:10953490 120 120\n") << 0LL;
    QTest::newRow("an open-file-description lock has no process")
        << QByteArray("1: OFDLCK ADVISORY  WRITE -1 fe:00:10953490 120 120\n") << 0LL;
    QTest::newRow("among others, after a short line")
        << QByteArray("garbage\n2: FLOCK  ADVISORY  WRITE 99 fe:00:1 0 EOF\n") + other << 31810LL;
}

void TestLockHolder::writerOf()
{
    QFETCH(QByteArray, locks);
    QFETCH(long long, expected);
    QCOMPARE(LockHolder::writerOf(locks, LockHolder::File{0xfe, 0x00, 10953490ULL}, 4242), expected);
}

void TestLockHolder::writeNamesTheProgramHoldingTheLock_data()
{
    QTest::addColumn<QString>("journal");
    QTest::newRow("WAL (the -shm file's write lock)") << QStringLiteral("WAL");
    QTest::newRow("rollback journal (the database file's lock bytes)") << QStringLiteral("DELETE");
}

void TestLockHolder::writeNamesTheProgramHoldingTheLock()
{
#ifndef Q_OS_LINUX
    QSKIP("/proc/locks is Linux's");
#endif
    QFETCH(QString, journal);
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        QSKIP("the sqlite3 command-line tool is not installed (packaging/setup-debian.sh installs it)");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("review.sqlite"));
    Database db;
    QVERIFY2(db.open(path), qPrintable(db.error()));
    if (journal != u"WAL") {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")), qPrintable(q.lastError().text()));
    }
    db.setWaitLimit(300);
    QCOMPARE(db.waitLimit(), 300);
    QVERIFY(LockHolder::describe(path).isEmpty()); // nobody holds it

    QProcess other;
    other.start(QStringLiteral("sqlite3"), {path});
    QVERIFY(other.waitForStarted());
    other.write("BEGIN EXCLUSIVE;\nINSERT INTO settings(key, value) VALUES ('other', 'x');\n");
    const QString holder = QStringLiteral("sqlite3, process %1").arg(other.processId());
    QTRY_COMPARE(LockHolder::describe(path), holder);

    const bool ok = db.transaction([&] {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('mine', 'y')")) ||
               db.fail(QStringLiteral("save a setting"), q.lastError().databaseText());
    });
    QVERIFY(!ok);
    QVERIFY2(db.error().contains(QStringLiteral("locked by another program (%1)").arg(holder)), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"0.3 s"), qPrintable(db.error())); // this connection's wait, not the default
    QVERIFY2(db.error().contains(QDir::toNativeSeparators(path)), qPrintable(db.error()));

    other.closeWriteChannel(); // end of input: sqlite3 rolls back and quits
    QVERIFY(other.waitForFinished());
    QVERIFY(LockHolder::describe(path).isEmpty());
    QSqlQuery after(db.connection());
    QVERIFY2(after.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES ('mine', 'y')")),
             qPrintable(after.lastError().text()));
}

QTEST_GUILESS_MAIN(TestLockHolder)
#include "TestLockHolder.moc"
