// SPDX-License-Identifier: GPL-3.0-or-later
// The zero pass: zero stated in words (没有…的情况, 未收取, 无, 均为零) as statements.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <algorithm>
#include <array>

namespace jiaohe {

using namespace extractor;

namespace {

void addZero(const QString& text, const Layout& layout, Extraction& ex, qsizetype start, qsizetype end,
             const QString& phrase, int line)
{
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
}

// The same span found by two cues (均未 inside 均未收取) counts once.
bool alreadyCovered(const Extraction& ex, qsizetype from, qsizetype to)
{
    for (const Statement& s : std::as_const(ex.statements)) {
        if (s.zeroWords && s.quantity.start <= from && s.quantity.end >= to) {
            return true;
        }
    }
    return false;
}

// A heading whose body is just 无: "四、复议、诉讼和申诉情况\n无".
void findEmptySections(const QString& text, const Layout& layout, Extraction& ex)
{
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
        addZero(text, layout, ex, at, at + (trimmed.startsWith(u"暂无") || trimmed.startsWith(u"没有") ? 2 : 1),
                layout.headings().at(lines.at(prev).heading).title, li);
    }
}

// Zero after its subject at c (为零, 是零, 为〇): "收费为零", "行政复议和行政诉讼案件均为零": the subject runs back to
// the sentence start (ss) or the last ';'.
void addTrailingZero(const QString& text, const Layout& layout, Extraction& ex, qsizetype c, qsizetype ss, int line)
{
    qsizetype from = c;
    while (from > ss && text.at(from - 1) != u';' && text.at(from - 1) != u',') {
        --from;
    }
    const QStringView subject = QStringView(text).sliced(from, c - from);
    if (std::any_of(subject.begin(), subject.end(), [](QChar ch) { return ch.isDigit(); }) ||
        alreadyCovered(ex, c, c + 2)) {
        return;
    }
    qsizetype start = c;
    if (start > from && (text.at(start - 1) == u'均' || text.at(start - 1) == u'都' || text.at(start - 1) == u'皆')) {
        --start;
    }
    addZero(text, layout, ex, start, c + 2, subject.toString() + QStringView(text).sliced(c, 2).toString(), line);
}

// 未/没/无 at c with a fee or appeal word close behind, in the same clause and with no number between: the
// end of that clause, else -1.
qsizetype nearSubjectEnd(const QString& text, qsizetype c, qsizetype se)
{
    // Subjects a bare 未/没/无 may govern within a few characters.
    static const std::array<std::u16string_view, 5> nearSubjects = {u"收取", u"收费", u"费用", u"复议", u"诉讼"};
    qsizetype limit = c + 1;
    while (limit < se && limit - c <= 16 && !(Layout::isClauseEnd(text.at(limit)) && text.at(limit) != u'、')) {
        ++limit;
    }
    const QStringView window = QStringView(text).sliced(c, limit - c);
    if (std::any_of(window.begin(), window.end(), [](QChar ch) { return ch.isDigit(); })) {
        return -1;
    }
    for (std::u16string_view w : nearSubjects) {
        if (window.contains(QStringView(w.data(), qsizetype(w.size())))) {
            return limit;
        }
    }
    return -1;
}

} // namespace

void Extractor::findZeroStatements(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    findEmptySections(text, layout, ex);
    // Zero before its subject: 没有因政府信息公开申请行政复议、提起行政诉讼的情况 / 未收取任何费用 /
    // 未收到…申请 / 无行政复议和行政诉讼案件 / 未向申请人收取…费用.
    static const std::array<std::u16string_view, 12> cues = {u"没有",   u"未发生", u"未出现", u"未收到",
                                                             u"未受理", u"未接到", u"未产生", u"未收取",
                                                             u"均未",   u"无因",   u"无收费", u"不存在因"};
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
        if (trailingZero) {
            addTrailingZero(text, layout, ex, c, ss, line);
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
            if (const qsizetype near = nearSubjectEnd(text, c, se); near >= 0) {
                cueLength = 1;
                end = near;
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
        if (!alreadyCovered(ex, c, end)) {
            addZero(text, layout, ex, c, end, phrase.toString(), line);
        }
        c += cueLength - 1;
    }
    std::stable_sort(ex.statements.begin(), ex.statements.end(),
                     [](const Statement& a, const Statement& b) { return a.quantity.start < b.quantity.start; });
}

} // namespace jiaohe
