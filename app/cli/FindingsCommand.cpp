// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsCommand.h"

#include "common/FileNames.h"
#include "findings/Findings.h"
#include "findings/FindingsReport.h"
#include "findings/FindingsWorkbook.h"
#include "store/CsvWriter.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/ReviewStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <variant>

namespace jiaohe {

namespace {

const QString usage = QStringLiteral(
    "usage: jiaohe findings [--db FILE] --out FILE.xlsx|FILE.pdf [--format xlsx|pdf] [--status reviewed|all] "
    "[--body NAME] [--year Y] [--lang zh|en] [--headers zh|en]\n");

struct Request
{
    QString db;
    QString out;
    QString format;
    FindingsFilter filter;
    FindingsLanguage language;
};

// The request, or the exit status of bad usage (2) or --help (0).
std::variant<Request, int> parse(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The review database (default: %1).").arg(Database::defaultPath()),
                                QStringLiteral("FILE"), Database::defaultPath());
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The file to write."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("xlsx (the workbook) or pdf (the printable report)."),
                                    QStringLiteral("xlsx|pdf"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("reviewed reports only, or all."),
                                    QStringLiteral("reviewed|all"), QStringLiteral("all"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("Only the reports of this body."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Only the reports of this year."),
                                  QStringLiteral("Y"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language of messages and field labels."),
                                  QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption headers(QStringLiteral("headers"), QStringLiteral("Language of headers and words."),
                                     QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({db, outOption, format, status, body, year, lang, headers});
    auto bad = [&err](const QString& why) {
        err << "jiaohe findings: " << why << '\n' << usage;
        return 2;
    };
    if (!parser.parse(arguments)) {
        return bad(parser.errorText());
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        out << usage << '\n' << text.mid(std::max<qsizetype>(0, text.indexOf(QStringLiteral("Options:"))));
        return 0;
    }
    Request r;
    r.db = parser.value(db);
    r.out = parser.value(outOption);
    if (r.out.isEmpty()) {
        return bad(QStringLiteral("--out FILE.xlsx or FILE.pdf is required"));
    }
    r.format = parser.isSet(format)                                          ? parser.value(format)
               : r.out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? QStringLiteral("pdf")
                                                                             : QStringLiteral("xlsx");
    if (r.format != u"xlsx" && r.format != u"pdf") {
        return bad(QStringLiteral("--format must be xlsx or pdf, not \"%1\"").arg(r.format));
    }
    if (parser.value(status) != u"reviewed" && parser.value(status) != u"all") {
        return bad(QStringLiteral("--status must be reviewed or all, not \"%1\"").arg(parser.value(status)));
    }
    r.filter.reviewedOnly = parser.value(status) == u"reviewed";
    r.filter.body = parser.value(body);
    if (parser.isSet(year)) {
        bool ok = false;
        r.filter.year = parser.value(year).toInt(&ok);
        if (!ok) {
            return bad(QStringLiteral("--year must be a year, not \"%1\"").arg(parser.value(year)));
        }
    }
    for (const auto& [option, target] : {std::pair{&lang, &r.language.messages}, {&headers, &r.language.headers}}) {
        *target = parser.value(*option);
        if (*target != u"zh" && *target != u"en") {
            return bad(QStringLiteral("--%1 must be zh or en").arg(option->names().first()));
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        return bad(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    }
    return r;
}

} // namespace

int runFindingsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const std::variant<Request, int> parsed = parse(arguments, out, err);
    if (const int* status = std::get_if<int>(&parsed)) {
        return *status;
    }
    const Request& r = std::get<Request>(parsed);
    const QString shownOut = printableName(QDir::toNativeSeparators(r.out));
    const QStringList protectedFiles = Exporter::databaseFiles(r.db);
    // A device, a FIFO, a folder or the review database itself as --out is refused before the database is read.
    if (const QString problem = CsvWriter::targetProblem(r.out, protectedFiles); !problem.isEmpty()) {
        err << "jiaohe findings: --out " << shownOut << ": " << problem << '\n';
        return 1;
    }
    if (!Database::exists(r.db)) { // a file that is there, or a server (the connection says)
        err << "jiaohe findings: " << printableName(QDir::toNativeSeparators(r.db)) << ": no such review database\n";
        return 1;
    }
    Database database;
    if (!database.openForReading(r.db)) {
        err << "jiaohe findings: " << database.error() << '\n';
        return 1;
    }
    ReviewStore store(database);
    QString error;
    const QList<ReportFindings> findings = FindingsReader::read(store, r.filter, &error);
    if (!error.isEmpty()) {
        err << "jiaohe findings: " << printableName(error) << '\n';
        return 1;
    }
    const bool written = r.format == u"pdf"
                             ? FindingsReport::writeFile(r.out, findings, r.language, protectedFiles, &error)
                             : FindingsWorkbook::writeFile(r.out, findings, r.language, protectedFiles, &error);
    if (!written) {
        err << "jiaohe findings: " << printableName(error) << '\n';
        return 1;
    }
    int flags = 0;
    for (const ReportFindings& f : findings) {
        flags += int(f.flags.size());
    }
    out << QStringLiteral("%1 reports, %2 flags written to %3\n").arg(findings.size()).arg(flags).arg(shownOut);
    return 0;
}

} // namespace jiaohe
