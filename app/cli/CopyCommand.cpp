// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCommand.h"
#include "StoreCommands.h"

#include "store/Database.h"
#include "store/StoreCopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace jiaohe {

namespace {

// The context of the command's words in the translations.
struct CopyCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::CopyCommand)
};

// The counts as a table: one line a table, the source's rows beside the target's.
void printCounts(const StoreCopy& copy, QTextStream& out)
{
    const QString tableHeading = CopyCommand::tr("table");
    const QString sourceHeading = CopyCommand::tr("source");
    const QString targetHeading = CopyCommand::tr("copied");
    qsizetype nameWidth = tableHeading.size();
    for (const StoreCopy::Table& t : copy.tables()) {
        nameWidth = std::max(nameWidth, t.name.size());
    }
    const int width = 10;
    out << tableHeading.leftJustified(nameWidth) << "  " << sourceHeading.rightJustified(width) << "  "
        << targetHeading.rightJustified(width) << '\n';
    for (const StoreCopy::Table& t : copy.tables()) {
        out << t.name.leftJustified(nameWidth) << "  " << QString::number(t.sourceRows).rightJustified(width) << "  "
            << QString::number(t.targetRows).rightJustified(width);
        if (!t.matches()) {
            out << "  "
                << (t.sourceRows == t.targetRows ? CopyCommand::tr("rows differ") : CopyCommand::tr("counts differ"));
        }
        out << '\n';
    }
}

} // namespace

int runCopyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral("usage: jiaohe copy --from FILE|postgresql://… --to FILE|postgresql://…\n");
    QCommandLineParser parser;
    const QCommandLineOption from(
        QStringLiteral("from"),
        CopyCommand::tr("The database to copy: a file, or a PostgreSQL server's postgresql:// URI. "
                        "It is only read."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        CopyCommand::tr("The database to copy into: a new file or an empty database (a server's URI)."),
        QStringLiteral("TARGET"));
    parser.addOptions({from, to});
    if (const int status = parseCommandLine(parser, arguments, QStringLiteral("copy"), usage, out, err); status >= 0) {
        return status;
    }
    if (!parser.isSet(from) || !parser.isSet(to) || !parser.positionalArguments().isEmpty()) {
        err << "jiaohe copy: " << CopyCommand::tr("name the source with --from and the target with --to") << '\n'
            << usage;
        return 2;
    }
    StoreCopy copy;
    QElapsedTimer clock;
    clock.start();
    const bool ok = copy.run(parser.value(from), parser.value(to));
    if (!copy.tables().isEmpty()) {
        out << QStringLiteral("%1 → %2").arg(copy.sourceName(), copy.targetName()) << '\n';
        printCounts(copy, out);
    }
    if (!ok) {
        err << "jiaohe copy: " << copy.error() << '\n';
        return 1;
    }
    qint64 rows = 0;
    for (const StoreCopy::Table& t : copy.tables()) {
        rows += t.targetRows;
    }
    out << CopyCommand::tr(
               "%1 rows in %2 tables copied in %3 s; every table's rows counted and compared value by value: the same "
               "in both.")
               .arg(QString::number(rows), QString::number(copy.tables().size()),
                    QString::number(clock.elapsed() / 1000.0, 'f', 1))
        << '\n';
    return 0;
}

} // namespace jiaohe
