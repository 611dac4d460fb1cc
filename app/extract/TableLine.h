// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The lines of the template's tables as the table readers see them: cells (numbers and blank markers) and the
// words of the labels. Internal to app/extract (TableReader and the readers of tables 2, 3 and 4).
namespace jiaohe::tables {

// A number or a blank cell found in a table line. Offsets in the normalised text.
struct RawCell
{
    double value = 0;
    bool blank = false;
    bool padded = false; // a cell the row lacks, added by the reader (not printed blank: nothing was printed)
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0;
};

struct TableLine
{
    int line = 0;
    QList<RawCell> cells;
    QString label; // the line's words without the cells and without spaces
    bool tabbed = false;
    bool blankLine = false;
    bool labelAfter = false; // the cells came before the label ("38 5 … 46 一、本年新收…")
};

// A line as printed: the matching copy joins lines wrapped in a PDF's text, which may join a table
// row with the next one; the reader splits them again where the original had a line break.
struct PhysicalLine
{
    qsizetype start = 0;
    qsizetype end = 0;
    int layoutLine = 0;
};

// The text without white space.
QString squeeze(QStringView s);
// A page number line: "-3-", "— 4 —", "第3页", "3/12".
bool isPageNumberLine(QStringView squeezed);
// Length of a number at the start of s ([+-]digits[,ddd][.digits]); 0 when there is none.
qsizetype numberAt(QStringView s, double* value);
// The cells and the label of one physical line of the normalised text (`index` is its number).
TableLine readLine(QStringView text, const PhysicalLine& l, int index);
// A blank cell at `at` (an empty span) on physical line `line`: a cell a web page or the text left out.
RawCell blankCell(qsizetype at, int line);
// Whether a label names one of the words ("=其他": a label ending in 其他).
bool matchesWords(QStringView label, const QStringList& words);

} // namespace jiaohe::tables
