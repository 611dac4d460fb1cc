// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/text/PipeTables.h"

#include "common/CharClass.h"

#include <QRegularExpression>

// Line by line, no look-behind beyond the row before: a header row is known for one only when the separator
// line under it comes, so the last row written is remembered until then.

namespace jiaohe {

namespace {

bool isBar(QChar c)
{
    return c == u'|' || c == QChar(0xFF5C); // ｜
}

QStringView trimmed(QStringView s)
{
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && isWhiteSpace(s.at(a))) {
        ++a;
    }
    while (b > a && isWhiteSpace(s.at(b - 1))) {
        --b;
    }
    return s.sliced(a, b - a);
}

// `|---|:--:|`, `| --- | --- |`, `+----+----+`, `|===|`: no word, at least three dashes or equals signs.
bool isSeparatorLine(QStringView line)
{
    const QStringView t = trimmed(line);
    if (t.isEmpty() || !(isBar(t.front()) || t.front() == u'+')) {
        return false;
    }
    int dashes = 0;
    for (QChar c : t) {
        if (c == u'-' || c == u'=' || c == QChar(0x2014) || c == QChar(0x2500)) {
            ++dashes;
        } else if (!(isBar(c) || c == u'+' || c == u':' || isWhiteSpace(c))) {
            return false;
        }
    }
    return dashes >= 3;
}

QString cleanCell(QString cell)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    if (cell.contains(u'<')) {
        cell.replace(br, QStringLiteral(" "));
    }
    cell.replace(QStringLiteral("**"), QString());
    cell.replace(u'\t', u' ');
    return trimmed(cell).toString();
}

// Headers a converter makes up when the table it was given has none: nothing, "Column 1", "Col2", "列1",
// "Unnamed: 0", or the column numbers 0 1 2 … / 1 2 3 … (pandas), an empty corner allowed.
bool isInventedHeader(const QStringList& cells)
{
    static const QRegularExpression named(
        QStringLiteral("^(?:column|col|field|header|unnamed:?|列|字段|表头)\\s*_?\\d*$"),
        QRegularExpression::CaseInsensitiveOption);
    bool allEmpty = true;
    bool allNamed = true;
    bool sequence = true;
    int next = -1;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString& c = cells.at(i);
        if (c.isEmpty()) {
            sequence = sequence && i == 0;
            continue;
        }
        allEmpty = false;
        allNamed = allNamed && named.match(c).hasMatch();
        bool ok = false;
        const int n = c.toInt(&ok);
        if (!ok || (next >= 0 && n != next) || (next < 0 && n > 1)) {
            sequence = false;
        }
        next = n + 1;
    }
    return allEmpty || allNamed || (sequence && next > 1 && cells.size() >= 2);
}

// A cell a table reader takes for a figure: a number (with a unit) or a blank marker.
bool isFigure(const QString& cell)
{
    static const QRegularExpression figure(
        QStringLiteral("^(?:[+-]?[0-9][0-9,]*(?:\\.[0-9]+)?\\s*(?:万元|件|项|元|条|个|%)?|[/／\\\\无]|[-—–－]{1,3})$"));
    return figure.match(cell).hasMatch();
}

// One table's rows, as a web page's: an empty cell in a column where no row has a figure, before any figure of its
// row, is the rest of a merged label (a web page has no cell there: its label spans the columns or rows), so it
// goes; an empty cell in a column of figures or after a figure is a blank cell and stays, but not at the end of a
// row (a web page's trailing empty cells are dropped too).
void appendTable(const QList<QStringList>& rows, QStringList& out)
{
    QList<bool> figures;
    for (const QStringList& row : rows) {
        if (figures.size() < row.size()) {
            figures.resize(row.size(), false);
        }
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (!figures.at(c) && isFigure(row.at(c))) {
                figures[c] = true;
            }
        }
    }
    for (const QStringList& row : rows) {
        QStringList cells;
        bool afterFigure = false;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (!row.at(c).isEmpty() || figures.at(c) || afterFigure) {
                cells.append(row.at(c));
            }
            afterFigure = afterFigure || isFigure(row.at(c));
        }
        while (!cells.isEmpty() && cells.last().isEmpty()) {
            cells.removeLast();
        }
        out.append(cells.join(u'\t'));
    }
}

} // namespace

QStringList pipeRowCells(QStringView line)
{
    const QStringView t = trimmed(line);
    if (t.size() < 2 || !isBar(t.front())) {
        return {};
    }
    QStringList cells;
    QString cell;
    int bars = 0;
    for (qsizetype i = 1; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\\' && i + 1 < t.size() && isBar(t.at(i + 1))) {
            cell.append(t.at(++i));
        } else if (isBar(c)) {
            ++bars;
            cells.append(cleanCell(std::move(cell)));
            cell.clear();
        } else {
            cell.append(c);
        }
    }
    if (bars == 0) {
        return {};
    }
    const QString rest = cleanCell(std::move(cell)); // a row not closed by a bar ends in a cell
    if (!rest.isEmpty()) {
        cells.append(rest);
    }
    return cells;
}

QString pipeTablesToRows(QStringView text)
{
    const QList<QStringView> lines = text.split(u'\n');
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size();) {
        if (!isSeparatorLine(lines.at(i)) && pipeRowCells(lines.at(i)).isEmpty()) {
            out.append(lines.at(i).toString());
            ++i;
            continue;
        }
        // A table: the rows and separator lines up to the next other line.
        QList<QStringList> rows;
        for (; i < lines.size(); ++i) {
            if (isSeparatorLine(lines.at(i))) {
                // Under a header a converter invented: the header goes with it.
                if (!rows.isEmpty() && !rows.last().isEmpty() && isInventedHeader(rows.last()) && i > 0 &&
                    !isSeparatorLine(lines.at(i - 1))) {
                    rows.removeLast();
                }
                continue;
            }
            QStringList cells = pipeRowCells(lines.at(i));
            if (cells.isEmpty()) {
                break;
            }
            rows.append(std::move(cells));
        }
        appendTable(rows, out);
    }
    return out.join(u'\n');
}

} // namespace jiaohe
