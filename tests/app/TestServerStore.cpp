// SPDX-License-Identifier: GPL-3.0-or-later
// The review database on a PostgreSQL server (run by CTest with the pg_server fixture only): a libpq URI wherever
// a database is named, the seeds imported and exported through the command line giving the same wide CSV as on a
// file, and two imports of the same files racing into one server storing every report once and whole.
#include "ProgramRun.h"
#include "TestBackend.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/ServerAddress.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

namespace {

const QString program = QStringLiteral(JIAOHE_BINARY);

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// `count` distinct variants of the seeds (a line added to each), for imports big enough to overlap.
QStringList writeVariants(const QString& folder, int count)
{
    QStringList files;
    const QStringList seeds = test::seedFiles();
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("variant-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(bytesOf(seeds.at(i % seeds.size())) + "\n" + QByteArray::number(i) + "\n");
        }
        files.append(path);
    }
    return files;
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addressesAreReadAsLibpqReadsThem_data();
    void addressesAreReadAsLibpqReadsThem();
    void unreachableServerSaysSo();
    void anotherProgramsDatabaseIsLeftAlone();
    void importThenExportMatchesSqlite();
    void racingImportsStoreEachReportOnce();
    void serverInitGivesTheRolesTheirRights();

private:
    QTemporaryDir m_dir;
};

void TestServerStore::initTestCase()
{
    if (!test::onServer()) {
        QSKIP("runs against the PostgreSQL fixture only (TestServerStore_PostgreSQL)");
    }
    QVERIFY(m_dir.isValid());
}

void TestServerStore::addressesAreReadAsLibpqReadsThem_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("kept");
    QTest::newRow("user, host, database")
        << QStringLiteral("postgresql://reviewer@db.example/jiaohe")
        << QStringLiteral("host='db.example' dbname='jiaohe' user='reviewer'")
        << QStringLiteral("reviewer@db.example/jiaohe") << QStringLiteral("postgresql://reviewer@db.example/jiaohe");
    QTest::newRow("socket folder as a parameter")
        << QStringLiteral("postgresql:///jiaohe?host=/run/pg") << QStringLiteral("dbname='jiaohe' host='/run/pg'")
        << QStringLiteral("/run/pg/jiaohe") << QStringLiteral("postgresql:///jiaohe?host=/run/pg");
    QTest::newRow("password given: passed on, never shown or kept")
        << QStringLiteral("postgres://li:s%40cret@10.0.0.5:5433/review?sslmode=require")
        << QStringLiteral("host='10.0.0.5' port='5433' dbname='review' user='li' password='s@cret' sslmode='require'")
        << QStringLiteral("li@10.0.0.5:5433/review")
        << QStringLiteral("postgres://li@10.0.0.5:5433/review?sslmode=require");
    QTest::newRow("encoded socket folder, quote in a name")
        << QStringLiteral("postgresql://o%27brien@%2Fvar%2Frun%2Fpostgresql/jiaohe")
        << QStringLiteral("host='/var/run/postgresql' dbname='jiaohe' user='o\\'brien'")
        << QStringLiteral("o'brien@/var/run/postgresql/jiaohe")
        << QStringLiteral("postgresql://o'brien@%2Fvar%2Frun%2Fpostgresql/jiaohe");
}

void TestServerStore::addressesAreReadAsLibpqReadsThem()
{
    QFETCH(QString, uri);
    QFETCH(QString, options);
    QFETCH(QString, shown);
    QFETCH(QString, kept);
    QVERIFY(ServerAddress::isServer(uri));
    QString error;
    const std::optional<ServerAddress> a = ServerAddress::parse(uri, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->connectOptions(), options);
    QCOMPARE(a->displayName(), shown);
    QCOMPARE(a->withoutPassword(), kept);
    QVERIFY(!a->withoutPassword().contains(u"cret"));
    QVERIFY(!ServerAddress::isServer(QStringLiteral("/home/li/postgresql/review.sqlite")));
}

void TestServerStore::unreachableServerSaysSo()
{
    Database db;
    const QString uri =
        QStringLiteral("postgresql://li:secret@/jiaohe?host=%1").arg(m_dir.filePath(QStringLiteral("none")));
    QVERIFY(!db.open(uri));
    QVERIFY2(db.error().contains(u"cannot be reached"), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(u"secret"), qPrintable(db.error()));
    QVERIFY(!db.isOpen());
}

void TestServerStore::anotherProgramsDatabaseIsLeftAlone()
{
    const QString uri = test::freshDatabase(m_dir.path());
    {
        Database db;
        QVERIFY2(db.open(uri), qPrintable(db.error()));
        QVERIFY(db.isServer());
        QVERIFY2(db.serverName().startsWith(u"jiaohe_admin@"), qPrintable(db.serverName()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE jiaohe_schema")));
    }
    Database again;
    QVERIFY(!again.open(uri));
    QVERIFY2(again.error().contains(u"accounts"), qPrintable(again.error()));
}

void TestServerStore::importThenExportMatchesSqlite()
{
    // The done-when of issue 16: the same commands on a file and on a server give the same values.
    const QStringList seeds = test::seedFiles();
    QCOMPARE(seeds.size(), 5);
    const QString file = m_dir.filePath(QStringLiteral("seeds.sqlite"));
    const QString server = test::freshDatabase(m_dir.path());
    QStringList exports;
    for (const QString& db : {file, server}) {
        const test::ProgramRun imported = test::runProgram(
            program,
            QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), db} + seeds);
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u"5 added"), qPrintable(imported.out));
        const QString csv = m_dir.filePath(QStringLiteral("wide-%1.csv").arg(exports.size()));
        const test::ProgramRun exported =
            test::runProgram(program, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                       QStringLiteral("wide"), QStringLiteral("--status"), QStringLiteral("all"),
                                       QStringLiteral("--out"), csv});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        exports.append(QString::fromUtf8(bytesOf(csv)));
    }
    QVERIFY(exports.at(0).count(u'\n') == 6); // the header and five reports
    QCOMPARE(exports.at(1), exports.at(0));
}

void TestServerStore::racingImportsStoreEachReportOnce()
{
    const QString server = test::freshDatabase(m_dir.path());
    QTemporaryDir files;
    const QStringList variants = writeVariants(files.path(), 40);
    // Two machines importing the same folder at once: one stores a report, the other finds it stored (a report
    // is one transaction; the content hash is unique, so the loser's batch is refused and stored report by report).
    QList<QProcess*> runs;
    for (int i = 0; i < 2; ++i) {
        auto* p = new QProcess(this);
        p->start(program, QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                      QStringLiteral("1"), QStringLiteral("--db"), server, files.path()});
        runs.append(p);
    }
    int added = 0;
    int present = 0;
    for (QProcess* p : std::as_const(runs)) {
        QVERIFY(p->waitForFinished(120000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(p->exitCode() == 0, qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("(\\d+) added, 0 new versions, (\\d+) already")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        added += m.captured(1).toInt();
        present += m.captured(2).toInt();
    }
    QCOMPARE(added, 40);
    QCOMPARE(present, 40);
    Database db;
    QVERIFY2(db.openForReading(server), qPrintable(db.error()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM reports")), 40);
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT content_hash) FROM reports")), 40);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'import'")), 40);
    // Whole: every report has its fields (as many as the same seed's other variants) and nothing else has any.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM reports r WHERE NOT EXISTS "
                                      "(SELECT 1 FROM fields f WHERE f.report_id = r.id)")),
             0);
    // The variants of one seed (the same text but for the last line) have the same number of fields and flags.
    const QString perReport = QStringLiteral(
        "SELECT substr(r.original_text, 1, 300) AS seed, (SELECT count(*) FROM fields f WHERE f.report_id = r.id) "
        "AS fields, (SELECT count(*) FROM flags g WHERE g.report_id = r.id) AS flags FROM reports r");
    QCOMPARE(count(db, QStringLiteral("SELECT count(DISTINCT seed) FROM (%1) p").arg(perReport)), 5);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT seed, fields, flags FROM (%1) p) d")
                           .arg(perReport)),
             5);
}

void TestServerStore::serverInitGivesTheRolesTheirRights()
{
    const QString admin = test::freshDatabase(m_dir.path());
    const test::ProgramRun init = test::runProgram(program, {QStringLiteral("server"), QStringLiteral("init"), admin});
    QVERIFY2(init.status == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(u"jiaohe_reviewer"), qPrintable(init.out));
    // Two members of the team: login roles the administrator puts in Jiaohe's groups (roles are the server's, so
    // each run names its own).
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const QString reader = QStringLiteral("reader_") + suffix;
    const QString reviewer = QStringLiteral("reviewer_") + suffix;
    QCOMPARE(test::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE jiaohe_reader").arg(reader)), QString());
    QCOMPARE(test::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE jiaohe_reviewer").arg(reviewer)), QString());
    auto as = [&](const QString& role) { return QString(admin).replace(QStringLiteral("jiaohe_admin@"), role + u'@'); };
    const QStringList seeds = test::seedFiles().mid(0, 2);
    // The reader may not import: refused in words, nothing stored.
    const test::ProgramRun refused = test::runProgram(
        program,
        QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), as(reader)} + seeds);
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(u"may not do this"), qPrintable(refused.err));
    // The reviewer imports; the audit names the reviewer's database role, filled in by the server.
    const test::ProgramRun imported = test::runProgram(
        program,
        QStringList{QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), as(reviewer)} + seeds);
    QVERIFY2(imported.status == 0, qPrintable(imported.err));
    // The reader reads and exports.
    const QString csv = m_dir.filePath(QStringLiteral("reader.csv"));
    const test::ProgramRun exported = test::runProgram(
        program, {QStringLiteral("export"), QStringLiteral("--db"), as(reader), QStringLiteral("--out"), csv});
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
    QCOMPARE(QString::fromUtf8(bytesOf(csv)).count(u'\n'), 3);
    Database db;
    QVERIFY2(db.openForReading(admin), qPrintable(db.error()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE db_user = '%1'").arg(reviewer)), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit WHERE db_user != '%1'").arg(reviewer)), 0);
    // A PDF: the reviewer may store its character boxes too (schema 8's table is among the reviewers' rights).
    const test::ProgramRun pdf = test::runProgram(
        program, {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), as(reviewer),
                  QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf")});
    QVERIFY2(pdf.status == 0, qPrintable(pdf.err));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM report_boxes b JOIN reports r ON r.id = b.report_id "
                                      "WHERE r.format = 'pdf' AND length(b.boxes) > 0")),
             1);
}

QTEST_GUILESS_MAIN(TestServerStore)
#include "TestServerStore.moc"
