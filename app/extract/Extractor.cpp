#include "Extractor.h"

#include "Layout.h"
#include "TemplateTables.h"
#include "document/Document.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace jiaohe {

namespace {

// Units that measure time or ratios rather than counting disclosure work.
bool isDurationUnit(QStringView u)
{
    static const QSet<QString> durations = {
        QStringLiteral("个工作日"), QStringLiteral("工作日"), QStringLiteral("天"),   QStringLiteral("日"),
        QStringLiteral("小时"),     QStringLiteral("分钟"),   QStringLiteral("个月"), QStringLiteral("月"),
        QStringLiteral("周"),       QStringLiteral("年"),     QStringLiteral("岁"),   QStringLiteral("倍")};
    return durations.contains(u.toString());
}

enum class UnitFamily
{
    Items,
    People,
    Money,
    Other,
};

UnitFamily familyOf(QStringView u)
{
    if (u.endsWith(u'元')) {
        return UnitFamily::Money;
    }
    if (u == u"人" || u == u"名" || u == u"位") {
        return UnitFamily::People;
    }
    static const QSet<QString> items = {QStringLiteral("条"),   QStringLiteral("件"), QStringLiteral("篇"),
                                        QStringLiteral("份"),   QStringLiteral("次"), QStringLiteral("个"),
                                        QStringLiteral("项"),   QStringLiteral("场"), QStringLiteral("期"),
                                        QStringLiteral("人次"), QStringLiteral("宗"), QStringLiteral("起")};
    return items.contains(u.toString()) ? UnitFamily::Items : UnitFamily::Other;
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

bool containsAny(QStringView text, std::initializer_list<std::u16string_view> words)
{
    const quint64 bloom = Keyword::bloomOf(text); // skips the search for words whose characters are absent
    for (std::u16string_view w : words) {
        const QStringView word(w.data(), qsizetype(w.size()));
        if ((Keyword::bloomOf(word) & ~bloom) == 0 && text.contains(word)) {
            return true;
        }
    }
    return false;
}

// A clause that only says "发布/公开(政府)信息", whose subject is in the sentence before.
bool isGenericDisclosureClause(QStringView phrase)
{
    QString s;
    for (QChar c : phrase) {
        if (isHan(c)) {
            s.append(c);
        }
    }
    for (std::u16string_view lead : {u"全年", u"共", u"累计", u"年", u"全市", u"本年度", u"年度"}) {
        const QStringView l(lead.data(), qsizetype(lead.size()));
        while (s.startsWith(l)) {
            s.remove(0, l.size());
        }
    }
    return s == u"发布政府信息" || s == u"公开政府信息" || s == u"发布信息" || s == u"公开信息" ||
           s == u"主动公开政府信息" || s == u"发布各类信息";
}

// A clause with no words of its own beyond 共/计/合计…: "共20件".
bool isBareClause(QStringView before)
{
    for (QChar c : before) {
        if (isHan(c) && !QStringView(u"共计合约达有其中总为全年本年度近余多").contains(c)) {
            return false;
        }
    }
    return true;
}

// The body a phrase opens with, when it is a department of a government (市教育局, 县住建委, 省交通运输厅)
// other than the report's issuer; empty otherwise.
QString otherBody(QStringView phrase, const QString& issuer)
{
    QStringView p = phrase;
    while (!p.isEmpty() && (!isHan(p.first()) || p.first() == u'其' || p.first() == u'中')) {
        p = p.sliced(1);
    }
    if (p.isEmpty() || !(p.first() == u'市' || p.first() == u'县' || p.first() == u'区' || p.first() == u'省')) {
        return QString();
    }
    for (qsizetype k = 2; k < std::min<qsizetype>(p.size(), 10); ++k) {
        const QChar c = p.at(k);
        if (!isHan(c)) {
            return QString();
        }
        if (c == u'局' || c == u'厅' || c == u'委') {
            const QString body = p.first(k + 1).toString();
            return issuer.contains(body) || body.contains(u"政府") ? QString() : body;
        }
    }
    return QString();
}

// A change against another year: "比上年增加38件", "较2009年的19件次", "同比增长".
bool isComparative(QStringView before)
{
    if (containsAny(before, {u"比上年", u"较上年", u"比去年", u"较去年", u"同比", u"环比", u"增加", u"减少", u"增长",
                             u"下降", u"上升", u"提高", u"降低", u"多出", u"少于"})) {
        return true;
    }
    for (qsizetype k = 0; k + 1 < before.size(); ++k) {
        if ((before.at(k) == u'较' || before.at(k) == u'比') && before.at(k + 1).isDigit()) {
            return true;
        }
    }
    return false;
}

} // namespace

Extractor::Extractor(const FieldCatalogue& catalogue) : m_catalogue(catalogue) {}

Extraction Extractor::extract(const Document& doc) const
{
    Extraction ex;
    Layout layout(doc.normalised);
    // The template's tables first: their lines are no headings and their numbers no narrative.
    const TemplateTables tables = readTemplateTables(doc, layout);
    layout.markTables(tables.tableLines);
    ex.templateVersion = tables.version;
    ex.headings = layout.headings();
    buildStatements(doc, layout, ex);
    findYearAndRegion(doc, layout, ex); // the report's year tells last year's figures apart
    markOtherYears(doc, ex);
    findZeroStatements(doc, layout, ex); // before lists and shares: it re-sorts the statements
    if (!tables.tableLines.isEmpty()) {
        ex.statements.removeIf([&](const Statement& st) { return layout.lines().at(st.line).table; });
    }
    attachShares(doc, layout, ex);
    findLists(doc, layout, ex);
    mapFields(doc, layout, ex);
    chooseFields(doc, ex);
    addTableFields(doc, layout, tables, ex);
    return ex;
}

void Extractor::addTableFields(const Document& doc, const Layout& layout, const TemplateTables& tables,
                               Extraction& ex) const
{
    if (tables.cells.isEmpty()) {
        return;
    }
    const QString& text = doc.normalised;
    // Every cell becomes a statement of its own (the reviewer's corrections and the checks work on
    // statements) and the field of its key.
    for (const TableCell& c : tables.cells) {
        const FieldDef* def = m_catalogue.find(c.key);
        Statement s;
        s.quantity.kind = QuantityKind::Count;
        s.quantity.start = s.quantity.numberStart = c.start;
        s.quantity.end = s.quantity.numberEnd = c.end;
        s.quantity.text = text.mid(c.start, c.end - c.start);
        s.quantity.value = c.value;
        s.quantity.unit = def ? def->unit : QString();
        const qsizetype dot = s.quantity.text.indexOf(u'.');
        s.quantity.decimals = dot < 0 ? 0 : int(s.quantity.text.size() - dot - 1);
        s.phrase = def ? def->labelZh : c.key;
        s.line = c.line;
        s.inTable = true;
        s.field = c.key;
        const Layout::Line& line = layout.lines().at(c.line);
        s.sentenceStart = s.clauseStart = line.start;
        s.sentenceEnd = s.clauseEnd = line.end;
        const int index = int(ex.statements.size());
        ex.statements.append(s);
        if (ex.field(c.key)) {
            continue; // a key read twice (a table printed twice): the first one stands
        }
        ex.candidates[c.key].append(index);
        ExtractedField f;
        f.key = c.key;
        f.value = c.value;
        f.unit = s.quantity.unit;
        f.statement = index;
        f.blank = c.blank;
        std::tie(f.start, f.end) = doc.originalSpan(c.start, c.end);
        ex.fields.append(f);
    }
    // The catalogue's summary fields from the tables, so that old and new reports fill the same
    // columns; a figure the narrative gives stays (the restatement checks compare both).
    auto fillFrom = [&](const QString& key, const QStringList& sources) {
        if (ex.field(key) || !m_catalogue.find(key)) {
            return;
        }
        QList<const ExtractedField*> parts;
        for (const QString& source : sources) {
            const ExtractedField* p = ex.field(source);
            if (!p) {
                return;
            }
            parts.append(p);
        }
        ExtractedField f = *parts.first();
        f.key = key;
        f.unit = m_catalogue.find(key)->unit;
        if (parts.size() > 1) {
            // A sum has no single cell: its evidence runs from the first part to the last.
            f.statement = -1;
            f.value = 0;
            f.blank = true;
            for (const ExtractedField* p : std::as_const(parts)) {
                f.value += p->value;
                f.blank = f.blank && p->blank;
                f.start = std::min(f.start, p->start);
                f.end = std::max(f.end, p->end);
            }
        }
        ex.fields.append(f);
    };
    fillFrom(QStringLiteral("requests.total"), {QStringLiteral("t3.new.total")});
    fillFrom(QStringLiteral("requests.answered"), {QStringLiteral("t3.total.total")});
    fillFrom(QStringLiteral("outcome.granted"), {QStringLiteral("t3.granted.total")});
    fillFrom(QStringLiteral("outcome.partial"), {QStringLiteral("t3.partial.total")});
    fillFrom(QStringLiteral("outcome.not_held"), {QStringLiteral("t3.unavailable.not_held.total")});
    QStringList denied;
    for (const char* r : {"state_secret", "prohibited_by_law", "security_stability", "third_party", "internal_affairs",
                          "deliberative", "law_enforcement_file", "administrative_query"}) {
        denied.append(QStringLiteral("t3.denied.") + QLatin1String(r) + QStringLiteral(".total"));
    }
    fillFrom(QStringLiteral("outcome.denied"), denied);
    fillFrom(QStringLiteral("appeals.reconsideration"), {QStringLiteral("t4.reconsideration.total")});
    fillFrom(QStringLiteral("appeals.lawsuit"),
             {QStringLiteral("t4.lawsuit_direct.total"), QStringLiteral("t4.lawsuit_after_review.total")});
}

void Extractor::buildStatements(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    const QList<Quantity> quantities = scanQuantities(text);
    for (const Quantity& q : quantities) {
        if (q.kind == QuantityKind::Year) {
            ex.yearMentions.append(q);
            continue;
        }
        // "案件数均为0": a bare 0 after 为/是/: is zero stated without a unit.
        const bool bareZero =
            q.kind == QuantityKind::Bare && q.value == 0 && q.start > 0 &&
            (text.at(q.start - 1) == u'为' || text.at(q.start - 1) == u'是' || text.at(q.start - 1) == u':');
        if (q.kind != QuantityKind::Count && q.kind != QuantityKind::Percent && !bareZero) {
            continue;
        }
        if (q.kind == QuantityKind::Count && isDurationUnit(q.unit)) {
            continue;
        }
        Statement s;
        s.quantity = q;
        if (bareZero) {
            s.quantity.kind = QuantityKind::Count;
            s.zeroWords = true;
        }
        s.line = layout.lineAt(q.start);
        s.inBody = layout.lines().at(s.line).body;
        // Bounds from both ends of the mention: "3,456" holds a clause delimiter itself.
        s.sentenceStart = layout.sentenceAt(q.start).first;
        s.sentenceEnd = std::max(q.end, layout.sentenceAt(q.end).second);
        s.clauseStart = layout.clauseAt(q.start).first;
        s.clauseEnd = std::max(q.end, layout.clauseAt(q.end).second);
        ex.statements.append(s);
    }
    // Phrases: the clause around each number (、 does not end it: "通过门户网站发布政务动态、通知公告等信息
    // 3215条"), cut at the neighbouring numbers. A number followed by another in the same clause keeps
    // only the words up to the next verb: "12个街道便民服务中心设立查阅点16个" — 查阅点 is the 16's.
    // The scans stop at the neighbouring numbers (a bound), so a clause of 100,000 numbers joined by 、 takes
    // linear time.
    auto phraseStartAt = [&](qsizetype pos, qsizetype bound = 0) {
        while (pos > bound && !(Layout::isClauseEnd(text.at(pos - 1)) && text.at(pos - 1) != u'、')) {
            --pos;
        }
        return pos;
    };
    auto phraseEndAt = [&](qsizetype pos, qsizetype bound) {
        while (pos < bound && !(Layout::isClauseEnd(text.at(pos)) && text.at(pos) != u'、')) {
            ++pos;
        }
        return pos;
    };
    // Bracket depth and the first running-total word of the sentence, carried from one number to the next.
    qsizetype depthSentence = -1;
    qsizetype depthPos = 0;
    int depth = 0;
    qsizetype cumulativeSentence = -1;
    qsizetype cumulativeWordEnd = 0; // where the sentence's earliest 截至/截止/… ends
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        Statement& s = ex.statements[i];
        const qsizetype previousEnd = i > 0 ? ex.statements.at(i - 1).quantity.end : -1;
        const bool previousBefore = previousEnd >= 0 && previousEnd <= s.quantity.start;
        // From the clause start, or from the number before when it is in the same clause.
        const qsizetype from = phraseStartAt(s.quantity.start, previousBefore ? previousEnd : 0);
        const bool nextAfter = i + 1 < ex.statements.size() && ex.statements.at(i + 1).quantity.start >= s.quantity.end;
        const qsizetype nextStart = nextAfter ? ex.statements.at(i + 1).quantity.start : text.size();
        // To the clause end, or to the number after when it is in the same clause.
        const qsizetype to = phraseEndAt(s.quantity.end, nextStart);
        const bool nextInClause = nextAfter && to == nextStart &&
                                  !(to < text.size() && Layout::isClauseEnd(text.at(to)) && text.at(to) != u'、');
        const QStringView before = QStringView(text).sliced(from, s.quantity.start - from);
        QStringView after = QStringView(text).sliced(s.quantity.end, to - s.quantity.end);
        // A parenthesis after the number is an aside about it ("答复3050件(含上年度结转…)").
        const qsizetype paren = after.indexOf(u'(');
        if (paren >= 0) {
            after = after.first(paren);
        }
        if (nextInClause) {
            qsizetype cut = after.size();
            for (std::u16string_view w :
                 {u"、", u"和", u"及", u"与", u"的", u"设立", u"设置", u"建立", u"开设", u"公开", u"发布", u"共"}) {
                const qsizetype k = after.indexOf(QStringView(w.data(), qsizetype(w.size())));
                if (k >= 0 && k < cut) {
                    cut = k;
                }
            }
            after = after.first(cut);
        }
        s.phrase = before.toString() + u'\u2026' + after.toString();
        // A clause that says no more than 共20件 takes its subject from the clause before, when that
        // one states no number of its own: "以网上申请为主,共20件".
        if (isBareClause(before) && after.trimmed().isEmpty() && from > s.sentenceStart) {
            const qsizetype prevEnd = from - 1;
            const qsizetype prevStart = phraseStartAt(prevEnd);
            const QStringView prev = QStringView(text).sliced(prevStart, prevEnd - prevStart);
            const bool prevHasNumber = i > 0 && ex.statements.at(i - 1).quantity.end > prevStart &&
                                       ex.statements.at(i - 1).quantity.end <= from;
            if (!prevHasNumber && !prev.trimmed().isEmpty() && prevStart >= s.sentenceStart) {
                s.phrase = prev.toString() + s.phrase;
                s.borrowedPhrase = true;
            }
        }
        s.comparative = isComparative(before);
        if (depthSentence != s.sentenceStart || depthPos > s.quantity.start) {
            depthSentence = s.sentenceStart;
            depthPos = s.sentenceStart;
            depth = 0;
        }
        for (; depthPos < s.quantity.start; ++depthPos) {
            depth += text.at(depthPos) == u'(' ? 1 : (text.at(depthPos) == u')' && depth > 0 ? -1 : 0);
        }
        s.inBrackets = depth > 0;
        // A running total (截至…累计) when the sentence before the number holds one of the words, unless the
        // number's own words say it is this year's (新增, 本年).
        if (before.contains(u"累计") && cumulativeSentence != s.sentenceStart) {
            cumulativeSentence = s.sentenceStart;
            cumulativeWordEnd = std::numeric_limits<qsizetype>::max();
            const QStringView sentence = QStringView(text).sliced(s.sentenceStart, s.sentenceEnd - s.sentenceStart);
            for (std::u16string_view w : {u"截至", u"截止", u"至今", u"至目前", u"底", u"年末", u"以来"}) {
                const QStringView word(w.data(), qsizetype(w.size()));
                const qsizetype k = sentence.indexOf(word);
                if (k >= 0) {
                    cumulativeWordEnd = std::min(cumulativeWordEnd, s.sentenceStart + k + word.size());
                }
            }
        }
        s.cumulative = before.contains(u"累计") && cumulativeWordEnd <= s.quantity.start &&
                       !containsAny(before, {u"新增", u"本年", u"当年", u"全年", u"本年度"});
    }
    pairRespectively(doc, layout, ex);
}

// Figures of another year given beside this year's: "156人(2014年为149人)", "2014年为7,352条",
// "当面申请35件(2014年41件)", "上年为65件", "2014年共收取费用36元". They are neither totals, parts nor fields.
void Extractor::markOtherYears(const Document& doc, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (Statement& s : ex.statements) {
        const QStringView phrase(s.phrase);
        QStringView before = phrase.first(std::max<qsizetype>(0, phrase.indexOf(u'\u2026')));
        if (s.borrowedPhrase) {
            before = before.sliced(std::max<qsizetype>(0, before.size() - (s.quantity.start - s.clauseStart)));
        }
        // (a) the words just before the number name another year
        QStringView tail = before.trimmed();
        for (std::u16string_view verb : {u"为", u"是", u":", u"共", u"有", u"的", u"达", u"计"}) {
            if (tail.endsWith(QStringView(verb.data(), qsizetype(verb.size())))) {
                tail.chop(qsizetype(verb.size()));
                break;
            }
        }
        if (tail.endsWith(u"度")) {
            tail.chop(1);
        }
        bool other = false;
        for (std::u16string_view w : {u"上年", u"去年", u"上一年", u"上年同期", u"前年", u"同期"}) {
            if (tail.endsWith(QStringView(w.data(), qsizetype(w.size())))) {
                other = true;
            }
        }
        auto otherYearAt = [&](QStringView s, bool atEnd) {
            // "2014年" at the end (or start) of s, naming a year other than the report's
            if (s.size() < 5) {
                return false;
            }
            const QStringView y = atEnd ? s.last(5) : s.first(5);
            if (y.at(4) != u'年' || !std::all_of(y.begin(), y.begin() + 4, [](QChar c) { return c.isDigit(); })) {
                return false;
            }
            return ex.year && y.first(4).toInt() != *ex.year;
        };
        if (!other && otherYearAt(tail, true)) {
            other = true;
        }
        // (b) the number's clause opens with another year: "2014年共收取检索、复制费用36元"
        if (!other) {
            QStringView clause = before.trimmed();
            if (clause.startsWith(u'(')) {
                clause = clause.sliced(1);
            }
            other = otherYearAt(clause, false);
        }
        Q_UNUSED(text);
        s.otherYear = other;
    }
}

// "当面申请、网上申请和信函申请分别为4件、3件和2件": the i-th noun goes with the i-th number. When the
// counts differ nothing is paired (no field is better than a wrong one).
void Extractor::pairRespectively(const Document& doc, const Layout&, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype m = 0; m + 3 <= text.size(); ++m) {
        if (text.at(m) != u'分' && text.at(m) != u'依') {
            continue;
        }
        const QStringView at = QStringView(text).sliced(m, 3);
        if (at != u"分别为" && at != u"分别是" && at != u"依次为" && at != u"分别有" && at != u"分别达") {
            continue;
        }
        const QStringView marker = at;
        {
            qsizetype itemsStart = m;
            while (itemsStart > 0 &&
                   !(Layout::isClauseEnd(text.at(itemsStart - 1)) && text.at(itemsStart - 1) != u'、')) {
                --itemsStart;
            }
            QString items = text.mid(itemsStart, m - itemsStart);
            while (items.endsWith(u'的')) {
                items.chop(1);
            }
            QStringList nouns;
            for (QString part : items.split(u'、')) {
                for (std::u16string_view joiner : {u"以及", u"和", u"及", u"与"}) {
                    part.replace(QStringView(joiner.data(), qsizetype(joiner.size())).toString(),
                                 QStringLiteral("\x1f"));
                }
                for (const QString& n : part.split(QChar(0x1f), Qt::SkipEmptyParts)) {
                    nouns.append(n.trimmed());
                }
            }
            // "A、B和C是主要渠道,全年通过上述三个渠道公开信息分别为…": the nouns are named in the clause before.
            QString referringTail;
            if (nouns.size() == 1 && containsAny(nouns.first(), {u"上述", u"以上", u"前述"}) && itemsStart > 1) {
                qsizetype prevStart = itemsStart - 1;
                while (prevStart > 0 &&
                       !(Layout::isClauseEnd(text.at(prevStart - 1)) && text.at(prevStart - 1) != u'、')) {
                    --prevStart;
                }
                QString previous = text.mid(prevStart, itemsStart - 1 - prevStart);
                const qsizetype copula = previous.lastIndexOf(u'是');
                if (copula > 0) {
                    previous.truncate(copula);
                }
                referringTail = nouns.first();
                nouns.clear();
                for (QString part : previous.split(u'、')) {
                    for (std::u16string_view joiner : {u"以及", u"和", u"及", u"与"}) {
                        part.replace(QStringView(joiner.data(), qsizetype(joiner.size())).toString(),
                                     QStringLiteral("\x1f"));
                    }
                    for (const QString& n : part.split(QChar(0x1f), Qt::SkipEmptyParts)) {
                        nouns.append(n.trimmed());
                    }
                }
            }
            // The numbers right after the marker, separated only by 、 , 和 及 与.
            QList<int> numbers;
            qsizetype pos = m + marker.size();
            for (qsizetype i = 0; i < ex.statements.size(); ++i) {
                const Statement& st = ex.statements.at(i);
                if (st.quantity.start < pos || st.quantity.kind != QuantityKind::Count) {
                    continue;
                }
                const QStringView gap = QStringView(text).sliced(pos, st.quantity.start - pos);
                const bool joined = std::all_of(gap.begin(), gap.end(), [](QChar c) {
                    return c == u'、' || c == u',' || c == u'和' || c == u'及' || c == u'与' || c == u' ';
                });
                if (!joined) {
                    break;
                }
                numbers.append(int(i));
                pos = st.quantity.end;
            }
            if (numbers.size() < 2 || numbers.size() != nouns.size()) {
                continue;
            }
            // A verb shared by all nouns, written once after the last ("…政务微信公开政府信息分别为…").
            QString tail = referringTail;
            QString& last = nouns.last();
            for (std::u16string_view verb : {u"公开", u"发布", u"推送", u"刊登", u"受理", u"收到", u"答复", u"申请"}) {
                const qsizetype k =
                    referringTail.isEmpty() ? last.indexOf(QStringView(verb.data(), qsizetype(verb.size()))) : -1;
                if (k > 0) {
                    tail = last.mid(k);
                    last.truncate(k);
                    break;
                }
            }
            for (qsizetype k = 0; k < numbers.size(); ++k) {
                Statement& st = ex.statements[numbers.at(k)];
                st.phrase = nouns.at(k) + tail + u'\u2026';
                st.respectively = true;
            }
        }
    }
}

void Extractor::attachShares(const Document& doc, const Layout&, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        Statement& p = ex.statements[i];
        if (p.quantity.kind != QuantityKind::Percent) {
            continue;
        }
        // Where does 占 stand? In the mention itself (占27.3%) or a little before it (占总…的65.97%).
        qsizetype zhan = -1;
        if (text.at(p.quantity.start) == u'占') {
            zhan = p.quantity.start;
        } else {
            for (qsizetype k = p.quantity.start - 1; k >= std::max(p.clauseStart - 0, p.quantity.start - 30); --k) {
                if (text.at(k) == u'占') {
                    zhan = k;
                    break;
                }
                if (Layout::isSentenceEnd(text.at(k)) || text.at(k) == u';') {
                    break;
                }
            }
            if (zhan < 0) {
                // 占 may open an earlier clause: 占总年度投资225.62亿元的65.97% has no clause break,
                // but "年度投资148.85亿元,占总…" does; look back to the sentence start.
                for (qsizetype k = p.quantity.start - 1; k >= std::max(p.sentenceStart, p.quantity.start - 40); --k) {
                    if (text.at(k) == u'占') {
                        zhan = k;
                        break;
                    }
                    if (text.at(k) == u';' || text.at(k) == u',') {
                        // a share is "<count>,占…%": one comma at most, right after the count
                        if (k + 1 < text.size() && text.at(k + 1) != u'占') {
                            break;
                        }
                    }
                }
            }
        }
        if (zhan < 0) {
            continue; // a rate (办结率94%) or a bare percentage
        }
        int numerator = -1;
        int denominator = -1;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const Statement& c = ex.statements.at(j);
            if (c.quantity.end <= p.sentenceStart - 1 || c.sentenceStart != p.sentenceStart) {
                break;
            }
            if (c.zeroWords) {
                continue;
            }
            if (c.quantity.kind != QuantityKind::Count) {
                if (c.quantity.end <= zhan) {
                    break; // another share stands between: this one has no count of its own
                }
                continue;
            }
            if (c.quantity.start > zhan) {
                denominator = int(j);
            } else {
                numerator = int(j);
                break;
            }
        }
        if (numerator < 0 || zhan - ex.statements.at(numerator).quantity.end > 3) {
            continue;
        }
        p.shareOf = numerator;
        p.denominator = denominator;
        if (denominator < 0) {
            QString between = QStringView(text).sliced(zhan + 1, p.quantity.numberStart - zhan - 1).toString();
            for (std::u16string_view w :
                 {u"总数", u"总量", u"全部", u"总", u"的", u"比例", u"比重", u"全年", u"全市"}) {
                between.remove(QStringView(w.data(), qsizetype(w.size())).toString());
            }
            between.remove(u'占');
            p.namedDenominator = std::any_of(between.cbegin(), between.cend(), [](QChar c) { return isHan(c); });
            if (p.namedDenominator) {
                p.denominatorText = between; // "已答复申请": the checker may find it among the fields
            }
        }
    }
}

void Extractor::findLists(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    QSet<int> denominators;
    for (const Statement& s : std::as_const(ex.statements)) {
        if (s.denominator >= 0) {
            denominators.insert(s.denominator);
        }
    }
    // Markers of a breakdown: 其中, and a sentence opening with "在(已答复的申请)中," that breaks down a
    // figure of the sentence before.
    QList<std::pair<qsizetype, qsizetype>> markers;
    for (qsizetype k = text.indexOf(u"其中"); k >= 0; k = text.indexOf(u"其中", k + 2)) {
        markers.append({k, k + 2});
    }
    for (qsizetype k = text.indexOf(u'在'); k >= 0; k = text.indexOf(u'在', k + 1)) {
        if (k > 0 && !Layout::isSentenceEnd(text.at(k - 1)) && text.at(k - 1) != u' ' && text.at(k - 1) != u'\u3000') {
            continue;
        }
        const qsizetype comma = layout.clauseAt(k).second;
        if (comma < text.size() && comma - k <= 16 && comma > k + 2 && text.at(comma - 1) == u'中' &&
            (text.at(comma) == u',' || text.at(comma) == u'，')) {
            markers.append({k, comma}); // the lead is the sentence before
        }
    }
    std::sort(markers.begin(), markers.end());
    for (const auto& [m, mEnd] : std::as_const(markers)) {
        const int line = layout.lineAt(m);
        if (!layout.lines().at(line).body) {
            continue;
        }
        auto [ss, se] = layout.sentenceAt(m);
        // The parts run to the sentence end, or to the clause that leads the next 其中
        // ("…尚未审结37件;行政诉讼46件,其中…": 46件 is the next list's total, not a part of this one).
        qsizetype nextMarker = -1;
        const auto following = std::lower_bound(markers.cbegin(), markers.cend(), mEnd,
                                                [](const auto& other, qsizetype at) { return other.first < at; });
        if (following != markers.cend() && following->first < se) {
            nextMarker = following->first;
        }
        qsizetype regionEnd = se;
        if (nextMarker >= 0 && nextMarker < se) {
            regionEnd = nextMarker;
            qsizetype k = nextMarker;
            while (k > mEnd && Layout::isClauseEnd(text.at(k - 1))) {
                --k; // the delimiter just before 其中
            }
            const qsizetype leadClause = layout.clauseAt(std::max(mEnd, k - 1)).first;
            if (leadClause > mEnd) {
                regionEnd = leadClause;
            }
        }
        // Lead: this sentence up to 其中; or the sentence before, when 其中 opens the sentence.
        qsizetype leadStart = ss;
        const QStringView leadHere = QStringView(text).sliced(ss, m - ss).trimmed();
        if (leadHere.isEmpty() && ss > 0 && text.at(ss - 1) != u'\n') {
            leadStart = layout.sentenceAt(ss - 1).first;
        }
        // Counts after 包括/具体为 belong to the part they break down, up to the next ';'. The region's ';' and
        // those words are found once, so that a list of 100,000 parts takes linear time.
        QList<qsizetype> semicolons;
        QList<qsizetype> wordEnds; // ends of 包括/具体为/主要有/分别涉及, by their start
        QList<qsizetype> wordStarts;
        {
            const QStringView region = QStringView(text).sliced(mEnd, std::max(mEnd, regionEnd) - mEnd);
            for (qsizetype k = region.indexOf(u';'); k >= 0; k = region.indexOf(u';', k + 1)) {
                semicolons.append(mEnd + k);
            }
            QList<std::pair<qsizetype, qsizetype>> words;
            for (std::u16string_view w : {u"包括", u"具体为", u"主要有", u"分别涉及"}) {
                const QStringView word(w.data(), qsizetype(w.size()));
                for (qsizetype k = region.indexOf(word); k >= 0; k = region.indexOf(word, k + 1)) {
                    words.append({mEnd + k, mEnd + k + word.size()});
                }
            }
            std::sort(words.begin(), words.end());
            for (const auto& [ws, we] : std::as_const(words)) {
                wordStarts.append(ws);
                wordEnds.append(we);
            }
            for (qsizetype k = wordEnds.size() - 2; k >= 0; --k) {
                wordEnds[k] = std::min(wordEnds[k], wordEnds[k + 1]); // the earliest end from here on
            }
        }
        auto inSubBreakdown = [&, markerEnd = mEnd](qsizetype pos) {
            // The last ';' before pos (or the marker's end), then a word wholly between it and pos.
            const auto semi = std::lower_bound(semicolons.cbegin(), semicolons.cend(), pos);
            const qsizetype since = semi == semicolons.cbegin() ? markerEnd : *(semi - 1);
            const qsizetype first =
                std::lower_bound(wordStarts.cbegin(), wordStarts.cend(), since) - wordStarts.cbegin();
            return first < wordEnds.size() && wordEnds.at(first) <= pos;
        };
        QList<int> parts;
        QList<int> leadCounts;
        // Only the statements between the lead and the region's end can be parts or totals (the statements are
        // in text order).
        const auto window = std::lower_bound(ex.statements.cbegin(), ex.statements.cend(), std::min(leadStart, m),
                                             [](const Statement& st, qsizetype at) { return st.quantity.start < at; });
        for (qsizetype i = window - ex.statements.cbegin(); i < ex.statements.size(); ++i) {
            const Statement& s = ex.statements.at(i);
            if (s.quantity.start > std::max(regionEnd, m)) {
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
            if (s.quantity.start >= mEnd && s.quantity.end <= regionEnd && inSubBreakdown(s.quantity.start)) {
                continue;
            }
            if (s.quantity.start >= mEnd && s.quantity.end <= regionEnd && !denominators.contains(int(i))) {
                parts.append(int(i));
            } else if (s.quantity.start >= leadStart && s.quantity.end <= m) {
                leadCounts.append(int(i));
            }
        }
        if (parts.isEmpty()) {
            continue;
        }
        // One list per unit of the parts; a unit with no total of its own joins a related unit's list.
        QStringList units;
        for (int pi : std::as_const(parts)) {
            const QString& u = ex.statements.at(pi).quantity.unit;
            if (!units.contains(u)) {
                units.append(u);
            }
        }
        QHash<QString, int> listOfUnit;
        QStringList orphanUnits;
        for (const QString& u : std::as_const(units)) {
            QList<int> totals;
            for (int li : std::as_const(leadCounts)) {
                if (ex.statements.at(li).quantity.unit == u) {
                    totals.append(li);
                }
            }
            if (totals.isEmpty()) {
                orphanUnits.append(u);
                continue;
            }
            // Two totals in the lead and as many groups of parts split by ';' ("复议156件,诉讼97件。其中,
            // 复议维持103件…;诉讼维持71件…"): the i-th group belongs to the i-th total.
            QList<int> unitParts;
            for (int pi : std::as_const(parts)) {
                if (ex.statements.at(pi).quantity.unit == u) {
                    unitParts.append(pi);
                }
            }
            if (totals.size() >= 2) {
                QList<QList<int>> groups(1);
                qsizetype groupFrom = mEnd;
                for (int pi : std::as_const(unitParts)) {
                    const qsizetype at = ex.statements.at(pi).quantity.start;
                    if (QStringView(text).sliced(groupFrom, at - groupFrom).contains(u';') &&
                        !groups.last().isEmpty()) {
                        groups.append(QList<int>());
                    }
                    groups.last().append(pi);
                    groupFrom = ex.statements.at(pi).quantity.end;
                }
                if (groups.size() == totals.size()) {
                    for (qsizetype g = 0; g < groups.size(); ++g) {
                        StatementList list;
                        list.total = totals.at(g);
                        list.markerStart = m;
                        list.parts = groups.at(g);
                        ex.lists.append(list);
                    }
                    continue;
                }
            }
            // The total is the last count before the marker, unless the marker names which one ("在已答复的
            // 申请中" after "已答复70件,…其余4件…"); a remainder (其余, 另有) is never the total.
            const QList<int> allTotals = totals;
            totals.removeIf([&](int t) {
                const Statement& st = ex.statements.at(t);
                return st.cumulative || containsAny(st.phrase, {u"其余", u"另有", u"此外", u"尚有"});
            });
            if (totals.isEmpty()) {
                totals = allTotals;
            }
            int chosenTotal = totals.last();
            if (totals.size() > 1 && text.at(m) == u'在') {
                const QStringView named = QStringView(text).sliced(m + 1, mEnd - m - 2);
                int best = 0;
                for (int t : std::as_const(totals)) {
                    const QString& phrase = ex.statements.at(t).phrase;
                    int shared = 0;
                    for (qsizetype k = 0; k + 2 <= named.size(); ++k) {
                        shared += phrase.contains(named.sliced(k, 2)) ? 1 : 0;
                    }
                    if (shared >= best && shared > 0) {
                        best = shared;
                        chosenTotal = t;
                    }
                }
            }
            StatementList list;
            list.total = chosenTotal;
            list.markerStart = m;
            list.parts = unitParts;
            // A subtotal with its own 其中 inside a longer list: "已办结150件。同意公开(含部分公开)96件,其中
            // 同意部分公开14件;属于已主动公开范围的21件;…其他情形8件". When the total and the parts after the
            // first ';' add up to a figure stated just before, the 其中 covers only its first group.
            {
                QList<int> first, rest;
                qsizetype from = mEnd;
                for (int pi : std::as_const(unitParts)) {
                    const qsizetype at = ex.statements.at(pi).quantity.start;
                    if (!rest.isEmpty() ||
                        (!first.isEmpty() && QStringView(text).sliced(from, at - from).contains(u';'))) {
                        rest.append(pi);
                    } else {
                        first.append(pi);
                    }
                    from = ex.statements.at(pi).quantity.end;
                }
                if (!first.isEmpty() && !rest.isEmpty()) {
                    double outer = ex.statements.at(list.total).quantity.value;
                    for (int pi : std::as_const(rest)) {
                        outer += ex.statements.at(pi).quantity.value;
                    }
                    const qsizetype lookFrom = layout.sentenceAt(std::max<qsizetype>(0, ss - 1)).first;
                    for (qsizetype j = 0; j < ex.statements.size(); ++j) {
                        const Statement& c = ex.statements.at(j);
                        if (c.quantity.start >= lookFrom &&
                            c.quantity.end <= ex.statements.at(list.total).quantity.start &&
                            c.quantity.kind == QuantityKind::Count && c.quantity.unit == u && c.thisYear() &&
                            std::abs(c.quantity.value - outer) < 1e-6) {
                            list.parts = first;
                            StatementList outerList;
                            outerList.total = int(j);
                            outerList.markerStart = m;
                            outerList.parts = QList<int>{list.total} + rest;
                            ex.lists.append(outerList);
                            break;
                        }
                    }
                }
            }
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
            QList<int> unitParts;
            for (int pi : std::as_const(parts)) {
                if (ex.statements.at(pi).quantity.unit == u) {
                    unitParts.append(pi);
                }
            }
            if (target >= 0) {
                ex.lists[target].looseParts.append(unitParts);
            } else {
                StatementList list;
                list.markerStart = m;
                list.parts = unitParts;
                ex.lists.append(list);
            }
        }
    }
    // A total stated after its parts: "…分别为412条、236条和95条,合计743条".
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
    // A note that the parts overlap ("部分申请同时涉及多项内容", "各渠道的数量分别统计") in the list's line.
    {
        QHash<int, bool> lineNotes;
        for (Statement& st : ex.statements) {
            auto it = lineNotes.find(st.line);
            if (it == lineNotes.end()) {
                const auto& line = layout.lines().at(st.line);
                it = lineNotes.insert(st.line,
                                      containsAny(QStringView(text).sliced(line.start, line.end - line.start),
                                                  {u"同时涉及", u"分别统计", u"重复统计", u"多个渠道", u"重复计算",
                                                   u"同时属于", u"分别计入", u"相加大于", u"同步发布", u"交叉"}));
            }
            st.overlapNote = *it;
        }
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
    // Roles, and whether a list claims to be complete (its last item is "other").
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
            list.endsWithOther = containsAny(phrase, {u"其他", u"其它", u"其余"});
        }
    }
}

void Extractor::findZeroStatements(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    auto addZero = [&](qsizetype start, qsizetype end, const QString& phrase, int line) {
        Statement s;
        s.zeroWords = true;
        s.quantity.kind = QuantityKind::Count;
        s.quantity.start = s.quantity.numberStart = start;
        s.quantity.end = s.quantity.numberEnd = end;
        s.quantity.text = text.mid(start, end - start);
        s.quantity.value = 0;
        s.quantity.fromWords = true;
        s.phrase = phrase;
        s.line = line;
        std::tie(s.sentenceStart, s.sentenceEnd) = layout.sentenceAt(start);
        std::tie(s.clauseStart, s.clauseEnd) = layout.clauseAt(start);
        ex.statements.append(s);
    };
    // A heading whose body is just 无: "四、复议、诉讼和申诉情况\n无".
    const auto& lines = layout.lines();
    for (int li = 1; li < lines.size(); ++li) {
        const QStringView body = QStringView(text).sliced(lines.at(li).start, lines.at(li).end - lines.at(li).start);
        const QStringView trimmed = body.trimmed();
        if (!(trimmed == u"无" || trimmed == u"无。" || trimmed == u"没有" || trimmed == u"没有。" ||
              trimmed == u"无." || trimmed == u"暂无" || trimmed == u"暂无。")) {
            continue;
        }
        int prev = li - 1;
        while (prev >= 0 && QStringView(text)
                                .sliced(lines.at(prev).start, lines.at(prev).end - lines.at(prev).start)
                                .trimmed()
                                .isEmpty()) {
            --prev;
        }
        if (prev < 0 || lines.at(prev).heading < 0 || !lines.at(li).body) {
            continue;
        }
        const qsizetype at = lines.at(li).start + body.indexOf(trimmed.at(0));
        addZero(at, at + (trimmed.startsWith(u"暂无") || trimmed.startsWith(u"没有") ? 2 : 1),
                layout.headings().at(lines.at(prev).heading).title, li);
    }
    // Zero before its subject: 没有因政府信息公开申请行政复议、提起行政诉讼的情况 / 未收取任何费用 /
    // 未收到…申请 / 无行政复议和行政诉讼案件 / 未向申请人收取…费用.
    static const std::array<std::u16string_view, 12> cues = {u"没有",   u"未发生", u"未出现", u"未收到",
                                                             u"未受理", u"未接到", u"未产生", u"未收取",
                                                             u"均未",   u"无因",   u"无收费", u"不存在因"};
    // Subjects a bare 未/没/无 may govern within a few characters.
    static const std::array<std::u16string_view, 5> nearSubjects = {u"收取", u"收费", u"费用", u"复议", u"诉讼"};
    auto alreadyCovered = [&](qsizetype from, qsizetype to) {
        for (const Statement& s : std::as_const(ex.statements)) {
            if (s.zeroWords && s.quantity.start <= from && s.quantity.end >= to) {
                return true;
            }
        }
        return false;
    };
    for (qsizetype c = 0; c < text.size(); ++c) {
        const char16_t first = text.at(c).unicode();
        if (first != u'没' && first != u'未' && first != u'均' && first != u'无' && first != u'不' && first != u'为' &&
            first != u'是') {
            continue;
        }
        const QStringView here = QStringView(text).sliced(c);
        const bool trailingZero = here.startsWith(u"为零") || here.startsWith(u"是零") || here.startsWith(u"为〇");
        if ((first == u'为' || first == u'是') && !trailingZero) {
            continue; // the common case, decided without looking further
        }
        const int line = layout.lineAt(c);
        if (!layout.lines().at(line).body) {
            continue;
        }
        const auto [ss, se] = layout.sentenceAt(c);
        // Zero after its subject: "收费为零", "行政复议和行政诉讼案件均为零": the subject runs back to the
        // sentence start or the last ';'.
        if (trailingZero) {
            qsizetype from = c;
            while (from > ss && text.at(from - 1) != u';' && text.at(from - 1) != u',') {
                --from;
            }
            const QStringView subject = QStringView(text).sliced(from, c - from);
            if (!std::any_of(subject.begin(), subject.end(), [](QChar ch) { return ch.isDigit(); }) &&
                !alreadyCovered(c, c + 2)) {
                qsizetype start = c;
                if (start > from &&
                    (text.at(start - 1) == u'均' || text.at(start - 1) == u'都' || text.at(start - 1) == u'皆')) {
                    --start;
                }
                addZero(start, c + 2, subject.toString() + here.first(2).toString(), line);
            }
            ++c;
            continue;
        }
        qsizetype cueLength = 0;
        for (std::u16string_view cueWord : cues) {
            if (here.startsWith(QStringView(cueWord.data(), qsizetype(cueWord.size())))) {
                cueLength = qsizetype(cueWord.size());
                break;
            }
        }
        qsizetype end = se;
        const qsizetype semicolon = QStringView(text).sliced(c, se - c).indexOf(u';');
        if (semicolon >= 0) {
            end = c + semicolon; // "未收取任何费用;2014年共收取…36元": the zero is the first clause's
        }
        if (cueLength == 0 && (first == u'未' || first == u'没' || first == u'无') && !here.startsWith(u"未经") &&
            !here.startsWith(u"无正当") && !here.startsWith(u"无法")) {
            // 未/没/无 with a fee or appeal word close behind, in the same clause and with no number between.
            qsizetype limit = c + 1;
            while (limit < se && limit - c <= 16 && !(Layout::isClauseEnd(text.at(limit)) && text.at(limit) != u'、')) {
                ++limit;
            }
            const QStringView window = QStringView(text).sliced(c, limit - c);
            if (std::none_of(window.begin(), window.end(), [](QChar ch) { return ch.isDigit(); })) {
                for (std::u16string_view w : nearSubjects) {
                    if (window.contains(QStringView(w.data(), qsizetype(w.size())))) {
                        cueLength = 1;
                        end = limit;
                        break;
                    }
                }
            }
        }
        if (cueLength == 0) {
            continue;
        }
        const qsizetype qing = QStringView(text).sliced(c, se - c).indexOf(u"情况");
        if (qing >= 0 && c + qing + 2 <= end) {
            end = c + qing + 2;
        }
        // A digit inside means the sentence states numbers; those are statements already.
        const QStringView phrase = QStringView(text).sliced(c, end - c);
        if (std::any_of(phrase.begin(), phrase.end(), [](QChar ch) { return ch.isDigit(); })) {
            continue;
        }
        // A row label of the 2021 template's table 3 ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理…")
        // and table rows in general state no zero.
        const auto& cueLine = layout.lines().at(line);
        if (containsAny(QStringView(text).sliced(ss, se - ss), {u"收费通知", u"不再处理"}) ||
            Layout::looksLikeTableRow(QStringView(text).sliced(cueLine.start, cueLine.end - cueLine.start))) {
            continue;
        }
        // The same span found by two cues (均未 inside 均未收取) counts once.
        if (!alreadyCovered(c, end)) {
            addZero(c, end, phrase.toString(), line);
        }
        c += cueLength - 1;
    }
    std::stable_sort(ex.statements.begin(), ex.statements.end(),
                     [](const Statement& a, const Statement& b) { return a.quantity.start < b.quantity.start; });
}

void Extractor::mapFields(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        Statement& s = ex.statements[i];
        if (!s.inBody || s.cumulative || !s.thisYear() || s.quantity.kind != QuantityKind::Count) {
            continue;
        }
        // "提出了…等7个方面具体要求": aspects and steps are not counts of disclosure work.
        {
            const QStringView after = QStringView(s.phrase).sliced(s.phrase.indexOf(u'\u2026') + 1).trimmed();
            const QStringView head = after.first(std::min<qsizetype>(2, after.size()));
            const bool partlyGranted = head == u"部分" && containsAny(after.first(std::min<qsizetype>(4, after.size())),
                                                                      {u"部分公开", u"部分予以", u"部分同意"});
            if (!partlyGranted && containsAny(head, {u"方面", u"环节", u"步骤", u"阶段", u"层次", u"维度", u"部分"})) {
                continue;
            }
            // "市国土资源局受理申请45件" in a city's report: another body's figure is not the report's.
            if (!otherBody(s.phrase, ex.region).isEmpty()) {
                continue;
            }
        }
        // "热线受理来电18.6万件,其中有关政府信息公开的咨询2350件": when the list's total is no field of
        // ours, its part may be one of our totals.
        const bool partOfUnrelatedTotal =
            s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0 &&
            ex.statements.at(ex.lists.at(s.list).total).field.isEmpty() && ex.lists.at(s.list).total < int(i);
        // "截至2010年底累计公开24318条,其中2010年新增6972条": this year's figure is the part.
        const bool thisYearsPart = s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0 &&
                                   ex.statements.at(ex.lists.at(s.list).total).cumulative &&
                                   containsAny(s.phrase, {u"新增", u"本年", u"当年", u"全年", u"本年度"});
        // Context: the sentence, the headings in force, and the lead of the list a part belongs to.
        // Built only when a field that needs it matches the phrase.
        QString context;
        auto contextText = [&]() -> const QString& {
            if (context.isEmpty()) {
                context = QStringView(text).sliced(s.sentenceStart, s.sentenceEnd - s.sentenceStart).toString();
                context += u' ';
                context += layout.sectionContext(s.quantity.start);
                if (s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0) {
                    context += u' ';
                    context += ex.statements.at(ex.lists.at(s.list).total).phrase;
                }
            }
            return context;
        };
        if (s.zeroWords) {
            // Zero in words may speak of several fields at once (复议、诉讼); match keywords only.
            for (int fi : m_catalogue.phraseFields()) {
                const FieldDef& f = m_catalogue.fields().at(fi);
                if (f.zero && f.matchesKeywords(s.phrase)) {
                    ex.candidates[f.key].append(int(i));
                    if (s.field.isEmpty()) {
                        s.field = f.key;
                    }
                }
            }
            continue;
        }
        const FieldDef* chosen = nullptr;
        const quint64 bloom = Keyword::bloomOf(s.phrase);
        for (int fi : m_catalogue.phraseFields()) {
            const FieldDef& f = m_catalogue.fields().at(fi);
            if (!f.acceptsUnit(s.quantity.unit)) {
                continue;
            }
            if (f.totalRole && s.role == Statement::Role::Part && !thisYearsPart && !partOfUnrelatedTotal) {
                continue;
            }
            if (f.matchesPhrase(s.phrase, bloom) && (f.context.isEmpty() || f.matchesContext(contextText()))) {
                chosen = &f;
                break;
            }
        }
        if (!chosen && isGenericDisclosureClause(s.phrase) && s.sentenceStart > 0) {
            // "三是编制发行《公报》。2018年发布政府信息189条": the channel is in the sentence before.
            const auto [ps, pe] = layout.sentenceAt(s.sentenceStart - 1);
            if (layout.lineAt(ps) == s.line) {
                const QString borrowed = QStringView(text).sliced(ps, pe - ps).toString() + s.phrase;
                for (int fi : m_catalogue.phraseFields()) {
                    const FieldDef& f = m_catalogue.fields().at(fi);
                    if (f.fallback && f.acceptsUnit(s.quantity.unit) && f.matchesPhrase(borrowed)) {
                        chosen = &f;
                        break;
                    }
                }
            }
        }
        if (chosen) {
            s.field = chosen->key;
            ex.candidates[chosen->key].append(int(i));
        }
    }
    // A list total that says no more than 合计/共计 is the field its parts add up to ('parent').
    for (const StatementList& list : std::as_const(ex.lists)) {
        if (list.total < 0 || !ex.statements.at(list.total).field.isEmpty()) {
            continue;
        }
        Statement& t = ex.statements[list.total];
        if (!t.inBody || t.cumulative || !t.thisYear()) {
            continue;
        }
        // Only a total that says no more than 合计/共计 takes its parts' parent field.
        {
            const QStringView phrase(t.phrase);
            if (!isBareClause(phrase.first(std::max<qsizetype>(0, phrase.indexOf(u'\u2026'))))) {
                continue;
            }
        }
        QString parent;
        bool agree = true;
        for (int p : list.parts) {
            const QString& key = ex.statements.at(p).field;
            const FieldDef* def = key.isEmpty() ? nullptr : m_catalogue.find(key);
            if (!def) {
                continue;
            }
            if (parent.isEmpty()) {
                parent = def->parent;
            } else if (def->parent != parent) {
                agree = false;
            }
        }
        const FieldDef* def = parent.isEmpty() ? nullptr : m_catalogue.find(parent);
        if (agree && def && def->acceptsUnit(t.quantity.unit)) {
            t.field = parent;
            QList<int>& c = ex.candidates[parent];
            c.append(list.total);
            std::sort(c.begin(), c.end());
        }
    }
}

void Extractor::chooseFields(const Document& doc, Extraction& ex) const
{
    for (const FieldDef& f : m_catalogue.fields()) {
        const auto it = ex.candidates.constFind(f.key);
        if (it == ex.candidates.cend() || it->isEmpty()) {
            continue;
        }
        // A figure beats zero in words; otherwise the first statement wins.
        int best = -1;
        for (int si : *it) {
            if (!ex.statements.at(si).zeroWords) {
                best = si;
                break;
            }
        }
        if (best < 0) {
            best = it->first();
        }
        const Statement& s = ex.statements.at(best);
        ExtractedField field;
        field.key = f.key;
        field.value = s.quantity.value;
        field.unit = s.zeroWords || s.quantity.unit.isEmpty() ? f.unit : s.quantity.unit;
        field.approx = s.quantity.approx;
        field.statement = best;
        std::tie(field.start, field.end) = doc.originalSpan(s.quantity.start, s.quantity.end);
        ex.fields.append(field);
    }
    for (const FieldDef& f : m_catalogue.fields()) {
        if (f.fillFrom.isEmpty() || ex.field(f.key)) {
            continue;
        }
        for (const FieldDef::FillFrom& from : f.fillFrom) {
            const ExtractedField* source = ex.field(from.field);
            if (!source || source->statement < 0) {
                continue;
            }
            const QString& phrase = ex.statements.at(source->statement).phrase;
            if (std::any_of(from.phrase.cbegin(), from.phrase.cend(),
                            [&](const QString& w) { return phrase.contains(w); })) {
                ExtractedField copy = *source;
                copy.key = f.key;
                ex.fields.append(copy);
                break;
            }
        }
    }
}

void Extractor::findYearAndRegion(const Document& doc, const Layout& layout, Extraction& ex) const
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

    // Region: the issuer in the title line, else the name most often written before (人民)政府.
    auto isRegionSuffix = [](QChar c) {
        return c == u'市' || c == u'县' || c == u'区' || c == u'州' || c == u'旗' || c == u'盟' || c == u'省' ||
               c == u'镇' || c == u'乡';
    };
    // A name never starts with a verb or preposition: "通过县政府信息公开网" does not name 通过县.
    auto startsLikeName = [](const QString& name) {
        static const QString notFirst = QStringLiteral("通在由向对经按据从与和及请为将把被于至");
        return !name.isEmpty() && !notFirst.contains(name.at(0));
    };
    if (titleLine >= 0 && titleYear) {
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
            if (above.size() >= 2 && above.size() <= 24 && std::all_of(above.begin(), above.end(), isHan)) {
                head = above;
                headStart = pl.start + QStringView(text).sliced(pl.start, pl.end - pl.start).indexOf(above);
            }
        }
        if (head.size() >= 2 && head.size() <= 24 && std::all_of(head.begin(), head.end(), isHan)) {
            ex.region = head.toString();
            std::tie(ex.regionStart, ex.regionEnd) = doc.originalSpan(headStart, headStart + head.size());
            return;
        }
    }
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

} // namespace jiaohe
