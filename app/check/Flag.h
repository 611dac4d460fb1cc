// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jiaohe {

enum class Severity
{
    Info,
    Warning,
    Error,
};

QString severityName(Severity s); // "info", "warning", "error"

// A suggested correction: read the number at [start, end) of the original text as `value`.
struct Suggestion
{
    double value = 0;
    qsizetype start = 0; // UTF-16 offsets in Document::original
    qsizetype end = 0;
};

// One finding of a rule. Spans are UTF-16 offsets in Document::original.
struct Flag
{
    QString rule; // the rule id in rules.json
    QString kind; // sum, percent, percent_sum, unit, restatement, numbering, missing_section, year (across years),
                  // too_many_flags (the last flag when Checker::MaxFlags were kept)
    Severity severity = Severity::Warning;
    QString messageZh;
    QString messageEn;
    QList<double> values;
    QList<std::pair<qsizetype, qsizetype>> spans;
    // What the flag is about when its spans do not say it: the section's key for a missing section. Part of
    // the identity, unlike the messages, which are translated and may be reworded.
    QString subject;
    std::optional<Suggestion> suggestion;

    QString message(const QString& lang) const { return lang == u"en" ? messageEn : messageZh; }
    // Stable across re-runs: the same rule on the same cells of the text (and the same subject). Never depends
    // on the messages. The checker computes it once (in the thread that checks); `id` holds it.
    QString identity() const;
    QString id;
    // A check across years points at last year's report: its id in the review database (set by the store).
    qint64 relatedReport = 0;
};

// Gives every flag its id (identity()) and puts the flags in text order (flags without a span last).
void settleFlags(QList<Flag>* flags);

} // namespace jiaohe
