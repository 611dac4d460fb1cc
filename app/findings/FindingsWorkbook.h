// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiaohe {

// The findings workbook (.xlsx, written with libxlsxwriter): what a 政务公开办 sends each body to correct.
//  1 summary:   a row per report — issuer, year, file, status, reviewer, open and decided flags, by kind;
//  2 flags:     a row per flag — issuer, year, section, kind, severity, message, the numbers, the evidence as
//               printed and where, the suggested fix, the decision, its reason, who and when;
//  3 fields:    a row per field the reviewer changed — printed value, reviewed value, status, why;
//  4 tables:    the template's tables of each report as grids, the cells an open flag points at filled red.
// Headers in the chosen language, the header rows frozen, columns as wide as their text (to a limit), numbers
// as numbers, and every text written as a string cell: a workbook never holds a formula, so a report's text that
// begins with = cannot run as one. The engine's fingerprint is in the document properties and under the summary.
class FindingsWorkbook
{
public:
    // The workbook's bytes; empty with `error` set when libxlsxwriter fails.
    static QByteArray build(const QList<ReportFindings>& findings, const FindingsLanguage& language, QString* error);
    // Built and written to `path` as every export is (CsvWriter::writeFile: refused targets, atomic, 0600).
    static bool writeFile(const QString& path, const QList<ReportFindings>& findings, const FindingsLanguage& language,
                          const QStringList& protectedFiles, QString* error);
};

} // namespace jiaohe
