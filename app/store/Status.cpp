// SPDX-License-Identifier: GPL-3.0-or-later
#include "Status.h"

#include <array>
#include <utility>

namespace jiaohe {

namespace {

constexpr std::array<std::pair<FieldStatus, std::u16string_view>, 5> fieldCodes{{
    {FieldStatus::Unreviewed, u"unreviewed"},
    {FieldStatus::Confirmed, u"confirmed"},
    {FieldStatus::Corrected, u"corrected"},
    {FieldStatus::AsPrinted, u"as_printed"},
    {FieldStatus::NotApplicable, u"not_applicable"},
}};

constexpr std::array<std::pair<Resolution, std::u16string_view>, 4> resolutionCodes{{
    {Resolution::Open, u"open"},
    {Resolution::Fixed, u"fixed"},
    {Resolution::SourceError, u"source_error"},
    {Resolution::Dismissed, u"dismissed"},
}};

constexpr std::array<std::pair<ReportStatus, std::u16string_view>, 3> reportCodes{{
    {ReportStatus::Unreviewed, u"unreviewed"},
    {ReportStatus::InReview, u"in_review"},
    {ReportStatus::Reviewed, u"reviewed"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, std::u16string_view>, N>& table, Enum value)
{
    for (const auto& [e, code] : table) {
        if (e == value) {
            return QString::fromUtf16(code.data(), qsizetype(code.size()));
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::u16string_view>, N>& table, QStringView code)
{
    for (const auto& [e, c] : table) {
        if (code == QStringView(c.data(), qsizetype(c.size()))) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace

QString toString(FieldStatus status)
{
    return codeOf(fieldCodes, status);
}
QString toString(Resolution resolution)
{
    return codeOf(resolutionCodes, resolution);
}
QString toString(ReportStatus status)
{
    return codeOf(reportCodes, status);
}

std::optional<FieldStatus> fieldStatusFromString(QStringView code)
{
    return valueOf(fieldCodes, code);
}
std::optional<Resolution> resolutionFromString(QStringView code)
{
    return valueOf(resolutionCodes, code);
}
std::optional<ReportStatus> reportStatusFromString(QStringView code)
{
    return valueOf(reportCodes, code);
}

} // namespace jiaohe
