// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace jiaohe {

class ReviewStore;

// Which reports a findings export covers: `jiaohe findings --status reviewed|all --body NAME --year Y`.
struct FindingsFilter
{
    bool reviewedOnly = false;
    QString body; // a report whose region contains it, or whose body key (洪泽区) it is
    std::optional<int> year;
};

// The languages of a findings export: of the flags' messages and the fields' labels, and of the headers and
// words (the window passes its own language for both; the command line takes --lang and --headers).
struct FindingsLanguage
{
    QString messages = QStringLiteral("zh");
    QString headers = QStringLiteral("zh");
};

// One flag as the office sends it out: the stored flag with the words of the report it is about.
struct FlagFinding
{
    StoredFlag flag;
    QString evidence; // the report's text at the flag's spans, as printed (" … " between spans)
    QString section;  // the numbered heading (一、…) the evidence sits under; empty before the first
    int line = 0;     // 1-based line of the evidence in the report's text; 0 without spans
    int page = 0;     // PDF reports: 1-based page of the evidence, when the file can still be read; else 0
};

// One report's findings: its flags still raised or decided, and the fields whose reviewed value differs from
// the printed one or that do not apply.
struct ReportFindings
{
    StoredReport report;
    QList<FlagFinding> flags;
    QList<StoredField> fields;  // every field (the template grids need them all)
    QList<StoredField> changed; // corrected, source error, not applicable
    int openFlags() const;
    int decidedFlags() const;
};

// Reads the findings of the current (not superseded) reports the filter selects, in report order, through the
// store's own reads. Nothing with `error` set when the database cannot be read.
class FindingsReader
{
public:
    static QList<ReportFindings> read(ReviewStore& store, const FindingsFilter& filter, QString* error);
    // Where a span of `text` is: its 1-based line, and the numbered heading above it.
    static int lineOf(const QString& text, qsizetype offset);
    static QString sectionOf(const QString& text, qsizetype offset);
};

} // namespace jiaohe
