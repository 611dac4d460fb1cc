#include "SelfCheckCommand.h"

#include "common/FileNames.h"
#include "findings/FindingsReport.h"
#include "findings/FindingsWords.h"
#include "findings/SelfCheck.h"
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
    QStringLiteral("usage: jiaohe check --self-check DRAFT [--db FILE] [--out REPORT.pdf] [--lang zh|en]\n");

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
    parser.addOptions({draftOption, dbOption, outOption, langOption});
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() || parser.value(draftOption).isEmpty()) {
        err << "jiaohe check: "
            << (parser.errorText().isEmpty() ? QStringLiteral("--self-check takes one draft") : parser.errorText())
            << '\n'
            << usage;
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
    return 0;
}

} // namespace jiaohe
