// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdf/Glyph.h"
#include "document/pdf/RuledBorders.h"

#include <QList>
#include <QRectF>

namespace jiaohe {
struct PdfText;
}

// Layout from glyphs, shared between the files of the PDF reader's layout code: no Qt PDF in here. Glyphs in,
// lines out (LineBuilder), lines split into the cells of table rows (LineBuilder), wrapped and vertical table
// cells joined (WrappedCells), ruled rows and empty cells (RuledRows), the rows written as text (PageLayout).
namespace jiaohe::pdf {

// A line of the page: glyphs whose vertical bands overlap, left to right.
struct Line
{
    QList<Glyph> glyphs;
    double top = 0;
    double bottom = 0;
    double cy() const { return (top + bottom) / 2; }
};

// One cell of a row: glyphs left to right (a cell wrapped over several lines: line after line).
struct Cell
{
    QList<Glyph> glyphs;
    QRectF box;
    void add(const Glyph& g)
    {
        glyphs.append(g);
        box = box.isNull() ? g.box : box.united(g.box);
    }
};

// A line of the page split at wide gaps: one cell for running text, several for a table row.
struct Row
{
    QList<Cell> cells;
    double cy = 0;
    double em = 10;
    bool dropped = false;
    bool vertical = false; // a label gathered from a vertical column of characters
    QRectF box() const
    {
        QRectF b;
        for (const Cell& c : cells) {
            b = b.isNull() ? c.box : b.united(c.box);
        }
        return b;
    }
};

// A part of a page read on its own, top to bottom: the page's flow of text and tables, or one column of running
// text set in two columns.
struct Region
{
    QList<Glyph> glyphs;
    bool column = false;
};

// The median of `values`, or `fallback` when there are none.
double median(QList<double> values, double fallback);

// The page's lines top to bottom, each with its glyphs left to right.
QList<Line> buildLines(QList<Glyph> glyphs);
// The usual height of the page's ideographs (of all its glyphs when it has none): its character size.
double pageEmOf(const QList<Glyph>& glyphs);
// The page's glyphs in the order they are read: the flow above a block of two columns, the left column, the right
// one, the flow below (Columns). A page without columns is one region.
QList<Region> readingRegions(const QList<Glyph>& glyphs, double pageEm, RuledBorders& rules);
// Each line split into cells at wide gaps and at narrower ones crossed by a rule.
QList<Row> buildRows(const QList<Line>& lines, double pageEm, RuledBorders& rules);

// A vertical column of one-character cells (a label written down a merged cell) becomes a line of its own.
void gatherVerticalLabels(QList<Row>& rows);
// The lines of a wrapped table cell join their row.
void joinWrappedCells(QList<Row>& rows);

// A cell holding a figure or a blank marker: digits with , . % + -, or a dash.
bool isFigureCell(const Cell& c);
// The lines of a ruled table row whose cells wrap become one row, cells split at the vertical borders.
void joinRuledRows(QList<Row>& rows, RuledBorders& rules);
// Empty table cells go back between the figures of a row.
void insertEmptyCells(QList<Row>& rows, RuledBorders& rules);

// Appends the text of one page, laid out from its glyphs, and a box for each character of it.
void layoutPage(PdfText& out, const QList<Glyph>& glyphs, RuledBorders& rules);

} // namespace jiaohe::pdf
