// Table 2 (主动公开政府信息情况): its rows differ between the 2019 and 2021 versions; the template's shape says which.
#include "TableReader.h"

namespace jiaohe::tables {

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
                QList<RawCell> cells = l.cells;
                // A web page drops a row's trailing empty cells.
                while (l.tabbed && cells.size() < r.columns.size()) {
                    cells.append(blankAtEnd(l.line));
                }
                for (qsizetype k = 0; k < r.columns.size() && k < cells.size(); ++k) {
                    add(QStringLiteral("t2.") + r.key + u'.' + r.columns.at(k), cells.at(k));
                }
                lastCell = l.line;
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
