// SPDX-License-Identifier: GPL-3.0-or-later
// Table 2 (主动公开政府信息情况): its rows differ between the 2019 and 2021 versions; the template's shape says which.
#include "TableAlignment.h"
#include "TableReader.h"

#include <algorithm>

namespace jiaohe::tables {

namespace {

// Every way to put `cells` in order into `width` columns, the others padded: as read (the first columns) first.
void placements(const QList<RawCell>& cells, qsizetype width, const RawCell& pad, QList<RawCell>& now,
                QList<QList<RawCell>>& out)
{
    const qsizetype placed =
        now.size() - std::count_if(now.cbegin(), now.cend(), [](const RawCell& c) { return c.padded; });
    if (now.size() == width) {
        if (placed == cells.size()) {
            out.append(now);
        }
        return;
    }
    if (placed < cells.size()) {
        now.append(cells.at(placed));
        placements(cells, width, pad, now, out);
        now.removeLast();
    }
    if (width - now.size() > cells.size() - placed) {
        now.append(pad);
        placements(cells, width, pad, now, out);
        now.removeLast();
    }
}

// The cells of a table 2 row that printed fewer numbers than its columns. Read as they come, the figure in force
// would be taken as this year's (本年新制作 5 where the report has 对外公开总数量 5): the row's sums choose among
// the placements of its numbers. A web page drops trailing empty cells, so its row stays as read while its sums
// hold, or when no other placement alone fits. False when no placement alone fits a text row: it stays unread.
bool alignRow(const TemplateRow& r, int version, const TableLine& l, const RawCell& pad, QList<RawCell>* out)
{
    const qsizetype width = r.columns.size();
    *out = l.cells;
    while (l.tabbed && out->size() < width) {
        out->append(pad);
    }
    const TableAlignment check(TableAlignment::table2Row(r.key, version));
    if (l.cells.size() >= width || l.cells.isEmpty() || check.sums().isEmpty()) {
        return true;
    }
    QList<QList<RawCell>> options;
    QList<RawCell> now;
    placements(l.cells, width, pad, now, options);
    QList<TableReading> readings;
    for (const QList<RawCell>& cells : std::as_const(options)) {
        TableReading reading;
        for (qsizetype k = 0; k < width; ++k) {
            reading.insert(QStringLiteral("t2.") + r.key + u'.' + r.columns.at(k),
                           ReadCell{cells.at(k).value, cells.at(k).blank && !cells.at(k).padded});
        }
        readings.append(reading);
    }
    if (l.tabbed && check.count(readings.first()).failing == 0) {
        return true;
    }
    const AlignmentChoice choice = check.choose(readings);
    if (choice.chosen < 0) {
        return l.tabbed; // a web page's row stays as read unless one placement alone fits
    }
    if (choice.chosen > 0) {
        *out = options.at(choice.chosen);
    }
    return true;
}

} // namespace

bool TableReader::readTable2(int from, int to, int version)
{
    const QList<TableLine> lines = linesOf(from, to);
    const QList<TemplateRow> rows = m_shape.rows(u"t2", version);
    QList<RawCell> all;
    for (const TableLine& l : lines) {
        all.append(l.cells);
    }
    qsizetype expected = 0;
    for (const TemplateRow& r : rows) {
        expected += r.columns.size();
    }
    int lastCell = -1;
    if (all.size() == expected) {
        // Every cell is there: the template's order decides (PDF text puts labels after their figures).
        qsizetype k = 0;
        for (const TemplateRow& r : rows) {
            for (const QString& c : r.columns) {
                add(QStringLiteral("t2.") + r.key + u'.' + c, all.at(k));
                lastCell = all.at(k).line;
                ++k;
            }
        }
    } else {
        // Otherwise by the rows' labels (on the line, or on the lines just before).
        QString pending;
        QSet<int> done;
        QList<TableLine> labelLines; // the lines of words since the last cells
        bool lastRowLabelled = false;
        auto rowIndex = [&](const QString& label) -> qsizetype {
            for (qsizetype ri = 0; ri < rows.size(); ++ri) {
                if (rows.at(ri).namedBy(label)) {
                    return ri;
                }
            }
            return -1;
        };
        for (const TableLine& l : lines) {
            if (l.cells.isEmpty()) {
                pending += l.label;
                if (!l.label.isEmpty()) {
                    labelLines.append(l);
                }
                continue;
            }
            const QString label = l.label.isEmpty() ? pending : l.label;
            pending.clear();
            // A row left all blank on a web page is its label alone (see readTable3): between rows with
            // their own labels, a label line naming an earlier row than the next one's gets blank cells.
            const qsizetype here = l.tabbed && !l.label.isEmpty() ? rowIndex(l.label) : -1;
            bool rowsBefore = lastRowLabelled; // or a web page's header row
            for (const TableLine& b : std::as_const(labelLines)) {
                if (b.tabbed) {
                    rowsBefore = true;
                    continue;
                }
                const qsizetype d = rowIndex(b.label);
                if (here < 0 || d < 0 || d >= here || !rowsBefore || done.contains(int(d))) {
                    continue;
                }
                done.insert(int(d));
                for (const QString& c : rows.at(d).columns) {
                    const RawCell blank = blankAtEnd(b.line);
                    add(QStringLiteral("t2.") + rows.at(d).key + u'.' + c, blank);
                }
            }
            labelLines.clear();
            lastRowLabelled = l.tabbed && !l.label.isEmpty();
            for (qsizetype ri = 0; ri < rows.size(); ++ri) {
                const TemplateRow& r = rows.at(ri);
                if (done.contains(int(ri)) || !r.namedBy(label)) {
                    continue;
                }
                done.insert(int(ri));
                QList<RawCell> cells;
                RawCell pad = blankAtEnd(l.line);
                pad.padded = true;
                lastCell = l.line;
                if (!alignRow(r, version, l, pad, &cells)) {
                    const PhysicalLine& pl = m_lines.at(l.line);
                    m_out.doubts.append(TableDoubt{QStringLiteral("t2.") + r.key, pl.start, pl.end, pl.layoutLine});
                    break;
                }
                for (qsizetype k = 0; k < r.columns.size() && k < cells.size(); ++k) {
                    add(QStringLiteral("t2.") + r.key + u'.' + r.columns.at(k), cells.at(k));
                }
                break;
            }
        }
    }
    if (lastCell < 0) {
        return false;
    }
    markLines(from, lastCell, to);
    return true;
}

} // namespace jiaohe::tables
