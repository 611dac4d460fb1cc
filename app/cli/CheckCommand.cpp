#include "CheckCommand.h"

#include "AnalysisOutput.h"
#include "common/FileNames.h"
#include "import/ReportFiles.h"
#include "pipeline/Analysis.h"
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace jiaohe {

int runCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Extract the statistics of annual reports and flag what does not add up."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON object per line per file."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language of messages: zh or en."),
                                        QStringLiteral("zh|en"), QStringLiteral("zh"));
    const QCommandLineOption rulesOption(QStringLiteral("rules"),
                                         QStringLiteral("A rules file merged over the built-in rules."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("Also list every number found, its phrase and its field."));
    parser.addOption(explainOption);
    parser.addOption(jsonOption);
    parser.addOption(langOption);
    parser.addOption(rulesOption);
    parser.addOption(helpOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Report files or folders (searched recursively)."),
                                 QStringLiteral("PATH..."));
    const QString usage =
        QStringLiteral("usage: jiaohe check [--json] [--lang zh|en] [--rules FILE] [--explain] PATH...\n");
    if (!parser.parse(arguments)) {
        err << "jiaohe check: " << parser.errorText() << '\n' << usage;
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText().replace(QStringLiteral("check"), QStringLiteral("jiaohe check"));
        return 0;
    }
    const QString lang = parser.value(langOption);
    if (lang != u"zh" && lang != u"en") {
        err << "jiaohe check: --lang must be zh or en, not \"" << lang << "\"\n" << usage;
        return 2;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << "jiaohe check: no report given\n" << usage;
        return 2;
    }
    RuleSet rules = RuleSet::builtin();
    if (parser.isSet(rulesOption)) {
        QFile f(parser.value(rulesOption));
        QString error;
        if (!f.open(QIODevice::ReadOnly)) {
            err << "jiaohe check: " << f.fileName() << ": cannot be opened: " << f.errorString() << '\n';
            return 2;
        }
        if (!rules.merge(f.readAll(), &error)) {
            err << "jiaohe check: " << f.fileName() << ": " << error << '\n';
            return 2;
        }
    }
    const Extractor extractor;
    const Checker checker(rules);
    const QStringList files = collectReportFiles(parser.positionalArguments());
    int failures = 0;
    for (const QString& file : files) {
        const Analysis a = Analysis::ofFile(file, extractor, checker, DocumentLoader::Hash::No);
        if (!a.ok()) {
            ++failures;
            err << "jiaohe check: " << printableName(file) << ": " << a.error << '\n';
        }
        if (parser.isSet(jsonOption)) {
            out << QString::fromUtf8(QJsonDocument(analysisJson(a, lang)).toJson(QJsonDocument::Compact)) << '\n';
        } else {
            out << analysisText(a, lang);
            if (parser.isSet(explainOption)) {
                out << analysisExplanation(a);
            }
            out << '\n';
        }
        out.flush();
    }
    if (files.isEmpty()) {
        err << "jiaohe check: no reports (" << reportSuffixesText() << ") found in the given folders\n";
        return 1;
    }
    return failures > 0 ? 1 : 0;
}

} // namespace jiaohe
