// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jiaohe {

// One row of a table of the standard template: its key, the words that name it in a label and its cells.
struct TemplateRow
{
    QString key;         // "rules", "denied.state_secret"
    QStringList words;   // a label naming the row contains one of them; "=其他": a label ending in 其他
    QStringList columns; // the keys of the row's cells, in order ("issued", "person", "upheld")
    QList<int> versions; // the template versions that have the row; empty: both
    QString labelZh;     // grid tables (3 and 4): the row's part of its cells' labels
    QString labelEn;

    bool namedBy(QStringView label) const;
};

// A column of a grid table (3 and 4): its key and labels ("business", 商业企业).
struct TemplateColumn
{
    QString key;
    QString labelZh;
    QString labelEn;
};

// One table: 表二 (t2), 表三 (t3) or 表四 (t4).
struct TemplateTable
{
    QString id;
    QString group; // the catalogue group of its cells
    QList<TemplateRow> rows;
    QList<TemplateColumn> columns; // grid tables (3 and 4): every row has these cells; empty for table 2
    QHash<int, QStringList> versionWords; // table 2: words of its headers in each version
    QStringList splitWords;               // table 3: words only the 2021 version has (其他处理 split in three)
    QStringList groupWords;               // table 3: labels of merged group cells, which carry no figures
};

// A cell of the template as the field catalogue lists it.
struct TemplateCell
{
    QString key; // t3.granted.total
    QString labelZh;
    QString labelEn;
    QString unit;
    QString group;
};

// A narrative field of the catalogue filled from the tables: the sum of the cells ("outcome.denied": the eight
// 不予公开 rows' totals).
struct TemplateSummary
{
    QString field;
    QStringList cells;
};

// The shape of the standard template's tables (国办公开办函〔2019〕60号, revised by 〔2021〕30号), kept as data in
// resources/template-tables.json: the table reader takes its rows from here, the field catalogue its t2.*, t3.*
// and t4.* cells, and the rules that name cells are checked against it.
class TemplateShape
{
public:
    // The built-in shape; loaded once, thread-safe.
    static const TemplateShape& builtin();
    // Loads a shape from JSON; on failure returns false and says what and where in `error`.
    bool load(const QByteArray& json, QString* error);

    // The table "t2", "t3" or "t4"; nullptr for another id.
    const TemplateTable* table(QStringView id) const;
    // A table's rows in the template's order, those of one version (2019 or 2021).
    QList<TemplateRow> rows(QStringView table, int version) const;
    // Every cell, table by table and row by row (a cell two versions share once), for the catalogue.
    const QList<TemplateCell>& cells() const { return m_cells; }
    bool hasCell(const QString& key) const { return m_cellIndex.contains(key); }
    // The cell of a key; nullptr for a key that is no cell of the tables.
    const TemplateCell* cell(const QString& key) const
    {
        const auto it = m_cellIndex.constFind(key);
        return it == m_cellIndex.cend() ? nullptr : &m_cells.at(*it);
    }
    // The catalogue fields the tables fill when the text gives no figure of its own, in order.
    const QList<TemplateSummary>& summaries() const { return m_summaries; }

private:
    QList<TemplateTable> m_tables;
    QList<TemplateCell> m_cells;
    QHash<QString, int> m_cellIndex;
    QList<TemplateSummary> m_summaries;
};

} // namespace jiaohe
