// The report's identity: its year and the region (issuer) it speaks for.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <QHash>
#include <QSet>

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
    // 1. A title line: short, with a year and 报告/情况/年报/总结.
    int titleLine = -1;
    const Quantity* titleYear = nullptr;
    for (const Quantity* q : std::as_const(years)) {
        const int li = layout.lineAt(q->start);
        const auto& line = layout.lines().at(li);
        const QStringView s = QStringView(text).sliced(line.start, line.end - line.start).trimmed();
        if (s.size() <= 60 && !s.contains(u'。') && !s.contains(u',') && layout.lines().at(li).heading < 0 &&
            containsAny(s, {u"报告", u"年报", u"情况", u"总结"})) {
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

bool isRegionSuffix(QChar c)
{
    return c == u'市' || c == u'县' || c == u'区' || c == u'州' || c == u'旗' || c == u'盟' || c == u'省' ||
           c == u'镇' || c == u'乡';
}

// A name never starts with a verb or preposition: "通过县政府信息公开网" does not name 通过县.
bool startsLikeName(const QString& name)
{
    static const QString notFirst = QStringLiteral("通在由向对经按据从与和及请为将把被于至");
    return !name.isEmpty() && !notFirst.contains(name.at(0));
}

// The issuer named in the title line before the year (or on the line above it).
bool regionFromTitle(const Document& doc, const Layout& layout, const Title& title, Extraction& ex)
{
    const QString& text = doc.normalised;
    const int titleLine = title.line;
    const Quantity* titleYear = title.year;
    const auto& line = layout.lines().at(titleLine);
    QStringView head = QStringView(text).sliced(line.start, titleYear->start - line.start).trimmed();
    while (!head.isEmpty() && !isHan(head.first())) {
        head = head.sliced(1);
    }
    qsizetype headStart = titleYear->start - head.size();
    if (head.isEmpty() && titleLine > 0) {
        // A title set on two lines: "淮安市洪泽区人民政府" / "2024年政府信息公开工作年度报告".
        int prev = titleLine - 1;
        while (prev > 0 && layout.lines().at(prev).end == layout.lines().at(prev).start) {
            --prev;
        }
        const auto& pl = layout.lines().at(prev);
        const QStringView above = QStringView(text).sliced(pl.start, pl.end - pl.start).trimmed();
        if (above.size() >= 2 && above.size() <= 24 &&
            std::all_of(above.begin(), above.end(), [](QChar c) { return isHan(c); })) {
            head = above;
            headStart = pl.start + QStringView(text).sliced(pl.start, pl.end - pl.start).indexOf(above);
        }
    }
    if (head.size() >= 2 && head.size() <= 24 &&
        std::all_of(head.begin(), head.end(), [](QChar c) { return isHan(c); })) {
        ex.region = head.toString();
        std::tie(ex.regionStart, ex.regionEnd) = doc.originalSpan(headStart, headStart + head.size());
        return true;
    }
    return false;
}

// The name most often written before (人民)政府.
void regionFromGovernment(const Document& doc, const Layout& layout, Extraction& ex)
{
    const QString& text = doc.normalised;
    static const QSet<QString> generic = {
        QStringLiteral("全市"),   QStringLiteral("我市"),   QStringLiteral("本市"),   QStringLiteral("该市"),
        QStringLiteral("各市"),   QStringLiteral("城市"),   QStringLiteral("全县"),   QStringLiteral("我县"),
        QStringLiteral("本县"),   QStringLiteral("各县"),   QStringLiteral("全区"),   QStringLiteral("我区"),
        QStringLiteral("本区"),   QStringLiteral("各区"),   QStringLiteral("全州"),   QStringLiteral("全省"),
        QStringLiteral("我省"),   QStringLiteral("本省"),   QStringLiteral("各省"),   QStringLiteral("地区"),
        QStringLiteral("辖区"),   QStringLiteral("城区"),   QStringLiteral("社区"),   QStringLiteral("县区"),
        QStringLiteral("市县"),   QStringLiteral("省市"),   QStringLiteral("区县"),   QStringLiteral("各级"),
        QStringLiteral("自治区"), QStringLiteral("自治州"), QStringLiteral("本级市"), QStringLiteral("示范区")};
    QHash<QString, int> counts;
    QHash<QString, qsizetype> firstAt;
    qsizetype from = 0;
    while (true) {
        const qsizetype g = text.indexOf(u"政府", from);
        if (g < 0) {
            break;
        }
        from = g + 2;
        if (!layout.lines().at(layout.lineAt(g)).body) {
            continue;
        }
        qsizetype end = g;
        int weight = 1;
        if (end >= 2 && QStringView(text).sliced(end - 2, 2) == u"人民") {
            end -= 2;
            weight = 2; // "X人民政府" names the body more surely than "X政府网"
        }
        qsizetype start = end;
        while (start > 0 && end - start < 10 && isHan(text.at(start - 1))) {
            --start;
        }
        if (end == start || !isRegionSuffix(text.at(end - 1))) {
            continue;
        }
        for (qsizetype k = end - 2; k >= start; --k) {
            const QString name = text.mid(k, end - k);
            counts[name] += weight;
            if (!firstAt.contains(name)) {
                firstAt.insert(name, k);
            }
        }
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (generic.contains(it.key()) || it.key().size() < 2 || !startsLikeName(it.key())) {
            continue;
        }
        if (best.isEmpty() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key().size() < best.size())) {
            best = it.key();
        }
    }
    if (best.isEmpty()) {
        return;
    }
    // Extend "乐市" to "博乐市" while the longer name keeps most of the occurrences.
    while (true) {
        QString longer;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key().size() == best.size() + 1 && it.key().endsWith(best) &&
                (longer.isEmpty() || it.value() > counts.value(longer))) {
                longer = it.key();
            }
        }
        if (longer.isEmpty() || counts.value(longer) * 10 < counts.value(best) * 6 ||
            generic.contains(longer.left(2)) || !startsLikeName(longer)) {
            break;
        }
        best = longer;
    }
    ex.region = best;
    const qsizetype at = firstAt.value(best);
    std::tie(ex.regionStart, ex.regionEnd) = doc.originalSpan(at, at + best.size());
}

} // namespace

void Extractor::findYearAndRegion(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const Title title = findYear(doc, layout, ex);
    // Region: the issuer in the title line, else the name most often written before (人民)政府.
    if (title.line >= 0 && title.year && regionFromTitle(doc, layout, title, ex)) {
        return;
    }
    regionFromGovernment(doc, layout, ex);
}

} // namespace jiaohe
