// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckDbCommand.h"

#include "store/Database.h"
#include "store/DatabaseChecks.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace jiaohe {

int runCheckDbCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral("usage: jiaohe check-db [--db FILE | FILE]\n");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The review database (default: %1).").arg(Database::defaultPath()),
                                QStringLiteral("FILE"), Database::defaultPath());
    parser.addOption(db);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments) || parser.positionalArguments().size() > 1 ||
        (parser.isSet(db) && !parser.positionalArguments().isEmpty())) {
        err << "jiaohe check-db: "
            << (parser.errorText().isEmpty() ? QStringLiteral("give one database") : parser.errorText()) << '\n'
            << usage;
        return 2;
    }
    if (parser.isSet(help)) {
        out << usage;
        return 0;
    }
    const QString path = parser.positionalArguments().value(0, parser.value(db));
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile()) {
        err << "jiaohe check-db: " << shown << ": no such review database\n";
        return 1;
    }
    QString error;
    const QStringList problems = DatabaseChecks::checkFile(path, &error);
    if (!error.isEmpty()) {
        err << "jiaohe check-db: " << shown << ": SQLite cannot check this file: " << error << '\n';
        return 1;
    }
    if (problems.isEmpty()) {
        out << shown << ": ok (SQLite's integrity check found no problem)\n";
        return 0;
    }
    for (const QString& p : problems) {
        out << shown << ": " << p << '\n';
    }
    out << shown << ": damaged: " << problems.size()
        << " problem(s) found by SQLite's integrity check. Work on a copy; restore the database from a "
           "backup, or try “sqlite3 COPY .recover” on a copy to save what is left.\n";
    return 1;
}

} // namespace jiaohe
