// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QList>
#include <QStringList>
#include <QVariant>

// The parts of the exporter (Exporter.cpp: wide and the dispatch; LongExport.cpp; FlagExport.cpp) and the
// words they share: column headers and status codes in the three header modes.
namespace jiaohe::exportparts {

struct Column
{
    const char* key;
    const char* zh;
    const char* en;
};

// The header row for `columns` in the chosen mode.
QStringList headerRow(const QList<Column>& columns, Exporter::Headers headers);
// A status, resolution, report status, severity or yes/no code as the chosen mode shows it: the code itself
// with keys, else its word (已确认 / confirmed); an unknown code as it is.
QString codeCell(const QString& code, Exporter::Headers headers);
// A stored number as a cell: an integer without a decimal point, empty for NULL.
QString numberCell(const QVariant& v);
// The last column of every CSV export: the engine that wrote it (EngineFingerprint), the same in every row so
// that a row cut out of the file still says where it came from.
extern const Column engineColumn;
QString engineCell();

} // namespace jiaohe::exportparts

namespace jiaohe {

class CsvWriter;

namespace exportparts {
// Each writes its rows (the header first) and counts them; false with `error` set on a database error.
bool writeLong(Database& db, const Exporter::Options& options, const QString& where, CsvWriter& csv, int* rows,
               QString* error);
bool writeFlags(Database& db, const Exporter::Options& options, const QString& where, CsvWriter& csv, int* rows,
                QString* error);
} // namespace exportparts

} // namespace jiaohe
