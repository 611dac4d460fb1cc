// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jiaohe::pdf {

namespace {

bool isLoneGlyphCell(const Cell& c)
{
    return c.glyphs.size() == 1 && isWide(c.glyphs.first().ch);
}

} // namespace

// A label written vertically in a merged table cell (三、本年度办理结果: one character per line, in a
// column of its own) lands as a one-character first cell on several rows. Such a column of three or
// more becomes one line of its own, before the row it starts on.
void gatherVerticalLabels(QList<Row>& rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).dropped || !isLoneGlyphCell(rows.at(i).cells.first())) {
            continue;
        }
        const double em = rows.at(i).em;
        const double x = rows.at(i).cells.first().box.center().x();
        QList<qsizetype> members = {i};
        double lastCy = rows.at(i).cy;
        for (qsizetype j = i + 1; j < rows.size() && rows.at(j).cy - lastCy < 3.5 * em; ++j) {
            const Cell& first = rows.at(j).cells.first();
            if (!rows.at(j).dropped && isLoneGlyphCell(first) && std::abs(first.box.center().x() - x) < 0.5 * em) {
                members.append(j);
                lastCy = rows.at(j).cy;
            }
        }
        if (members.size() < 3) {
            continue;
        }
        Row label;
        label.em = em;
        label.cy = rows.at(i).cy;
        label.vertical = true;
        label.cells.append(Cell{});
        // Its start may be written across ("三、" above 本 年 度 …): a short one-cell row just above, at the
        // column's own line pitch (a table's caption, 表三, stands further off).
        const double pitch = rows.at(members.at(1)).cy - rows.at(members.at(0)).cy;
        if (i > 0 && !rows.at(i - 1).dropped && rows.at(i - 1).cells.size() == 1 &&
            rows.at(i - 1).cells.first().glyphs.size() <= 3 &&
            rows.at(i).cy - rows.at(i - 1).cy < std::min(3.5 * em, 1.5 * pitch)) {
            const QRectF head = rows.at(i - 1).cells.first().box;
            if (head.left() - 0.5 * em <= x && x <= head.right() + 0.5 * em) {
                for (const Glyph& g : rows.at(i - 1).cells.first().glyphs) {
                    label.cells.first().add(g);
                }
                rows[i - 1].dropped = true;
            }
        }
        for (qsizetype m : std::as_const(members)) {
            Row& r = rows[m];
            label.cells.first().add(r.cells.first().glyphs.first());
            r.cells.removeFirst();
            r.dropped = r.cells.isEmpty();
        }
        rows.insert(i, label);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

namespace {

// A cell after the first whose text wraps over two lines while the row's other cells are centred
// between them (22（其中修订16 / 件） in a figure column): the row has nothing in that column, and the
// lines just above and below are one-cell rows that fit in the gap between two of its cells. They become
// the row's cell there.
void joinWrappedInnerCells(QList<Row>& rows)
{
    // The index of the row's cell after which `x` fits (between that cell and the next), or -1.
    auto slot = [](const Row& x, const Row& row) -> qsizetype {
        if (x.dropped || x.vertical || x.cells.size() != 1 || row.vertical || row.cells.size() < 2 ||
            std::abs(x.cy - row.cy) > 1.4 * row.em) {
            return -1;
        }
        const QRectF xb = x.cells.first().box;
        for (qsizetype k = 0; k + 1 < row.cells.size(); ++k) {
            if (xb.left() > row.cells.at(k).box.right() && xb.right() < row.cells.at(k + 1).box.left()) {
                return k;
            }
        }
        return -1;
    };
    for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
        Row& row = rows[i];
        const qsizetype k = slot(rows.at(i - 1), row);
        if (k < 0 || slot(rows.at(i + 1), row) != k ||
            std::abs(rows.at(i - 1).cells.first().box.left() - rows.at(i + 1).cells.first().box.left()) >
                0.5 * row.em) {
            continue;
        }
        Cell merged;
        for (const qsizetype j : {i - 1, i + 1}) {
            for (const Glyph& g : rows.at(j).cells.first().glyphs) {
                merged.add(g);
            }
            rows[j].dropped = true;
        }
        row.cells.insert(k + 1, merged);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

} // namespace

// A table cell whose text wraps: its lines are one-cell rows just above and below the row they belong
// to (the row's other cells are centred between them). They join the row's first cell, or become it
// when the row is only numbers.
void joinWrappedCells(QList<Row>& rows)
{
    auto isTableRow = [](const Row& r) { return r.cells.size() >= 2; };
    // The row's first cell is a number: its label cell is elsewhere.
    auto startsWithNumber = [](const Row& r) {
        const QList<Glyph>& first = r.cells.first().glyphs;
        return std::all_of(first.begin(), first.end(), [](const Glyph& g) {
            return g.ch.isDigit() || g.ch == u'.' || g.ch == u',' || g.ch == u'%' || g.ch == u'-';
        });
    };
    // Whether the one-cell row `x` continues the first cell of the table row `row`.
    auto continues = [&](const Row& x, const Row& row) {
        if (x.dropped || x.vertical || x.cells.size() != 1 || !isTableRow(row) ||
            std::abs(x.cy - row.cy) > 1.4 * row.em) {
            return false;
        }
        const QRectF xb = x.cells.first().box;
        const QRectF first = row.cells.at(0).box;
        const QRectF second = row.cells.at(1).box;
        if (xb.right() > second.left() - 0.5 * row.em) {
            return false;
        }
        const bool sameColumn = xb.left() < first.right() && xb.right() > first.left();
        const bool labelOfNumbers = startsWithNumber(row) && xb.right() < first.left();
        return sameColumn || labelOfNumbers;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (!isTableRow(row)) {
            continue;
        }
        // Neighbours, passing the vertical labels gathered in between.
        auto neighbour = [&](qsizetype from, int step) {
            qsizetype k = from + step;
            while (k >= 0 && k < rows.size() && rows.at(k).vertical) {
                k += step;
            }
            return k >= 0 && k < rows.size() ? k : qsizetype(-1);
        };
        const qsizetype up = neighbour(i, -1);
        const qsizetype down = neighbour(i, 1);
        Row* above = up >= 0 && continues(rows.at(up), row) ? &rows[up] : nullptr;
        Row* below = down >= 0 && continues(rows.at(down), row) ? &rows[down] : nullptr;
        // A line between two table rows belongs to the nearer one.
        const qsizetype upUp = up >= 0 ? neighbour(up, -1) : -1;
        const qsizetype downDown = down >= 0 ? neighbour(down, 1) : -1;
        if (above && upUp >= 0 && isTableRow(rows.at(upUp)) && !rows.at(upUp).dropped &&
            above->cy - rows.at(upUp).cy < row.cy - above->cy) {
            above = nullptr;
        }
        if (below && downDown >= 0 && isTableRow(rows.at(downDown)) &&
            rows.at(downDown).cy - below->cy < below->cy - row.cy) {
            below = nullptr;
        }
        if (!above && !below) {
            continue;
        }
        const bool newLabel =
            startsWithNumber(row) && (above ? above->cells.first().box.right() : below->cells.first().box.right()) <
                                         row.cells.first().box.left();
        Cell merged;
        if (above) {
            for (const Glyph& g : above->cells.first().glyphs) {
                merged.add(g);
            }
            above->dropped = true;
        }
        if (!newLabel) {
            for (const Glyph& g : row.cells.first().glyphs) {
                merged.add(g);
            }
        }
        if (below) {
            for (const Glyph& g : below->cells.first().glyphs) {
                merged.add(g);
            }
            below->dropped = true;
        }
        if (newLabel) {
            row.cells.prepend(merged);
        } else {
            row.cells[0] = merged;
        }
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
    joinWrappedInnerCells(rows);
}

} // namespace jiaohe::pdf
