// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateGrid.h"

#include "extract/TemplateShape.h"

#include <algorithm>

namespace jiaohe {

namespace {

// A heading the printed template draws over (or beside) several of the shape's columns (rows), from `first` to
// `last`: the words the shape itself does not hold, because no figure is read under them.
struct GroupHeading
{
    QString table;
    bool overColumns = true;
    QString first;
    QString last;
    QString zh;
    QString en;
};

const QList<GroupHeading>& groupHeadings()
{
    static const QList<GroupHeading> headings = {
        {QStringLiteral("t3"), true, QStringLiteral("person"), QStringLiteral("total"), QStringLiteral("申请人情况"),
         QStringLiteral("Applicants")},
        {QStringLiteral("t3"), true, QStringLiteral("business"), QStringLiteral("other_org"),
         QStringLiteral("法人或其他组织"), QStringLiteral("Legal persons and other organisations")},
        {QStringLiteral("t3"), false, QStringLiteral("granted"), QStringLiteral("total"),
         QStringLiteral("本年度办理结果"), QStringLiteral("Handled this year")},
        {QStringLiteral("t4"), false, QStringLiteral("lawsuit_direct"), QStringLiteral("lawsuit_after_review"),
         QStringLiteral("行政诉讼"), QStringLiteral("Lawsuits")},
    };
    return headings;
}

// The template's numbering of its rows: 一、 (一) 1. in Chinese, 1. (1) a. in English.
QString numbered(int level, int n, bool english, const QString& text)
{
    static const QString han = QStringLiteral("一二三四五六七八九十");
    if (english) {
        const QString mark = level == 0   ? QStringLiteral("%1. ").arg(n)
                             : level == 1 ? QStringLiteral("(%1) ").arg(n)
                                          : QStringLiteral("%1. ").arg(QChar(u'a' + n - 1));
        return mark + text;
    }
    const QString digit = n <= han.size() ? QString(han.at(n - 1)) : QString::number(n);
    const QString mark = level == 0 ? digit + u'、' : level == 1 ? u'(' + digit + u')' : QString::number(n) + u'.';
    return mark + text;
}

// A label split into what it may share with its neighbours: characters in Chinese, words in English.
QStringList tokens(const QString& label, bool english)
{
    if (english) {
        return label.split(u' ', Qt::SkipEmptyParts);
    }
    QStringList out;
    for (const QChar c : label) {
        out.append(QString(c));
    }
    return out;
}

QString joined(const QStringList& parts, bool english)
{
    QString s = parts.join(english ? QStringLiteral(" ") : QString()).trimmed();
    while (s.endsWith(u':') || s.endsWith(u'：')) {
        s.chop(1);
    }
    return s;
}

// How many tokens at the end (from_end) or at the start all the labels share.
int shared(const QList<QStringList>& labels, bool fromEnd)
{
    int n = 0;
    for (;; ++n) {
        QString token;
        for (const QStringList& l : labels) {
            if (n >= l.size() - 1) { // a label keeps at least one token of its own
                return n;
            }
            const QString& t = fromEnd ? l.at(l.size() - 1 - n) : l.at(n);
            if (token.isNull()) {
                token = t;
            } else if (t != token) {
                return n;
            }
        }
    }
}

QString cellLabel(const TemplateShape& shape, const QString& key, bool english)
{
    const TemplateCell* c = shape.cell(key);
    return c ? (english ? c->labelEn : c->labelZh) : key;
}

} // namespace

int TemplateGrid::versionOf(const TemplateShape& shape, const QSet<QString>& keys)
{
    QHash<int, int> only;
    for (const QString& id : tableIds()) {
        for (const int version : {2019, 2021}) {
            const QList<TemplateRow> mine = shape.rows(id, version);
            const QList<TemplateRow> theirs = shape.rows(id, version == 2019 ? 2021 : 2019);
            for (const TemplateRow& r : mine) {
                for (const QString& column : r.columns) {
                    const QString key = id + u'.' + r.key + u'.' + column;
                    const bool shared = std::any_of(theirs.begin(), theirs.end(), [&](const TemplateRow& t) {
                        return t.key == r.key && t.columns.contains(column);
                    });
                    if (!shared && keys.contains(key)) {
                        ++only[version];
                    }
                }
            }
        }
    }
    return only.value(2019) > only.value(2021) ? 2019 : 2021;
}

TemplateGrid TemplateGrid::build(const TemplateShape& shape, const QString& table, int version, bool english)
{
    TemplateGrid g;
    g.m_table = table;
    g.m_version = version;
    const TemplateTable* t = shape.table(table);
    if (!t) {
        return g;
    }
    if (t->columns.isEmpty()) {
        g.buildList(shape, english);
    } else {
        g.buildGrid(shape, english);
    }
    g.finish();
    return g;
}

const GridCell& TemplateGrid::at(int row, int column) const
{
    static const GridCell none;
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= m_columns) {
        return none;
    }
    return m_cells.at(row).at(column);
}

GridCell& TemplateGrid::cell(int row, int column)
{
    return m_cells[row][column];
}

void TemplateGrid::resize(int rows, int columns)
{
    m_columns = columns;
    m_cells = QList<QList<GridCell>>(rows, QList<GridCell>(columns));
}

void TemplateGrid::setCell(int row, int column, const GridCell& c)
{
    if (row < m_cells.size() && column < m_columns) {
        m_cells[row][column] = c;
    }
}

void TemplateGrid::finish()
{
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const GridCell& at = m_cells.at(r).at(c);
            if (at.covered) {
                continue;
            }
            for (int dr = 0; dr < at.rowSpan; ++dr) {
                for (int dc = 0; dc < at.columnSpan; ++dc) {
                    if ((dr || dc) && r + dr < rowCount() && c + dc < m_columns) {
                        m_cells[r + dr][c + dc].covered = true;
                    }
                }
            }
            if (at.kind == GridCell::Kind::Value) {
                m_positions.insert(at.key, QPoint(c, r));
                m_keys.append(at.key);
            }
        }
    }
}

// Tables 3 and 4: the shape's columns under their group headings, its rows beside theirs (a group of rows the
// shape names in its labels, "不予公开:属于国家秘密", is a heading of its own).
void TemplateGrid::buildGrid(const TemplateShape& shape, bool english)
{
    const TemplateTable* t = shape.table(m_table);
    const QList<TemplateRow> rows = shape.rows(m_table, m_version);
    QList<GroupHeading> overColumns;
    std::optional<GroupHeading> overRows;
    for (const GroupHeading& h : groupHeadings()) {
        if (h.table == m_table && h.overColumns) {
            overColumns.append(h);
        } else if (h.table == m_table) {
            overRows = h;
        }
    }
    const auto columnIndex = [&](const QString& key) {
        for (qsizetype i = 0; i < t->columns.size(); ++i) {
            if (t->columns.at(i).key == key) {
                return int(i);
            }
        }
        return -1;
    };
    // A row's label "group:label" puts it under that group.
    const auto splitLabel = [&](const TemplateRow& r) {
        const QString label = english ? r.labelEn : r.labelZh;
        const qsizetype colon = label.indexOf(u':');
        return colon < 0 ? std::pair{QString(), label}
                         : std::pair{label.left(colon).trimmed(), label.mid(colon + 1).trimmed()};
    };
    const bool subGroups =
        std::any_of(rows.begin(), rows.end(), [&](const TemplateRow& r) { return !splitLabel(r).first.isEmpty(); });
    m_headerRows = int(overColumns.size()) + 1;
    m_headerColumns = 1 + (overRows ? 1 : 0) + (subGroups ? 1 : 0);
    resize(m_headerRows + int(rows.size()), m_headerColumns + int(t->columns.size()));
    setCell(0, 0, {GridCell::Kind::ColumnHeading, QString(), QString(), m_headerRows, m_headerColumns});

    // Column headings: a group over its columns, a column's own label from below its deepest group down.
    QList<int> labelRow(t->columns.size(), 0);
    for (qsizetype level = 0; level < overColumns.size(); ++level) {
        const GroupHeading& h = overColumns.at(level);
        const int first = columnIndex(h.first);
        const int last = columnIndex(h.last);
        if (first < 0 || last < first) {
            continue;
        }
        setCell(int(level), m_headerColumns + first,
                {GridCell::Kind::ColumnHeading, english ? h.en : h.zh, QString(), 1, last - first + 1});
        for (int c = first; c <= last; ++c) {
            labelRow[c] = int(level) + 1;
        }
    }
    for (qsizetype c = 0; c < t->columns.size(); ++c) {
        const TemplateColumn& column = t->columns.at(c);
        setCell(labelRow[c], m_headerColumns + int(c),
                {GridCell::Kind::ColumnHeading, english ? column.labelEn : column.labelZh, QString(),
                 m_headerRows - labelRow[c], 1});
    }

    // Row headings, numbered as the template numbers them (table 3; table 4 is not numbered).
    const bool number = m_table == u"t3";
    int topItem = 0;
    int groupItem = 0;
    int subItem = 0;
    QString lastSub;
    int subStart = -1;
    int groupStart = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TemplateRow& r = rows.at(i);
        const int row = m_headerRows + int(i);
        const auto [sub, label] = splitLabel(r);
        int column = 0;
        const bool startsGroup = overRows && r.key == overRows->first;
        const bool inGroup = overRows && (startsGroup || groupStart >= 0);
        if (startsGroup) {
            groupStart = row;
            groupItem = 0;
            ++topItem;
            setCell(row, 0,
                    {GridCell::Kind::RowHeading,
                     number ? numbered(0, topItem, english, english ? overRows->en : overRows->zh)
                            : (english ? overRows->en : overRows->zh),
                     QString(), 1, 1});
        }
        if (inGroup) {
            cell(groupStart, 0).rowSpan = row - groupStart + 1;
            column = 1;
        }
        if (!sub.isEmpty() && sub != lastSub) {
            subStart = row;
            subItem = 0;
            ++(inGroup ? groupItem : topItem);
            const QString text = number ? numbered(inGroup ? 1 : 0, inGroup ? groupItem : topItem, english, sub) : sub;
            setCell(row, column, {GridCell::Kind::RowHeading, text, QString(), 1, 1});
        }
        lastSub = sub;
        QString text = label;
        if (!sub.isEmpty()) {
            cell(subStart, column).rowSpan = row - subStart + 1;
            text = number ? numbered(2, ++subItem, english, label) : label;
            ++column;
        } else if (number) {
            text = numbered(inGroup ? 1 : 0, inGroup ? ++groupItem : ++topItem, english, label);
        }
        setCell(row, column, {GridCell::Kind::RowHeading, text, QString(), 1, m_headerColumns - column});
        for (qsizetype c = 0; c < r.columns.size(); ++c) {
            const QString key = m_table + u'.' + r.key + u'.' + r.columns.at(c);
            setCell(row, m_headerColumns + int(c), {GridCell::Kind::Value, QString(), key, 1, 1});
        }
        if (overRows && r.key == overRows->last) {
            groupStart = -1;
        }
    }
}

// Table 2: each part of the table (rows with the same cells) under a heading row of its own, as printed; the
// shape labels each cell in full ("规章本年制发件数"), so the row's and the column's words are what the part's
// labels do not share and what they do.
void TemplateGrid::buildList(const TemplateShape& shape, bool english)
{
    const QList<TemplateRow> rows = shape.rows(m_table, m_version);
    QList<QList<TemplateRow>> parts;
    qsizetype width = 0;
    for (const TemplateRow& r : rows) {
        if (parts.isEmpty() || parts.last().first().columns != r.columns) {
            parts.append(QList<TemplateRow>());
        }
        parts.last().append(r);
        width = std::max(width, r.columns.size());
    }
    m_headerColumns = 1;
    m_headerRows = 0;
    resize(int(rows.size() + parts.size()), int(width) + 1);
    int row = 0;
    for (const QList<TemplateRow>& part : parts) {
        const QStringList columns = part.first().columns;
        const auto labelOf = [&](const TemplateRow& r, qsizetype c) {
            return tokens(cellLabel(shape, m_table + u'.' + r.key + u'.' + columns.at(c), english), english);
        };
        QStringList headings;
        QList<QStringList> rowWords;
        if (part.size() > 1) {
            for (qsizetype c = 0; c < columns.size(); ++c) {
                QList<QStringList> labels;
                for (const TemplateRow& r : part) {
                    labels.append(labelOf(r, c));
                }
                const int n = shared(labels, true);
                headings.append(joined(labels.first().mid(labels.first().size() - n), english));
                if (c == 0) {
                    for (const QStringList& l : labels) {
                        rowWords.append(l.mid(0, l.size() - n));
                    }
                }
            }
        } else {
            QList<QStringList> labels;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                labels.append(labelOf(part.first(), c));
            }
            int n = columns.size() > 1 ? shared(labels, false) : int(labels.first().size());
            if (columns.size() == 1 && !english) {
                // One cell: its row is named by the longest of the row's words found in the label ("行政事业性收费").
                const QString label = labels.first().join(QString());
                for (const QString& word : part.first().words) {
                    const qsizetype at = label.indexOf(word);
                    if (at >= 0 && at + word.size() < label.size()) {
                        n = std::min(n, int(at + word.size()));
                    }
                }
            }
            rowWords.append(labels.first().mid(0, n));
            for (const QStringList& l : labels) {
                headings.append(joined(l.mid(n), english));
            }
        }
        setCell(row, 0,
                {GridCell::Kind::ColumnHeading, english ? QStringLiteral("Item") : QStringLiteral("信息内容"),
                 QString(), 1, 1});
        for (qsizetype c = 0; c < headings.size(); ++c) {
            setCell(row, int(c) + 1, {GridCell::Kind::ColumnHeading, headings.at(c), QString(), 1, 1});
        }
        ++row;
        for (qsizetype i = 0; i < part.size(); ++i) {
            const TemplateRow& r = part.at(i);
            setCell(row, 0, {GridCell::Kind::RowHeading, joined(rowWords.value(i), english), QString(), 1, 1});
            for (qsizetype c = 0; c < columns.size(); ++c) {
                setCell(row, int(c) + 1,
                        {GridCell::Kind::Value, QString(), m_table + u'.' + r.key + u'.' + columns.at(c), 1, 1});
            }
            ++row;
        }
    }
}

} // namespace jiaohe
