// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jiaohe {

// The printable findings report (.pdf): for each body a title (issuer, year), every flag with its evidence quoted
// and where it is (line, and page for a PDF report), the decision with its reason, who and when, the fields the
// reviewer changed, and room for the reviewer's signature and the office's seal; A4, each report on new pages.
// Laid out by Qt's QTextDocument and printed by QPdfWriter (no browser), which embeds the subset of the CJK
// font it draws with. Needs a QGuiApplication (fonts); the headless `jiaohe findings` makes one on the offscreen
// platform.
class FindingsReport
{
public:
    // One report's part as HTML (QTextDocument's subset), for the PDF and for showing on screen.
    static QString html(const ReportFindings& findings, const FindingsLanguage& language);
    static QByteArray pdf(const QList<ReportFindings>& findings, const FindingsLanguage& language, QString* error);
    // Built and written to `path` as every export is (CsvWriter::writeFile: refused targets, atomic, 0600).
    static bool writeFile(const QString& path, const QList<ReportFindings>& findings, const FindingsLanguage& language,
                          const QStringList& protectedFiles, QString* error);
    // Prints `html` (whole documents, page breaks between them) to A4 PDF bytes with the CJK font.
    static QByteArray printHtml(const QString& html, const QString& title, QString* error);
};

} // namespace jiaohe
