// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace jiaohe::pdf {

// A cell holding a figure or a blank marker: digits with , . % + -, or a dash.
bool isFigureCell(const Cell& c)
{
    return !c.glyphs.isEmpty() && std::all_of(c.glyphs.begin(), c.glyphs.end(), [](const Glyph& g) {
        const char16_t u = g.ch.unicode();
        return g.ch.isDigit() || u == u',' || u == u'.' || u == u'%' || u == u'+' || isDash(u);
    });
}

namespace {

// A merged cell's text gathered over consecutive bands: a line of its own, before row `before`.
struct MergedLabel
{
    qsizetype before = 0; // the index of the row it goes before
    Row row;
    double left = 0;
    double right = 0;
    double bottom = 0; // the band it reaches so far
};

// The band between two horizontal borders that holds a ruled row: the row's figures and the lines wholly
// left of them (its members).
struct RuledBand
{
    double top = 0;
    double bottom = 0;
    double left = 0; // the leftmost glyph of the band
    QList<qsizetype> members;
};

// The band of row i whose figures start at cell f, when lines left of its figures lie close above or
// below it, horizontal borders run above and below its figures, and the lines between them have no
// figures of their own.
std::optional<RuledBand> ruledBandOf(const QList<Row>& rows, qsizetype i, qsizetype f, RuledBorders& rules)
{
    const Row& row = rows.at(i);
    const double em = row.em;
    const double figLeft = row.cells.at(f).box.left();
    const double figRight = row.cells.last().box.right();
    // Only when a line left of the figures lies close above or below (else nothing to join and no
    // page to draw).
    auto nearLine = [&](qsizetype j) {
        return j >= 0 && j < rows.size() && !rows.at(j).dropped && std::abs(rows.at(j).cy - row.cy) < 2.5 * em &&
               rows.at(j).box().right() < figLeft;
    };
    if (!nearLine(i - 1) && !nearLine(i + 1)) {
        return std::nullopt;
    }
    QRectF figs;
    for (qsizetype c = f; c < row.cells.size(); ++c) {
        figs = figs.united(row.cells.at(c).box);
    }
    RuledBand band;
    band.top = rules.horizontalFrom(figLeft, figRight, figs.top() - 0.5, 15 * em, -1);
    band.bottom = rules.horizontalFrom(figLeft, figRight, figs.bottom() + 0.5, 15 * em, 1);
    if (std::isnan(band.top) || std::isnan(band.bottom)) {
        return std::nullopt;
    }
    // The band's other lines: wholly left of the figures, no figures of their own.
    // (A label gathered from a vertical column is a line of its own already.)
    for (qsizetype j = i - 1; j >= 0 && rows.at(j).cy > band.top; --j) {
        if (!rows.at(j).vertical) {
            band.members.prepend(j);
        }
    }
    for (qsizetype j = i + 1; j < rows.size() && rows.at(j).cy < band.bottom; ++j) {
        if (!rows.at(j).vertical) {
            band.members.append(j);
        }
    }
    bool clean = true;
    for (qsizetype j : std::as_const(band.members)) {
        const Row& m = rows.at(j);
        clean =
            clean && !m.dropped && m.box().right() < figLeft && !(m.cells.size() >= 2 && isFigureCell(m.cells.last()));
    }
    if (band.members.isEmpty() || !clean) {
        return std::nullopt;
    }
    band.left = figLeft;
    for (qsizetype j : std::as_const(band.members)) {
        band.left = std::min(band.left, rows.at(j).box().left());
    }
    for (qsizetype c = 0; c < f; ++c) {
        band.left = std::min(band.left, row.cells.at(c).box.left());
    }
    return band;
}

// The glyphs of the band's lines left of the figures (the row's own line among them), top to bottom and
// each left to right, sorted into the columns between `edges`.
QList<Cell> columnsOf(const QList<Row>& rows, qsizetype i, qsizetype f, const QList<qsizetype>& order,
                      const QList<double>& edges)
{
    QList<Cell> columns(edges.size() - 1);
    auto place = [&](const Glyph& g) {
        const double x = g.box.center().x();
        for (qsizetype k = 0; k + 1 < edges.size(); ++k) {
            if (x >= edges.at(k) && x < edges.at(k + 1)) {
                columns[k].add(g);
                return;
            }
        }
        columns.last().add(g);
    };
    for (qsizetype j : order) {
        const Row& r = rows.at(j);
        const qsizetype n = j == i ? f : r.cells.size();
        for (qsizetype c = 0; c < n; ++c) {
            for (const Glyph& g : r.cells.at(c).glyphs) {
                place(g);
            }
        }
    }
    return columns;
}

// The column's text as a piece of a merged cell: continues the label of the band above in this column,
// or starts one before row `before`.
void addToLabel(QList<MergedLabel>& labels, const Cell& column, double l, double r, const RuledBand& band, double em,
                qsizetype before)
{
    for (MergedLabel& lab : labels) {
        if (std::abs(lab.left - l) < 0.5 * em && std::abs(lab.right - r) < 0.5 * em &&
            std::abs(lab.bottom - band.top) < 0.5 * em) {
            for (const Glyph& g : column.glyphs) {
                lab.row.cells.first().add(g);
            }
            lab.bottom = band.bottom;
            return;
        }
    }
    MergedLabel lab;
    lab.before = before;
    lab.row.em = em;
    lab.row.vertical = true;
    lab.row.cells.append(column);
    lab.row.cy = column.box.center().y();
    lab.left = l;
    lab.right = r;
    lab.bottom = band.bottom;
    labels.append(lab);
}

// The row's cells left of its figures, one per column closed by borders above and below; the text of a
// column left open goes to the merged labels.
QList<Cell> closedCells(const QList<Cell>& columns, const QList<double>& edges, const RuledBand& band, double em,
                        RuledBorders& rules, QList<MergedLabel>& labels, qsizetype before)
{
    QList<Cell> cells;
    for (qsizetype k = 0; k < columns.size(); ++k) {
        if (columns.at(k).glyphs.isEmpty()) {
            continue;
        }
        const double l = edges.at(k) + 1;
        const double r = edges.at(k + 1) - 1;
        const double slack = 0.3 * em;
        if (k == 0 || (rules.horizontalNear(l, r, band.top, slack) && rules.horizontalNear(l, r, band.bottom, slack))) {
            // The first column has no border on its left to bound it: it is closed when the cell
            // right of it is, as a table's first column usually is.
            if (k > 0 || rules.horizontalNear(edges.at(1) - 0.6 * em, edges.at(1) - 0.2 * em, band.top, slack)) {
                cells.append(columns.at(k));
                continue;
            }
        }
        // A merged cell: continues the label of the band above in this column, or starts one.
        addToLabel(labels, columns.at(k), l, r, band, em, before);
    }
    return cells;
}

} // namespace

// A ruled table row whose cells wrap over several lines (LibreOffice, Word and WPS squeeze label columns
// under a many-row header): its lines lie between the same two horizontal borders, drawn across its
// figures. The lines between them become one row: their text split into cells at the vertical borders
// crossing the whole band, each cell's lines joined in order. A cell not closed by a border above or below
// (a merged group label such as (三)不予公开 beside several rows) is no part of the row: its pieces in
// consecutive bands join into one line of its own, before the row where it starts.
void joinRuledRows(QList<Row>& rows, RuledBorders& rules)
{
    QList<MergedLabel> labels;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (row.dropped || row.vertical || row.cells.size() < 2) {
            continue;
        }
        qsizetype f = row.cells.size();
        while (f > 0 && isFigureCell(row.cells.at(f - 1))) {
            --f;
        }
        if (row.cells.size() - f < 2) {
            continue;
        }
        const std::optional<RuledBand> band = ruledBandOf(rows, i, f, rules);
        if (!band) {
            continue;
        }
        const double em = row.em;
        const double figLeft = row.cells.at(f).box.left();
        // Column edges: the vertical borders crossing the whole band left of the figures.
        QList<double> edges = rules.verticalRules(band->left - 2 * em, figLeft, band->top + 1, band->bottom - 1);
        edges.prepend(band->left - 2 * em);
        edges.append(figLeft);
        // Lines top to bottom (the row's own line among them), each left to right.
        QList<qsizetype> order = band->members;
        order.append(i);
        std::sort(order.begin(), order.end());
        const QList<Cell> columns = columnsOf(rows, i, f, order, edges);
        const QList<Cell> cells = closedCells(columns, edges, *band, em, rules, labels, order.first());
        for (qsizetype j : std::as_const(band->members)) {
            rows[j].dropped = true;
        }
        row.cells = cells + row.cells.mid(f);
    }
    std::stable_sort(labels.begin(), labels.end(),
                     [](const MergedLabel& a, const MergedLabel& b) { return a.before < b.before; });
    for (qsizetype k = labels.size() - 1; k >= 0; --k) {
        rows.insert(labels.at(k).before, labels.at(k).row);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

namespace {

bool overlapsAcross(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right();
}

} // namespace

// Table cells left empty leave no text, only a wider gap: the row's figures would move into the wrong
// columns. An empty cell goes back between two figures of a row where
//  - the nearest table row above or below (a few lines away at most) has figures in line with both and
//    figures between them (one empty cell for each), or else
//  - the table is ruled and two cell borders or more stand between two figures (one empty cell fewer
//    than borders; looked at only when the row's figures are unevenly spaced), or else
//  - the row is a long one (eight figures or more, table 4's fifteen columns of equal width) and the
//    gap is a whole multiple of its usual distance between figures.
void insertEmptyCells(QList<Row>& rows, RuledBorders& rules)
{
    auto isTableRow = [](const Row& r) { return !r.vertical && r.cells.size() >= 2; };
    auto figures = [](const Row& r) {
        QList<qsizetype> out;
        for (qsizetype k = 0; k < r.cells.size(); ++k) {
            if (isFigureCell(r.cells.at(k))) {
                out.append(k);
            }
        }
        return out;
    };
    QList<QList<std::pair<qsizetype, int>>> inserts(rows.size()); // before cell k, n empty cells
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        if (!isTableRow(row)) {
            continue;
        }
        const QList<qsizetype> mine = figures(row);
        if (mine.size() < 2) {
            continue;
        }
        // The nearest table rows above and below, passing up to two other lines.
        QList<const Row*> neighbours;
        for (int step : {-1, 1}) {
            for (qsizetype j = i + step, passed = 0; j >= 0 && j < rows.size() && passed <= 2; j += step, ++passed) {
                if (std::abs(rows.at(j).cy - row.cy) > 5 * row.em) {
                    break;
                }
                if (isTableRow(rows.at(j))) {
                    neighbours.append(&rows.at(j));
                    break;
                }
            }
        }
        QList<std::pair<qsizetype, int>> found;
        for (const Row* other : std::as_const(neighbours)) {
            const QList<qsizetype> theirs = figures(*other);
            // Each figure of this row in line with one figure of the other, in order.
            QList<qsizetype> match;
            qsizetype from = 0;
            for (qsizetype k : mine) {
                qsizetype m = from;
                while (m < theirs.size() && !overlapsAcross(other->cells.at(theirs.at(m)).box, row.cells.at(k).box)) {
                    ++m;
                }
                if (m == theirs.size()) {
                    break;
                }
                match.append(m);
                from = m + 1;
            }
            if (match.size() != mine.size()) {
                continue;
            }
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                const int between = int(match.at(k + 1) - match.at(k) - 1);
                if (between > 0 && mine.at(k + 1) == mine.at(k) + 1) {
                    found.append({mine.at(k + 1), between});
                }
            }
            break; // the nearest row that lines up decides
        }
        if (found.isEmpty()) {
            QList<double> gaps;
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                gaps.append(row.cells.at(mine.at(k + 1)).box.center().x() - row.cells.at(mine.at(k)).box.center().x());
            }
            const double least = *std::min_element(gaps.begin(), gaps.end());
            const bool uneven = std::any_of(gaps.begin(), gaps.end(), [&](double g) { return g > 1.5 * least; });
            QList<std::pair<qsizetype, int>> byRules;
            bool ruled = uneven;
            for (qsizetype k = 0; ruled && k + 1 < mine.size(); ++k) {
                const QRectF a = row.cells.at(mine.at(k)).box;
                const QRectF b = row.cells.at(mine.at(k + 1)).box;
                const int n =
                    rules.count(a.right(), b.left(), std::max(a.top(), b.top()), std::min(a.bottom(), b.bottom()));
                ruled = n >= 1;
                if (n >= 2 && mine.at(k + 1) == mine.at(k) + 1) {
                    byRules.append({mine.at(k + 1), n - 1});
                }
            }
            if (ruled) {
                found = byRules;
            }
        }
        if (found.isEmpty() && mine.size() >= 8) {
            QList<double> gaps;
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                gaps.append(row.cells.at(mine.at(k + 1)).box.center().x() - row.cells.at(mine.at(k)).box.center().x());
            }
            const double pitch = median(gaps, 0);
            bool regular = pitch > row.em;
            QList<std::pair<qsizetype, int>> byPitch;
            for (qsizetype k = 0; regular && k < gaps.size(); ++k) {
                const double n = std::round(gaps.at(k) / pitch);
                regular = n >= 1 && std::abs(gaps.at(k) - n * pitch) < 0.12 * pitch;
                if (regular && n >= 2 && mine.at(k + 1) == mine.at(k) + 1) {
                    byPitch.append({mine.at(k + 1), int(n) - 1});
                }
            }
            if (regular) {
                found = byPitch;
            }
        }
        inserts[i] = found;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto& list = inserts.at(i);
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            for (int n = 0; n < it->second; ++n) {
                rows[i].cells.insert(it->first, Cell{});
            }
        }
    }
}

} // namespace jiaohe::pdf
