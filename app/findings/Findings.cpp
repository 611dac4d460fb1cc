// SPDX-License-Identifier: GPL-3.0-or-later
#include "Findings.h"

#include "document/BodyName.h"
#include "document/DocumentLoader.h"
#include "store/ReviewStore.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace jiaohe {

namespace {

bool selected(const StoredReport& r, const FindingsFilter& filter)
{
    if (filter.reviewedOnly && r.status != ReportStatus::Reviewed) {
        return false;
    }
    if (filter.year && r.year != filter.year) {
        return false;
    }
    if (!filter.body.isEmpty() && !r.region.contains(filter.body) && bodyKey(r.region) != filter.body &&
        !r.fileName.contains(filter.body)) {
        return false;
    }
    return true;
}

// A PDF report read again for the pages of its evidence (the database keeps the text, not the pages); nothing
// when the file is gone or its text is no longer the stored one.
std::optional<Document> pagesOf(const StoredReport& r, const QString& text)
{
    if (r.format != u"pdf" || !QFileInfo(r.filePath).isFile()) {
        return std::nullopt;
    }
    LoadResult loaded = DocumentLoader::loadFile(r.filePath, DocumentLoader::Hash::No);
    if (!loaded.ok() || loaded.document.original != text) {
        return std::nullopt;
    }
    return std::move(loaded.document);
}

FlagFinding findingOf(const StoredFlag& flag, const QString& text, const std::optional<Document>& pdf)
{
    FlagFinding f;
    f.flag = flag;
    QStringList quoted;
    for (const auto& [start, end] : flag.spans) {
        if (start >= 0 && end > start && end <= text.size()) {
            quoted.append(text.mid(start, end - start));
        }
    }
    f.evidence = quoted.join(QStringLiteral(" … "));
    if (!flag.spans.isEmpty() && flag.spans.first().first >= 0 && flag.spans.first().first <= text.size()) {
        const qsizetype start = flag.spans.first().first;
        f.line = FindingsReader::lineOf(text, start);
        f.section = FindingsReader::sectionOf(text, start);
        if (pdf) {
            f.page = pdf->pageAt(start) + 1;
        }
    }
    return f;
}

} // namespace

int ReportFindings::openFlags() const
{
    return int(std::count_if(flags.cbegin(), flags.cend(), [](const FlagFinding& f) {
        return f.flag.active && f.flag.resolution == Resolution::Open;
    }));
}

int ReportFindings::decidedFlags() const
{
    return int(std::count_if(flags.cbegin(), flags.cend(),
                             [](const FlagFinding& f) { return f.flag.resolution != Resolution::Open; }));
}

QList<ReportFindings> FindingsReader::read(ReviewStore& store, const FindingsFilter& filter, QString* error)
{
    error->clear();
    QList<ReportFindings> out;
    const QList<StoredReport> reports = store.reports();
    if (!store.error().isEmpty()) {
        *error = store.error();
        return {};
    }
    for (const StoredReport& r : reports) {
        if (!selected(r, filter)) {
            continue;
        }
        ReportFindings rf;
        rf.report = r;
        const QString text = store.originalText(r.id);
        const std::optional<Document> pdf = pagesOf(r, text);
        for (const StoredFlag& flag : store.flags(r.id, true)) {
            // As the flags export: what the checks still raise, and every decision (a taken fix is a record).
            if (flag.active || flag.resolution != Resolution::Open) {
                rf.flags.append(findingOf(flag, text, pdf));
            }
        }
        rf.fields = store.fields(r.id);
        for (const StoredField& f : std::as_const(rf.fields)) {
            if (f.status == FieldStatus::Corrected || f.status == FieldStatus::AsPrinted ||
                f.status == FieldStatus::NotApplicable) {
                rf.changed.append(f);
            }
        }
        if (!store.error().isEmpty()) {
            *error = store.error();
            return {};
        }
        out.append(rf);
    }
    return out;
}

int FindingsReader::lineOf(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(std::min(offset, text.size())).count(u'\n')) + 1;
}

QString FindingsReader::sectionOf(const QString& text, qsizetype offset)
{
    // The template's and the narrative reports' top headings: 一、 … 十二、 at the start of a line.
    static const QRegularExpression heading(
        QStringLiteral("^[ \\t\\x{3000}]*([一二三四五六七八九十]{1,3}、[^\\n]{0,40})"),
        QRegularExpression::MultilineOption);
    QString section;
    auto it = heading.globalMatch(QStringView(text).left(std::min(offset, text.size())));
    while (it.hasNext()) {
        section = it.next().captured(1).trimmed();
    }
    return section;
}

} // namespace jiaohe
