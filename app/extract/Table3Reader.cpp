// SPDX-License-Identifier: GPL-3.0-or-later
// Table 3 (收到和处理政府信息公开申请情况): seven applicant columns, rows recognised by their labels' words and by
// their place in the template's order; the 2021 version splits 其他处理 in three rows.
#include "TableAlignment.h"
#include "TableReader.h"

#include <algorithm>
#include <cmath>

namespace jiaohe::tables {

namespace {

// A row of cells as printed, before it is matched to a row of the template.
struct Row
{
    QList<RawCell> cells;
    QString label;
    bool ownLabel = false;
    bool blankRow = false; // a label alone taken for a row left blank: only where the label names it
    // Numbers that cannot be put in their columns with confidence: the row is named, its cells stay unread.
    bool unreadable = false;
    // A row printed with one cell fewer or more than seven: `cells` are aligned at the start (padded or cut at the
    // end, as a web page drops trailing empty cells), these at the end (the row lost or has an extra leading cell).
    QList<RawCell> endAligned = {};
    qsizetype start = 0, end = 0;
    int line = 0;
};

// Gathers the rows of table 3 from its lines: web-page rows (a label and the cells), text rows, and cells one
// per line (row by row, or column by column).
class Table3Rows
{
public:
    Table3Rows(QStringView text, const QList<PhysicalLine>& lines, const QList<TemplateRow>& defs,
               const QStringList& groupWords)
        : m_text(text), m_lines(lines), m_defs(defs), m_groupWords(groupWords), m_width(defs.first().columns.size())
    {}

    void add(TableLine l);
    QList<Row> finish()
    {
        flushRuns();
        return m_rows;
    }

    qsizetype width() const { return m_width; }
    // The template row a label names, -1 when none.
    qsizetype defIndex(const QString& label) const
    {
        for (qsizetype k = 0; k < m_defs.size(); ++k) {
            if (m_defs.at(k).namedBy(label)) {
                return k;
            }
        }
        return -1;
    }
    // Labels of table 3's merged group cells, which carry no figures of their own.
    bool isGroupLabel(QStringView label) const { return matchesWords(label, m_groupWords); }

private:
    // A run of seven after a row's label (a web page copied as text, one cell per line) is that row.
    bool namesRow(qsizetype i) const
    {
        if (m_runLabels.at(i).isEmpty()) {
            return false;
        }
        return isGroupLabel(m_runLabels.at(i)) || defIndex(m_runLabels.at(i)) >= 0;
    }
    bool labelledRow(qsizetype i) const { return m_runs.at(i).size() == m_width && m_singles.isEmpty() && namesRow(i); }
    void flushRuns();
    void addBlankRowsBefore(const TableLine& l);
    void addCells(const TableLine& l);
    bool readRunTogether(TableLine& l);
    void addUnreadable(const TableLine& l, const QString& label);

    QStringView m_text;
    const QList<PhysicalLine>& m_lines;
    const QList<TemplateRow>& m_defs;
    const QStringList& m_groupWords;
    const qsizetype m_width; // the columns: seven

    QList<Row> m_rows;
    // Cells one per line: runs of consecutive single-cell lines. Seven runs of the same length m > 1
    // are m rows printed column by column; anything else is read row by row, seven cells a row.
    QList<QList<RawCell>> m_runs;
    QStringList m_runLabels; // the words just before each run
    QList<RawCell> m_singles;
    QString m_pending;
    QString m_gapLabel;             // the words since the last cells
    QList<TableLine> m_labelLines;  // the lines of words since the last cells
    bool m_lastRowLabelled = false; // the last row of cells was a web-page row with its label
    bool m_inRun = false;
};

void Table3Rows::flushRuns()
{
    bool labelledForm = false;
    for (qsizetype i = 0; i < m_runs.size() && !labelledForm; ++i) {
        labelledForm = labelledRow(i);
    }
    for (qsizetype i = 0; i < m_runs.size();) {
        if (labelledRow(i)) {
            m_rows.append(Row{m_runs.at(i), m_runLabels.at(i), true, false});
            ++i;
            continue;
        }
        const qsizetype m = m_runs.at(i).size();
        bool block = m > 1 && i + m_width <= m_runs.size();
        for (qsizetype k = 1; block && k < m_width; ++k) {
            block = m_runs.at(i + k).size() == m;
        }
        if (block) {
            for (qsizetype r = 0; r < m; ++r) {
                Row row;
                for (qsizetype k = 0; k < m_width; ++k) {
                    row.cells.append(m_runs.at(i + k).at(r));
                }
                m_rows.append(row);
            }
            i += m_width;
            continue;
        }
        if (labelledForm && m < m_width && namesRow(i)) {
            ++i; // a row that lost its empty cells: which ones is unknown, so it stays unread
            continue;
        }
        for (const RawCell& c : m_runs.at(i)) {
            m_singles.append(c);
            if (m_singles.size() == m_width) {
                m_rows.append(Row{m_singles, QString(), false, false});
                m_singles.clear();
            }
        }
        ++i;
    }
    m_runs.clear();
    m_runLabels.clear();
}

void Table3Rows::add(TableLine l)
{
    if (l.labelAfter && l.cells.size() < m_width) {
        // "1 本机关不掌握相关政府信息" with its cells on the next line: a numbered label, no row.
        l.cells.clear();
    }
    if (l.cells.size() == 1 && l.label.isEmpty() && !l.tabbed) {
        if (!m_inRun) {
            m_runs.append(QList<RawCell>());
            m_runLabels.append(m_gapLabel);
            m_gapLabel.clear();
        }
        m_runs.last().append(l.cells.first());
        m_inRun = true;
        return;
    }
    m_inRun = false;
    if (l.cells.isEmpty() && !l.tabbed && !l.blankLine && readRunTogether(l)) {
        return;
    }
    if (l.cells.isEmpty()) {
        if (!l.blankLine) {
            m_pending += l.label;
            // A label naming a row starts the words of the next run: a row left out before it
            // (its label alone) lends it nothing.
            m_gapLabel = defIndex(l.label) >= 0 ? l.label : m_gapLabel + l.label;
            if (!l.label.isEmpty()) {
                m_labelLines.append(l);
            }
        }
        return;
    }
    m_gapLabel.clear();
    flushRuns();
    m_singles.clear();
    addBlankRowsBefore(l);
    m_labelLines.clear();
    m_lastRowLabelled = l.tabbed && !l.label.isEmpty();
    addCells(l);
    m_pending.clear();
}

// A web page drops a row's empty cells, so a row left all blank is its label alone. Between rows that carry
// their own labels, a label line naming an earlier template row than the next row's is such a row: blank
// cells (a wrapped label names no row and stays a label).
void Table3Rows::addBlankRowsBefore(const TableLine& l)
{
    if (!l.tabbed || l.label.isEmpty()) {
        return;
    }
    const qsizetype here = defIndex(l.label);
    bool rowsBefore = m_lastRowLabelled; // or a web page's header row
    for (const TableLine& b : std::as_const(m_labelLines)) {
        const qsizetype d = defIndex(b.label);
        if (here < 0 || d < 0 || d >= here || !rowsBefore) {
            rowsBefore = rowsBefore || b.tabbed;
            continue;
        }
        Row row;
        for (qsizetype c = 0; c < m_width; ++c) {
            row.cells.append(blankCell(m_lines.at(b.line).end, b.line));
        }
        row.label = b.label;
        row.ownLabel = true;
        row.blankRow = true;
        m_rows.append(row);
    }
}

// A line of cells: one row, or several rows of seven.
void Table3Rows::addCells(const TableLine& l)
{
    QList<RawCell> cells = l.cells;
    // A 序号 column in PDF text: the row's number, then the empty places of its label (printed
    // above and below), then the seven cells.
    if (const qsizetype extra = cells.size() - m_width; extra >= 1 && extra < m_width) {
        const RawCell& first = cells.first();
        bool seq = l.tabbed && !first.blank && first.value >= 1 && first.value == std::floor(first.value) &&
                   !m_text.sliced(first.start, first.end - first.start).contains(u'.');
        for (qsizetype k = 1; seq && k < extra; ++k) {
            seq = cells.at(k).blank && cells.at(k).start == cells.at(k).end;
        }
        if (seq) {
            cells = cells.sliced(extra);
        }
    }
    // Spaced text that lost empty cells: which columns its numbers belong to is unknown. Read as they come they
    // would shift into the wrong columns (0 for 本年新收 where the report has 52): the row stays unread.
    if (!l.tabbed && !cells.isEmpty() && cells.size() < m_width && !l.label.isEmpty() && defIndex(l.label) >= 0) {
        addUnreadable(l, l.label);
        return;
    }
    // A web page drops a row's trailing empty cells: pad at the end. A row that lost its leading cell instead (or
    // has one more before them) is the other alignment, which the table's identities decide. Only a shift by one:
    // rows short of several cells, aligned at the end, keep the sum of their figures whichever columns they are
    // in, and the identities could not tell the right columns from wrong ones.
    QList<RawCell> endAligned = {};
    RawCell pad = blankCell(m_lines.at(l.line).end, l.line);
    pad.padded = true;
    if (cells.size() == m_width - 1 || cells.size() == m_width + 1) {
        endAligned = cells.size() > m_width ? cells.sliced(cells.size() - m_width) : cells;
        while (endAligned.size() < m_width) {
            endAligned.prepend(pad);
        }
    }
    while (cells.size() % m_width != 0 && cells.size() < m_width) {
        cells.append(pad);
    }
    if (cells.size() % m_width != 0) {
        cells = cells.first(cells.size() - cells.size() % m_width);
    }
    for (qsizetype k = 0; k < cells.size(); k += m_width) {
        Row row;
        row.cells = cells.mid(k, m_width);
        row.endAligned = endAligned;
        row.ownLabel = !l.label.isEmpty() && k == 0;
        row.label = row.ownLabel ? l.label : (k == 0 ? m_pending : QString());
        m_rows.append(row);
    }
}


// A row whose numbers could not be placed: named by its label, read as nothing, and reported.
void Table3Rows::addUnreadable(const TableLine& l, const QString& label)
{
    Row row;
    row.label = label;
    row.ownLabel = true;
    row.unreadable = true;
    row.start = m_lines.at(l.line).start;
    row.end = m_lines.at(l.line).end;
    row.line = l.line;
    m_rows.append(row);
    m_pending.clear();
}

// The ways to cut `digits` into `width` numbers (no leading zeros) whose last is the sum of the others: a row's
// cells run together in a crawler's copy ("5020000052" is 50|2|0|0|0|0|52). Stops at two: only a unique split
// is used.
void splitsOf(QStringView digits, qsizetype width, QList<qsizetype>& cuts, QList<QList<qsizetype>>& found)
{
    if (found.size() >= 2) {
        return;
    }
    const qsizetype from = cuts.isEmpty() ? 0 : cuts.last();
    if (cuts.size() == width - 1) {
        const QStringView last = digits.sliced(from);
        if (last.isEmpty() || last.size() > 9 || (last.size() > 1 && last.first() == u'0')) {
            return;
        }
        qint64 sum = 0;
        for (qsizetype k = 0; k < cuts.size(); ++k) {
            const qsizetype start = k == 0 ? 0 : cuts.at(k - 1);
            sum += digits.sliced(start, cuts.at(k) - start).toLongLong();
        }
        if (sum == last.toLongLong()) {
            found.append(cuts);
        }
        return;
    }
    const bool zero = digits.at(from) == u'0';
    for (qsizetype len = 1; len <= (zero ? 1 : 9) && from + len < digits.size(); ++len) {
        cuts.append(from + len);
        splitsOf(digits, width, cuts, found);
        cuts.removeLast();
    }
}


// "一、本年新收政府信息公开申请数量5020000052": the cells of a named row run together. Read only where the
// row's own identity (the parts add up to the total) allows exactly one split; else the row stays unread.
bool Table3Rows::readRunTogether(TableLine& l)
{
    const PhysicalLine& pl = m_lines.at(l.line);
    const QStringView body = m_text.sliced(pl.start, pl.end - pl.start).trimmed();
    qsizetype d = body.size();
    while (d > 0 && body.at(d - 1).isDigit()) {
        --d;
    }
    const QStringView digits = body.sliced(d);
    const QString label = squeeze(body.first(d));
    if (digits.size() < m_width || digits.size() > 40 || label.isEmpty() ||
        defIndex(label) < 0) {
        return false;
    }
    QList<qsizetype> cuts;
    QList<QList<qsizetype>> found;
    splitsOf(digits, m_width, cuts, found);
    if (found.size() != 1) {
        addUnreadable(l, label);
        return true;
    }
    const qsizetype at = pl.start + m_text.sliced(pl.start, pl.end - pl.start).indexOf(digits);
    QList<qsizetype> bounds = found.first();
    bounds.prepend(0);
    bounds.append(digits.size());
    l.cells.clear();
    for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
        RawCell c;
        c.value = double(digits.sliced(bounds.at(k), bounds.at(k + 1) - bounds.at(k)).toLongLong());
        c.start = at + bounds.at(k);
        c.end = at + bounds.at(k + 1);
        c.line = l.line;
        l.cells.append(c);
    }
    l.label = label;
    flushRuns();
    m_singles.clear();
    m_labelLines.clear();
    m_lastRowLabelled = false;
    addCells(l);
    m_pending.clear();
    return true;
}

// The cells of table 3 as read, or as the other alignment puts them where some rows have fewer or more than seven
// cells: the template's identities choose. When none holds, or two readings fit equally, `chosen` is left empty.
AlignmentChoice alignTable3(const QList<std::pair<const Row*, QString>>& placed, const QList<TemplateRow>& defs,
                            QList<std::pair<QString, RawCell>>* chosen)
{
    const QStringList& columns = defs.first().columns;
    bool other = false;
    for (const auto& [row, key] : placed) {
        other = other || !row->endAligned.isEmpty();
    }
    QList<QList<std::pair<QString, RawCell>>> cells(other ? 2 : 1);
    QList<TableReading> readings(cells.size());
    for (qsizetype a = 0; a < cells.size(); ++a) {
        for (const auto& [row, key] : placed) {
            const QList<RawCell>& rowCells = a == 1 && !row->endAligned.isEmpty() ? row->endAligned : row->cells;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QString cellKey = QStringLiteral("t3.") + key + u'.' + columns.at(c);
                const RawCell& cell = rowCells.at(c);
                cells[a].append({cellKey, cell});
                if (!readings.at(a).contains(cellKey)) {
                    readings[a].insert(cellKey, ReadCell{cell.value, cell.blank && !cell.padded});
                }
            }
        }
    }
    const AlignmentChoice choice = TableAlignment::table3(defs).choose(readings);
    if (choice.chosen >= 0) {
        *chosen = cells.at(choice.chosen);
    }
    return choice;
}

} // namespace

bool TableReader::readTable3(int from, int to)
{
    const TemplateTable* table = m_shape.table(u"t3");
    if (!table) {
        return false;
    }
    bool splitOther = false;
    for (int i = from; i < to; ++i) {
        splitOther = splitOther || matchesWords(m_squeezed.at(i), table->splitWords);
    }
    const int version = splitOther ? 2021 : 2019;
    const QList<TemplateRow> defs = m_shape.rows(u"t3", version);
    if (defs.isEmpty()) {
        return false;
    }
    Table3Rows reader(m_text, m_lines, defs, table->groupWords);
    for (const TableLine& l : linesOf(from, to)) {
        reader.add(l);
    }
    const QList<Row> rows = reader.finish();
    // Rows to the template: a row whose label names a template row takes it (looking forward only);
    // an unlabelled row takes the next one in the template's order.
    QList<std::pair<const Row*, QString>> placed; // a row and its template row's key
    qsizetype next = 0;
    int lastCell = -1;
    for (const Row& row : rows) {
        if (next >= defs.size()) {
            break;
        }
        qsizetype q = -1;
        for (qsizetype k = next; k < defs.size() && !row.label.isEmpty(); ++k) {
            if (defs.at(k).namedBy(row.label)) {
                q = k;
                break;
            }
        }
        if (q < 0 && row.blankRow) {
            continue;
        }
        if (q < 0 && row.ownLabel && reader.isGroupLabel(row.label)) {
            continue; // a subtotal on a group's label ("(三)不予公开"): not a template row
        }
        if (q < 0) {
            q = next;
        }
        next = q + 1;
        if (row.unreadable) {
            m_out.doubts.append(TableDoubt{QStringLiteral("t3.") + defs.at(q).key, row.start, row.end,
                                           m_lines.at(row.line).layoutLine});
            lastCell = std::max(lastCell, row.line);
            continue;
        }
        placed.append({&row, defs.at(q).key});
        for (const RawCell& c : row.cells) {
            lastCell = std::max(lastCell, c.line);
        }
    }
    if (lastCell < 0) {
        return false;
    }
    // The table's identities check the reading: no shifted number is taken.
    QList<std::pair<QString, RawCell>> cells;
    const AlignmentChoice choice = alignTable3(placed, defs, &cells);
    if (choice.chosen < 0) {
        TableDoubt d{QStringLiteral("t3"), m_lines.at(from).start, m_lines.at(lastCell).end,
                     m_lines.at(from).layoutLine};
        d.checked = choice.count.checked();
        d.failing = choice.count.failing;
        d.ambiguous = choice.ambiguous;
        m_out.doubts.append(d);
    }
    for (const auto& [key, cell] : std::as_const(cells)) {
        add(key, cell);
    }
    m_out.version = m_out.version ? m_out.version : version;
    markLines(from, lastCell, to);
    return true;
}

} // namespace jiaohe::tables
