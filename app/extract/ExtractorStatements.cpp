// SPDX-License-Identifier: GPL-3.0-or-later
// The first pass: every quantity of the text as a statement with its phrase, and figures of other years.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <algorithm>
#include <limits>

namespace jiaohe {

using namespace extractor;

namespace {

// Every count and percentage of the text (and a bare 0 after 为/是/:) as a statement with its bounds; the
// years go to the extraction's year mentions.
void collectStatements(const QString& text, const Layout& layout, Extraction& ex)
{
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
}

} // namespace

void Extractor::buildStatements(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    collectStatements(text, layout, ex);
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
        auto otherYearAt = [&](QStringView part, bool atEnd) {
            // "2014年" at the end (or start) of part, naming a year other than the report's
            if (part.size() < 5) {
                return false;
            }
            const QStringView y = atEnd ? part.last(5) : part.first(5);
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

} // namespace jiaohe
