// SPDX-License-Identifier: GPL-3.0-or-later
// The review database at scale: `jiaohe import` (all cores) and `jiaohe export` (wide and long) over
// N reports, and the database size per report, against the same operations done by the sqlite3
// command-line tool on the same data (the floor: storing rows that are already extracted, and
// printing them as CSV with no quoting rules of our own and no formula neutralising).
//
//   bench_store [--reports N] [--source DIR] [--jobs N] [--db postgresql://…]
//
// With --db naming a server, the same import against psql's \copy of the same rows, and reviewer actions per
// second with two clients (BenchServer).
//
// Writes N reports (variations of the reports in DIR, default tests/data/seeds) into a temporary
// folder, imports them in-process with runImportCommand, exports both formats with runExportCommand,
// then dumps the database as SQL (one transaction) and times `sqlite3 NEWDB < dump.sql` and
// `sqlite3 -csv DB "SELECT …"` for the two exports.
#include "BenchServer.h"
#include "Corpus.h"
#include "cli/StoreCommands.h"
#include "extract/FieldCatalogue.h"
#include "store/Database.h"
#include "store/ServerAddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace jiaohe;

namespace {

struct Timed
{
    double seconds = 0;
    int status = -1;
    QString out;
    QString err;
};

Timed timeCommand(int (*command)(const QStringList&, QTextStream&, QTextStream&), const QStringList& args)
{
    Timed t;
    QTextStream out(&t.out);
    QTextStream err(&t.err);
    QElapsedTimer clock;
    clock.start();
    t.status = command(QStringList{QStringLiteral("jiaohe")} + args, out, err);
    t.seconds = clock.nsecsElapsed() / 1e9;
    out.flush();
    err.flush();
    return t;
}

// Runs sqlite3 with `args`, stdin from `input` and stdout to `output` (either may be empty).
Timed timeSqlite(const QStringList& args, const QString& input, const QString& output)
{
    Timed t;
    QProcess p;
    if (!input.isEmpty()) {
        p.setStandardInputFile(input);
    }
    p.setStandardOutputFile(output.isEmpty() ? QProcess::nullDevice() : output);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral("sqlite3"), args);
    p.waitForFinished(-1);
    t.seconds = clock.nsecsElapsed() / 1e9;
    t.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

// CPU time of this process (all threads, user + system).
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString sqlText(const QString& s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("''"));
    return u'\'' + q + u'\'';
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString kb(qint64 bytes)
{
    return QString::number(bytes / 1024.0, 'f', 1) + QStringLiteral(" KB");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int count = 10000;
    int jobs = QThread::idealThreadCount();
    QString source = QStringLiteral(JIAOHE_BENCH_DATA);
    QString server;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--reports") {
            count = args.at(i + 1).toInt();
        } else if (args.at(i) == u"--source") {
            source = args.at(i + 1);
        } else if (args.at(i) == u"--jobs") {
            jobs = args.at(i + 1).toInt();
        } else if (args.at(i) == u"--db") {
            server = args.at(i + 1);
        }
    }
    QTextStream out(stdout);
    if (!server.isEmpty()) {
        if (!ServerAddress::isServer(server)) {
            out << "--db names a server (postgresql://…); without it the benchmark makes its own SQLite file\n";
            return 2;
        }
        return bench::runServerBench(server, bench::readTemplates(source), count, jobs, out);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        out << "the sqlite3 command-line tool is needed for the floor (apt-get install sqlite3)\n";
        return 1;
    }
    const QList<QString> templates = bench::readTemplates(source);
    if (templates.isEmpty()) {
        out << "no .txt reports in " << source << '\n';
        return 1;
    }
    QTemporaryDir dir;
    const QString reports = dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(reports);
    const qint64 bytes = bench::writeVariedReports(reports, templates, count);
    // The reports just written are still being written back to disk: let that finish first, so that
    // the import is not timed against it.
    ::sync();
    out << "reports: " << count << ", " << fixed(bytes / 1048576.0, 1) << " MB; " << jobs << " extraction threads on "
        << QThread::idealThreadCount() << " cores\n";
    out.flush();

    // --- ours ---------------------------------------------------------------------------------------
    const QString db = dir.filePath(QStringLiteral("jiaohe.sqlite"));
    const double cpuBefore = cpuSeconds();
    const Timed import = timeCommand(runImportCommand, {QStringLiteral("--db"), db, QStringLiteral("--quiet"),
                                                        QStringLiteral("--jobs"), QString::number(jobs), reports});
    if (import.status != 0) {
        out << "import failed: " << import.err << import.out;
        return 1;
    }
    const double importCpu = cpuSeconds() - cpuBefore;
    qint64 fields = 0, flags = 0;
    {
        Database d;
        if (!d.open(db)) {
            out << d.error() << '\n';
            return 1;
        }
        QSqlQuery q(d.connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM fields), (SELECT count(*) FROM flags)")) && q.next()) {
            fields = q.value(0).toLongLong();
            flags = q.value(1).toLongLong();
        }
    }
    const qint64 dbBytes = QFileInfo(db).size();
    const QString wide = dir.filePath(QStringLiteral("wide.csv"));
    const QString longCsv = dir.filePath(QStringLiteral("long.csv"));
    const Timed exportWide = timeCommand(runExportCommand, {QStringLiteral("--db"), db, QStringLiteral("--out"), wide});
    const Timed exportLong =
        timeCommand(runExportCommand, {QStringLiteral("--db"), db, QStringLiteral("--out"), longCsv,
                                       QStringLiteral("--format"), QStringLiteral("long")});
    if (exportWide.status != 0 || exportLong.status != 0) {
        out << "export failed: " << exportWide.err << exportLong.err;
        return 1;
    }

    // --- the floor: sqlite3 on the same rows ---------------------------------------------------------
    // The same rows as INSERT statements in one transaction (with the same schema), as `.dump` writes them.
    const QString dump = dir.filePath(QStringLiteral("dump.sql"));
    const Timed dumped = timeSqlite({db, QStringLiteral(".dump")}, QString(), dump);
    if (dumped.status != 0) {
        out << "sqlite3 .dump failed: " << dumped.err;
        return 1;
    }
    const QString floorDb = dir.filePath(QStringLiteral("floor.sqlite"));
    const Timed floorImport = timeSqlite({floorDb}, dump, QString());
    if (floorImport.status != 0) {
        out << "sqlite3 import failed: " << floorImport.err;
        return 1;
    }
    const qint64 floorBytes = QFileInfo(floorDb).size();

    const QString finalValue = QStringLiteral(
        "CASE WHEN f.status = 'not_applicable' THEN NULL WHEN f.status = 'corrected' AND f.corrected_value IS NOT NULL "
        "THEN f.corrected_value ELSE f.value END");
    QStringList pivot;
    QStringList labels;
    for (const FieldDef& f : FieldCatalogue::builtin().fields()) {
        pivot.append(QStringLiteral("max(CASE WHEN f.key = %1 THEN %2 END)").arg(sqlText(f.key), finalValue));
        labels.append(QStringLiteral("WHEN %1 THEN %2").arg(sqlText(f.key), sqlText(f.labelZh)));
    }
    const QString wideSql =
        QStringLiteral(
            "SELECT r.file_path, r.content_hash, r.region, r.year, r.status, "
            "(SELECT count(*) FROM flags g WHERE g.report_id = r.id AND g.resolution = 'open' AND g.active = 1), %1 "
            "FROM reports r LEFT JOIN fields f ON f.report_id = r.id WHERE r.superseded = 0 GROUP BY r.id ORDER BY "
            "r.id")
            .arg(pivot.join(QStringLiteral(", ")));
    const QString longSql =
        QStringLiteral(
            "SELECT r.file_path, f.key, CASE f.key %1 END, f.value, %2, f.unit, f.status, f.evidence_text, "
            "f.reviewed_by, "
            "f.reviewed_at, f.note FROM fields f JOIN reports r ON r.id = f.report_id WHERE r.superseded = 0 "
            "ORDER BY r.id, f.id")
            .arg(labels.join(u' '), finalValue);
    const Timed floorWide = timeSqlite({QStringLiteral("-csv"), QStringLiteral("-header"), db, wideSql}, QString(),
                                       dir.filePath(QStringLiteral("floor-wide.csv")));
    const Timed floorLong = timeSqlite({QStringLiteral("-csv"), QStringLiteral("-header"), db, longSql}, QString(),
                                       dir.filePath(QStringLiteral("floor-long.csv")));
    if (floorWide.status != 0 || floorLong.status != 0) {
        out << "sqlite3 export failed: " << floorWide.err << floorLong.err;
        return 1;
    }

    // --- the table -----------------------------------------------------------------------------------
    out << "import: " << fixed(importCpu, 2) << " s of CPU, " << fixed(importCpu * 1000 / count, 2)
        << " ms per report; the " << QThread::idealThreadCount() << " cores busy "
        << fixed(100 * importCpu / (import.seconds * QThread::idealThreadCount()), 0) << "% of the time\n";
    out << "stored: " << count << " reports, " << fields << " fields, " << flags << " flags\n";
    out << "wide CSV " << kb(QFileInfo(wide).size()) << ", long CSV " << kb(QFileInfo(longCsv).size()) << "\n\n";
    const double rate = count / import.seconds;
    const double floorRate = count / floorImport.seconds;
    out << "| operation | jiaohe | sqlite3 (floor) | jiaohe / floor |\n";
    out << "|---|---|---|---|\n";
    out << "| import " << count << " reports | " << fixed(import.seconds, 2) << " s, " << fixed(rate, 0)
        << " reports/s | " << fixed(floorImport.seconds, 2) << " s, " << fixed(floorRate, 0) << " reports/s | "
        << fixed(rate / floorRate, 2) << " of the rate |\n";
    out << "| database size per report | " << kb(dbBytes / count) << " | " << kb(floorBytes / count) << " | "
        << fixed(double(dbBytes) / floorBytes, 2) << " |\n";
    out << "| export wide | " << fixed(exportWide.seconds, 2) << " s | " << fixed(floorWide.seconds, 2) << " s | "
        << fixed(exportWide.seconds / floorWide.seconds, 2) << "× the time |\n";
    out << "| export long | " << fixed(exportLong.seconds, 2) << " s | " << fixed(floorLong.seconds, 2) << " s | "
        << fixed(exportLong.seconds / floorLong.seconds, 2) << "× the time |\n\n";
    out << "targets: import ≥ 1,500 reports/s: " << (rate >= 1500 ? "met" : "MISSED") << "; export of " << count
        << " reports under 2 s: wide " << (exportWide.seconds < 2 ? "met" : "MISSED") << ", long "
        << (exportLong.seconds < 2 ? "met" : "MISSED") << '\n';
    return 0;
}
