// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/PdfText.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <cmath>
#include <limits>

// The reading order is rebuilt from the geometry of the glyphs alone: characters whose vertical centres
// agree within half a character height form one line; in a line a gap wider than 1.5 characters
// separates two table cells (a tab), a smaller one between two Latin letters or digits a word (a space).

namespace jiaohe::pdf {

namespace {

// The left edge of the page's running text: where its lines of text start (the leftmost start of a
// line of running text, one cell of eight characters or more); NaN when the page has none.
double textLeftOf(const QList<Row>& rows)
{
    double left = std::numeric_limits<double>::quiet_NaN();
    for (const Row& row : rows) {
        if (row.cells.size() == 1 && !row.vertical && row.cells.first().glyphs.size() >= 8) {
            const double x = row.cells.first().box.left();
            left = std::isnan(left) ? x : std::min(left, x);
        }
    }
    return left;
}

// Whether a line of running text starts with a paragraph's first-line indent (about two characters in
// from the text's left edge, as Chinese documents indent): the text says so with two ideographic
// spaces, so that the matching copy never joins the line with the one before (a title, a heading or a
// paragraph's last line as long as a full one, and no full stop).
bool isIndented(const Row& row, double textLeft)
{
    if (row.cells.size() != 1 || row.vertical || std::isnan(textLeft)) {
        return false;
    }
    const double indent = row.cells.first().box.left() - textLeft;
    return indent > 1.5 * row.em && indent < 4.5 * row.em;
}

void writeRows(PdfText& out, const QList<Row>& rows, double textLeft);

} // namespace

void layoutPage(PdfText& out, const QList<Glyph>& glyphs, RuledBorders& rules)
{
    const double pageEm = pageEmOf(glyphs);
    // Each region (the page's flow, or a column of running text) is read on its own; a paragraph's indent is
    // measured from the left edge of its column, or of the page's flow.
    QList<QList<Row>> regionRows;
    QList<Row> flowRows;
    const QList<Region> regions = readingRegions(glyphs, pageEm, rules);
    for (const Region& region : regions) {
        QList<Row> rows = buildRows(buildLines(region.glyphs), pageEm, rules);
        gatherVerticalLabels(rows);
        joinRuledRows(rows, rules);
        joinWrappedCells(rows);
        insertEmptyCells(rows, rules);
        if (!region.column) {
            flowRows += rows;
        }
        regionRows.append(std::move(rows));
    }
    const double flowLeft = textLeftOf(flowRows);
    for (qsizetype r = 0; r < regions.size(); ++r) {
        writeRows(out, regionRows.at(r), regions.at(r).column ? textLeftOf(regionRows.at(r)) : flowLeft);
    }
}

namespace {

void writeRows(PdfText& out, const QList<Row>& rows, double textLeft)
{
    auto separator = [&](QChar c) {
        out.text.append(c);
        out.boxes.append(PdfCharBox{});
    };
    for (const Row& row : std::as_const(rows)) {
        if (isIndented(row, textLeft)) {
            separator(QChar(0x3000));
            separator(QChar(0x3000));
        }
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (c > 0) {
                separator(u'\t');
            }
            const QList<Glyph>& cell = row.cells.at(c).glyphs;
            for (qsizetype k = 0; k < cell.size(); ++k) {
                const Glyph& g = cell.at(k);
                if (k > 0) {
                    const Glyph& prev = cell.at(k - 1);
                    const double gap = g.box.left() - prev.box.right();
                    const bool digits = prev.ch.isDigit() && g.ch.isDigit();
                    // The next line of a wrapped cell: below and back to the left.
                    const bool wrapped = g.box.top() > prev.box.bottom() && g.box.left() < prev.box.left();
                    // Narrow glyphs have wide side bearings: a gap alone makes a space only between two
                    // letters or digits, and never before closing punctuation (1.属于, 12%).
                    const bool words = prev.ch.isLetterOrNumber() && g.ch.isLetterOrNumber();
                    const bool closing = g.ch == u'.' || g.ch == u',' || g.ch == u'%' || g.ch == u':' || g.ch == u';' ||
                                         g.ch == u')' || g.ch == u'?' || g.ch == u'!';
                    if (!isWide(prev.ch) && !isWide(g.ch) && !closing &&
                        (wrapped || (g.spaceBefore && gap > 0.15 * row.em) ||
                         (words && gap > (digits ? 0.6 : 0.3) * row.em))) {
                        separator(u' '); // between Latin words or numbers; Chinese has no spaces
                    }
                }
                out.text.append(g.ch);
                out.boxes.append(
                    PdfCharBox{float(g.box.x()), float(g.box.y()), float(g.box.width()), float(g.box.height())});
            }
        }
        separator(u'\n');
    }
}

} // namespace

} // namespace jiaohe::pdf
