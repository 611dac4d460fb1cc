// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormaliser.h"

#include "common/CharClass.h"
#include "common/TextShape.h"

#include <algorithm>
#include <cmath>
#include <optional>
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

QList<bool> fullLinesOf(QStringView text, const QList<PdfCharBox>& boxes)
{
    struct Edge
    {
        bool known = false;
        double left = 0, right = 0, top = 0, em = 0;
        double firstWord = 0; // the width of the line's first word: an ideograph, or a run of letters and digits
    };
    // In tenths of a point, as the database keeps the boxes: a report checked again from its stored boxes joins the
    // same lines as when it was read from the file.
    auto tenths = [](float v) { return double(std::llround(double(v) * 10.0)) / 10.0; };
    QList<Edge> edges;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end;
        Edge e;
        bool inFirstWord = true;
        for (qsizetype k = start; k < end && k < boxes.size(); ++k) {
            const PdfCharBox& b = boxes.at(k);
            if (b.isEmpty()) {
                inFirstWord = inFirstWord && !e.known;
                continue;
            }
            // A wide punctuation mark counts where it starts: a line may hang one past its column's edge, and one
            // that ends a full line inside the column leaves the room of a character, no more.
            const bool mark = isWide(text.at(k)) && text.at(k).isPunct();
            const double right = tenths(b.x) + (mark ? 0.0 : tenths(b.width));
            if (!e.known) {
                e = Edge{true, tenths(b.x), right, tenths(b.y), tenths(b.height), 0};
            }
            e.right = std::max(e.right, right);
            if (inFirstWord) {
                e.firstWord = right - e.left;
                inFirstWord = !isWide(text.at(k)) && k + 1 < end && !isWide(text.at(k + 1));
            }
        }
        edges.append(e);
        start = end + 1;
    }
    // A line is full when the next line's first word would not have fitted after it, short of its column's right
    // edge: the nearest right edge, at or beyond the line's end, that two lines near it of the same left edge reach
    // (justified text: every full line; ragged text: the longer ones). Full lines of the page above a column start
    // at the same left edge, but their edge lies farther out.
    auto sameColumn = [](const Edge& a, const Edge& b) {
        return a.known && b.known && std::abs(a.top - b.top) < 8 * a.em && std::abs(a.left - b.left) < 3 * a.em;
    };
    QList<bool> full(edges.size(), false);
    for (qsizetype i = 0; i + 1 < edges.size(); ++i) {
        const Edge& e = edges.at(i);
        const Edge& next = edges.at(i + 1);
        if (!sameColumn(e, next) || next.top <= e.top) {
            continue;
        }
        QList<double> rights;
        for (qsizetype j = std::max<qsizetype>(0, i - 4); j < edges.size() && j <= i + 4; ++j) {
            if (j == i || sameColumn(e, edges.at(j))) {
                rights.append(edges.at(j).right);
            }
        }
        std::sort(rights.begin(), rights.end());
        std::optional<double> columnRight;
        for (qsizetype k = 0; k < rights.size() && !columnRight; ++k) {
            const double r = rights.at(k);
            const auto reaching =
                std::count_if(rights.begin(), rights.end(), [&](double x) { return std::abs(x - r) < 0.5 * e.em; });
            if (r >= e.right - 0.25 * e.em && reaching >= 2) {
                columnRight = r;
            }
        }
        full[i] = columnRight && *columnRight - e.right < next.firstWord + 0.25 * e.em;
    }
    return full;
}

NormalisedText joinWrappedLines(NormalisedText in, const QList<bool>& fullLines)
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
        const bool fullInColumn = fullLines.size() == lines.size() && fullLines.at(i);
        if (l.length == 0 || l.pageNumber || (l.length * 10 < usual * 7 && !fullInColumn)) {
            continue;
        }
        const qsizetype textEnd = l.start + l.indent + l.length;
        const QStringView lineText = QStringView(t).sliced(l.start + l.indent, l.length);
        // A line full to its column's edge that ends with ；or ： goes on (its list does); 。 still ends it.
        const QChar last = t.at(textEnd - 1);
        const bool listGoesOn = fullInColumn && (last == u'；' || last == u';' || last == u'：' || last == u':');
        if ((endsSentence(last) && !listGoesOn) || looksLikeTableRow(lineText)) {
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
