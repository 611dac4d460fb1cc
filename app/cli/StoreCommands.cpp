// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommands.h"

#include "check/Checker.h"
#include "common/FileNames.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "import/ImportService.h"
#include "import/ReportFiles.h"
#include "store/CsvWriter.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/ReviewStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace jiaohe {

namespace {

QCommandLineOption dbOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QStringLiteral("The review database: a file, or a PostgreSQL server's postgresql:// URI (default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("FILE"), Database::defaultPath());
}

} // namespace

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                     const QString& usage, QTextStream& out, QTextStream& err)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << "jiaohe " << command << ": " << parser.errorText() << '\n' << usage;
        return 2;
    }
    if (parser.isSet(help)) {
        // Qt's own first line names the running program (the test, in tests); ours names the command.
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral("Options:"));
        out << usage << '\n' << (options >= 0 ? text.mid(options) : QString());
        return 0;
    }
    return -1;
}

int runImportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral("usage: jiaohe import [--db FILE] [--jobs N] [--quiet] PATH...\n");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Threads extracting reports."),
                                        QStringLiteral("N"),
                                        QString::number(std::clamp(QThread::idealThreadCount(), 1, 64)));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), QStringLiteral("No progress line."));
    parser.addOptions({db, jobsOption, quietOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Report files or folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = parseCommandLine(parser, arguments, QStringLiteral("import"), usage, out, err);
        status >= 0) {
        return status;
    }
    bool jobsOk = false;
    const int jobs = parser.value(jobsOption).toInt(&jobsOk);
    if (!jobsOk || jobs < 1 || jobs > 64) {
        err << "jiaohe import: --jobs must be a number from 1 to 64\n" << usage;
        return 2;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << "jiaohe import: no report given\n" << usage;
        return 2;
    }
    Database database;
    if (!database.open(parser.value(db))) {
        err << "jiaohe import: " << database.error() << '\n';
        return 1;
    }
    if (!database.warning().isEmpty()) {
        err << "jiaohe import: warning: " << database.warning() << '\n';
    }
    ReviewStore store(database);
    ImportService service(store);
    service.setJobs(jobs);
    // On a terminal one line redrawn four times a second; in a log a line every five seconds.
    const bool progress = !parser.isSet(quietOption);
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgress = -1000;
    if (progress) {
        service.setProgress([&](const ImportProgress& p) {
            const qint64 every = terminal ? 250 : 5000;
            if (clock.elapsed() - lastProgress <= every && !(terminal && p.done == p.total)) {
                return;
            }
            lastProgress = clock.elapsed();
            const double rate = double(p.done) / std::max(0.001, clock.elapsed() / 1000.0);
            err << (terminal ? QStringLiteral("\r\x1b[K") : QString())
                << QStringLiteral("%1/%2 reports, %3/s, %4 failed — %5")
                       .arg(p.done)
                       .arg(p.total)
                       .arg(rate, 0, 'f', 0)
                       .arg(p.failed)
                       .arg(printableName(p.currentFile.right(60)))
                << (terminal ? QString() : QStringLiteral("\n"));
            err.flush();
        });
    }
    const ImportSummary summary = service.run(parser.positionalArguments());
    if (progress && terminal && summary.total > 0) {
        err << '\n';
    }
    for (const QString& f : summary.failures) {
        err << "jiaohe import: " << printableName(f) << '\n';
    }
    const double seconds = clock.elapsed() / 1000.0;
    out << QStringLiteral("%1 files in %2 s: %3 added, %4 new versions, %5 already in the database, %6 failed\n")
               .arg(summary.total)
               .arg(seconds, 0, 'f', 1)
               .arg(summary.added)
               .arg(summary.versions)
               .arg(summary.present)
               .arg(summary.failed);
    if (summary.total == 0) {
        err << "jiaohe import: no reports (" << reportSuffixesText() << ") found\n";
        return 1;
    }
    return summary.failed > 0 ? 1 : 0;
}

int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral(
        "usage: jiaohe export [--db FILE] --out FILE.csv [--format wide|long|flags] [--bom] [--status reviewed|all] "
        "[--lang zh|en] [--headers keys|zh|en]\n");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The CSV file to write."),
                                       QStringLiteral("FILE.csv"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("wide (a row per report), long "
                                                         "(a row per field) or flags (a row per flag)."),
                                          QStringLiteral("wide|long|flags"), QStringLiteral("wide"));
    const QCommandLineOption bomOption(QStringLiteral("bom"), QStringLiteral("Start with a UTF-8 BOM (for Excel)."));
    const QCommandLineOption statusOption(QStringLiteral("status"), QStringLiteral("reviewed reports only, or all."),
                                          QStringLiteral("reviewed|all"), QStringLiteral("all"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of field labels (long) and flag messages (flags)."),
                                        QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption headersOption(
        QStringLiteral("headers"),
        QStringLiteral("Column headers: keys (for scripts), or words in Chinese or English, with the status codes as "
                       "words too."),
        QStringLiteral("keys|zh|en"), QStringLiteral("keys"));
    parser.addOptions({db, outOption, formatOption, bomOption, statusOption, langOption, headersOption});
    if (const int status = parseCommandLine(parser, arguments, QStringLiteral("export"), usage, out, err);
        status >= 0) {
        return status;
    }
    const QString format = parser.value(formatOption);
    const QString status = parser.value(statusOption);
    const QString lang = parser.value(langOption);
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        err << "jiaohe export: --out FILE.csv is required\n" << usage;
        return 2;
    }
    const std::optional<Exporter::Format> exportFormat = Exporter::formatFromString(format);
    if (!exportFormat) {
        err << "jiaohe export: --format must be wide, long or flags, not \"" << format << "\"\n" << usage;
        return 2;
    }
    const std::optional<Exporter::Headers> headers = Exporter::headersFromString(parser.value(headersOption));
    if (!headers) {
        err << "jiaohe export: "
            << QCoreApplication::translate("jiaohe::StoreCommands", "--headers must be keys, zh or en, not “%1”")
                   .arg(parser.value(headersOption))
            << '\n'
            << usage;
        return 2;
    }
    if (status != u"reviewed" && status != u"all") {
        err << "jiaohe export: --status must be reviewed or all, not \"" << status << "\"\n" << usage;
        return 2;
    }
    if (lang != u"zh" && lang != u"en") {
        err << "jiaohe export: --lang must be zh or en\n" << usage;
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "jiaohe export: unexpected argument \"" << parser.positionalArguments().first() << "\"\n" << usage;
        return 2;
    }
    {
        // The CSV is renamed over its target: never over the review database or the files that go with it.
        const QFileInfo target(parser.value(outOption));
        const QString database = QFileInfo(parser.value(db)).absoluteFilePath();
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            const QFileInfo file(database + suffix);
            if (target.absoluteFilePath() == file.absoluteFilePath() ||
                (target.exists() && file.exists() && target.canonicalFilePath() == file.canonicalFilePath())) {
                err << "jiaohe export: --out " << printableName(QDir::toNativeSeparators(parser.value(outOption)))
                    << " is the review database" << (suffix.isEmpty() ? QString() : QStringLiteral(" journal"))
                    << "; the export would replace it. Choose another file name.\n";
                return 2;
            }
        }
    }
    // A device, a FIFO or a folder as --out is refused before the database is read.
    if (const QString problem = CsvWriter::targetProblem(parser.value(outOption)); !problem.isEmpty()) {
        err << "jiaohe export: --out " << printableName(QDir::toNativeSeparators(parser.value(outOption))) << ": "
            << problem << '\n';
        return 1;
    }
    if (!Database::exists(parser.value(db))) {
        err << "jiaohe export: " << printableName(QDir::toNativeSeparators(parser.value(db)))
            << ": no such review database\n";
        return 1;
    }
    Database database;
    if (!database.openForReading(parser.value(db))) {
        err << "jiaohe export: " << database.error() << '\n';
        return 1;
    }
    Exporter::Options options;
    options.format = *exportFormat;
    options.headers = *headers;
    options.bom = parser.isSet(bomOption);
    options.reviewedOnly = status == u"reviewed";
    options.lang = lang;
    QString error;
    int rows = 0;
    const QByteArray csv = Exporter::exportCsv(database, options, &error, &rows);
    if (!error.isEmpty()) {
        err << "jiaohe export: " << printableName(error) << '\n';
        return 1;
    }
    if (!CsvWriter::writeFile(parser.value(outOption), csv, &error, Exporter::databaseFiles(parser.value(db)))) {
        err << "jiaohe export: " << printableName(error) << '\n';
        return 1;
    }
    out << QStringLiteral("%1 rows written to %2\n")
               .arg(rows)
               .arg(printableName(QDir::toNativeSeparators(parser.value(outOption))));
    return 0;
}

int runStatsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral("usage: jiaohe stats [--db FILE]\n");
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    parser.addOption(db);
    if (const int status = parseCommandLine(parser, arguments, QStringLiteral("stats"), usage, out, err); status >= 0) {
        return status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // `jiaohe stats project.sqlite` would otherwise quietly count the default database.
        err << "jiaohe stats: unexpected argument \"" << parser.positionalArguments().first()
            << "\" (the database is given with --db FILE)\n"
            << usage;
        return 2;
    }
    if (!Database::exists(parser.value(db))) {
        err << "jiaohe stats: " << printableName(QDir::toNativeSeparators(parser.value(db)))
            << ": no such review database\n";
        return 1;
    }
    Database database;
    if (!database.openForReading(parser.value(db))) {
        err << "jiaohe stats: " << database.error() << '\n';
        return 1;
    }
    ReviewStore store(database);
    const StoreStats s = store.stats();
    out << "reports: " << s.reports << "  fields: " << s.fields << "  audit entries: " << s.auditEntries << '\n';
    out << "by review status:\n";
    for (const auto& [status, n] : s.reportsByStatus) {
        out << "  " << status.leftJustified(12) << ' ' << n << '\n';
    }
    out << "open flags by kind:\n";
    for (const auto& [kind, n] : s.openFlagsByKind) {
        out << "  " << kind.leftJustified(16) << ' ' << n << '\n';
    }
    return 0;
}

} // namespace jiaohe
