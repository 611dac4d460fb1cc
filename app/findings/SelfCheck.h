// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/Analysis.h"
#include "store/Records.h"

#include <QList>
#include <QString>

#include <optional>

namespace jiaohe {

class ReviewStore;

// A figure of the draft beside last year's published report of the same body.
struct YearDifference
{
    QString key;
    double lastYear = 0;
    double thisYear = 0;
};

// A 自查报告: a body checks its draft before publishing it. The draft goes through the engine as any report
// (whatever DocumentLoader reads: text, web pages, PDF — and .docx where the loader reads it), and, when a review
// database holds last year's report of the same body, through the checks across years against that report's
// reviewed figures. Nothing is written to the database: the draft is not imported into the review queue.
struct SelfCheckResult
{
    Analysis analysis;
    std::optional<StoredReport> lastYear;
    QList<Flag> yearFlags; // checkAcrossYears against last year's report
    QList<YearDifference> differences;

    // The flags of each part of the report: what does not add up, what the template requires and is missing.
    QList<Flag> inconsistencies() const;
    QList<Flag> missing() const;
};

class SelfCheck
{
public:
    // `store` may be null (no database). False with `error` set when the draft cannot be read.
    static std::optional<SelfCheckResult> run(const QString& draftPath, ReviewStore* store, QString* error);
    // The report as HTML, for the PDF (FindingsReport::printHtml) and the window.
    static QString html(const SelfCheckResult& result, const QString& lang);
    static QString title(const SelfCheckResult& result, const QString& lang);
};

} // namespace jiaohe
