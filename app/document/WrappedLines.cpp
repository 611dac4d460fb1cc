// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormaliser.h"

#include "common/CharClass.h"
#include "common/TextShape.h"

#include <algorithm>
#include <string_view>

// joinWrappedLines: the line breaks a layout put in the middle of a sentence, taken out of the matching copy.

namespace jiaohe {

namespace {

struct LineInfo
{
    qsizetype start = 0;  // first character
    qsizetype end = 0;    // the '\n' (or the text end)
    qsizetype indent = 0; // leading spaces
    qsizetype length = 0; // without leading and trailing spaces
    bool pageNumber = false;
};

bool endsSentence(QChar c)
{
    static constexpr std::u16string_view enders = u"。!?！？;；:：";
    return enders.find(c.unicode()) != std::u16string_view::npos;
}

// "一、", "(一)", "1.", "(1)", "第一" at the start of a line.
bool startsHeading(QStringView s)
{
    if (s.isEmpty()) {
        return false;
    }
    static constexpr std::u16string_view numerals = u"一二三四五六七八九十";
    const QChar c = s.at(0);
    if (c == u'(') {
        // "(一)", "(1)": a numbered heading; "(以下简称…)" is text going on.
        const qsizetype close = s.indexOf(u')');
        if (close < 2 || close > 4) {
            return false;
        }
        const QStringView inner = s.sliced(1, close - 1);
        return std::all_of(inner.begin(), inner.end(), [](QChar ch) {
            return ch.isDigit() || numerals.find(ch.unicode()) != std::u16string_view::npos;
        });
    }
    if (c == u'第') {
        // "第一部分", "第二章": a part heading; "第三方…" is not.
        qsizetype i = 1;
        while (i < s.size() && i < 4 && numerals.find(s.at(i).unicode()) != std::u16string_view::npos) {
            ++i;
        }
        const QStringView rest = s.sliced(i);
        return i > 1 && (rest.startsWith(u"部分") || rest.startsWith(u'章') || rest.startsWith(u'节'));
    }
    if (numerals.find(c.unicode()) != std::u16string_view::npos) {
        qsizetype i = 0;
        while (i < s.size() && i < 3 && numerals.find(s.at(i).unicode()) != std::u16string_view::npos) {
            ++i;
        }
        return i < s.size() && (s.at(i) == u'、' || s.at(i) == u'.');
    }
    if (c.isDigit()) {
        qsizetype i = 0;
        while (i < s.size() && s.at(i).isDigit()) {
            ++i;
        }
        return i < s.size() && (s.at(i) == u'.' || s.at(i) == u'、') && !(i + 1 < s.size() && s.at(i + 1).isDigit());
    }
    return false;
}

} // namespace

NormalisedText joinWrappedLines(NormalisedText in)
{
    const QString& t = in.text;
    QList<LineInfo> lines;
    for (qsizetype start = 0; start <= t.size();) {
        qsizetype end = t.indexOf(u'\n', start);
        if (end < 0) {
            end = t.size();
        }
        LineInfo l;
        l.start = start;
        l.end = end;
        qsizetype a = start;
        while (a < end && isBlank(t.at(a))) {
            ++a;
        }
        qsizetype b = end;
        while (b > a && isBlank(t.at(b - 1))) {
            --b;
        }
        l.indent = a - start;
        l.length = b - a;
        const QStringView body = QStringView(t).sliced(a, b - a);
        // Page numbers: "-1-", "— 1 —" (GB/T 9704), "第1页 共3页", "1/3".
        l.pageNumber = l.length > 0 && l.length <= 12 &&
                       std::all_of(body.begin(), body.end(),
                                   [](QChar c) {
                                       return c.isDigit() || c == u'-' || c == u' ' || c == u'第' || c == u'页' ||
                                              c == u'/' || c == u'共' || c == QChar(0x2014) || c == QChar(0x2013) ||
                                              c == QChar(0x2015) || c == QChar(0x2212) || c == QChar(0x2500) ||
                                              c == QChar(0x3000);
                                   }) &&
                       std::any_of(body.begin(), body.end(), [](QChar c) { return c.isDigit(); });
        lines.append(l);
        start = end + 1;
    }
    // The usual length of a full line: the 75th percentile of the non-empty lines.
    QList<qsizetype> lengths;
    for (const LineInfo& l : std::as_const(lines)) {
        if (l.length > 0 && !l.pageNumber) {
            lengths.append(l.length);
        }
    }
    if (lengths.size() < 8) {
        return in; // too little text to tell wrapping from short lines
    }
    std::sort(lengths.begin(), lengths.end());
    const qsizetype usual = lengths.at(lengths.size() * 3 / 4);
    // Paragraph-per-line text (usual line of 150 characters or more) is not wrapped.
    if (usual > 120) {
        return in;
    }
    // Ranges of the matching copy to drop: from the end of a wrapped line's text to the start of the
    // next line's text.
    QList<std::pair<qsizetype, qsizetype>> drops;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const LineInfo& l = lines.at(i);
        if (l.length == 0 || l.pageNumber || l.length * 10 < usual * 7) {
            continue;
        }
        const qsizetype textEnd = l.start + l.indent + l.length;
        const QStringView lineText = QStringView(t).sliced(l.start + l.indent, l.length);
        if (endsSentence(t.at(textEnd - 1)) || looksLikeTableRow(lineText)) {
            continue;
        }
        // A title ends where it says what it is (…年度报告, …工作报告): no sentence runs on after 报告.
        if (lineText.endsWith(u"报告") || lineText.endsWith(u"報告")) {
            continue;
        }
        // A heading standing alone ("四、行政复议、行政诉讼情况") is not wrapped; a heading followed by
        // its paragraph on the same line ("(一)主动公开情况。主要通过…") may be.
        if (startsHeading(lineText) && !lineText.contains(u'。') && !lineText.contains(u',')) {
            continue;
        }
        // The next line with text, passing blank lines and page numbers.
        qsizetype j = i + 1;
        while (j < lines.size() && (lines.at(j).length == 0 || lines.at(j).pageNumber) && j - i <= 4) {
            ++j;
        }
        if (j >= lines.size() || lines.at(j).length == 0 || lines.at(j).pageNumber) {
            continue;
        }
        const LineInfo& next = lines.at(j);
        const QStringView nextText = QStringView(t).sliced(next.start + next.indent, next.length);
        if (next.indent >= 2 && next.indent > l.indent) {
            continue; // an indented first line: a new paragraph
        }
        if (startsHeading(nextText) || looksLikeTableRow(nextText)) {
            continue;
        }
        drops.append({textEnd, next.start + next.indent});
    }
    if (drops.isEmpty()) {
        return in;
    }
    NormalisedText out;
    out.traditionalCharacters = in.traditionalCharacters;
    out.text.reserve(t.size());
    out.toOriginal.reserve(t.size() + 1);
    qsizetype pos = 0;
    for (const auto& [from, to] : std::as_const(drops)) {
        out.text.append(QStringView(t).sliced(pos, from - pos));
        out.toOriginal.append(in.toOriginal.mid(pos, from - pos));
        pos = to;
    }
    out.text.append(QStringView(t).sliced(pos));
    out.toOriginal.append(in.toOriginal.mid(pos));
    return out;
}

} // namespace jiaohe
