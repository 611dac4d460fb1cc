// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jiaohe::pdf {

double median(QList<double> values, double fallback)
{
    if (values.isEmpty()) {
        return fallback;
    }
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
}

namespace {

double verticalOverlap(const QRectF& box, double top, double bottom)
{
    return std::min(box.bottom(), bottom) - std::max(box.top(), top);
}

} // namespace

// The page's lines top to bottom, each with its glyphs left to right. A glyph joins a line when it
// overlaps the line's band by half its height or more: punctuation drawn low (，。、) or high (“)
// stays on its line; the lines of a table cell wrapped at 1.2 line heights do not merge.
QList<Line> buildLines(QList<Glyph> glyphs)
{
    std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.cy() < b.cy(); });
    QList<Line> lines;
    for (const Glyph& g : std::as_const(glyphs)) {
        const double h = g.box.height();
        Line* best = nullptr;
        double bestRatio = 0.5;
        for (qsizetype k = lines.size() - 1; k >= 0 && k >= lines.size() - 3; --k) {
            Line& line = lines[k];
            const double ratio =
                verticalOverlap(g.box, line.top, line.bottom) / std::max(0.01, std::min(h, line.bottom - line.top));
            if (ratio >= bestRatio && std::abs(g.cy() - line.cy()) < 0.75 * std::max(h, line.bottom - line.top)) {
                best = &line;
                bestRatio = ratio;
            }
        }
        if (!best) {
            lines.append(Line{{}, g.box.top(), g.box.bottom()});
            best = &lines.last();
        } else if (h >= 0.6 * (best->bottom - best->top)) {
            // Full-height glyphs make the band; small ones (punctuation) only join it. Relative to the
            // band, not the page: a page may hold body text and a table in a smaller size.
            best->top = std::min(best->top, g.box.top());
            best->bottom = std::max(best->bottom, g.box.bottom());
        }
        best->glyphs.append(g);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.cy() < b.cy(); });
    for (Line& line : lines) {
        std::stable_sort(line.glyphs.begin(), line.glyphs.end(),
                         [](const Glyph& a, const Glyph& b) { return a.box.left() < b.box.left(); });
        // The same character drawn twice at (almost) the same place: fake bold or a shadow.
        QList<Glyph> kept;
        kept.reserve(line.glyphs.size());
        for (const Glyph& g : std::as_const(line.glyphs)) {
            if (!kept.isEmpty() && kept.last().ch == g.ch) {
                const QRectF overlap = kept.last().box.intersected(g.box);
                if (overlap.width() * overlap.height() > 0.6 * g.box.width() * g.box.height()) {
                    continue;
                }
            }
            kept.append(g);
        }
        line.glyphs = std::move(kept);
    }
    return lines;
}

double pageEmOf(const QList<Glyph>& glyphs)
{
    QList<double> heights;
    QList<double> allHeights;
    for (const Glyph& g : glyphs) {
        allHeights.append(g.box.height());
        if (isHan(g.ch)) {
            heights.append(g.box.height());
        }
    }
    return std::max(1.0, median(heights.isEmpty() ? allHeights : heights, 10.0));
}

namespace {

// Whether the figure starting at glyph k (digits, with , and .) runs to the end of its cell: the line's end or a
// wide gap. "行政规范性文件12⎵⎵3" — not "申请25件", whose number a unit follows.
bool figureEndsCell(const QList<Glyph>& glyphs, qsizetype k, double em)
{
    qsizetype m = k + 1;
    while (m < glyphs.size() && (glyphs.at(m).ch.isDigit() || glyphs.at(m).ch == u',' || glyphs.at(m).ch == u'.')) {
        ++m;
    }
    return m == glyphs.size() || glyphs.at(m).box.left() - glyphs.at(m - 1).box.right() > 1.5 * em;
}

} // namespace

// Splits each line into cells at gaps wider than 1.5 characters, and at narrower gaps (from a third of a
// character: wider than the space some producers put between Chinese and Latin text) crossed by a rule.
QList<Row> buildRows(const QList<Line>& lines, double pageEm, RuledBorders& rules)
{
    QList<Row> rows;
    for (const Line& line : lines) {
        QList<double> heights;
        for (const Glyph& g : line.glyphs) {
            if (isHan(g.ch)) {
                heights.append(g.box.height());
            }
        }
        Row row;
        row.em = median(heights, pageEm);
        row.cy = line.cy();
        // A row of cells: a line with a wide gap, or a short one ending in a figure (a label and its one figure).
        bool tableRow = line.glyphs.size() <= 24 && !line.glyphs.isEmpty() && line.glyphs.last().ch.isDigit();
        for (qsizetype k = 1; k < line.glyphs.size() && !tableRow; ++k) {
            tableRow = line.glyphs.at(k).box.left() - line.glyphs.at(k - 1).box.right() > 1.5 * row.em;
        }
        for (qsizetype k = 0; k < line.glyphs.size(); ++k) {
            const Glyph& g = line.glyphs.at(k);
            const Glyph* prev = k == 0 ? nullptr : &line.glyphs.at(k - 1);
            const double gap = k == 0 ? 0 : g.box.left() - prev->box.right();
            // A narrower gap is a cell border when a rule is drawn in it: any gap of a third of a character, or
            // a smaller one where the source starts a new word (Chromium's table cells keep a pixel of padding).
            const bool narrow = gap > 0.3 * row.em || (g.spaceBefore && gap > 0.08 * row.em);
            // In a row of cells, a label and a figure that touch (collapsed borders, cells as wide as their text:
            // "行政规范性文件12") are two cells when a rule stands where they meet.
            const bool touching = tableRow && prev && !narrow && gap > -0.15 * row.em && g.ch.isDigit() &&
                                  !prev->ch.isDigit() && isWide(prev->ch) && figureEndsCell(line.glyphs, k, row.em);
            if (k == 0 || gap > 1.5 * row.em ||
                (narrow && rules.between(prev->box.right(), g.box.left(), line.top, line.bottom)) ||
                (touching &&
                 rules.between(std::min(prev->box.right(), g.box.left()) - 0.1 * row.em,
                               std::max(prev->box.right(), g.box.left()) + 0.1 * row.em, line.top, line.bottom))) {
                row.cells.append(Cell{});
            }
            row.cells.last().add(g);
        }
        if (!row.cells.isEmpty()) {
            rows.append(row);
        }
    }
    return rows;
}

} // namespace jiaohe::pdf
