// SPDX-License-Identifier: GPL-3.0-or-later
// The report's identity: its year and the region (issuer) it speaks for (the issuer's name: IssuerName).
#include "Extractor.h"

#include "ExtractorWords.h"
#include "IssuerName.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <QHash>

#include <algorithm>

namespace jiaohe {

using namespace extractor;

namespace {

// The title line and the year it names, when the report has one.
struct Title
{
    int line = -1;
    const Quantity* year = nullptr;
};

// The report's year: the statistics period's, else the title's, else the one mentioned most often.
Title findYear(const Document& doc, const Layout& layout, Extraction& ex)
{
    const QString& text = doc.normalised;
    QList<const Quantity*> years;
    for (const Quantity& q : std::as_const(ex.yearMentions)) {
        if (q.kind == QuantityKind::Year && q.value >= 1990 && q.value <= 2100 &&
            layout.lines().at(layout.lineAt(q.start)).body) {
            years.append(&q);
        }
    }
    auto setYear = [&](const Quantity* q) {
        ex.year = int(q->value);
        std::tie(ex.yearStart, ex.yearEnd) = doc.originalSpan(q->numberStart, q->numberEnd);
    };
    // 1. A title line: short, with a year and 报告/情况/年报/总结; not a web page's breadcrumb ("政务公开 > 年报 >
    // 2023年"), whose year would hide the title below it.
    int titleLine = -1;
    const Quantity* titleYear = nullptr;
    for (const Quantity* q : std::as_const(years)) {
        const int li = layout.lineAt(q->start);
        const auto& line = layout.lines().at(li);
        const QStringView s = QStringView(text).sliced(line.start, line.end - line.start).trimmed();
        if (s.size() <= 60 && !s.contains(u'。') && !s.contains(u',') && layout.lines().at(li).heading < 0 &&
            containsAny(s, {u"报告", u"年报", u"情况", u"总结"}) && !isBreadcrumb(s)) {
            titleLine = li;
            titleYear = q;
            break;
        }
    }
    // 2. The statistics period: 统计期限自2016年1月1日.
    const Quantity* periodYear = nullptr;
    for (const Quantity* q : std::as_const(years)) {
        const QStringView before =
            QStringView(text).sliced(std::max<qsizetype>(0, q->start - 12), std::min<qsizetype>(12, q->start));
        if (containsAny(before, {u"统计期限", u"统计时限", u"统计期间", u"统计时间", u"统计区间"})) {
            periodYear = q;
            break;
        }
    }
    if (periodYear) {
        setYear(periodYear);
    } else if (titleYear) {
        setYear(titleYear);
    } else if (!years.isEmpty()) {
        // 3. The year mentioned most often (earliest on a tie).
        QHash<int, int> counts;
        for (const Quantity* q : std::as_const(years)) {
            counts[int(q->value)]++;
        }
        const Quantity* best = years.first();
        for (const Quantity* q : std::as_const(years)) {
            if (counts.value(int(q->value)) > counts.value(int(best->value))) {
                best = q;
            }
        }
        setYear(best);
    }
    return Title{titleLine, titleYear};
}

} // namespace

void Extractor::findYearAndRegion(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const Title title = findYear(doc, layout, ex);
    // Region: the issuer, as the title, a 发布机构 line, the signature or the opening sentence names it, else
    // the name most often written before (人民)政府 (IssuerName).
    const bool titled = title.line >= 0 && title.year;
    const issuer::Found found = issuer::find(doc, layout, titled ? title.line : -1, titled ? title.year->start : 0,
                                             titled ? title.year->end : 0);
    if (found.isFound()) {
        ex.region = found.name;
        std::tie(ex.regionStart, ex.regionEnd) = doc.originalSpan(found.start, found.start + found.name.size());
    }
}

} // namespace jiaohe
