// SPDX-License-Identifier: GPL-3.0-or-later
// Table 4 (政府信息公开行政复议、行政诉讼情况): three cases (复议, 直接起诉, 复议后起诉) of five results each.
#include "TableReader.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace jiaohe::tables {

namespace {

constexpr int kT4Cells = 15;

// Whether a case's four results add up to its total.
bool balanced(const QList<RawCell>& c)
{
    return std::abs(c.at(0).value + c.at(1).value + c.at(2).value + c.at(3).value - c.at(4).value) < 1e-6;
}

// Table 4's fifteen cells in the template's order. Text order is kept when it is all there is or when
// it balances; plain PDF text may print a case's four results in one place and its total in another,
// and the cases out of order: then runs of four are paired with the later single cell that is their
// sum, and a case printed just after the header 复议后起诉 (or 直接起诉) takes that column.
template <typename Cells, typename Before>
QList<RawCell> reorderTable4(const QList<RawCell>& inOrder, qsizetype runCount, Cells cellsOf, Before beforeOf)
{
    if (runCount < 2 || (balanced(inOrder.mid(0, 5)) && balanced(inOrder.mid(5, 5)) && balanced(inOrder.mid(10, 5)))) {
        return inOrder;
    }
    QList<QList<RawCell>> cases;
    QList<QString> markers;
    QList<bool> used(runCount, false);
    for (qsizetype i = 0; i < runCount; ++i) {
        if (used.at(i)) {
            continue;
        }
        const QList<RawCell>& cells = cellsOf(i);
        QList<RawCell> c;
        if (cells.size() == 5) {
            c = cells;
        } else if (cells.size() == 4) {
            const double sum = cells.at(0).value + cells.at(1).value + cells.at(2).value + cells.at(3).value;
            for (qsizetype k = i + 1; k < runCount; ++k) {
                if (!used.at(k) && cellsOf(k).size() == 1 && std::abs(cellsOf(k).first().value - sum) < 1e-6) {
                    used[k] = true;
                    c = cells;
                    c.append(cellsOf(k).first());
                    break;
                }
            }
        }
        if (c.size() != 5 || !balanced(c)) {
            return inOrder;
        }
        used[i] = true;
        cases.append(c);
        const QString& before = i == 0 ? QString() : beforeOf(i);
        const bool afterReview = before.contains(u"复议后起诉");
        const bool direct = before.contains(u"直接起诉");
        markers.append(afterReview == direct ? QString()
                                             : (afterReview ? QStringLiteral("after") : QStringLiteral("direct")));
    }
    if (cases.size() != 3) {
        return inOrder;
    }
    std::array<int, 3> slot = {-1, -1, -1}; // reconsideration, direct, after review -> case
    for (int k = 0; k < 3; ++k) {
        const int s = markers.at(k) == u"after" ? 2 : markers.at(k) == u"direct" ? 1 : -1;
        if (s >= 0 && slot.at(s) < 0) {
            slot[s] = k;
        }
    }
    for (int k = 0; k < 3; ++k) {
        if (std::find(slot.cbegin(), slot.cend(), k) != slot.cend()) {
            continue;
        }
        for (int& s : slot) {
            if (s < 0) {
                s = k;
                break;
            }
        }
    }
    QList<RawCell> out;
    for (int s : slot) {
        out.append(cases.at(s));
    }
    return out;
}

} // namespace

bool TableReader::readTable4(int from, int to)
{
    // The template's cells in order, each case's results (both versions share table 4).
    QStringList keys;
    for (const TemplateRow& r : m_shape.rows(u"t4", 2021)) {
        for (const QString& c : r.columns) {
            keys.append(QStringLiteral("t4.") + r.key + u'.' + c);
        }
    }
    if (keys.size() != kT4Cells) {
        return false; // the reordering below knows three cases of five results
    }
    const QList<TableLine> lines = linesOf(from, to);
    QList<RawCell> all;
    int lastLine = -1;
    bool lastTabbed = false;
    // Runs of cells and the words printed before each (PDF text may print a case's figures away
    // from its total, under its own header).
    struct Run
    {
        QList<RawCell> cells;
        QString before;
    };
    QList<Run> runs;
    QString gap;
    bool inRun = false;
    for (const TableLine& l : lines) {
        if (all.size() >= kT4Cells) {
            break;
        }
        if (!l.label.isEmpty()) {
            gap += l.label;
            inRun = false;
        }
        if (!l.cells.isEmpty()) {
            all.append(l.cells);
            lastLine = l.line;
            lastTabbed = l.tabbed;
            if (!inRun) {
                runs.append(Run{{}, gap});
                gap.clear();
                inRun = true;
            }
            runs.last().cells.append(l.cells);
        }
    }
    if (all.size() == kT4Cells) {
        all = reorderTable4(
            all, runs.size(), [&](qsizetype i) -> const QList<RawCell>& { return runs.at(i).cells; },
            [&](qsizetype i) -> const QString& { return runs.at(i).before; });
    }
    if (lastLine < 0) {
        return false;
    }
    while (lastTabbed && all.size() < kT4Cells) {
        all.append(blankAtEnd(lastLine));
    }
    if (all.size() < kT4Cells) {
        return false;
    }
    int lastCell = -1;
    for (int k = 0; k < kT4Cells; ++k) {
        add(keys.at(k), all.at(k));
        lastCell = std::max(lastCell, all.at(k).line);
    }
    markLines(from, lastCell, to);
    return true;
}

} // namespace jiaohe::tables
