// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableLine.h"

#include "common/CharClass.h"

#include <cmath>
#include <string_view>

namespace jiaohe::tables {

QString squeeze(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!isBlank(c)) {
            out.append(c);
        }
    }
    return out;
}

namespace {

bool isBlankMarker(QStringView t)
{
    if (t == u"/" || t == u"无" || t == u"\\" || t == u"／") {
        return true;
    }
    if (t.isEmpty() || t.size() > 3) {
        return false;
    }
    for (QChar c : t) {
        if (!isDash(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isPageNumberLine(QStringView squeezed)
{
    if (squeezed.isEmpty() || squeezed.size() > 12) {
        return false;
    }
    bool digit = false;
    bool decoration = false;
    for (QChar c : squeezed) {
        if (c.isDigit()) {
            digit = true;
        } else if (isDash(c) || c == u'第' || c == u'页' || c == u'共' || c == u'/') {
            decoration = true;
        } else {
            return false;
        }
    }
    return digit && decoration;
}

namespace {

// Three digits and no fourth: what follows a thousands separator.
bool isThousandsGroup(QStringView s)
{
    return s.size() >= 3 && s.at(0).isDigit() && s.at(1).isDigit() && s.at(2).isDigit() &&
           (s.size() == 3 || !s.at(3).isDigit());
}

} // namespace

qsizetype numberAt(QStringView s, double* value)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s.at(i) == u'+' || s.at(i) == u'-')) {
        negative = s.at(i) == u'-';
        ++i;
    }
    const qsizetype digitsStart = i;
    QString digits;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
            ++i;
        } else if (c == u',' && i > digitsStart && isThousandsGroup(s.sliced(i + 1))) {
            ++i; // "4,215"
        } else {
            break;
        }
    }
    if (digits.isEmpty()) {
        return 0;
    }
    if (i + 1 < s.size() && s.at(i) == u'.' && s.at(i + 1).isDigit()) {
        digits.append(u'.');
        ++i;
        while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128) {
            digits.append(s.at(i));
            ++i;
        }
    }
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok) {
        return 0;
    }
    *value = negative ? -v : v;
    return i;
}

namespace {

// A cell's text: a number, optionally followed by a measure word and a note in brackets
// ("22(其中修订16件)"), or a blank marker. Returns false for labels.
bool parseCellText(QStringView t, qsizetype offset, int line, RawCell* cell)
{
    cell->line = line;
    if (isBlankMarker(t)) {
        cell->blank = true;
        cell->value = 0;
        cell->start = offset;
        cell->end = offset + t.size();
        return true;
    }
    double v = 0;
    const qsizetype n = numberAt(t, &v);
    if (n == 0) {
        return false;
    }
    QStringView rest = t.sliced(n);
    for (std::u16string_view unit : {u"万元", u"件", u"项", u"元", u"条", u"个"}) {
        const QStringView u(unit.data(), qsizetype(unit.size()));
        if (rest.startsWith(u)) {
            rest = rest.sliced(u.size());
            break;
        }
    }
    if (!rest.isEmpty() && !(rest.startsWith(u'(') && rest.endsWith(u')'))) {
        return false;
    }
    cell->blank = false;
    cell->value = v;
    cell->start = offset;
    cell->end = offset + n;
    return true;
}

} // namespace

namespace {

// A part of a tab-separated row holding several cells separated by spaces: every space-separated token
// must be a cell, else it is no list of cells (empty).
QList<RawCell> splitCells(QStringView t, qsizetype offset, int line)
{
    QList<RawCell> cells;
    for (qsizetype i = 0; i < t.size();) {
        if (isBlank(t.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < t.size() && !isBlank(t.at(j))) {
            ++j;
        }
        RawCell cell;
        if (!parseCellText(t.sliced(i, j - i), offset + i, line, &cell)) {
            return {};
        }
        cells.append(cell);
        i = j;
    }
    return cells.size() >= 2 ? cells : QList<RawCell>();
}

} // namespace

namespace {

// A web-page row: cells and label parts separated by tabs; an empty part after a label or a cell is a blank cell.
void readTabbedLine(QStringView text, const PhysicalLine& l, int index, QStringView body, TableLine& out)
{
    bool seen = false;               // a label or a cell before: an empty part after it is a blank cell
    qsizetype cellsBeforeLabel = -1; // cells read when the first label part came
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype end = body.indexOf(u'\t', pos);
        if (end < 0) {
            end = body.size();
        }
        QStringView part = body.sliced(pos, end - pos);
        qsizetype a = 0;
        while (a < part.size() && isBlank(part.at(a))) {
            ++a;
        }
        qsizetype b = part.size();
        while (b > a && isBlank(part.at(b - 1))) {
            --b;
        }
        const QStringView t = part.sliced(a, b - a);
        RawCell cell;
        if (const QString sq = squeeze(t); sq.size() >= 3 && isPageNumberLine(sq) &&
                                           ((isDash(sq.front()) && isDash(sq.back())) || sq.endsWith(u'页'))) {
            // A page number that PDF text put on the line of a cell label at the page's foot ("- 3 -").
        } else if (t.isEmpty()) {
            if (seen) {
                cell.blank = true;
                cell.start = cell.end = l.start + pos;
                cell.line = index;
                out.cells.append(cell);
            }
        } else if (parseCellText(t, l.start + pos + a, index, &cell)) {
            out.cells.append(cell);
            seen = true;
        } else if (QList<RawCell> several = splitCells(t, l.start + pos + a, index); !several.isEmpty()) {
            // Two narrow columns whose numbers came out one space apart ("0 0" from a PDF).
            out.cells.append(several);
            seen = true;
        } else {
            out.label += squeeze(t);
            if (cellsBeforeLabel < 0) {
                cellsBeforeLabel = out.cells.size();
            }
            seen = true;
        }
        pos = end + 1;
    }
    // A leading 序号 column ("3\t(一)予以公开\t17\t2…"): one whole number before the row's label
    // with the row's cells after it is the row's number, not a cell.
    if (cellsBeforeLabel == 1 && out.cells.size() > 1 && !out.cells.first().blank &&
        out.cells.first().value == std::floor(out.cells.first().value) &&
        !text.sliced(out.cells.first().start, out.cells.first().end - out.cells.first().start).contains(u'.')) {
        out.cells.removeFirst();
    }
    // Empty parts are cells only on a line that has some number or marker.
    bool any = false;
    for (const RawCell& c : std::as_const(out.cells)) {
        any = any || c.end > c.start;
    }
    if (!any) {
        out.cells.clear();
    }
}

// Space-separated: tokens; the cells are the trailing run of cell tokens (a number inside the
// label, "1.属于国家秘密", or before a word, "2023 年", is no cell).
void readSpacedLine(const PhysicalLine& l, int index, QStringView body, const QString& squeezed, TableLine& out)
{
    struct Token
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Token> tokens;
    for (qsizetype i = 0; i < body.size();) {
        if (isBlank(body.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        int depth = 0;
        // Only a number's note may hold spaces ("22(其中 修订16件)"); a label's bracket may stay open.
        const bool number = body.at(i).isDigit() || body.at(i) == u'+' || body.at(i) == u'-';
        while (j < body.size() && (depth > 0 || !isBlank(body.at(j)))) {
            if (body.at(j) == u'(' && number) {
                ++depth;
            } else if (body.at(j) == u')' && depth > 0) {
                --depth;
            }
            ++j;
        }
        tokens.append({i, j});
        i = j;
    }
    // Token k as a cell; false when it is none. A bracketed note holding spaces was squeezed: the span stays on
    // the number as written.
    auto cellAt = [&](qsizetype k, RawCell* cell) {
        const QStringView t = body.sliced(tokens.at(k).start, tokens.at(k).end - tokens.at(k).start);
        if (!parseCellText(squeeze(t), l.start + tokens.at(k).start, index, cell)) {
            return false;
        }
        if (!cell->blank) {
            double v = 0;
            cell->end = cell->start + numberAt(t, &v);
        }
        return true;
    };
    qsizetype firstCell = tokens.size();
    QList<RawCell> cells;
    for (qsizetype k = tokens.size() - 1; k >= 0; --k) {
        RawCell cell;
        if (!cellAt(k, &cell)) {
            break;
        }
        cells.prepend(cell);
        firstCell = k;
    }
    qsizetype labelEnd = firstCell;
    qsizetype labelStart = 0;
    if (cells.isEmpty()) {
        // Labels after the numbers ("38  5  0  0  1  2  46  一、本年新收…", right-aligned tables): the
        // leading run of cells, when a label follows that is no sentence.
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            RawCell cell;
            if (!cellAt(k, &cell)) {
                break;
            }
            cells.append(cell);
            labelStart = k + 1;
        }
        if (labelStart == tokens.size() || squeezed.contains(u'。')) {
            cells.clear();
            labelStart = 0;
        }
        out.labelAfter = !cells.isEmpty();
        labelEnd = tokens.size();
    }
    out.cells = cells;
    for (qsizetype k = labelStart; k < labelEnd; ++k) {
        out.label += body.sliced(tokens.at(k).start, tokens.at(k).end - tokens.at(k).start);
    }
}

} // namespace

TableLine readLine(QStringView text, const PhysicalLine& l, int index)
{
    TableLine out;
    out.line = index;
    const QStringView body = text.sliced(l.start, l.end - l.start);
    const QString squeezed = squeeze(body);
    if (squeezed.isEmpty()) {
        out.blankLine = true;
        return out;
    }
    if (isPageNumberLine(squeezed)) {
        return out; // neither cells nor label
    }
    if (body.contains(u'\t')) {
        out.tabbed = true;
        readTabbedLine(text, l, index, body, out);
    } else {
        readSpacedLine(l, index, body, squeezed, out);
    }
    return out;
}

RawCell blankCell(qsizetype at, int line)
{
    RawCell blank;
    blank.blank = true;
    blank.start = blank.end = at;
    blank.line = line;
    return blank;
}

bool matchesWords(QStringView label, const QStringList& words)
{
    if (label.isEmpty()) {
        return false;
    }
    for (const QString& w : words) {
        if (w.startsWith(u'=')) {
            if (label.endsWith(QStringView(w).sliced(1))) {
                return true;
            }
        } else if (!w.isEmpty() && label.contains(w)) {
            return true;
        }
    }
    return false;
}

} // namespace jiaohe::tables
