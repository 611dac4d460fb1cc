// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The states a reviewer's work moves through, as typed values. The database, the CSV and the audit log
// keep the lower-case codes (`toString`); everything else passes the enums. These functions are the one
// place where a code is spelled.
namespace jiaohe {

// The enums live in a namespace of their own so that argument-dependent lookup does not find jiaohe::toString
// for them (QTest's QCOMPARE looks up `toString(value)` unqualified and expects its own char* version).
namespace codes {

enum class FieldStatus
{
    Unreviewed,
    Confirmed,     // the value as extracted is right
    Corrected,     // the reviewer gave the true value (kept beside the value as printed)
    AsPrinted,     // the report is wrong, but the field keeps what it printed
    NotApplicable, // the field does not apply to this report
};

enum class Resolution
{
    Open,
    Fixed,       // the suggested fix was accepted
    SourceError, // the report itself is wrong; nothing to correct in the extraction
    Dismissed,   // not an error (a reason is required)
};

enum class ReportStatus
{
    Unreviewed,
    InReview,
    Reviewed,
};

} // namespace codes

using codes::FieldStatus;
using codes::ReportStatus;
using codes::Resolution;

QString toString(FieldStatus status);
QString toString(Resolution resolution);
QString toString(ReportStatus status);

// Nothing for a code that is not one of the enum's.
std::optional<FieldStatus> fieldStatusFromString(QStringView code);
std::optional<Resolution> resolutionFromString(QStringView code);
std::optional<ReportStatus> reportStatusFromString(QStringView code);

} // namespace jiaohe
