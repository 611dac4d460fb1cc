// SPDX-License-Identifier: GPL-3.0-or-later
// The body that publishes a report: where reports name it, and what a name must look like to be trusted.
#include "IssuerName.h"

#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace jiaohe::issuer {

namespace {

constexpr std::u16string_view RegionEndings = u"市县区州旗盟省镇乡";

bool isRegionEnding(QChar c)
{
    return RegionEndings.find(c.unicode()) != std::u16string_view::npos;
}

bool allHan(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return isHan(c); });
}

// The Han characters just before `end` (at most `max`), as a start position.
qsizetype hanRunStart(const QString& text, qsizetype end, qsizetype max)
{
    qsizetype start = end;
    while (start > 0 && end - start < max && isHan(text.at(start - 1))) {
        --start;
    }
    return start;
}

// The Han characters from `start` on, as an end position.
qsizetype hanRunEnd(const QString& text, qsizetype start, qsizetype max)
{
    qsizetype end = start;
    while (end < text.size() && end - start < max && isHan(text.at(end))) {
        ++end;
    }
    return end;
}

struct LineSpan
{
    qsizetype start = 0;
    QStringView text; // trimmed
};

LineSpan lineSpan(const Document& doc, const Layout& layout, int i)
{
    const auto& line = layout.lines().at(i);
    const QStringView raw = QStringView(doc.normalised).sliced(line.start, line.end - line.start);
    qsizetype lead = 0;
    while (lead < raw.size() && raw.at(lead).isSpace()) {
        ++lead;
    }
    return {line.start + lead, raw.sliced(lead).trimmed()};
}

Found at(const QString& text, qsizetype start, qsizetype end)
{
    return {text.mid(start, end - start), start};
}

// A date of signing: 2024年1月20日, 2024-01-20, 二〇二四年一月二十日.
bool isDateLine(QStringView s)
{
    static const QRegularExpression date(QStringLiteral(
        "^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|"
        "[〇零○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$"));
    return date.match(s).hasMatch();
}

} // namespace

bool plausibleName(QStringView name)
{
    if (name.size() < 2 || name.size() > 30 || !allHan(name)) {
        return false;
    }
    static const std::array<std::u16string_view, 22> endings = {
        u"市", u"县", u"区", u"州", u"旗", u"盟", u"省",   u"镇",   u"乡", u"局",   u"委",
        u"会", u"厅", u"办", u"室", u"处", u"院", u"中心", u"街道", u"署", u"政府", u"所"};
    static const std::array<std::u16string_view, 9> moreEndings = {u"站", u"馆", u"队", u"部", u"司",
                                                                   u"关", u"行", u"社", u"团"};
    const auto endsWith = [&](std::u16string_view e) {
        return name.size() > qsizetype(e.size()) && name.endsWith(QStringView(e));
    };
    if (std::none_of(endings.begin(), endings.end(), endsWith) &&
        std::none_of(moreEndings.begin(), moreEndings.end(), endsWith)) {
        return false;
    }
    // A name never opens with a verb or preposition ("通过县政府" does not name 通过县, "按照省政府" not 照省),
    // nor with a region ending ("省委省政府" does not name 省委省).
    static const QString notFirst = QStringLiteral("通过在由向对经按照据从与和及请为将把被于至并等其此该各");
    if (notFirst.contains(name.first()) || isRegionEnding(name.first())) {
        return false;
    }
    // 我市, 全县, 本镇: how a report speaks of itself, not a name (本溪市 and 全椒县 are names).
    if (name.size() == 2 && QStringView(u"我本全").contains(name.first())) {
        return false;
    }
    // Verbs of the report's prose glued to a name ("落实市政府", "贯彻省政府"), and 省委/市委 (a party
    // committee) before another name ("省委省政府").
    static const QStringList verbs = {
        QStringLiteral("落实"), QStringLiteral("贯彻"), QStringLiteral("推进"), QStringLiteral("推动"),
        QStringLiteral("加强"), QStringLiteral("完善"), QStringLiteral("组织"), QStringLiteral("开展"),
        QStringLiteral("配合"), QStringLiteral("协助"), QStringLiteral("督促"), QStringLiteral("指导"),
        QStringLiteral("要求"), QStringLiteral("报请"), QStringLiteral("提请"), QStringLiteral("审定"),
        QStringLiteral("印发"), QStringLiteral("转发"), QStringLiteral("召开"), QStringLiteral("参加"),
        QStringLiteral("建立"), QStringLiteral("做好"), QStringLiteral("深化"), QStringLiteral("围绕"),
        QStringLiteral("坚持"), QStringLiteral("认真"), QStringLiteral("积极"), QStringLiteral("全面"),
        QStringLiteral("服务"), QStringLiteral("报送"), QStringLiteral("会同"), QStringLiteral("联合")};
    if (std::any_of(verbs.begin(), verbs.end(), [&](const QString& v) { return name.startsWith(v); })) {
        return false;
    }
    // Words of prose inside: "全年通过江宁县" is a clause, not a name.
    static const QStringList prose = {
        QStringLiteral("通过"), QStringLiteral("经过"), QStringLiteral("按照"), QStringLiteral("根据"),
        QStringLiteral("依据"), QStringLiteral("全年"), QStringLiteral("本年"), QStringLiteral("今年"),
        QStringLiteral("去年"), QStringLiteral("落实"), QStringLiteral("贯彻"), QStringLiteral("部署"),
        QStringLiteral("以及"), QStringLiteral("认真"), QStringLiteral("积极"), QStringLiteral("要求")};
    if (std::any_of(prose.begin(), prose.end(), [&](const QString& w) { return name.contains(w); })) {
        return false;
    }
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (name.at(i + 1) == u'委' && isRegionEnding(name.at(i)) && i + 2 < name.size()) {
            return false;
        }
    }
    return !name.contains(u"报告") && !name.contains(u"年度") && !name.contains(u"我");
}

QString selfReference(const Document& doc, const Layout& layout)
{
    // 本办法 and 本乡镇 say nothing about the body.
    static const QRegularExpression self(QStringLiteral("[我本](局|委|厅|镇|乡|街道|中心|院|署|办)(?!法|镇|理|公|事)"));
    std::map<QString, int> counts;
    const QString& text = doc.normalised;
    auto it = self.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (layout.lines().at(layout.lineAt(m.capturedStart())).body) {
            counts[m.captured(1)]++;
        }
    }
    QString kind;
    int best = 0;
    for (const auto& [k, n] : counts) { // ordered: the same text always gives the same kind
        if (n > best) {
            kind = k;
            best = n;
        }
    }
    return kind;
}

namespace {

// Whether `name` is a body of the kind a report speaks as (我局 → …局, 我委 → …委员会, 我镇 → …镇人民政府).
bool agreesWith(QStringView name, const QString& kind)
{
    if (kind.isEmpty()) {
        return true;
    }
    QStringView n = name;
    for (std::u16string_view e : {u"人民政府", u"政府", u"办事处", u"办公室", u"委员会"}) {
        if (n.endsWith(QStringView(e)) && n.size() > qsizetype(e.size())) {
            if (kind == u"办" && (e == u"办事处" || e == u"办公室")) {
                return true;
            }
            if (kind == u"委" && e == u"委员会") {
                return true;
            }
            if (kind == u"街道" && e == u"办事处") {
                return n.chopped(3).endsWith(u"街道");
            }
            n = n.chopped(qsizetype(e.size()));
            break;
        }
    }
    return n.endsWith(kind);
}

Found titleAfterYear(const QString& text, const LineSpan& line, qsizetype yearEnd)
{
    qsizetype from = yearEnd;
    if (from < text.size() && text.at(from) == u'度') {
        ++from;
    }
    const qsizetype lineEnd = line.start + line.text.size();
    const qsizetype end = std::min(hanRunEnd(text, from, 60), lineEnd);
    const qsizetype info = QStringView(text).sliced(from, end - from).indexOf(u"信息公开");
    if (info <= 0) {
        return {};
    }
    QStringView name = QStringView(text).sliced(from, info);
    // "水务局政府信息公开": the 政府 belongs to 政府信息; "县政府信息公开" names the 县政府.
    if (name.endsWith(u"政府") && !name.endsWith(u"人民政府") && name.size() > 2 &&
        !isRegionEnding(name.at(name.size() - 3))) {
        name.chop(2);
    }
    return plausibleName(name) ? Found{name.toString(), from} : Found{};
}

} // namespace

Found fromTitle(const Document& doc, const Layout& layout, int titleLine, qsizetype yearStart, qsizetype yearEnd)
{
    const QString& text = doc.normalised;
    const LineSpan line = lineSpan(doc, layout, titleLine);
    // Before the year: "淮安市洪泽区人民政府2024年…", possibly after "关于".
    qsizetype headEnd = yearStart;
    while (headEnd > line.start && text.at(headEnd - 1).isSpace()) {
        --headEnd;
    }
    qsizetype start = std::max(hanRunStart(text, headEnd, 30), line.start);
    if (QStringView(text).sliced(start, headEnd - start).startsWith(u"关于")) {
        start += 2;
    }
    if (headEnd - start >= 2) {
        const QStringView head = QStringView(text).sliced(start, headEnd - start);
        if (plausibleName(head)) {
            return {head.toString(), start};
        }
    }
    // After it: "2023年XX县水务局政府信息公开工作年度报告".
    if (const Found after = titleAfterYear(text, line, yearEnd); after.isFound()) {
        return after;
    }
    // A title set on two lines: "淮安市洪泽区人民政府" / "2024年政府信息公开工作年度报告".
    int prev = titleLine - 1;
    while (prev > 0 && layout.lines().at(prev).end == layout.lines().at(prev).start) {
        --prev;
    }
    if (prev >= 0 && prev < titleLine) {
        const LineSpan above = lineSpan(doc, layout, prev);
        if (QStringView(text).sliced(line.start, yearStart - line.start).trimmed().isEmpty() &&
            plausibleName(above.text)) {
            return {above.text.toString(), above.start};
        }
    }
    return {};
}

Found fromPublisherLine(const Document& doc, const Layout& layout)
{
    static const QRegularExpression label(
        QStringLiteral("(?:发布机构|发布单位|发布主体|发文机关|发布部门|公开主体|公开单位)\\s*[:：\\t ]\\s*"));
    const QString& text = doc.normalised;
    const int lines = int(layout.lines().size());
    for (int i = 0; i < std::min(lines, 60); ++i) {
        const LineSpan line = lineSpan(doc, layout, i);
        const auto m = label.match(line.text);
        if (!m.hasMatch()) {
            continue;
        }
        const qsizetype start = line.start + m.capturedEnd();
        const qsizetype end = hanRunEnd(text, start, 31);
        if (plausibleName(QStringView(text).sliced(start, end - start))) {
            return at(text, start, end);
        }
    }
    return {};
}

Found fromSignature(const Document& doc, const Layout& layout)
{
    const QString& text = doc.normalised;
    // The last lines with text, newest first.
    QList<int> last;
    for (int i = int(layout.lines().size()) - 1; i >= 0 && last.size() < 40; --i) {
        if (!lineSpan(doc, layout, i).text.isEmpty()) {
            last.append(i);
        }
    }
    for (qsizetype k = 0; k < last.size(); ++k) {
        const LineSpan line = lineSpan(doc, layout, last.at(k));
        // "XX县水务局  2024年1月20日" on one line, or the name on the line above the date.
        const qsizetype nameEnd = hanRunEnd(text, line.start, 31);
        const QStringView rest = QStringView(text).sliced(nameEnd, line.start + line.text.size() - nameEnd).trimmed();
        const QStringView name = QStringView(text).sliced(line.start, nameEnd - line.start);
        if (!rest.isEmpty() && isDateLine(rest) && plausibleName(name)) {
            return at(text, line.start, nameEnd);
        }
        if (!isDateLine(line.text) || k + 1 >= last.size()) {
            continue;
        }
        const LineSpan above = lineSpan(doc, layout, last.at(k + 1));
        if (plausibleName(above.text)) {
            return {above.text.toString(), above.start};
        }
    }
    return {};
}

Found fromOpening(const Document& doc, const Layout& layout)
{
    const QString& text = doc.normalised;
    const qsizetype window = std::min<qsizetype>(text.size(), 2000);
    // "本报告由XX县人民政府办公室根据…编制".
    static const QStringList verbs = {QStringLiteral("根据"), QStringLiteral("依据"), QStringLiteral("按照"),
                                      QStringLiteral("编制"), QStringLiteral("编写"), QStringLiteral("起草"),
                                      QStringLiteral("制作"), QStringLiteral("汇总"), QStringLiteral("负责"),
                                      QStringLiteral("组织"), QStringLiteral("对"),   QStringLiteral("结合"),
                                      QStringLiteral("梳理"), QStringLiteral("现将"), QStringLiteral("特")};
    const auto nameBeforeVerb = [&](qsizetype start) -> Found {
        const qsizetype end = hanRunEnd(text, start, 40);
        const QStringView run = QStringView(text).sliced(start, end - start);
        for (qsizetype p = 2; p < run.size(); ++p) {
            const QStringView rest = run.sliced(p);
            const bool verb =
                std::any_of(verbs.begin(), verbs.end(), [&](const QString& v) { return rest.startsWith(v); });
            if (verb && plausibleName(run.first(p)) && layout.lines().at(layout.lineAt(start)).body) {
                return at(text, start, start + p);
            }
        }
        return {};
    };
    if (const qsizetype by = QStringView(text).first(window).indexOf(u"本报告由"); by >= 0) {
        if (const Found f = nameBeforeVerb(by + 4); f.isFound()) {
            return f;
        }
    }
    // "…的要求,博乐市对2017年政府信息公开进行梳理和汇总,形成本报告": the clause that opens the sentence
    // saying 本报告.
    const qsizetype report = QStringView(text).first(window).indexOf(u"本报告");
    if (report < 0) {
        return {};
    }
    qsizetype sentence = report;
    while (sentence > 0 && text.at(sentence - 1) != u'。' && text.at(sentence - 1) != u'\n') {
        --sentence;
    }
    for (qsizetype p = sentence; p < report; ++p) {
        if (p == sentence || QStringView(u",，;；:：").contains(text.at(p - 1))) {
            if (const Found f = nameBeforeVerb(p); f.isFound()) {
                return f;
            }
        }
    }
    return {};
}

Found fromGovernmentMentions(const Document& doc, const Layout& layout)
{
    const QString& text = doc.normalised;
    static const QStringList generic = {
        QStringLiteral("各市"),   QStringLiteral("城市"),   QStringLiteral("各县"),   QStringLiteral("各区"),
        QStringLiteral("地区"),   QStringLiteral("辖区"),   QStringLiteral("城区"),   QStringLiteral("社区"),
        QStringLiteral("县区"),   QStringLiteral("市县"),   QStringLiteral("省市"),   QStringLiteral("区县"),
        QStringLiteral("自治区"), QStringLiteral("自治州"), QStringLiteral("本级市"), QStringLiteral("示范区"),
        QStringLiteral("该市"),   QStringLiteral("该县"),   QStringLiteral("该区"),   QStringLiteral("乡镇")};
    // Ordered containers and ties broken by position: the same text always gives the same name.
    std::map<QString, int> counts;
    std::map<QString, qsizetype> firstAt;
    for (qsizetype from = 0;;) {
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
        const qsizetype start = hanRunStart(text, end, 10);
        if (end == start || !isRegionEnding(text.at(end - 1))) {
            continue;
        }
        for (qsizetype k = end - 2; k >= start; --k) {
            const QString name = text.mid(k, end - k);
            counts[name] += weight;
            firstAt.try_emplace(name, k);
        }
    }
    // A name stands on its own somewhere (after punctuation or at a line's start): "照省" of "按照省政府"
    // never does.
    const auto standsAlone = [&](const QString& name) {
        for (qsizetype p = text.indexOf(name); p >= 0; p = text.indexOf(name, p + 1)) {
            if (p == 0 || !isHan(text.at(p - 1))) {
                return true;
            }
        }
        return false;
    };
    const auto usable = [&](const QString& name) {
        return !generic.contains(name) && plausibleName(name) && standsAlone(name);
    };
    const auto better = [&](const QString& a, const QString& b) { // whether a beats b
        const int ca = counts.at(a), cb = counts.at(b);
        if (ca != cb) {
            return ca > cb;
        }
        if (a.size() != b.size()) {
            return a.size() < b.size();
        }
        return firstAt.at(a) < firstAt.at(b);
    };
    QString best;
    for (const auto& [name, n] : counts) {
        if (usable(name) && (best.isEmpty() || better(name, best))) {
            best = name;
        }
    }
    if (best.isEmpty()) {
        return {};
    }
    // Extend "乐市" to "博乐市" while the longer name keeps most of the occurrences.
    while (true) {
        QString longer;
        for (const auto& [name, n] : counts) {
            if (name.size() == best.size() + 1 && name.endsWith(best) && (longer.isEmpty() || better(name, longer))) {
                longer = name;
            }
        }
        if (longer.isEmpty() || counts.at(longer) * 10 < counts.at(best) * 6 || generic.contains(longer.left(2)) ||
            !plausibleName(longer)) {
            break;
        }
        best = longer;
    }
    return {best, firstAt.at(best)};
}

Found find(const Document& doc, const Layout& layout, int titleLine, qsizetype yearStart, qsizetype yearEnd)
{
    if (titleLine >= 0) {
        if (Found f = fromTitle(doc, layout, titleLine, yearStart, yearEnd); f.isFound()) {
            return f;
        }
    }
    for (auto source : {fromPublisherLine, fromSignature, fromOpening}) {
        if (Found f = source(doc, layout); f.isFound()) {
            return f;
        }
    }
    // Counting names before 政府 finds the government a department or township belongs to: a report that
    // speaks as 我局 or 我镇 gets no name rather than its city's.
    Found f = fromGovernmentMentions(doc, layout);
    if (f.isFound() && !agreesWith(f.name, selfReference(doc, layout))) {
        return {};
    }
    return f;
}

} // namespace jiaohe::issuer
