// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TemplateShape.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The self-check of a table read from a report: the template's own identities tell a misreading (numbers put in
// the wrong columns) from a report's errors. Internal to app/extract (the readers of tables 2 and 3, and tests).
namespace jiaohe::tables {

// One cell of a reading. `blank`: printed empty or as a dash (a total the report left blank is not a failed
// identity: the checks report it as missing); a cell the reader added for one the row lacks is not blank.
struct ReadCell
{
    double value = 0;
    bool blank = false;

    friend bool operator==(const ReadCell& a, const ReadCell& b) { return a.value == b.value && a.blank == b.blank; }
};

// One way of putting a table's numbers in its columns: cell key ("t3.new.person") to what it holds.
using TableReading = QHash<QString, ReadCell>;

// A sum the table must satisfy: sum(left) = sum(right), or sum(left) >= sum(right) when `atLeast`.
struct TemplateSum
{
    QStringList left;
    QStringList right;
    bool atLeast = false;
};

// The identities of a reading that could be checked: every cell present, at least one not zero (a row of zeros
// holds under any alignment and says nothing about it), and the right side not all printed blank.
struct IdentityCount
{
    int holding = 0;
    int failing = 0;

    int checked() const { return holding + failing; }
    // A reading under which most identities fail is a misreading; one failing identity alone is a report's error.
    bool mostFail() const { return failing >= 2 && failing * 2 > checked(); }
};

// Which reading to keep: `chosen` is its index, -1 when none holds (most of the identities fail under every one)
// or when two different readings fit equally well (`ambiguous`). `count` is the chosen reading's, else the best.
struct AlignmentChoice
{
    int chosen = -1;
    bool ambiguous = false;
    IdentityCount count;
};

class TableAlignment
{
public:
    explicit TableAlignment(QList<TemplateSum> sums) : m_sums(std::move(sums)) {}

    // Table 3 of one version (its rows): every row's six applicant columns add up to its total, every column's
    // outcome rows to the (七)总计 row, and new + carried over = total + carried forward in every column.
    static TableAlignment table3(const QList<TemplateRow>& rows);
    // A row of table 2, by its key and the version: what is in force now is at least what was issued this year
    // less what was repealed (2021), the total published at least what was made or published this year (2019).
    // Rows of counts of decisions have no such sum: an empty list.
    static QList<TemplateSum> table2Row(const QString& key, int version);

    const QList<TemplateSum>& sums() const { return m_sums; }
    IdentityCount count(const TableReading& reading) const;
    // The reading with the fewest failing identities, when it is the only one (readings equal in every cell
    // count once) and most of its identities hold. Readings in order of preference: the first is as read.
    AlignmentChoice choose(const QList<TableReading>& readings) const;

private:
    QList<TemplateSum> m_sums;
};

} // namespace jiaohe::tables
