// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/html/HtmlConverter.h"

// Tables: each row one line, its cells separated by tabs; nested tables up to MaxTableDepth.

namespace jiaohe::html {

void HtmlConverter::openTable()
{
    blockBoundary();
    if (m_tables.size() >= MaxTableDepth || m_excessTables > 0) {
        ++m_excessTables;
        return;
    }
    m_tables.append(TableState());
}

void HtmlConverter::closeTable()
{
    if (m_excessTables > 0) {
        --m_excessTables;
        blockBoundary();
        return;
    }
    if (m_tables.isEmpty()) {
        blockBoundary();
        return;
    }
    finishRow();
    m_tables.removeLast();
    blockBoundary();
}

void HtmlConverter::openRow()
{
    if (m_excessTables > 0 || m_tables.isEmpty()) {
        blockBoundary();
        return;
    }
    finishRow();
    m_tables.last().inRow = true;
}

void HtmlConverter::openCell()
{
    if (m_excessTables > 0 || m_tables.isEmpty()) {
        if (Sink* s = sink(false)) {
            s->addSpace(false);
        }
        return;
    }
    TableState& t = m_tables.last();
    if (!t.inRow) {
        t.inRow = true;
    }
    if (t.inCell) {
        t.cells.last().endLine();
    }
    t.cells.append(Sink());
    t.inCell = true;
}

void HtmlConverter::closeCell()
{
    if (m_excessTables > 0 || m_tables.isEmpty()) {
        return;
    }
    TableState& t = m_tables.last();
    if (t.inCell) {
        t.cells.last().endLine();
        t.inCell = false;
    }
}

// A row becomes one line, cells separated by tabs, a cell's own line breaks turned into spaces.
// A row holding a whole page (layout tables: a cell with many paragraphs) keeps its lines instead.
void HtmlConverter::finishRow()
{
    TableState& t = m_tables.last();
    if (!t.inRow) {
        return;
    }
    for (Sink& cell : t.cells) {
        cell.endLine();
    }
    QList<Sink> cells = std::move(t.cells);
    t.cells.clear();
    t.inRow = false;
    t.inCell = false;
    Sink* parent = sinkBelow(m_tables.size() - 1, true);
    parent->holdsTable = parent != &m_main;

    bool layout = false;
    for (const Sink& cell : cells) {
        if (cell.holdsTable) {
            layout = true;
        }
        qsizetype nonEmpty = 0;
        for (const QString& l : cell.lines) {
            nonEmpty += l.isEmpty() ? 0 : 1;
        }
        if (cell.chars > 400 || (nonEmpty > 3 && cell.chars > 120)) {
            layout = true;
        }
    }
    if (layout) {
        parent->endLine();
        for (const Sink& cell : cells) {
            for (const QString& l : cell.lines) {
                parent->lines.append(l);
                parent->chars += l.size();
            }
        }
        return;
    }
    QStringList parts;
    for (const Sink& cell : cells) {
        QString joined;
        for (const QString& l : cell.lines) {
            if (l.isEmpty()) {
                continue;
            }
            if (!joined.isEmpty()) {
                joined.append(u' ');
            }
            joined.append(l);
        }
        parts.append(joined);
    }
    while (!parts.isEmpty() && parts.last().isEmpty()) {
        parts.removeLast();
    }
    if (!parts.isEmpty()) {
        parent->appendLine(parts.join(u'\t'));
    }
}

} // namespace jiaohe::html
