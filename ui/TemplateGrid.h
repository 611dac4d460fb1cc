// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPoint>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jiaohe {

class TemplateShape;

// One cell of a template table as printed: a heading (a column's or a row's label, or a group's spanning
// several), a value cell (the field of the catalogue it holds) or nothing (a cell the template leaves empty).
struct GridCell
{
    enum class Kind
    {
        Empty,
        ColumnHeading,
        RowHeading,
        Value,
    };
    Kind kind = Kind::Empty;
    QString text; // a heading's full label, numbered as the template numbers its rows (三、 (一) 1.)
    QString key;  // a value cell's field key ("t3.denied.state_secret.business")
    int rowSpan = 1;
    int columnSpan = 1;
    bool covered = false; // inside another cell's span
};

// The layout of one of the template's tables (表二, 表三, 表四) as the printed template draws it: headings over the
// columns and beside the rows, the value cells in between. Made from the template's shape (TemplateShape: rows,
// columns, the cells' keys and labels), in one template version and one language; the group headings the shape
// does not name (申请人情况, 法人或其他组织, 本年度办理结果, 行政诉讼) are the only words added here, each over the
// keys of the shape it spans. Table 4 is drawn with its three blocks (行政复议, 未经复议直接起诉, 复议后起诉) as
// rows, the shape's own form, rather than side by side as printed: fifteen columns do not fit beside a report.
class TemplateGrid
{
public:
    // The tables drawn, in order.
    static QStringList tableIds() { return {QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")}; }
    // The template version (2019 or 2021) whose cells the keys are: the one more of them belong to only; 2021
    // when none tells.
    static int versionOf(const TemplateShape& shape, const QSet<QString>& keys);

    static TemplateGrid build(const TemplateShape& shape, const QString& table, int version, bool english);

    const QString& table() const { return m_table; }
    int version() const { return m_version; }
    int rowCount() const { return int(m_cells.size()); }
    int columnCount() const { return m_columns; }
    int headerRows() const { return m_headerRows; }
    int headerColumns() const { return m_headerColumns; }
    const GridCell& at(int row, int column) const;
    // Where a field's cell is; (-1, -1) when the table has no such cell. x is the column, y the row.
    QPoint positionOf(const QString& key) const { return m_positions.value(key, QPoint(-1, -1)); }
    // Every value cell's key, row by row.
    QStringList keys() const { return m_keys; }

private:
    GridCell& cell(int row, int column);
    void resize(int rows, int columns);
    void setCell(int row, int column, const GridCell& cell);
    void finish();
    void buildGrid(const TemplateShape& shape, bool english);
    void buildList(const TemplateShape& shape, bool english);

    QString m_table;
    int m_version = 2021;
    int m_columns = 0;
    int m_headerRows = 0;
    int m_headerColumns = 0;
    QList<QList<GridCell>> m_cells;
    QHash<QString, QPoint> m_positions;
    QStringList m_keys;
};

} // namespace jiaohe
