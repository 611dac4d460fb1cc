// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"
#include "SelfCheckCommand.h"

#include "AnalysisOutput.h"
#include "common/FileNames.h"
#include "import/ReportFiles.h"
#include "pipeline/Analysis.h"
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace jiaohe {

namespace {

// The built-in rules are 30 kB; a rules file a thousand times that is no rules file.
constexpr qint64 MaxRulesBytes = 1024 * 1024;

// A rules file is read like a report: a regular file (a FIFO would hang, /dev/zero never end) of bounded size.
QByteArray readRulesFile(const QString& path, QString* error)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("jiaohe::CheckCommand", text); };
    const FileStatus status = fileStatus(path);
    QString reason;
    QFile file;
    if (!status.exists) {
        reason = tr("the file does not exist");
    } else if (!status.isFile) {
        reason = tr("it is not a regular file (a folder, a device, a pipe or a socket)");
    } else if (status.size > MaxRulesBytes) {
        reason = tr("it is %1 bytes; a rules file may have at most %2").arg(status.size).arg(MaxRulesBytes);
    } else if (!openForReading(file, path, &reason)) {
        // reason set
    } else {
        const QByteArray bytes = file.read(MaxRulesBytes + 1);
        if (bytes.size() <= MaxRulesBytes && file.error() == QFileDevice::NoError)
            return bytes;
        reason = file.error() != QFileDevice::NoError ? file.errorString() : tr("it grew past the size limit");
    }
    *error = tr("cannot be opened: %1").arg(reason);
    return QByteArray();
}

} // namespace

int runCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (isSelfCheck(arguments)) {
        return runSelfCheckCommand(arguments, out, err);
    }
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
        const QString path = parser.value(rulesOption);
        QString error;
        const QByteArray json = readRulesFile(path, &error);
        if (!error.isEmpty() || !rules.merge(json, &error)) {
            err << "jiaohe check: " << printableName(path) << ": " << error << '\n';
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
