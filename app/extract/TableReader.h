// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableLine.h"
#include "TemplateShape.h"
#include "TemplateTables.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace jiaohe {

class Document;
class Layout;

namespace tables {

// Reads the template's tables from one report: finds each table's lines, then hands them to the table's
// reader (Table2Reader.cpp, Table3Reader.cpp, Table4Reader.cpp), which takes its rows and columns from the
// template's shape. Internal to app/extract: readTemplateTables() is the way in.
class TableReader
{
public:
    TableReader(const Document& doc, const Layout& layout, const TemplateShape& shape = TemplateShape::builtin());

    TemplateTables read();

private:
    int findLine(int from, int to, const std::function<bool(const QString&)>& pred) const;
    QList<TableLine> linesOf(int from, int to) const;
    void add(const QString& key, const RawCell& c);
    // A blank cell at the end of physical line `line` (a cell the page left out).
    RawCell blankAtEnd(int line) const { return blankCell(m_lines.at(line).end, line); }
    // Marks [from, lastCell] and the label lines after it (up to `to`) as the table's.
    void markLines(int from, int lastCell, int to);
    int versionFrom(int from, int to) const;
    bool readTable2(int from, int to, int version);
    bool readTable3(int from, int to);
    bool readTable4(int from, int to);

    QStringView m_text;
    const Layout& m_layout;
    const TemplateShape& m_shape;
    QList<PhysicalLine> m_lines;
    QStringList m_squeezed;
    TemplateTables m_out;
    QSet<int> m_marked;
};

} // namespace tables

} // namespace jiaohe
