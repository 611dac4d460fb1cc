// SPDX-License-Identifier: GPL-3.0-or-later
// `jiaohe import`, `jiaohe export` and `jiaohe stats`: exit status, messages, counts, every export
// option, formula injection, round trips through a real CSV reader, and an export that fails leaving
// no half file behind. Most runs are in-process (runImportCommand & co. on QStrings); a few run the
// real binary for its exit status and for limits that only a child process can take.
#include "cli/StoreCommands.h"
#include "extract/FieldCatalogue.h"
#include "pipeline/EngineFingerprint.h"
#include "store/CsvWriter.h"
#include "store/Exporter.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CsvReader.h"

#include "common/StatusPrinting.h"
#include <QTextStream>

#include <cmath>
#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "ProgramRun.h"

using namespace jiaohe;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

using Command = int (*)(const QStringList&, QTextStream&, QTextStream&);

Command commandNamed(const QString& name)
{
    if (name == u"import") {
        return runImportCommand;
    }
    if (name == u"export") {
        return runExportCommand;
    }
    return runStatsCommand;
}

Run run(const QString& command, const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.status = commandNamed(command)(QStringList{QStringLiteral("jiaohe")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

Run importInto(const QString& db, const QStringList& paths, const QStringList& extra = {})
{
    return run(QStringLiteral("import"),
               QStringList{QStringLiteral("--db"), db, QStringLiteral("--quiet")} + extra + paths);
}

// The real binary, for exit statuses and process limits.
Run runBinary(const QStringList& args, const QString& shellPrefix = QString())
{
    const test::ProgramRun p = test::runProgram(QStringLiteral(JIAOHE_BINARY), args, 60000, shellPrefix);
    return Run{p.status, p.out, p.err};
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList seedFiles()
{
    const QDir seeds(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    QStringList out;
    for (const QString& f : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        out.append(seeds.filePath(f));
    }
    return out;
}

// A seed report with about one digit in four changed: another report of the same shape.
QByteArray variant(int seedIndex, QRandomGenerator& rng)
{
    const QStringList seeds = seedFiles();
    QString text = QString::fromUtf8(readAll(seeds.at(seedIndex % seeds.size())));
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (text.at(k).isDigit() && text.at(k).unicode() < 128 && rng.bounded(4) == 0) {
            text[k] = QChar(u'0' + rng.bounded(10));
        }
    }
    return text.toUtf8();
}

// A folder holding the five seed reports.
void copySeeds(const QString& folder)
{
    QDir().mkpath(folder);
    for (const QString& f : seedFiles()) {
        QFile::copy(f, QDir(folder).filePath(QFileInfo(f).fileName()));
    }
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 countIn(const QString& path, const QString& sql)
{
    Database db;
    if (!db.open(path)) {
        return -1;
    }
    return count(db, sql);
}

QString summary(int files, int added, int versions, int present, int failed)
{
    return QStringLiteral("%1 files in \\S+ s: %2 added, %3 new versions, %4 already in the database, %5 failed")
        .arg(files)
        .arg(added)
        .arg(versions)
        .arg(present)
        .arg(failed);
}

bool hasSummary(const Run& r, int files, int added, int versions, int present, int failed)
{
    return QRegularExpression(summary(files, added, versions, present, failed)).match(r.out).hasMatch();
}

// A number as the export writes it: integers without a decimal point, others with 15 significant digits.
QString numberText(std::optional<double> v)
{
    if (!v) {
        return QString();
    }
    if (std::abs(*v - std::round(*v)) < 1e-9 && std::abs(*v) < 9e15) {
        return QString::number(qint64(std::llround(*v)));
    }
    return QString::number(*v, 'g', 15);
}

// What a spreadsheet would run as a formula, decided here independently of CsvWriter: a cell starting
// with = + - @ tab or CR that is not a plain number.
bool formulaLike(const QString& cell)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)$"));
    if (cell.isEmpty()) {
        return false;
    }
    const QChar c = cell.front();
    if (c == u'=' || c == u'@' || c == u'\t' || c == u'\r') {
        return true;
    }
    return (c == u'+' || c == u'-') && !plainNumber.match(cell).hasMatch();
}

// What a CSV reader must read back for a value of the database.
QString readBack(const QString& value)
{
    return formulaLike(value) ? u'\'' + value : value;
}

using Table = QList<QStringList>;

Table readBack(const Table& table)
{
    Table out;
    for (const QStringList& row : table) {
        QStringList cells;
        for (const QString& c : row) {
            cells.append(readBack(c));
        }
        out.append(cells);
    }
    return out;
}

const QStringList wideLead = {QStringLiteral("file"), QStringLiteral("content_hash"),  QStringLiteral("region"),
                              QStringLiteral("year"), QStringLiteral("review_status"), QStringLiteral("open_flags")};
const QStringList longHeader = {QStringLiteral("file"),        QStringLiteral("key"),
                                QStringLiteral("label"),       QStringLiteral("value_extracted"),
                                QStringLiteral("value_final"), QStringLiteral("unit"),
                                QStringLiteral("status"),      QStringLiteral("evidence"),
                                QStringLiteral("reviewer"),    QStringLiteral("reviewed_at"),
                                QStringLiteral("note"),        QStringLiteral("value_reviewed"),
                                QStringLiteral("content_hash"),  QStringLiteral("engine")};

// The value the reviewer holds right, from the record: the corrected or intended value, the printed one when
// confirmed, none when unreviewed or not applicable.
std::optional<double> reviewedValue(const StoredField& f)
{
    switch (f.status) {
    case FieldStatus::Corrected:
        return f.correctedValue ? f.correctedValue : std::optional<double>(f.value);
    case FieldStatus::AsPrinted:
        return f.correctedValue;
    case FieldStatus::Confirmed:
        return f.extracted ? std::optional<double>(f.value) : f.correctedValue;
    default:
        return std::nullopt;
    }
}

// The wide table the database holds, through ReviewStore (not the exporter's SQL).
Table expectedWide(const QString& dbPath, bool reviewedOnly)
{
    Database db;
    if (!db.open(dbPath)) {
        return {};
    }
    ReviewStore store(db);
    const QStringList keys = FieldCatalogue::builtin().keys();
    Table t{wideLead + keys + QStringList{QStringLiteral("engine")}};
    for (const StoredReport& r : store.reports()) {
        if (reviewedOnly && r.status != ReportStatus::Reviewed) {
            continue;
        }
        QStringList row{r.filePath, r.contentHash,
                        r.region,   r.year ? QString::number(*r.year) : QString(),
                        toString(r.status), QString::number(r.openFlags)};
        QHash<QString, QString> values;
        for (const StoredField& f : store.fields(r.id)) {
            values.insert(f.key, numberText(f.finalValue()));
        }
        for (const QString& k : keys) {
            row.append(values.value(k));
        }
        row.append(EngineFingerprint::builtin().text());
        t.append(row);
    }
    return t;
}

Table expectedLong(const QString& dbPath, bool reviewedOnly, const QString& lang)
{
    Database db;
    if (!db.open(dbPath)) {
        return {};
    }
    ReviewStore store(db);
    Table t{longHeader};
    for (const StoredReport& r : store.reports()) {
        if (reviewedOnly && r.status != ReportStatus::Reviewed) {
            continue;
        }
        for (const StoredField& f : store.fields(r.id)) {
            const FieldDef* def = FieldCatalogue::builtin().find(f.key);
            t.append({r.filePath, f.key, def ? def->label(lang) : QString(), numberText(f.value),
                      numberText(f.finalValue()), f.unit, toString(f.status), f.evidenceText, f.reviewedBy, f.reviewedAt,
                      f.note, numberText(reviewedValue(f)), r.contentHash,
                      EngineFingerprint::builtin().text()});
        }
    }
    return t;
}

QString show(const Table& t)
{
    QString s;
    for (const QStringList& row : t.mid(0, 4)) {
        s += row.join(u'|') + u'\n';
    }
    return s;
}

// Reads a CSV file with Python's csv module; empty (and `skipped`) when there is no python3.
Table readWithPython(const QString& path, bool* skipped, QString* error)
{
    *skipped = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        *skipped = true;
        return {};
    }
    QProcess p;
    p.start(python, {QStringLiteral("-c"),
                     QStringLiteral("import csv, json, sys\n"
                                    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                    "    rows = list(csv.reader(f, strict=True))\n"
                                    "sys.stdout.write(json.dumps(rows))\n"),
                     path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    Table t;
    for (const QJsonValue& row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue& c : row.toArray()) {
            cells.append(c.toString());
        }
        t.append(cells);
    }
    return t;
}

} // namespace

class TestStoreCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void usage_data();
    void usage();
    void help_data();
    void help();
    void databaseProblems_data();
    void databaseProblems();
    void exitStatusOfTheBinary_data();
    void exitStatusOfTheBinary();

    void importBadFile_data();
    void importBadFile();
    void importAllBrokenFilesAtOnce();
    void importSkipsOtherFilesInFolders();
    void importAgainAddsNothing();
    void importSameBytesTwiceInOneRun();
    void importChangedFileIsNewVersion();
    void importReportRefusedByDatabaseFailsAlone();
    void importJobs_data();
    void importJobs();
    void importProgress();
    void importOfAnEmptyFolder();

    void exportWide_data();
    void exportWide();
    void exportLong_data();
    void exportLong();
    void exportBom_data();
    void exportBom();
    void exportNeutralisesFormulas();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void exportFailureLeavesNoFile_data();
    void exportFailureLeavesNoFile();
    void exportLeavesNoTemporaryFile();
    void exportNeverReplacesTheDatabase_data();
    void exportNeverReplacesTheDatabase();
    void exportRefusesAFifo();
    void exportRefusesADeviceNode();
    void windowExportNeverReplacesTheDatabase();
    void exportIsPrivateWhateverTheUmask();

    void stats();

private:
    QString path(const QString& name) const { return m_tmp.filePath(name); }
    QTemporaryDir m_tmp;
    QString m_exportDb; // a reviewed project: corrections, not-applicable fields, a dismissed flag
    QString m_hyperlinkFile;
};

void TestStoreCommands::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QCOMPARE(seedFiles().size(), 5);
    Database::setBusyTimeout(5000);

    // The project the export tests read: the five seeds and a report whose file name is a formula.
    const QString folder = path(QStringLiteral("export-reports"));
    copySeeds(folder);
    QRandomGenerator rng(7);
    m_hyperlinkFile = QDir(folder).filePath(QStringLiteral("=HYPERLINK(1).txt"));
    QVERIFY(write(m_hyperlinkFile, variant(2, rng)));
    m_exportDb = path(QStringLiteral("export.sqlite"));
    const Run r = importInto(m_exportDb, {folder});
    QVERIFY2(r.status == 0, qPrintable(r.err));

    Database db;
    QVERIFY2(db.open(m_exportDb), qPrintable(db.error()));
    ReviewStore store(db);
    store.setClock([] { return QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC); });
    // A reviewer name a spreadsheet would run, with a comma and a quote for the quoting.
    QVERIFY(store.setReviewer(QStringLiteral("=HYPERLINK(\"http://x.example\",\"点我, 看\")")));
    const QList<StoredReport> reports = store.reports();
    QCOMPARE(reports.size(), 6);
    const StoredReport first = reports.first();
    const QList<StoredField> fields = store.fields(first.id);
    QVERIFY(fields.size() >= 5);
    QVERIFY2(store.correctField(first.id, fields.at(0).key, 12345, FieldStatus::Corrected,
                                QStringLiteral("@SUM(A1:A9)")),
             qPrintable(store.error()));
    QVERIFY(store.setFieldStatus(first.id, fields.at(1).key, FieldStatus::NotApplicable, QStringLiteral("-2+3")));
    QVERIFY(
        store.correctField(first.id, fields.at(2).key, -12, FieldStatus::Corrected, QStringLiteral("+1 then")));
    QVERIFY(store.correctField(first.id, fields.at(3).key, 7.25, FieldStatus::AsPrinted,
                               QStringLiteral("line one,\n\"line two\"\r\n\tthree")));
    QVERIFY(store.setFieldStatus(first.id, fields.at(4).key, FieldStatus::Confirmed, QStringLiteral("=1+1")));
    QVERIFY(store.setReportStatus(first.id, ReportStatus::Reviewed));
    const QList<StoredFlag> flags = store.flags(reports.at(1).id);
    QVERIFY(!flags.isEmpty());
    QVERIFY(store.resolveFlag(flags.first().id, Resolution::Dismissed, QStringLiteral("the source says so")));
}

// ---------------------------------------------------------------------------------------------------
// Usage and the database file

void TestStoreCommands::usage_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("--db=/nonexistent-folder/x.sqlite");
    QTest::newRow("import without a path") << "import" << QStringList{db} << "no report given";
    QTest::newRow("import --jobs 0") << "import"
                                     << QStringList{db, QStringLiteral("--jobs"), QStringLiteral("0"),
                                                    QStringLiteral("a.txt")}
                                     << "--jobs must be a number from 1 to 64";
    QTest::newRow("import --jobs not a number")
        << "import" << QStringList{db, QStringLiteral("--jobs"), QStringLiteral("two"), QStringLiteral("a.txt")}
        << "--jobs must be";
    QTest::newRow("import --jobs 65") << "import"
                                      << QStringList{db, QStringLiteral("--jobs=65"), QStringLiteral("a.txt")}
                                      << "--jobs must be";
    QTest::newRow("import unknown option")
        << "import" << QStringList{db, QStringLiteral("--frobnicate"), QStringLiteral("a.txt")} << "frobnicate";
    QTest::newRow("import --db without its file") << "import" << QStringList{QStringLiteral("--db")} << "--db";
    QTest::newRow("export without --out") << "export" << QStringList{db} << "--out FILE.csv is required";
    QTest::newRow("export --format csv") << "export"
                                         << QStringList{db, QStringLiteral("--out=x.csv"),
                                                        QStringLiteral("--format=csv")}
                                         << "--format must be wide, long or flags";
    QTest::newRow("export --status some")
        << "export" << QStringList{db, QStringLiteral("--out=x.csv"), QStringLiteral("--status=some")}
        << "--status must be reviewed or all";
    QTest::newRow("export --lang fr") << "export"
                                      << QStringList{db, QStringLiteral("--out=x.csv"), QStringLiteral("--lang=fr")}
                                      << "--lang must be zh or en";
    QTest::newRow("export stray argument")
        << "export" << QStringList{db, QStringLiteral("--out=x.csv"), QStringLiteral("more.csv")}
        << "unexpected argument \"more.csv\"";
    QTest::newRow("export unknown option")
        << "export" << QStringList{db, QStringLiteral("--out=x.csv"), QStringLiteral("--wide")} << "wide";
    QTest::newRow("stats unknown option") << "stats" << QStringList{db, QStringLiteral("--json")} << "json";
    QTest::newRow("stats stray argument (the database is --db)")
        << "stats" << QStringList{QStringLiteral("project.sqlite")} << "unexpected argument \"project.sqlite\"";
}

void TestStoreCommands::usage()
{
    QFETCH(QString, command);
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(command, args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("usage: jiaohe ") + command), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-folder")));
}

void TestStoreCommands::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("import --help") << "import"
                                   << "--jobs";
    QTest::newRow("export --help") << "export"
                                   << "--format";
    QTest::newRow("stats --help") << "stats"
                                  << "--db";
}

void TestStoreCommands::help()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Run r = run(command, {QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("usage: jiaohe ") + command), qPrintable(r.out));
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestStoreCommands::databaseProblems_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind"); // text, folder, missing, newer
    QTest::addColumn<QString>("message");
    for (const char* c : {"import", "export", "stats"}) {
        const QString command = QString::fromLatin1(c);
        QTest::addRow("%s: the database is a text file", c) << command << "text"
                                                            << "not a Jiaohe review database";
        QTest::addRow("%s: the database is a folder", c) << command << "folder"
                                                         << "is a folder";
        QTest::addRow("%s: the database is from a newer Jiaohe", c) << command << "newer"
                                                                    << "written by a newer Jiaohe";
    }
    QTest::newRow("export: no database") << "export"
                                         << "missing"
                                         << "no such review database";
    QTest::newRow("stats: no database") << "stats"
                                        << "missing"
                                        << "no such review database";
}

void TestStoreCommands::databaseProblems()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("project.sqlite"));
    const QByteArray text = "These are my notes, not a database.\n";
    if (kind == u"text") {
        QVERIFY(write(db, text));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(db));
    } else if (kind == u"newer") {
        QString error;
        QVERIFY2(Database::createAtVersion(db, 1, &error), qPrintable(error));
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QVERIFY(QSqlQuery(c).exec(QStringLiteral("PRAGMA user_version=99")));
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    }
    const QByteArray before = kind == u"folder" ? QByteArray() : readAll(db);
    copySeeds(dir.filePath(QStringLiteral("reports")));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QStringList args{QStringLiteral("--db"), db};
    if (command == u"import") {
        args << QStringLiteral("--quiet") << dir.filePath(QStringLiteral("reports"));
    } else if (command == u"export") {
        args << QStringLiteral("--out") << out;
    }
    const Run r = run(command, args);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(db)), qPrintable(r.err)); // names the file
    QVERIFY(!QFileInfo::exists(out));
    if (kind == u"missing") {
        QVERIFY(!QFileInfo::exists(db)); // export and stats never create a database
    } else if (kind != u"folder") {
        QCOMPARE(readAll(db), before); // never overwritten
    }
}

void TestStoreCommands::exitStatusOfTheBinary_data()
{
    QTest::addColumn<QStringList>("args"); // {db} {good} {mixed} {out} are filled in
    QTest::addColumn<int>("status");
    QTest::newRow("import of good reports: 0") << QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                              QStringLiteral("{db}"), QStringLiteral("{good}")}
                                               << 0;
    QTest::newRow("import with a broken file: 1") << QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                                 QStringLiteral("{db}"), QStringLiteral("{mixed}")}
                                                  << 1;
    QTest::newRow("import without a path: 2")
        << QStringList{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("{db}")} << 2;
    QTest::newRow("import --jobs 0: 2") << QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                       QStringLiteral("{db}"),   QStringLiteral("--jobs"),
                                                       QStringLiteral("0"),      QStringLiteral("{good}")}
                                        << 2;
    QTest::newRow("export: 0") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("{db}"),
                                              QStringLiteral("--out"), QStringLiteral("{out}")}
                               << 0;
    QTest::newRow("export --format xml: 2")
        << QStringList{QStringLiteral("export"), QStringLiteral("--db"),  QStringLiteral("{db}"),
                       QStringLiteral("--out"),  QStringLiteral("{out}"), QStringLiteral("--format"),
                       QStringLiteral("xml")}
        << 2;
    QTest::newRow("export of a database that is a text file: 1")
        << QStringList{QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("{text}"),
                       QStringLiteral("--out"), QStringLiteral("{out}")}
        << 1;
    QTest::newRow("stats: 0") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("{db}")}
                              << 0;
    QTest::newRow("stats unknown option: 2")
        << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--all")}
        << 2;
}

void TestStoreCommands::exitStatusOfTheBinary()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QTemporaryDir dir;
    copySeeds(dir.filePath(QStringLiteral("good")));
    copySeeds(dir.filePath(QStringLiteral("mixed")));
    QVERIFY(write(dir.filePath(QStringLiteral("mixed/empty.txt")), QByteArray()));
    QVERIFY(write(dir.filePath(QStringLiteral("text.sqlite")), "not a database\n"));
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(importInto(db, {dir.filePath(QStringLiteral("good"))}).status, 0);
    for (QString& a : args) {
        a.replace(QStringLiteral("{db}"), db)
            .replace(QStringLiteral("{good}"), dir.filePath(QStringLiteral("good")))
            .replace(QStringLiteral("{mixed}"), dir.filePath(QStringLiteral("mixed")))
            .replace(QStringLiteral("{text}"), dir.filePath(QStringLiteral("text.sqlite")))
            .replace(QStringLiteral("{out}"), dir.filePath(QStringLiteral("out.csv")));
    }
    const Run r = runBinary(args);
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.status).arg(r.err)));
}

// ---------------------------------------------------------------------------------------------------
// Import

void TestStoreCommands::importBadFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("inFolder"); // else named on the command line
    QTest::addColumn<QString>("reason");
    const QByteArray seed = readAll(seedFiles().at(1));
    // Cut inside the last Chinese character: a UTF-8 file that ends in the middle of a character.
    qsizetype cut = seed.size() - 1;
    while (cut > 0 && (uchar(seed.at(cut)) & 0xC0) != 0xC0) {
        --cut;
    }
    QTest::newRow("empty file") << "empty.txt" << QByteArray() << true << "the file is empty";
    QTest::newRow("blank file") << "blank.txt" << QByteArray(" \n\t\n") << true << "the file is empty";
    QTest::newRow("binary file") << "binary.txt" << readAll(QStringLiteral(JIAOHE_TEST_DATA "/bad/binary.txt")) << true
                                 << "not a text file";
    QTest::newRow("truncated UTF-8") << "truncated.txt" << seed.left(cut + 1) << true
                                     << "ends in the middle of a character";
    QTest::newRow("Word document saved as .txt")
        << "report.txt" << readAll(QStringLiteral(JIAOHE_TEST_DATA "/bad/report.docx")) << true << "Office document";
    QTest::newRow("Word document named on the command line")
        << "report.docx" << readAll(QStringLiteral(JIAOHE_TEST_DATA "/bad/report.docx")) << false
        << "the Word document cannot be read";
    QTest::newRow("missing file named on the command line")
        << "missing.txt" << QByteArray("-") << false << "does not exist";
}

void TestStoreCommands::importBadFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, inFolder);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    const QString bad = inFolder ? QDir(folder).filePath(name) : dir.filePath(name);
    if (!name.startsWith(u"missing")) {
        QVERIFY(write(bad, bytes));
    }
    const QStringList paths = inFolder ? QStringList{folder} : QStringList{folder, bad};
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    for (int round = 0; round < 2; ++round) {
        const Run r = importInto(db, paths);
        QCOMPARE(r.status, 1);
        // Every good report stored (the second time: found already there), the bad one named with its reason.
        QVERIFY2(round == 0 ? hasSummary(r, 6, 5, 0, 0, 1) : hasSummary(r, 6, 0, 0, 5, 1), qPrintable(r.out));
        const QString line = QStringLiteral("jiaohe import: %1: ").arg(bad);
        QVERIFY2(r.err.contains(line), qPrintable(r.err));
        QVERIFY2(r.err.mid(r.err.indexOf(line)).section(u'\n', 0, 0).contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.count(QStringLiteral("jiaohe import: ")), 1);
        QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 5);
        QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'import'")), 5);
    }
}

void TestStoreCommands::importAllBrokenFilesAtOnce()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    const QByteArray seed = readAll(seedFiles().at(0));
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("a-empty.txt")), QByteArray()));
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("b-binary.txt")),
                  readAll(QStringLiteral(JIAOHE_TEST_DATA "/bad/binary.txt"))));
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("c-truncated.txt")), seed.left(seed.size() - 1)));
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("d-word.htm")),
                  readAll(QStringLiteral(JIAOHE_TEST_DATA "/bad/report.docx"))));
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const Run r = importInto(db, {folder}, {QStringLiteral("--jobs"), QStringLiteral("3")});
    QCOMPARE(r.status, 1);
    QVERIFY2(hasSummary(r, 9, 5, 0, 0, 4), qPrintable(r.out));
    for (const char* bad : {"a-empty.txt", "b-binary.txt", "c-truncated.txt", "d-word.htm"}) {
        QVERIFY2(r.err.contains(QDir(folder).filePath(QString::fromLatin1(bad)) + QStringLiteral(": ")),
                 qPrintable(r.err));
    }
    QCOMPARE(r.err.count(u'\n'), 4);
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 5);
}

void TestStoreCommands::importSkipsOtherFilesInFolders()
{
    // A folder is searched for reports (text, web pages, PDF, Word…); other files there are not reports.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    QVERIFY(QFile::copy(QStringLiteral(JIAOHE_TEST_DATA "/bad/report.docx"),
                        QDir(folder).filePath(QStringLiteral("notes.xlsx"))));
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("sub/deeper/copy.txt")), readAll(seedFiles().at(3)) + "\n"));
    const Run r = importInto(dir.filePath(QStringLiteral("db.sqlite")), {folder});
    QCOMPARE(r.status, 0);
    QVERIFY2(hasSummary(r, 6, 6, 0, 0, 0), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestStoreCommands::importAgainAddsNothing()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const Run first = importInto(db, {folder});
    QCOMPARE(first.status, 0);
    QVERIFY2(hasSummary(first, 5, 5, 0, 0, 0), qPrintable(first.out));
    const QString tables =
        QStringLiteral("SELECT (SELECT count(*) FROM reports) || '/' || (SELECT count(*) FROM fields) || '/' || "
                       "(SELECT count(*) FROM flags) || '/' || (SELECT count(*) FROM audit)");
    Database d;
    QVERIFY(d.open(db));
    QSqlQuery q(d.connection());
    QVERIFY(q.exec(tables) && q.next());
    const QString before = q.value(0).toString();
    q.finish();
    // Again, and again naming the same files one by one and twice over.
    for (const QStringList& paths : {QStringList{folder}, seedFiles() + QStringList{folder}}) {
        const Run again = importInto(db, paths);
        QCOMPARE(again.status, 0);
        const int n = int(paths.size() == 1 ? 5 : 10);
        QVERIFY2(hasSummary(again, n, 0, 0, n, 0), qPrintable(again.out));
        QVERIFY(q.exec(tables) && q.next());
        QCOMPARE(q.value(0).toString(), before);
        q.finish();
    }
}

void TestStoreCommands::importSameBytesTwiceInOneRun()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    QVERIFY(QFile::copy(seedFiles().at(2), QDir(folder).filePath(QStringLiteral("zz-copy.txt"))));
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const Run r = importInto(db, {folder});
    QCOMPARE(r.status, 0);
    QVERIFY2(hasSummary(r, 6, 5, 0, 1, 0), qPrintable(r.out));
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 5);
}

void TestStoreCommands::importChangedFileIsNewVersion()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(importInto(db, {folder}).status, 0);
    const QString changed = QDir(folder).filePath(QFileInfo(seedFiles().at(4)).fileName());
    QVERIFY(write(changed, readAll(changed) + "\n补充说明。\n"));
    const Run r = importInto(db, {folder});
    QCOMPARE(r.status, 0);
    QVERIFY2(hasSummary(r, 5, 0, 1, 4, 0), qPrintable(r.out));
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 6);
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports WHERE superseded = 0")), 5);
}

void TestStoreCommands::importReportRefusedByDatabaseFailsAlone()
{
    // Reports are stored in batches of one transaction each; when the database refuses one report,
    // the others of its batch must still be stored.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    copySeeds(folder);
    QRandomGenerator rng(11);
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("poison.txt")), variant(0, rng)));
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    {
        Database d;
        QVERIFY(d.open(db));
        QVERIFY(
            QSqlQuery(d.connection())
                .exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON reports WHEN NEW.file_name = 'poison.txt' "
                                     "BEGIN SELECT RAISE(ABORT, 'this report is refused'); END")));
    }
    const Run r = importInto(db, {folder});
    QCOMPARE(r.status, 1);
    QVERIFY2(hasSummary(r, 6, 5, 0, 0, 1), qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("poison.txt: ")) && r.err.contains(QStringLiteral("this report is refused")),
             qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 5);
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM fields WHERE report_id NOT IN (SELECT id FROM reports)")),
             0);
}

void TestStoreCommands::importJobs_data()
{
    QTest::addColumn<QString>("jobs");
    QTest::newRow("one thread") << "1";
    QTest::newRow("two threads") << "2";
    QTest::newRow("more threads than cores") << "16";
}

void TestStoreCommands::importJobs()
{
    // Whatever the threads, the reports are stored in file order with the same content.
    QFETCH(QString, jobs);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("reports"));
    QRandomGenerator rng(3);
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        names.append(QStringLiteral("r%1.txt").arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(write(QDir(folder).filePath(names.last()), variant(i, rng)));
    }
    QVERIFY(write(QDir(folder).filePath(QStringLiteral("r015x.txt")), QByteArray())); // one failure in the middle
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const Run r = importInto(db, {folder}, {QStringLiteral("--jobs"), jobs});
    QCOMPARE(r.status, 1);
    QVERIFY2(hasSummary(r, 41, 40, 0, 0, 1), qPrintable(r.out));
    Database d;
    QVERIFY(d.open(db));
    QSqlQuery q(d.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT file_name, (SELECT count(*) FROM fields f WHERE f.report_id = r.id) FROM reports r "
                       "ORDER BY id")));
    QStringList stored;
    QString signature;
    while (q.next()) {
        stored.append(q.value(0).toString());
        signature += q.value(1).toString() + u',';
    }
    QCOMPARE(stored, names);
    static QString firstSignature;
    if (firstSignature.isEmpty()) {
        firstSignature = signature;
    }
    QCOMPARE(signature, firstSignature);
}

void TestStoreCommands::importProgress()
{
    // Without --quiet and with stderr not a terminal: no terminal control characters, and the summary on stdout.
    QTemporaryDir dir;
    copySeeds(dir.filePath(QStringLiteral("reports")));
    const Run r = runBinary({QStringLiteral("import"), QStringLiteral("--db"),
                             dir.filePath(QStringLiteral("db.sqlite")), dir.filePath(QStringLiteral("reports"))});
    QCOMPARE(r.status, 0);
    QVERIFY2(!r.err.contains(u'\x1b') && !r.err.contains(u'\r'), qPrintable(r.err));
    QVERIFY2(hasSummary(r, 5, 5, 0, 0, 0), qPrintable(r.out));
}

void TestStoreCommands::importOfAnEmptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("empty"))));
    QVERIFY(
        QFile::copy(QStringLiteral(JIAOHE_TEST_DATA "/bad/report.docx"), dir.filePath(QStringLiteral("empty/a.xlsx"))));
    const Run r = importInto(dir.filePath(QStringLiteral("db.sqlite")), {dir.filePath(QStringLiteral("empty"))});
    QCOMPARE(r.status, 1);
    QVERIFY2(hasSummary(r, 0, 0, 0, 0, 0), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("no reports (.txt, .text, .md, .markdown, .htm, .html, .xhtml, .shtml, .mht, "
                                           ".mhtml, .pdf, .docx, .docm, .dotx, .doc, .dot, .wps, .wpt, .rtf, .odt) found")),
             qPrintable(r.err));
}

// ---------------------------------------------------------------------------------------------------
// Export

void TestStoreCommands::exportWide_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("rows");
    QTest::newRow("all reports") << "all" << 6;
    QTest::newRow("--status reviewed keeps reviewed reports only") << "reviewed" << 1;
}

void TestStoreCommands::exportWide()
{
    QFETCH(QString, status);
    QFETCH(int, rows);
    const QString out = path(QStringLiteral("wide-%1.csv").arg(status));
    const Run r = run(QStringLiteral("export"), {QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), out,
                                                 QStringLiteral("--status"), status});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("%1 rows written to").arg(rows)), qPrintable(r.out));
    QString error;
    const Table got = test::parseCsv(readAll(out), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), rows + 1);
    QCOMPARE(got.first(), wideLead + FieldCatalogue::builtin().keys() + QStringList{QStringLiteral("engine")});
    const Table expected = readBack(expectedWide(m_exportDb, status == u"reviewed"));
    QVERIFY2(got == expected, qPrintable(show(got) + u'\n' + show(expected)));

    // The corrected value, the not-applicable field and the negative correction of the first report.
    Database db;
    QVERIFY(db.open(m_exportDb));
    ReviewStore store(db);
    const StoredReport first = store.reports().first();
    const QList<StoredField> fields = store.fields(first.id);
    const QStringList header = got.first();
    const QStringList row = got.at(1);
    QCOMPARE(row.at(0), first.filePath);
    QCOMPARE(row.at(4), QStringLiteral("reviewed"));
    QCOMPARE(row.at(header.indexOf(fields.at(0).key)), QStringLiteral("12345"));
    QCOMPARE(row.at(header.indexOf(fields.at(1).key)), QString());
    QCOMPARE(row.at(header.indexOf(fields.at(2).key)), QStringLiteral("-12"));
    QCOMPARE(row.at(header.indexOf(fields.at(3).key)), numberText(fields.at(3).value)); // as printed: the printed value
    if (status == u"all") {
        // Open flags: the dismissed flag no longer counts.
        const StoredReport second = store.reports().at(1);
        QCOMPARE(got.at(2).at(5).toInt(), second.openFlags);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM flags WHERE report_id = %1 AND resolution = 'open'")
                               .arg(second.id)),
                 qint64(second.openFlags));
    }
}

void TestStoreCommands::exportLong_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("status");
    QTest::newRow("Chinese labels") << "zh"
                                    << "all";
    QTest::newRow("--lang en: English labels") << "en"
                                               << "all";
    QTest::newRow("--status reviewed keeps the reviewed report's fields") << "zh"
                                                                          << "reviewed";
}

void TestStoreCommands::exportLong()
{
    QFETCH(QString, lang);
    QFETCH(QString, status);
    const QString out = path(QStringLiteral("long-%1-%2.csv").arg(lang, status));
    const Run r = run(QStringLiteral("export"),
                      {QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), out, QStringLiteral("--format"),
                       QStringLiteral("long"), QStringLiteral("--lang"), lang, QStringLiteral("--status"), status});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QString error;
    const Table got = test::parseCsv(readAll(out), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.first(), longHeader);
    const Table expected = readBack(expectedLong(m_exportDb, status == u"reviewed", lang));
    QVERIFY2(got == expected, qPrintable(show(got) + u'\n' + show(expected)));
    const qint64 fields =
        countIn(m_exportDb, status == u"reviewed"
                                ? QStringLiteral("SELECT count(*) FROM fields f JOIN reports r ON r.id = f.report_id "
                                                 "WHERE r.status = 'reviewed'")
                                : QStringLiteral("SELECT count(*) FROM fields"));
    QCOMPARE(got.size() - 1, fields);
    QVERIFY2(r.out.contains(QStringLiteral("%1 rows written to").arg(fields)), qPrintable(r.out));
    // The label column follows --lang.
    const FieldDef* def = FieldCatalogue::builtin().find(got.at(1).at(1));
    QVERIFY(def);
    QCOMPARE(got.at(1).at(2), lang == u"en" ? def->labelEn : def->labelZh);
    // The first report's decisions: corrected, not applicable (no final value), the reviewer and a note.
    const QStringList corrected = got.at(1);
    QCOMPARE(corrected.at(6), QStringLiteral("corrected"));
    QCOMPARE(corrected.at(4), QStringLiteral("12345"));
    QCOMPARE(got.at(2).at(6), QStringLiteral("not_applicable"));
    QVERIFY(!got.at(2).at(3).isEmpty());
    QCOMPARE(got.at(2).at(4), QString());
    QCOMPARE(corrected.at(9), QStringLiteral("2024-05-06T07:08:09.000Z"));
}

void TestStoreCommands::exportBom_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("bom");
    QTest::newRow("wide without --bom") << "wide" << false;
    QTest::newRow("wide with --bom") << "wide" << true;
    QTest::newRow("long without --bom") << "long" << false;
    QTest::newRow("long with --bom") << "long" << true;
}

void TestStoreCommands::exportBom()
{
    QFETCH(QString, format);
    QFETCH(bool, bom);
    const QString out = path(QStringLiteral("bom-%1-%2.csv").arg(format).arg(bom));
    QStringList args{QStringLiteral("--db"),     m_exportDb, QStringLiteral("--out"), out,
                     QStringLiteral("--format"), format};
    if (bom) {
        args.append(QStringLiteral("--bom"));
    }
    QCOMPARE(run(QStringLiteral("export"), args).status, 0);
    const QByteArray bytes = readAll(out);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    QCOMPARE(bytes.count("\xEF\xBB\xBF"), bom ? 1 : 0); // at the start and nowhere else
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QVERIFY(body.startsWith("file,"));
    QVERIFY(body.endsWith("\r\n"));
}

void TestStoreCommands::exportNeutralisesFormulas()
{
    for (const QString& format : {QStringLiteral("wide"), QStringLiteral("long")}) {
        const QString out = path(QStringLiteral("injection-%1.csv").arg(format));
        QCOMPARE(run(QStringLiteral("export"), {QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), out,
                                                QStringLiteral("--format"), format})
                     .status,
                 0);
        const QByteArray bytes = readAll(out);
        const Table got = test::parseCsv(bytes);
        // No cell a spreadsheet would run; every numeric cell stays a number.
        for (const QStringList& row : got) {
            for (const QString& cell : row) {
                QVERIFY2(!formulaLike(cell), qPrintable(cell));
            }
        }
        // The file named =HYPERLINK(1).txt is written with its full path, which begins with '/': a
        // spreadsheet reads it as text, and it comes back exactly.
        bool found = false;
        for (const QStringList& row : got) {
            if (row.first() == m_hyperlinkFile) {
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(m_hyperlinkFile));
        if (format == u"long") {
            const QString reviewer = QStringLiteral("'=HYPERLINK(\"http://x.example\",\"点我, 看\")");
            QCOMPARE(got.at(1).at(8), reviewer);
            QCOMPARE(got.at(1).at(10), QStringLiteral("'@SUM(A1:A9)"));
            QCOMPARE(got.at(2).at(10), QStringLiteral("'-2+3"));
            QCOMPARE(got.at(3).at(10), QStringLiteral("'+1 then"));
            QCOMPARE(got.at(3).at(4), QStringLiteral("-12")); // a negative number is a number
            QCOMPARE(got.at(4).at(10), QStringLiteral("line one,\n\"line two\"\r\n\tthree"));
            QCOMPARE(got.at(5).at(10), QStringLiteral("'=1+1"));
            // In the bytes: the quoted, neutralised reviewer and the bare -12.
            QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点我, 看\"\")\""));
            QVERIFY(bytes.contains(",-12,"));
            QVERIFY(!bytes.contains(",'-12,"));
        } else {
            QVERIFY(bytes.contains(",-12,") || bytes.contains(",-12\r\n"));
        }
    }
}

void TestStoreCommands::exportRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("bom");
    QTest::newRow("wide") << "wide" << false;
    QTest::newRow("wide with BOM") << "wide" << true;
    QTest::newRow("long") << "long" << false;
    QTest::newRow("long with BOM") << "long" << true;
}

void TestStoreCommands::exportRoundTrip()
{
    // A real CSV reader (Python's csv module, strict) and ours both give the database's values back
    // (a neutralised cell with its apostrophe in front).
    QFETCH(QString, format);
    QFETCH(bool, bom);
    const QString out = path(QStringLiteral("roundtrip-%1-%2.csv").arg(format).arg(bom));
    QStringList args{QStringLiteral("--db"),     m_exportDb, QStringLiteral("--out"), out,
                     QStringLiteral("--format"), format};
    if (bom) {
        args.append(QStringLiteral("--bom"));
    }
    QCOMPARE(run(QStringLiteral("export"), args).status, 0);
    const Table expected = readBack(format == u"wide" ? expectedWide(m_exportDb, false)
                                                      : expectedLong(m_exportDb, false, QStringLiteral("zh")));
    QVERIFY(expected.size() > 6);
    QString error;
    const Table ours = test::parseCsv(readAll(out), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(ours == expected, qPrintable(show(ours)));
    bool skipped = false;
    const Table python = readWithPython(out, &skipped, &error);
    if (skipped) {
        QSKIP("python3 is not installed");
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(python.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(python.at(i), expected.at(i));
    }
}

void TestStoreCommands::exportFailureLeavesNoFile_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("message");
    QTest::newRow("the folder does not exist") << "missing-folder"
                                               << "does not exist";
    QTest::newRow("the target is a folder") << "target-folder"
                                            << "it is a folder";
    QTest::newRow("the database is not SQLite") << "not-sqlite"
                                                << "not a Jiaohe review database";
    QTest::newRow("the database is damaged mid-scan") << "damaged"
                                                      << "damaged";
    QTest::newRow("the disk refuses the write (file size limit)") << "size-limit"
                                                                  << "cannot write";
    QTest::newRow("the folder is read-only") << "read-only"
                                             << "cannot write";
}

void TestStoreCommands::exportFailureLeavesNoFile()
{
    QFETCH(QString, failure);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    QString target = QDir(folder).filePath(QStringLiteral("export.csv"));
    const QByteArray previous = "file,region\r\nan earlier export,kept\r\n";
    QVERIFY(write(target, previous));
    QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QVERIFY(QFile::copy(m_exportDb, db));
    Database keepOpen; // keeps the WAL index in place for the child process of the size-limit case
    if (failure == u"missing-folder") {
        target = dir.filePath(QStringLiteral("no/such/folder/export.csv"));
    } else if (failure == u"target-folder") {
        target = dir.filePath(QStringLiteral("out"));
    } else if (failure == u"not-sqlite") {
        QFile::remove(db);
        QVERIFY(write(db, "id,name\n1,not a database\n"));
    } else if (failure == u"damaged") {
        // Many reports, then garbage over a leaf page in the middle of the reports table: SQLite
        // opens the file and starts the scan, and fails on that page.
        QFile::remove(db);
        const QString reports = dir.filePath(QStringLiteral("reports"));
        QRandomGenerator rng(5);
        for (int i = 0; i < 60; ++i) {
            QVERIFY(write(QDir(reports).filePath(QStringLiteral("r%1.txt").arg(i, 2, 10, QLatin1Char('0'))),
                          variant(i, rng)));
        }
        QCOMPARE(importInto(db, {reports}).status, 0);
        int page = 0, pageSize = 0;
        {
            Database d;
            QVERIFY(d.open(db));
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            pageSize = int(count(d, QStringLiteral("PRAGMA page_size")));
            if (!q.exec(QStringLiteral(
                    "SELECT pageno FROM dbstat WHERE name = 'reports' AND pagetype = 'leaf' ORDER BY pageno"))) {
                QSKIP("this SQLite has no dbstat table to find a page to damage");
            }
            QList<int> leaves;
            while (q.next()) {
                leaves.append(q.value(0).toInt());
            }
            QVERIFY2(leaves.size() >= 3, qPrintable(QString::number(leaves.size())));
            page = leaves.at(leaves.size() / 2);
        }
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(page - 1) * pageSize));
        f.write(QByteArray(pageSize, '\xA5'));
        f.close();
    } else if (failure == u"read-only") {
        if (geteuid() == 0) {
            QSKIP("running as root: a read-only folder can still be written");
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    } else if (failure == u"size-limit") {
        QVERIFY(keepOpen.open(db));
    }
    const QStringList args{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), target};
    const Run r = failure == u"size-limit"
                      // A file size limit of a few blocks: writing the CSV fails with EFBIG (SIGXFSZ ignored).
                      ? runBinary(args, QStringLiteral("trap '' XFSZ; ulimit -f 2"))
                      : run(QStringLiteral("export"), args.mid(1));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(r.status == 1, qPrintable(QStringLiteral("exit %1: %2 %3").arg(r.status).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    // The earlier export is untouched and nothing else is left in its folder.
    QCOMPARE(readAll(QDir(folder).filePath(QStringLiteral("export.csv"))), previous);
    QCOMPARE(entries(folder), QStringList{QStringLiteral("export.csv")});
    if (failure == u"missing-folder") {
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }
}

void TestStoreCommands::exportLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(write(out, "old"));
    const Run r = run(QStringLiteral("export"), {QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), out});
    QCOMPARE(r.status, 0);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("export.csv")});
    QVERIFY(readAll(out).startsWith("file,content_hash,"));
}

void TestStoreCommands::exportNeverReplacesTheDatabase_data()
{
    QTest::addColumn<QString>("out"); // relative to the database's folder
    QTest::newRow("--out is the database") << "db.sqlite";
    QTest::newRow("--out is the database by another path") << "sub/../db.sqlite";
    QTest::newRow("--out is the database's WAL") << "db.sqlite-wal";
    QTest::newRow("--out is a link to the database") << "link.csv";
}

void TestStoreCommands::exportNeverReplacesTheDatabase()
{
    QFETCH(QString, out);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QVERIFY(QFile::copy(m_exportDb, db));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.csv"))));
    const QByteArray before = readAll(db);
    const Run r =
        run(QStringLiteral("export"), {QStringLiteral("--db"), db, QStringLiteral("--out"), dir.filePath(out)});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QStringLiteral("the export would replace it")), qPrintable(r.err));
    QCOMPARE(readAll(db), before);
    QCOMPARE(countIn(db, QStringLiteral("SELECT count(*) FROM reports")), 6);
}

// A FIFO as --out: a reader would get nothing while export said "rows written". Refused, and still a FIFO.
void TestStoreCommands::exportRefusesAFifo()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("out.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run r = runBinary({QStringLiteral("export"), QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), fifo});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(fifo) && r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("rows written")));
    struct stat st = {};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // The library refuses it too, whoever calls it.
    QString error;
    QVERIFY(!CsvWriter::writeFile(fifo, "a,b\r\n", &error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
}

// As root, export --out /dev/null replaced the device with a regular file. A private node (c 1 3, the same
// device) in a temporary folder shows it safely.
void TestStoreCommands::exportRefusesADeviceNode()
{
    if (::geteuid() != 0)
        QSKIP("making a device node needs root");
    QTemporaryDir dir;
    const QString node = dir.filePath(QStringLiteral("null"));
    const QByteArray name = QFile::encodeName(node);
    if (::mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("this system does not let root make a device node here");
    const Run r = run(QStringLiteral("export"), {QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"), node});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(node) && r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
    struct stat st = {};
    QCOMPARE(::lstat(name.constData(), &st), 0);
    QVERIFY(S_ISCHR(st.st_mode));
    QCOMPARE(st.st_rdev, makedev(1, 3));
}

// The window calls Exporter::exportToFile with the open database: its file, WAL and SHM are refused there too.
void TestStoreCommands::windowExportNeverReplacesTheDatabase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    QVERIFY(QFile::copy(m_exportDb, db));
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("link.csv"))));
    Database database;
    QVERIFY(database.open(db));
    for (const QString& out : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
                               dir.filePath(QStringLiteral("link.csv"))}) {
        const bool walBefore = QFile::exists(db + QStringLiteral("-wal"));
        QString error;
        QVERIFY2(!Exporter::exportToFile(database, out, Exporter::Options(), &error), qPrintable(out));
        QVERIFY2(error.contains(QStringLiteral("the export would replace it")), qPrintable(error));
        QCOMPARE(QFile::exists(db + QStringLiteral("-wal")), walBefore);
    }
    QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM reports")), 6);
    // Another name in the same folder is written.
    QString error;
    QVERIFY2(Exporter::exportToFile(database, dir.filePath(QStringLiteral("fine.csv")), Exporter::Options(), &error),
             qPrintable(error));
}

// With umask 000 the CSV used to be 0666: an export holds the review, so it is the owner's only (0600).
void TestStoreCommands::exportIsPrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    for (int round = 0; round < 2; ++round) { // a new file, then one replaced
        const Run r = runBinary({QStringLiteral("export"), QStringLiteral("--db"), m_exportDb, QStringLiteral("--out"),
                                 out, QStringLiteral("--status"), QStringLiteral("all")},
                                QStringLiteral("umask 000"));
        QCOMPARE(r.status, 0);
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        if (round == 0)
            QVERIFY(::chmod(QFile::encodeName(out).constData(), 0666) == 0);
    }
}

// ---------------------------------------------------------------------------------------------------
// Stats

void TestStoreCommands::stats()
{
    const Run r = run(QStringLiteral("stats"), {QStringLiteral("--db"), m_exportDb});
    QCOMPARE(r.status, 0);
    Database db;
    QVERIFY(db.open(m_exportDb));
    QVERIFY2(r.out.startsWith(QStringLiteral("reports: 6  fields: %1  audit entries: %2\n")
                                  .arg(count(db, QStringLiteral("SELECT count(*) FROM fields")))
                                  .arg(count(db, QStringLiteral("SELECT count(*) FROM audit")))),
             qPrintable(r.out));
    // Parse the two lists back and compare with the database.
    QHash<QString, qint64> statuses, kinds;
    QHash<QString, qint64>* section = nullptr;
    for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
        if (line == u"by review status:") {
            section = &statuses;
        } else if (line == u"open flags by kind:") {
            section = &kinds;
        } else {
            QVERIFY2(section && line.startsWith(QStringLiteral("  ")), qPrintable(line));
            const QStringList parts = line.simplified().split(u' ');
            QCOMPARE(parts.size(), 2);
            section->insert(parts.at(0), parts.at(1).toLongLong());
        }
    }
    QCOMPARE(statuses.value(QStringLiteral("reviewed")), 1);
    QCOMPARE(statuses.value(QStringLiteral("in_review")), 1); // the report whose flag was dismissed
    QCOMPARE(statuses.value(QStringLiteral("unreviewed")), 4);
    QCOMPARE(statuses.size(), 3);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT kind, count(*) FROM flags WHERE resolution = 'open' AND active = 1 GROUP BY kind")));
    QHash<QString, qint64> expected;
    while (q.next()) {
        expected.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(kinds, expected);
    // The dismissed flag is not open.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM flags WHERE resolution = 'dismissed'")), 1);
}

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "TestStoreCommands.moc"
