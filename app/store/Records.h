// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Status.h"
#include "check/Flag.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// The rows of the review database as the rest of Jiaohe reads them (ReportRepository maps them).
namespace jiaohe {

struct StoredReport
{
    qint64 id = 0;
    QString filePath;
    QString fileName;
    QString contentHash;
    QString encoding;
    QString format;
    std::optional<int> year;
    QString region;
    ReportStatus status = ReportStatus::Unreviewed;
    QString importedAt;
    QString reviewedAt;
    QString reviewedBy;
    qint64 previousId = 0;
    int openFlags = 0;
    QString note; // the reviewer's note on the report as a whole
    int version = 1; // raised by every decision on the row (RowVersions)
};

struct StoredField
{
    qint64 id = 0;
    QString key;
    double value = 0;      // as extracted
    bool extracted = true; // false for a field the reviewer assigned from the text (value is then 0)
    bool blank = false;    // a template table cell printed blank: read as 0
    QString unit;
    bool approx = false;
    qsizetype evidenceStart = 0; // UTF-16 offsets in the report's original text
    qsizetype evidenceEnd = 0;
    QString evidenceText;
    std::optional<double> correctedValue;
    FieldStatus status = FieldStatus::Unreviewed;
    QString note;
    QString reviewedAt;
    QString reviewedBy;
    int version = 1; // raised by every decision on the row (RowVersions)

    // What the report should say: the corrected value when corrected, otherwise the value as extracted;
    // nothing when the field does not apply. The same rule as the `final_value` column of the database's
    // `field_values` view (Database.cpp), which every query uses.
    std::optional<double> finalValue() const;
};

struct StoredFlag
{
    qint64 id = 0;
    QString identity;
    QString rule;
    QString kind;
    QString severity;
    QString messageZh;
    QString messageEn;
    QList<double> numbers;
    QList<std::pair<qsizetype, qsizetype>> spans;
    std::optional<Suggestion> suggestion;
    Resolution resolution = Resolution::Open;
    QString reason;
    // The decision as a record: who took it and when (empty while open), and the value taken when a suggested
    // fix was accepted (ReviewStore::acceptSuggestion).
    QString decidedBy;
    QString decidedAt;
    std::optional<double> acceptedValue;
    bool active = true;       // false when a re-run of the checks no longer raises it
    qint64 relatedReport = 0; // a check across years: last year's report
    int version = 1;          // raised by every decision on the row (RowVersions)
};

struct StoreStats
{
    QList<std::pair<QString, int>> reportsByStatus;
    QList<std::pair<QString, int>> openFlagsByKind;
    int reports = 0;
    int fields = 0;
    int auditEntries = 0;
};

} // namespace jiaohe
