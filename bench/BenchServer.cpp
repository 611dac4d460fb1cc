// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchServer.h"

#include "Corpus.h"
#include "cli/StoreCommands.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>
#include <thread>

namespace jiaohe::bench {

namespace {

// The floor's tables: the rows an import writes.
const QStringList floorTables = {QStringLiteral("reports"), QStringLiteral("fields"), QStringLiteral("flags"),
                                 QStringLiteral("audit")};
const QString floorSchema = QStringLiteral("jiaohe_bench_floor");

struct ToolRun
{
    double seconds = 0;
    bool ok = false;
    QString out;
};

ToolRun runTool(const QString& program, const QStringList& args)
{
    ToolRun r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    p.waitForFinished(-1);
    r.seconds = clock.nsecsElapsed() / 1e9;
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.out = QString::fromUtf8(p.readAll());
    return r;
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString findTool(const QString& name)
{
    const QString found = QStandardPaths::findExecutable(name);
    return found.isEmpty() ? QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/15/bin"),
                                                                   QStringLiteral("/usr/lib/postgresql/16/bin")})
                           : found;
}

bool exec(Database& db, const QString& sql, QTextStream& out)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        out << sql.left(80) << ": " << q.lastError().databaseText() << '\n';
        return false;
    }
    return true;
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Actions
{
    qint64 done = 0;
    qint64 failed = 0;
    double seconds = 0;
};

// `clients` reviewers at once, each on its own connection and its own reports (the reports whose position modulo
// `clients` is its number), correcting one field after another for `seconds`.
Actions reviewerActions(const QString& uri, const QList<qint64>& reports, int clients, double seconds)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> failed{0};
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            Database db;
            if (!db.open(uri)) {
                ++failed;
                return;
            }
            ReviewStore store(db);
            store.setSystemUser(QStringLiteral("bench-%1").arg(c));
            for (qsizetype i = c; i < reports.size() && clock.elapsed() < seconds * 1000; i += clients) {
                for (const StoredField& f : store.fields(reports.at(i))) {
                    if (clock.elapsed() >= seconds * 1000) {
                        break;
                    }
                    const double value = f.finalValue().value_or(0) + 1;
                    ++(store.correctField(reports.at(i), f.key, value) ? done : failed);
                }
            }
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    return {done, failed, clock.nsecsElapsed() / 1e9};
}

// The floor of the import: the rows just imported, as CSV, copied by psql into tables of the same shape (indexes
// and constraints included, no foreign keys) in one transaction.
bool importFloor(Database& db, const QString& uri, const QString& psql, const QString& folder, ToolRun* timed,
                 QTextStream& out)
{
    if (!exec(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(floorSchema), out) ||
        !exec(db, QStringLiteral("CREATE SCHEMA %1").arg(floorSchema), out)) {
        return false;
    }
    QStringList dump = {uri, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    QStringList load = dump + QStringList{QStringLiteral("-1")};
    for (const QString& t : floorTables) {
        if (!exec(db, QStringLiteral("CREATE TABLE %1.%2 (LIKE %2 INCLUDING ALL)").arg(floorSchema, t), out)) {
            return false;
        }
        const QString csv = QDir(folder).filePath(t + QStringLiteral(".csv"));
        dump << QStringLiteral("-c") << QStringLiteral("\\copy (SELECT * FROM %1) TO '%2' CSV").arg(t, csv);
        load << QStringLiteral("-c") << QStringLiteral("\\copy %1.%2 FROM '%3' CSV").arg(floorSchema, t, csv);
    }
    const ToolRun dumped = runTool(psql, dump);
    if (!dumped.ok) {
        out << "psql \\copy TO failed: " << dumped.out;
        return false;
    }
    *timed = runTool(psql, load);
    if (!timed->ok) {
        out << "psql \\copy FROM failed: " << timed->out;
        return false;
    }
    return true;
}

// The floor of the actions: pgbench with two clients, each transaction an action's bare statements (the field's
// row updated, an audit entry added) on the floor's tables, with none of Jiaohe's reads, checks or re-check.
bool actionsFloor(Database& db, const QString& uri, const QString& pgbench, const QString& folder, int clients,
                  double seconds, double* tps, QTextStream& out)
{
    const qint64 first = count(db, QStringLiteral("SELECT min(id) FROM %1.fields").arg(floorSchema));
    const qint64 last = count(db, QStringLiteral("SELECT max(id) FROM %1.fields").arg(floorSchema));
    // The copied entries kept their ids; the floor's audit numbers its own after them.
    if (!exec(db,
              QStringLiteral("SELECT setval(pg_get_serial_sequence('%1.audit', 'id'), max(id)) FROM %1.audit")
                  .arg(floorSchema),
              out)) {
        return false;
    }
    const QString script = QDir(folder).filePath(QStringLiteral("action.sql"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write(QStringLiteral("\\set id random(%1, %2)\n"
                           "BEGIN;\n"
                           "UPDATE %3.fields SET corrected_value = coalesce(corrected_value, 0) + 1, status = "
                           "'corrected', version = version + 1, reviewed_at = now()::text, reviewed_by = 'bench' "
                           "WHERE id = :id;\n"
                           "INSERT INTO %3.audit(at, who, report_id, field_key, action, old_value, new_value) VALUES "
                           "(now()::text, 'bench', 1, 'org.offices', 'field_correct', '1', '2');\n"
                           "END;\n")
                .arg(first)
                .arg(last)
                .arg(floorSchema)
                .toUtf8());
    f.close();
    const ToolRun run = runTool(pgbench, {QStringLiteral("-n"), QStringLiteral("-c"), QString::number(clients),
                                          QStringLiteral("-j"), QString::number(clients), QStringLiteral("-T"),
                                          QString::number(int(seconds)), QStringLiteral("-f"), script, uri});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(run.out);
    if (!run.ok || !m.hasMatch()) {
        out << "pgbench failed: " << run.out;
        return false;
    }
    *tps = m.captured(1).toDouble();
    return true;
}

} // namespace

int runServerBench(const QString& uri, const QList<QString>& templates, int count, int jobs, QTextStream& out)
{
    const QString psql = findTool(QStringLiteral("psql"));
    const QString pgbench = findTool(QStringLiteral("pgbench"));
    if (psql.isEmpty() || pgbench.isEmpty()) {
        out << "psql and pgbench are needed for the floor (postgresql-client-15, postgresql-15)\n";
        return 1;
    }
    Database db;
    if (!db.open(uri)) {
        out << db.error() << '\n';
        return 1;
    }
    if (jiaohe::bench::count(db, QStringLiteral("SELECT count(*) FROM reports")) != 0) {
        out << db.path() << ": holds reports already; name an empty database (createdb) for the benchmark\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString reports = dir.filePath(QStringLiteral("reports"));
    QDir().mkpath(reports);
    const qint64 bytes = writeVariedReports(reports, templates, count);
    out << "server: " << db.serverName() << "; reports: " << count << ", " << fixed(bytes / 1048576.0, 1) << " MB; "
        << jobs << " extraction threads\n";
    out.flush();

    QString importOut;
    QString importErr;
    QTextStream io(&importOut);
    QTextStream ie(&importErr);
    QElapsedTimer clock;
    clock.start();
    const int status =
        runImportCommand({QStringLiteral("jiaohe"), QStringLiteral("--db"), uri, QStringLiteral("--quiet"),
                          QStringLiteral("--jobs"), QString::number(jobs), reports},
                         io, ie);
    const double importSeconds = clock.nsecsElapsed() / 1e9;
    io.flush();
    ie.flush();
    if (status != 0) {
        out << "import failed: " << importErr << importOut;
        return 1;
    }
    out << "stored: " << importOut.trimmed() << "; "
        << jiaohe::bench::count(db, QStringLiteral("SELECT count(*) FROM fields")) << " fields, "
        << jiaohe::bench::count(db, QStringLiteral("SELECT count(*) FROM flags")) << " flags\n";
    ToolRun floorImport;
    if (!importFloor(db, uri, psql, dir.path(), &floorImport, out)) {
        return 1;
    }

    QList<qint64> ids;
    for (const StoredReport& r : ReviewStore(db).reports()) {
        ids.append(r.id);
    }
    const double seconds = 5;
    const Actions one = reviewerActions(uri, ids, 1, seconds);
    const Actions two = reviewerActions(uri, ids.mid(ids.size() / 2), 2, seconds);
    double floorOne = 0;
    double floorTwo = 0;
    if (!actionsFloor(db, uri, pgbench, dir.path(), 1, seconds, &floorOne, out) ||
        !actionsFloor(db, uri, pgbench, dir.path(), 2, seconds, &floorTwo, out)) {
        return 1;
    }
    exec(db, QStringLiteral("DROP SCHEMA %1 CASCADE").arg(floorSchema), out);

    const double rate = count / importSeconds;
    const double floorRate = count / floorImport.seconds;
    out << "\n| operation | jiaohe | floor | jiaohe / floor |\n|---|---|---|---|\n";
    out << "| import " << count << " reports (read, extract, check, store) | " << fixed(importSeconds, 2) << " s, "
        << fixed(rate, 0) << " reports/s | psql \\copy of the same rows: " << fixed(floorImport.seconds, 2) << " s, "
        << fixed(floorRate, 0) << " reports/s | " << fixed(rate / floorRate, 2) << " of the rate |\n";
    for (const auto& [clients, actions, floor] : {std::tuple{1, one, floorOne}, std::tuple{2, two, floorTwo}}) {
        const double perSecond = actions.done / actions.seconds;
        out << "| reviewer actions, " << clients << (clients == 1 ? " client" : " clients") << " | "
            << fixed(perSecond, 0) << " actions/s (" << actions.done << " in " << fixed(actions.seconds, 1) << " s, "
            << actions.failed << " refused) | pgbench UPDATE + INSERT: " << fixed(floor, 0) << " tps | "
            << fixed(perSecond / floor, 2) << " of the rate |\n";
    }
    return 0;
}

} // namespace jiaohe::bench
