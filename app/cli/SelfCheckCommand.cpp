// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCheckCommand.h"

#include "common/FileNames.h"
#include "findings/FindingsReport.h"
#include "findings/FindingsWords.h"
#include "findings/SelfCheck.h"
#include "import/ImportService.h"
#include "store/CsvWriter.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/ReviewStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <memory>

namespace jiaohe {

namespace {

const QString usage =
    QStringLiteral("usage: jiaohe check --self-check DRAFT [--db FILE [--import]] [--out REPORT.pdf] [--lang zh|en]\n");

void printFlags(QTextStream& out, const QString& heading, const QList<Flag>& flags, const QString& lang)
{
    out << heading << '\n';
    if (flags.isEmpty()) {
        out << "  " << (lang == u"en" ? QStringLiteral("none") : QStringLiteral("未发现")) << '\n';
    }
    for (const Flag& f : flags) {
        out << "  - [" << findingswords::kind(f.kind, lang) << "] " << f.message(lang) << '\n';
    }
}

} // namespace

bool isSelfCheck(const QStringList& arguments)
{
    for (const QString& a : arguments) {
        if (a == u"--self-check" || a.startsWith(u"--self-check=")) {
            return true;
        }
    }
    return false;
}

// The draft into the review queue, when asked: the same import as `jiaohe import` of that one file.
static int importDraft(const QString& draft, const QString& dbPath, const QString& lang, QTextStream& out,
                       QTextStream& err)
{
    Database database;
    if (!database.open(dbPath)) {
        err << "jiaohe check: " << database.error() << '\n';
        return 1;
    }
    ReviewStore store(database);
    ImportService service(store);
    const ImportSummary summary = service.run({draft});
    if (summary.failed > 0 || !summary.lockedOut.isEmpty() || summary.reportIds.isEmpty()) {
        err << "jiaohe check: "
            << printableName(summary.failures.isEmpty() ? summary.lockedOut : summary.failures.first()) << '\n';
        return 1;
    }
    const bool en = lang == u"en";
    out << (summary.present > 0 ? (en ? QStringLiteral("already in the review database as report #%1")
                                      : QStringLiteral("已在审核数据库中：报告 #%1"))
                                : (en ? QStringLiteral("imported into the review queue as report #%1")
                                      : QStringLiteral("已导入审核队列：报告 #%1")))
               .arg(summary.reportIds.first())
        << '\n';
    return 0;
}

int runSelfCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    const QCommandLineOption draftOption(QStringLiteral("self-check"), QStringLiteral("The draft to check."),
                                         QStringLiteral("DRAFT"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("A review database holding last year's report of the body."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                                       QStringLiteral("REPORT.pdf"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of the report: zh or en."),
                                        QStringLiteral("zh|en"), QStringLiteral("zh"));
    // The draft stays out of the review queue unless asked: --import adds it (with --db) after the check.
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("Also import the draft into the review database."));
    parser.addOptions({draftOption, dbOption, outOption, langOption, importOption});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() || parser.value(draftOption).isEmpty()) {
        err << "jiaohe check: "
            << (parser.errorText().isEmpty() ? QStringLiteral("--self-check takes one draft") : parser.errorText())
            << '\n'
            << usage;
        return 2;
    }
    if (parser.isSet(importOption) && !parser.isSet(dbOption)) {
        err << "jiaohe check: --import needs --db, the review database to import the draft into\n" << usage;
        return 2;
    }
    const QString lang = parser.value(langOption);
    if (lang != u"zh" && lang != u"en") {
        err << "jiaohe check: --lang must be zh or en\n" << usage;
        return 2;
    }
    const QString draft = parser.value(draftOption);
    const QString target = parser.value(outOption);
    QStringList protectedFiles = Exporter::databaseFiles(parser.value(dbOption)) << draft;
    if (!target.isEmpty()) {
        if (const QString problem = CsvWriter::targetProblem(target, protectedFiles); !problem.isEmpty()) {
            err << "jiaohe check: --out " << printableName(QDir::toNativeSeparators(target)) << ": " << problem << '\n';
            return 1;
        }
    }
    Database database;
    std::unique_ptr<ReviewStore> store;
    if (parser.isSet(dbOption)) {
        if (!QFile::exists(parser.value(dbOption)) || !database.openForReading(parser.value(dbOption))) {
            err << "jiaohe check: "
                << (database.error().isEmpty()
                        ? printableName(parser.value(dbOption)) + QStringLiteral(": no such review database")
                        : database.error())
                << '\n';
            return 1;
        }
        store = std::make_unique<ReviewStore>(database);
    }
    QString error;
    const std::optional<SelfCheckResult> result = SelfCheck::run(draft, store.get(), &error);
    if (!result) {
        err << "jiaohe check: " << printableName(draft) << ": " << error << '\n';
        return 1;
    }
    out << SelfCheck::title(*result, lang) << '\n';
    printFlags(out, lang == u"en" ? QStringLiteral("What does not add up:") : QStringLiteral("数字不一致："),
               result->inconsistencies(), lang);
    printFlags(out, lang == u"en" ? QStringLiteral("Missing:") : QStringLiteral("缺少的内容："), result->missing(),
               lang);
    if (result->lastYear) {
        printFlags(out,
                   lang == u"en" ? QStringLiteral("Against last year's report:") : QStringLiteral("与上年度报告比较："),
                   result->yearFlags, lang);
    }
    if (!target.isEmpty()) {
        const QByteArray pdf =
            FindingsReport::printHtml(SelfCheck::html(*result, lang), SelfCheck::title(*result, lang), &error);
        if (pdf.isEmpty() || !CsvWriter::writeFile(target, pdf, &error, protectedFiles)) {
            err << "jiaohe check: " << printableName(error) << '\n';
            return 1;
        }
        out << (lang == u"en" ? QStringLiteral("written to ") : QStringLiteral("已写入 "))
            << printableName(QDir::toNativeSeparators(target)) << '\n';
    }
    return parser.isSet(importOption) ? importDraft(draft, parser.value(dbOption), lang, out, err) : 0;
}

} // namespace jiaohe
