// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

class QCommandLineParser;

namespace jiaohe {

// `jiaohe import [--db FILE] [--jobs N] PATH...`: files or folders into the review database; progress
// on stderr; one bad file never stops the batch. Exit 0 when every file is in the database, 1 when a
// file could not be read or stored, 2 on bad usage.
int runImportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// `jiaohe export [--db FILE] --out FILE.csv [--format wide|long] [--bom] [--status reviewed|all] [--lang zh|en]`
int runExportCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// `jiaohe stats [--db FILE]`: counts by review status and open flags by kind.
int runStatsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Parses a command's arguments, with --help: -1 to go on, otherwise the exit status (2 on bad usage, with Qt's
// message and the usage on `err`; 0 after --help, the usage and the options on `out`).
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, const QString& command,
                     const QString& usage, QTextStream& out, QTextStream& err);

} // namespace jiaohe
