// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace jiaohe {

// Tables written with `|` (text copied from tools, the markdown PDF converters and OCR tools write) as the
// tab-separated rows a web page's tables become, so that the same table readers read both:
//   | 本年新收 | 5 | | 3 |   →   本年新收<TAB>5<TAB><TAB>3
// A row is a line starting with `|` (or the full-width `｜`) holding at least two of them. Empty cells are kept
// as blank cells where figures stand (in a column holding a figure in some row, or after a figure in the row);
// elsewhere an empty cell is the rest of a merged label, which a web page has no cell for, and goes, as do
// trailing empty cells (a web page's are dropped too). `|---|:--:|` separator lines and `+---+` borders are dropped; a
// header row a converter invented (empty cells, "Column 1", "列1", 0 1 2 …) is dropped with its separator;
// `<br>` inside a cell is a space, `\|` a literal bar. Lines that are no table rows are kept as they are.
QString pipeTablesToRows(QStringView text);

// The cells of one `|` row, trimmed, or an empty list when the line is no such row.
QStringList pipeRowCells(QStringView line);

} // namespace jiaohe
