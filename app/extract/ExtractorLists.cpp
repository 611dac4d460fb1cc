// SPDX-License-Identifier: GPL-3.0-or-later
// The list pass: totals and the parts that break them down (其中, 在…中, a trailing 合计).
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace jiaohe {

using namespace extractor;

namespace {

using Marker = std::pair<qsizetype, qsizetype>; // start and end of 其中 (or of 在…中,)

// Markers of a breakdown: 其中, and a sentence opening with "在(已答复的申请)中," that breaks down a
// figure of the sentence before.
QList<Marker> findMarkers(const QString& text, const Layout& layout)
{
    QList<Marker> markers;
    for (qsizetype k = text.indexOf(u"其中"); k >= 0; k = text.indexOf(u"其中", k + 2)) {
        markers.append({k, k + 2});
    }
    for (qsizetype k = text.indexOf(u'在'); k >= 0; k = text.indexOf(u'在', k + 1)) {
        if (k > 0 && !Layout::isSentenceEnd(text.at(k - 1)) && !isBlank(text.at(k - 1))) {
            continue;
        }
        const qsizetype comma = layout.clauseAt(k).second;
        if (comma < text.size() && comma - k <= 16 && comma > k + 2 && text.at(comma - 1) == u'中' &&
            (text.at(comma) == u',' || text.at(comma) == u'，')) {
            markers.append({k, comma}); // the lead is the sentence before
        }
    }
    std::sort(markers.begin(), markers.end());
    return markers;
}

// Where one breakdown stands: its marker, the lead that states the total and the region of its parts.
struct Breakdown
{
    qsizetype marker = 0;
    qsizetype markerEnd = 0;
    qsizetype sentenceStart = 0; // of the marker's sentence
    qsizetype leadStart = 0;
    qsizetype regionEnd = 0; // the parts run from markerEnd to here
};

Breakdown breakdownAt(const QString& text, const Layout& layout, const QList<Marker>& markers, const Marker& at)
{
    const auto [m, mEnd] = at;
    Breakdown b;
    b.marker = m;
    b.markerEnd = mEnd;
    const auto [ss, se] = layout.sentenceAt(m);
    b.sentenceStart = ss;
    // The parts run to the sentence end, or to the clause that leads the next 其中
    // ("…尚未审结37件;行政诉讼46件,其中…": 46件 is the next list's total, not a part of this one).
    qsizetype nextMarker = -1;
    const auto following = std::lower_bound(markers.cbegin(), markers.cend(), mEnd,
                                            [](const auto& other, qsizetype pos) { return other.first < pos; });
    if (following != markers.cend() && following->first < se) {
        nextMarker = following->first;
    }
    b.regionEnd = se;
    if (nextMarker >= 0 && nextMarker < se) {
        b.regionEnd = nextMarker;
        qsizetype k = nextMarker;
        while (k > mEnd && Layout::isClauseEnd(text.at(k - 1))) {
            --k; // the delimiter just before 其中
        }
        const qsizetype leadClause = layout.clauseAt(std::max(mEnd, k - 1)).first;
        if (leadClause > mEnd) {
            b.regionEnd = leadClause;
        }
    }
    // Lead: this sentence up to 其中; or the sentence before, when 其中 opens the sentence.
    b.leadStart = ss;
    const QStringView leadHere = QStringView(text).sliced(ss, m - ss).trimmed();
    if (leadHere.isEmpty() && ss > 0 && text.at(ss - 1) != u'\n') {
        b.leadStart = layout.sentenceAt(ss - 1).first;
    }
    return b;
}

// Counts after 包括/具体为 belong to the part they break down, up to the next ';'. The region's ';' and
// those words are found once, so that a list of 100,000 parts takes linear time.
class SubBreakdowns
{
public:
    SubBreakdowns(const QString& text, const Breakdown& b) : m_from(b.markerEnd)
    {
        const QStringView region = QStringView(text).sliced(m_from, std::max(m_from, b.regionEnd) - m_from);
        for (qsizetype k = region.indexOf(u';'); k >= 0; k = region.indexOf(u';', k + 1)) {
            m_semicolons.append(m_from + k);
        }
        QList<std::pair<qsizetype, qsizetype>> words;
        for (std::u16string_view w : {u"包括", u"具体为", u"主要有", u"分别涉及"}) {
            const QStringView word(w.data(), qsizetype(w.size()));
            for (qsizetype k = region.indexOf(word); k >= 0; k = region.indexOf(word, k + 1)) {
                words.append({m_from + k, m_from + k + word.size()});
            }
        }
        std::sort(words.begin(), words.end());
        for (const auto& [ws, we] : std::as_const(words)) {
            m_wordStarts.append(ws);
            m_wordEnds.append(we);
        }
        for (qsizetype k = m_wordEnds.size() - 2; k >= 0; --k) {
            m_wordEnds[k] = std::min(m_wordEnds[k], m_wordEnds[k + 1]); // the earliest end from here on
        }
    }

    // The last ';' before pos (or the marker's end), then a word wholly between it and pos.
    bool contains(qsizetype pos) const
    {
        const auto semi = std::lower_bound(m_semicolons.cbegin(), m_semicolons.cend(), pos);
        const qsizetype since = semi == m_semicolons.cbegin() ? m_from : *(semi - 1);
        const qsizetype first =
            std::lower_bound(m_wordStarts.cbegin(), m_wordStarts.cend(), since) - m_wordStarts.cbegin();
        return first < m_wordEnds.size() && m_wordEnds.at(first) <= pos;
    }

private:
    qsizetype m_from;
    QList<qsizetype> m_semicolons;
    QList<qsizetype> m_wordEnds; // ends of 包括/具体为/主要有/分别涉及, by their start
    QList<qsizetype> m_wordStarts;
};

// The breakdown's parts (counts in its region) and the counts of its lead, which may be totals.
void collectCandidates(const QString& text, const Extraction& ex, const Breakdown& b, const QSet<int>& denominators,
                       QList<int>* parts, QList<int>* leadCounts)
{
    const SubBreakdowns sub(text, b);
    // Only the statements between the lead and the region's end can be parts or totals (the statements are
    // in text order).
    const auto window = std::lower_bound(ex.statements.cbegin(), ex.statements.cend(), std::min(b.leadStart, b.marker),
                                         [](const Statement& st, qsizetype at) { return st.quantity.start < at; });
    for (qsizetype i = window - ex.statements.cbegin(); i < ex.statements.size(); ++i) {
        const Statement& s = ex.statements.at(i);
        if (s.quantity.start > std::max(b.regionEnd, b.marker)) {
            break;
        }
        if (s.quantity.kind != QuantityKind::Count || s.zeroWords) {
            continue;
        }
        if (!s.thisYear() || s.inBrackets) {
            // A change against last year, last year's figure, or an aside in brackets (a breakdown of
            // the part before it) is neither an item nor a total ("较上年增加50条", "(2014年为149人)").
            continue;
        }
        const bool inRegion = s.quantity.start >= b.markerEnd && s.quantity.end <= b.regionEnd;
        if (inRegion && sub.contains(s.quantity.start)) {
            continue;
        }
        if (inRegion && !denominators.contains(int(i))) {
            parts->append(int(i));
        } else if (s.quantity.start >= b.leadStart && s.quantity.end <= b.marker) {
            leadCounts->append(int(i));
        }
    }
}

QList<int> ofUnit(const Extraction& ex, const QList<int>& statements, const QString& unit)
{
    QList<int> out;
    for (int i : statements) {
        if (ex.statements.at(i).quantity.unit == unit) {
            out.append(i);
        }
    }
    return out;
}

// Two totals in the lead and as many groups of parts split by ';' ("复议156件,诉讼97件。其中,
// 复议维持103件…;诉讼维持71件…"): the i-th group belongs to the i-th total. False when the groups do not
// match the totals.
bool addGroupedLists(const QString& text, const Breakdown& b, const QList<int>& totals, const QList<int>& unitParts,
                     Extraction& ex)
{
    QList<QList<int>> groups(1);
    qsizetype groupFrom = b.markerEnd;
    for (int pi : unitParts) {
        const qsizetype at = ex.statements.at(pi).quantity.start;
        if (QStringView(text).sliced(groupFrom, at - groupFrom).contains(u';') && !groups.last().isEmpty()) {
            groups.append(QList<int>());
        }
        groups.last().append(pi);
        groupFrom = ex.statements.at(pi).quantity.end;
    }
    if (groups.size() != totals.size()) {
        return false;
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        StatementList list;
        list.total = totals.at(g);
        list.markerStart = b.marker;
        list.parts = groups.at(g);
        ex.lists.append(list);
    }
    return true;
}

// The total is the last count before the marker, unless the marker names which one ("在已答复的
// 申请中" after "已答复70件,…其余4件…"); a remainder (其余, 另有) is never the total.
int chooseTotal(const QString& text, const Breakdown& b, QList<int> totals, const Extraction& ex)
{
    const QList<int> allTotals = totals;
    totals.removeIf([&](int t) {
        const Statement& st = ex.statements.at(t);
        return st.cumulative || containsAny(st.phrase, {u"其余", u"另有", u"此外", u"尚有"});
    });
    if (totals.isEmpty()) {
        totals = allTotals;
    }
    int chosen = totals.last();
    if (totals.size() > 1 && text.at(b.marker) == u'在') {
        const QStringView named = QStringView(text).sliced(b.marker + 1, b.markerEnd - b.marker - 2);
        int best = 0;
        for (int t : std::as_const(totals)) {
            const QString& phrase = ex.statements.at(t).phrase;
            int shared = 0;
            for (qsizetype k = 0; k + 2 <= named.size(); ++k) {
                shared += phrase.contains(named.sliced(k, 2)) ? 1 : 0;
            }
            if (shared >= best && shared > 0) {
                best = shared;
                chosen = t;
            }
        }
    }
    return chosen;
}

// A subtotal with its own 其中 inside a longer list: "已办结150件。同意公开(含部分公开)96件,其中
// 同意部分公开14件;属于已主动公开范围的21件;…其他情形8件". When the total and the parts after the
// first ';' add up to a figure stated just before, the 其中 covers only its first group, and the outer
// list is added.
void splitSubtotal(const QString& text, const Layout& layout, const Breakdown& b, const QString& unit,
                   StatementList& list, Extraction& ex)
{
    QList<int> first, rest;
    qsizetype from = b.markerEnd;
    for (int pi : std::as_const(list.parts)) {
        const qsizetype at = ex.statements.at(pi).quantity.start;
        if (!rest.isEmpty() || (!first.isEmpty() && QStringView(text).sliced(from, at - from).contains(u';'))) {
            rest.append(pi);
        } else {
            first.append(pi);
        }
        from = ex.statements.at(pi).quantity.end;
    }
    if (first.isEmpty() || rest.isEmpty()) {
        return;
    }
    double outer = ex.statements.at(list.total).quantity.value;
    for (int pi : std::as_const(rest)) {
        outer += ex.statements.at(pi).quantity.value;
    }
    const qsizetype lookFrom = layout.sentenceAt(std::max<qsizetype>(0, b.sentenceStart - 1)).first;
    for (qsizetype j = 0; j < ex.statements.size(); ++j) {
        const Statement& c = ex.statements.at(j);
        if (c.quantity.start >= lookFrom && c.quantity.end <= ex.statements.at(list.total).quantity.start &&
            c.quantity.kind == QuantityKind::Count && c.quantity.unit == unit && c.thisYear() &&
            std::abs(c.quantity.value - outer) < 1e-6) {
            list.parts = first;
            StatementList outerList;
            outerList.total = int(j);
            outerList.markerStart = b.marker;
            outerList.parts = QList<int>{list.total} + rest;
            ex.lists.append(outerList);
            break;
        }
    }
}

// One list per unit of the parts; a unit with no total of its own joins a related unit's list (as loose
// parts) or makes a list without a total.
void addBreakdownLists(const QString& text, const Layout& layout, const Breakdown& b, const QList<int>& parts,
                       const QList<int>& leadCounts, Extraction& ex)
{
    QStringList units;
    for (int pi : parts) {
        const QString& u = ex.statements.at(pi).quantity.unit;
        if (!units.contains(u)) {
            units.append(u);
        }
    }
    QHash<QString, int> listOfUnit;
    QStringList orphanUnits;
    for (const QString& u : std::as_const(units)) {
        const QList<int> totals = ofUnit(ex, leadCounts, u);
        if (totals.isEmpty()) {
            orphanUnits.append(u);
            continue;
        }
        const QList<int> unitParts = ofUnit(ex, parts, u);
        if (totals.size() >= 2 && addGroupedLists(text, b, totals, unitParts, ex)) {
            continue;
        }
        StatementList list;
        list.total = chooseTotal(text, b, totals, ex);
        list.markerStart = b.marker;
        list.parts = unitParts;
        splitSubtotal(text, layout, b, u, list, ex);
        listOfUnit.insert(u, int(ex.lists.size()));
        ex.lists.append(list);
    }
    for (const QString& u : std::as_const(orphanUnits)) {
        int target = -1;
        for (auto it = listOfUnit.cbegin(); it != listOfUnit.cend(); ++it) {
            if (familyOf(it.key()) == familyOf(u) && familyOf(u) != UnitFamily::Other) {
                target = it.value();
                break;
            }
        }
        const QList<int> unitParts = ofUnit(ex, parts, u);
        if (target >= 0) {
            ex.lists[target].looseParts.append(unitParts);
        } else {
            StatementList list;
            list.markerStart = b.marker;
            list.parts = unitParts;
            ex.lists.append(list);
        }
    }
}

// A total stated after its parts: "…分别为412条、236条和95条,合计743条".
void findTrailingTotals(Extraction& ex)
{
    QSet<int> inLists;
    for (const StatementList& l : std::as_const(ex.lists)) {
        inLists.unite(QSet<int>(l.parts.cbegin(), l.parts.cend()));
        inLists.unite(QSet<int>(l.looseParts.cbegin(), l.looseParts.cend()));
    }
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        const Statement& t = ex.statements.at(i);
        if (t.quantity.kind != QuantityKind::Count || t.zeroWords || !t.inBody || inLists.contains(int(i))) {
            continue;
        }
        const QStringView phrase(t.phrase);
        const qsizetype gap = phrase.indexOf(u'\u2026');
        const QStringView before = phrase.first(gap);
        const QStringView after = phrase.sliced(gap + 1);
        QString words;
        for (QChar c : before) {
            if (isHan(c)) {
                words.append(c);
            }
        }
        static const QStringList leads = {QStringLiteral("以上合计"), QStringLiteral("合计"), QStringLiteral("共计"),
                                          QStringLiteral("总计"),     QStringLiteral("总共"), QStringLiteral("共")};
        bool trailing = false;
        for (const QString& lead : leads) {
            if (words.startsWith(lead)) {
                const QString rest = words.mid(lead.size());
                trailing = rest.isEmpty() || rest == u"公开" || rest == u"发布" || rest == u"公开信息" ||
                           rest == u"发布信息" || rest == u"公开政府信息" || rest == u"受理" || rest == u"收到";
                break;
            }
        }
        if (!trailing || !after.trimmed().isEmpty() || t.borrowedPhrase) {
            continue;
        }
        QList<int> parts;
        QList<int> loose; // a related unit (刊登文件42件 among 条)
        for (qsizetype j = i - 1; j >= 0; --j) {
            const Statement& p = ex.statements.at(j);
            if (p.quantity.start < t.sentenceStart) {
                break;
            }
            if (p.quantity.kind != QuantityKind::Count || !p.thisYear() || p.inBrackets || p.zeroWords ||
                inLists.contains(int(j))) {
                continue;
            }
            if (p.quantity.unit == t.quantity.unit) {
                parts.prepend(int(j));
            } else if (familyOf(p.quantity.unit) == familyOf(t.quantity.unit) &&
                       familyOf(p.quantity.unit) != UnitFamily::Other) {
                loose.prepend(int(j));
            }
        }
        if (parts.size() < 2) {
            continue;
        }
        StatementList list;
        list.total = int(i);
        list.parts = parts;
        list.looseParts = loose;
        list.markerStart = t.quantity.start;
        ex.lists.append(list);
        inLists.unite(QSet<int>(parts.cbegin(), parts.cend()));
    }
}

// A note that the parts overlap ("部分申请同时涉及多项内容", "各渠道的数量分别统计") in the list's line.
void markOverlaps(const QString& text, const Layout& layout, Extraction& ex)
{
    QHash<int, bool> lineNotes;
    for (Statement& st : ex.statements) {
        auto it = lineNotes.find(st.line);
        if (it == lineNotes.end()) {
            const auto& line = layout.lines().at(st.line);
            it = lineNotes.insert(st.line, containsAny(QStringView(text).sliced(line.start, line.end - line.start),
                                                       {u"同时涉及", u"分别统计", u"重复统计", u"多个渠道", u"重复计算",
                                                        u"同时属于", u"分别计入", u"相加大于", u"同步发布", u"交叉"}));
        }
        st.overlapNote = *it;
    }
    for (StatementList& list : ex.lists) {
        const int anchor = list.total >= 0 ? list.total : (list.parts.isEmpty() ? -1 : list.parts.first());
        list.overlapping = anchor >= 0 && ex.statements.at(anchor).overlapNote;
        // Parts that speak of departments other than the total's ("市住建局公开187条。其中,市环保局…156条")
        // break down something else.
        if (list.total >= 0) {
            const QString totalBody = otherBody(ex.statements.at(list.total).phrase, QString());
            for (int p : std::as_const(list.parts)) {
                const QString body = otherBody(ex.statements.at(p).phrase, QString());
                if (!body.isEmpty() && body != totalBody) {
                    list.otherBodies = true;
                }
            }
        }
    }
}

// Roles, and whether a list claims to be complete (its last item is "other").
void assignRoles(Extraction& ex)
{
    for (qsizetype li = 0; li < ex.lists.size(); ++li) {
        StatementList& list = ex.lists[li];
        if (list.total >= 0) {
            ex.statements[list.total].role = Statement::Role::Total;
            ex.statements[list.total].list = int(li);
        }
        // Loose parts (another unit, no total of their own) may not belong to the list at all
        // ("…受理点4个, 各政府机关共收到申请0件"): they keep their own role for field mapping.
        for (int pi : std::as_const(list.parts)) {
            ex.statements[pi].role = Statement::Role::Part;
            ex.statements[pi].list = int(li);
        }
        QList<int> all = list.parts + list.looseParts;
        std::sort(all.begin(), all.end());
        if (!all.isEmpty()) {
            const QString& phrase = ex.statements.at(all.last()).phrase;
            // "其他N条", and a catch-all "通过公开栏等方式N条": the list claims to be complete.
            list.endsWithOther =
                containsAny(phrase, {u"其他", u"其它", u"其余", u"等方式", u"等渠道", u"等形式", u"等途径"});
        }
    }
}

} // namespace

void Extractor::findLists(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    QSet<int> denominators;
    for (const Statement& s : std::as_const(ex.statements)) {
        if (s.denominator >= 0) {
            denominators.insert(s.denominator);
        }
    }
    const QList<Marker> markers = findMarkers(text, layout);
    for (const Marker& marker : markers) {
        if (!layout.lines().at(layout.lineAt(marker.first)).body) {
            continue;
        }
        const Breakdown b = breakdownAt(text, layout, markers, marker);
        QList<int> parts;
        QList<int> leadCounts;
        collectCandidates(text, ex, b, denominators, &parts, &leadCounts);
        if (!parts.isEmpty()) {
            addBreakdownLists(text, layout, b, parts, leadCounts, ex);
        }
    }
    findTrailingTotals(ex);
    markOverlaps(text, layout, ex);
    assignRoles(ex);
}

} // namespace jiaohe
