// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionsCommand.h"

#include "store/Database.h"
#include "store/DecisionBook.h"
#include "store/ReviewStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace jiaohe {

namespace {

// The context of the command's messages (for lupdate and the translator).
struct DecisionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::DecisionsCommand)
};

const char* const usageText = "usage: jiaohe decisions export [--db FILE] [--out FILE.jsonl]\n"
                              "       jiaohe decisions apply [--db FILE] FILE.jsonl\n";

int exportDecisions(const QString& dbPath, const QString& outPath, QTextStream& out, QTextStream& err)
{
    if (!Database::exists(dbPath)) {
        err << "jiaohe decisions export: "
            << DecisionsCommand::tr("%1: no such review database").arg(QDir::toNativeSeparators(dbPath)) << '\n';
        return 1;
    }
    Database database;
    if (!database.openForReading(dbPath)) {
        err << "jiaohe decisions export: " << database.error() << '\n';
        return 1;
    }
    ReviewStore store(database);
    const QList<Decision> decisions = DecisionBook(store).collect();
    QByteArray lines;
    for (const Decision& d : decisions) {
        lines += d.toJsonLine() + '\n';
    }
    if (outPath.isEmpty()) {
        out << QString::fromUtf8(lines);
        return 0;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size() || !file.commit()) {
        err << "jiaohe decisions export: " << QDir::toNativeSeparators(outPath) << ": " << file.errorString() << '\n';
        return 1;
    }
    out << DecisionsCommand::tr("%1 decisions written to %2")
               .arg(decisions.size())
               .arg(QDir::toNativeSeparators(outPath))
        << '\n';
    return 0;
}

int applyDecisions(const QString& dbPath, const QString& path, QTextStream& out, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "jiaohe decisions apply: " << QDir::toNativeSeparators(path) << ": " << file.errorString() << '\n';
        return 1;
    }
    if (!Database::exists(dbPath)) {
        // Decisions are about reports already imported: a new, empty database would refuse every line.
        err << "jiaohe decisions apply: "
            << DecisionsCommand::tr("%1: no such review database").arg(QDir::toNativeSeparators(dbPath)) << '\n';
        return 1;
    }
    Database database;
    if (!database.open(dbPath)) {
        err << "jiaohe decisions apply: " << database.error() << '\n';
        return 1;
    }
    ReviewStore store(database);
    DecisionBook book(store);
    int applied = 0;
    int unchanged = 0;
    int failed = 0;
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty()) {
            continue;
        }
        QString error;
        const std::optional<Decision> decision = Decision::fromJsonLine(line, &error);
        const DecisionBook::Outcome outcome = decision ? book.apply(*decision) : DecisionBook::Outcome::Failed;
        if (decision && outcome == DecisionBook::Outcome::Failed) {
            error = book.error();
        }
        switch (outcome) {
        case DecisionBook::Outcome::Applied:
            ++applied;
            break;
        case DecisionBook::Outcome::Unchanged:
            ++unchanged;
            break;
        case DecisionBook::Outcome::Failed:
            ++failed;
            err << QDir::toNativeSeparators(path) << ':' << number << ": " << error << '\n';
            break;
        }
    }
    out << DecisionsCommand::tr("%1 decisions applied, %2 already taken, %3 could not be applied")
               .arg(applied)
               .arg(unchanged)
               .arg(failed)
        << '\n';
    return failed > 0 ? 1 : 0;
}

} // namespace

int runDecisionsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QString::fromUtf8(usageText);
    QCommandLineParser parser;
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                DecisionsCommand::tr("The review database (default: %1).").arg(Database::defaultPath()),
                                QStringLiteral("FILE"), Database::defaultPath());
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       DecisionsCommand::tr("The file of decisions to write (export)."),
                                       QStringLiteral("FILE.jsonl"));
    parser.addOptions({db, outOption});
    parser.addPositionalArgument(QStringLiteral("export|apply"), DecisionsCommand::tr("What to do."));
    if (!parser.parse(arguments)) {
        err << "jiaohe decisions: " << parser.errorText() << '\n' << usage;
        return 2;
    }
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(help)) {
        out << usage;
        return 0;
    }
    const QString verb = args.value(0);
    if (verb == u"export" && args.size() == 1) {
        return exportDecisions(parser.value(db), parser.value(outOption), out, err);
    }
    if (verb == u"apply" && args.size() == 2 && !parser.isSet(outOption)) {
        return applyDecisions(parser.value(db), args.at(1), out, err);
    }
    if (verb == u"apply" && args.size() != 2) {
        err << "jiaohe decisions apply: " << DecisionsCommand::tr("give one file of decisions (JSON lines)") << '\n'
            << usage;
    } else if (verb == u"export" || verb == u"apply") {
        err << "jiaohe decisions " << verb << ": " << DecisionsCommand::tr("unexpected argument") << '\n' << usage;
    } else {
        err << "jiaohe decisions: " << DecisionsCommand::tr("say export or apply") << '\n' << usage;
    }
    return 2;
}

} // namespace jiaohe
