// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableAlignment.h"

#include <cmath>

namespace jiaohe::tables {

namespace {

constexpr double kEps = 1e-6;

QString cellKey(const QString& table, const QString& row, const QString& column)
{
    return table + u'.' + row + u'.' + column;
}

} // namespace

TableAlignment TableAlignment::table3(const QList<TemplateRow>& rows)
{
    QList<TemplateSum> sums;
    if (rows.isEmpty()) {
        return TableAlignment(sums);
    }
    const QStringList& columns = rows.first().columns;
    const QString total = columns.last();
    for (const TemplateRow& r : rows) {
        TemplateSum s;
        for (const QString& c : columns.first(columns.size() - 1)) {
            s.left.append(cellKey(QStringLiteral("t3"), r.key, c));
        }
        s.right = {cellKey(QStringLiteral("t3"), r.key, total)};
        sums.append(s);
    }
    // The outcome rows: those between 上年结转 and (七)总计, whichever version.
    QStringList outcomes;
    bool inOutcomes = false;
    for (const TemplateRow& r : rows) {
        if (r.key == u"total") {
            break;
        }
        if (inOutcomes) {
            outcomes.append(r.key);
        }
        inOutcomes = inOutcomes || r.key == u"carried_over";
    }
    for (const QString& c : columns) {
        TemplateSum column;
        for (const QString& r : std::as_const(outcomes)) {
            column.left.append(cellKey(QStringLiteral("t3"), r, c));
        }
        column.right = {cellKey(QStringLiteral("t3"), QStringLiteral("total"), c)};
        sums.append(column);
        TemplateSum balance;
        balance.left = {cellKey(QStringLiteral("t3"), QStringLiteral("new"), c),
                        cellKey(QStringLiteral("t3"), QStringLiteral("carried_over"), c)};
        balance.right = {cellKey(QStringLiteral("t3"), QStringLiteral("total"), c),
                         cellKey(QStringLiteral("t3"), QStringLiteral("carried_forward"), c)};
        sums.append(balance);
    }
    return TableAlignment(sums);
}

QList<TemplateSum> TableAlignment::table2Row(const QString& key, int version)
{
    if (key != u"rules" && key != u"normative") {
        return {};
    }
    auto cell = [&](const char16_t* column) { return cellKey(QStringLiteral("t2"), key, QString::fromUtf16(column)); };
    if (version == 2019) {
        return {TemplateSum{{cell(u"in_force_total")}, {cell(u"published")}, true},
                TemplateSum{{cell(u"in_force_total")}, {cell(u"made")}, true}};
    }
    return {TemplateSum{{cell(u"in_force"), cell(u"repealed")}, {cell(u"issued")}, true}};
}

IdentityCount TableAlignment::count(const TableReading& reading) const
{
    IdentityCount out;
    for (const TemplateSum& s : m_sums) {
        double left = 0;
        double right = 0;
        bool complete = true;
        bool nonZero = false;
        bool rightBlank = true;
        for (const QString& k : s.left) {
            const auto it = reading.constFind(k);
            complete = complete && it != reading.cend();
            if (it != reading.cend()) {
                left += it->value;
                nonZero = nonZero || it->value != 0;
            }
        }
        for (const QString& k : s.right) {
            const auto it = reading.constFind(k);
            complete = complete && it != reading.cend();
            if (it != reading.cend()) {
                right += it->value;
                nonZero = nonZero || it->value != 0;
                rightBlank = rightBlank && it->blank;
            }
        }
        if (!complete || !nonZero || (rightBlank && right == 0)) {
            continue;
        }
        const bool holds = s.atLeast ? left - right > -kEps : std::abs(left - right) < kEps;
        (holds ? out.holding : out.failing) += 1;
    }
    return out;
}

AlignmentChoice TableAlignment::choose(const QList<TableReading>& readings) const
{
    AlignmentChoice out;
    QList<IdentityCount> counts;
    int best = -1;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        counts.append(count(readings.at(i)));
        if (best < 0 || counts.last().failing < counts.at(best).failing) {
            best = int(i);
        }
    }
    if (best < 0) {
        return out;
    }
    out.count = counts.at(best);
    if (out.count.mostFail()) {
        return out;
    }
    for (qsizetype i = 0; i < readings.size(); ++i) {
        if (i != best && counts.at(i).failing == out.count.failing && readings.at(i) != readings.at(best)) {
            out.ambiguous = true;
            return out;
        }
    }
    out.chosen = best;
    return out;
}

} // namespace jiaohe::tables
