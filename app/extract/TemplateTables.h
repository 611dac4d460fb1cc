// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace jiaohe {

class Document;
class Layout;

// One cell of the standard template's tables (国办公开办函〔2019〕60号, revised by 〔2021〕30号).
// Offsets are UTF-16 indexes into Document::normalised; an empty span marks a cell printed as nothing.
struct TableCell
{
    QString key; // t2.rules.issued, t3.new.person, t4.reconsideration.total, ...
    double value = 0;
    bool blank = false; // printed empty or as —, -, /, 无: read as zero
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0; // Layout line of the cell
};

// A row of a template table whose numbers cannot be put in their columns with confidence (spaced text that lost
// its empty cells, cells run together with more than one split), or a whole table whose identities fail under
// every alignment its layout allows: its cells are left unread, and the checker flags it for a reader to check by
// hand. Offsets as TableCell's.
struct TableDoubt
{
    QString row; // t3.new, t3.granted, ...; the table ("t3") when the whole table is left unread
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0;
    // A whole table: its identities checked and failing under the alignment that fits best, and whether two
    // different alignments fit equally well.
    int checked = 0;
    int failing = 0;
    bool ambiguous = false;
};

struct TemplateTables
{
    int version = 0; // 2019 or 2021 from table 2's (else table 3's) headers; 0 when no table was read
    QList<TableCell> cells;
    QList<TableDoubt> doubts;
    QList<int> tableLines; // Layout lines that belong to the tables (headers, labels, rows), ascending
    bool hasTable2 = false;
    bool hasTable3 = false;
    bool hasTable4 = false;

    const TableCell* cell(const QString& key) const
    {
        for (const TableCell& c : cells) {
            if (c.key == key) {
                return &c;
            }
        }
        return nullptr;
    }
};

// Reads the template's tables 2 (主动公开), 3 (收到和处理政府信息公开申请情况) and 4 (行政复议、行政诉讼) from
// the normalised text of a report: web-page tables (one row per line, cells separated by tabs), text
// with one row per line (cells separated by spaces, labels interleaved, merged labels split one
// character per line) and PDF text whose cells come one per line, row by row or column by column.
// Rows are recognised by their labels' keywords and by their place in the template's order.
TemplateTables readTemplateTables(const Document& doc, const Layout& layout);

} // namespace jiaohe
