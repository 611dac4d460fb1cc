// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableChecks.h"

#include "TableIdentity.h"

#include "common/NumberText.h"
#include "document/Document.h"
#include "extract/FieldCatalogue.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace jiaohe {

using namespace tablecheck;

namespace {

struct Change
{
    int cell = -1;
    double value = 0;
};

// Blank cells that are the total of some identity are unknowns: each is solved from an identity in which
// it is the only unknown (first as a total, then as a part). What stays unknown is zero, as printed.
QList<std::pair<int, int>> fillBlankTotals(const QList<Instance>& instances, QList<Cell>& cells)
{
    QSet<int> unknown;
    for (const Instance& in : instances) {
        for (int c : in.right) {
            if (cells.at(c).blank) {
                unknown.insert(c);
            }
        }
    }
    QList<std::pair<int, int>> filled; // cell, the instance that gave its value
    for (int pass = 0; pass < 2 && !unknown.isEmpty(); ++pass) {
        for (bool changed = true; changed;) {
            changed = false;
            for (qsizetype i = 0; i < instances.size(); ++i) {
                const Instance& in = instances.at(i);
                int u = -1;
                int n = 0;
                for (int c : in.members()) {
                    if (unknown.contains(c)) {
                        ++n;
                        u = c;
                    }
                }
                if (n != 1 || (pass == 0 && !in.right.contains(u))) {
                    continue;
                }
                const double rest = in.diff(cells) - in.coefficient(u) * cells.at(u).value;
                const double v = in.coefficient(u) > 0 ? -rest : rest;
                if (v < -kEps) {
                    continue;
                }
                cells[u].value = v;
                cells[u].solved = true;
                unknown.remove(u);
                filled.append({u, int(i)});
                changed = true;
            }
        }
    }
    return filled;
}

int typoCount(const QList<Change>& changes, const QList<Cell>& cells)
{
    int n = 0;
    for (const Change& c : changes) {
        n += digitTypo(cells.at(c.cell).printed, c.value) != DigitTypo::None ? 1 : 0;
    }
    return n;
}

// The smallest set of cells (one, else two) whose change makes every identity hold. Several equally small
// answers are told apart by typos (the one whose printed values are slips of the suggested ones); when
// that does not decide, nothing is named.
QList<Change> locate(const QList<Instance>& instances, const QList<int>& failing, const QList<Cell>& cells,
                     const QList<QList<int>>& memberOf)
{
    QList<int> candidates;
    for (int i : failing) {
        for (int c : instances.at(i).members()) {
            if (!candidates.contains(c) && cells.at(c).current && !cells.at(c).solved) {
                candidates.append(c);
            }
        }
    }
    const QSet<int> failingSet(failing.cbegin(), failing.cend());
    QList<double> diffs;
    for (const Instance& in : instances) {
        diffs.append(in.diff(cells));
    }
    QList<QList<Change>> answers;
    for (int c : std::as_const(candidates)) {
        const QList<int>& m = memberOf.at(c);
        if (m.size() != failing.size() ||
            !std::all_of(m.cbegin(), m.cend(), [&](int i) { return failingSet.contains(i); })) {
            continue; // it misses a failing identity, or would break one that holds
        }
        double delta = -diffs.at(m.first()) / instances.at(m.first()).coefficient(c);
        const bool agree = std::all_of(m.cbegin(), m.cend(), [&](int i) {
            return std::abs(-diffs.at(i) / instances.at(i).coefficient(c) - delta) <= kEps;
        });
        const double v = cells.at(c).value + delta;
        if (agree && std::abs(delta) > kEps && v >= -kEps) {
            answers.append({{c, v}});
        }
    }
    // Two cells: only for a few failing identities, where the search is cheap.
    if (answers.isEmpty() && failing.size() <= 16 && candidates.size() <= 400) {
        QHash<int, quint32> mask; // failing identities containing a cell, as bits
        for (qsizetype k = 0; k < failing.size(); ++k) {
            for (int c : instances.at(failing.at(k)).members()) {
                mask[c] |= quint32(1) << k;
            }
        }
        const quint32 all = (quint64(1) << failing.size()) - 1;
        for (qsizetype x = 0; x < candidates.size(); ++x) {
            for (qsizetype y = x + 1; y < candidates.size(); ++y) {
                const int a = candidates.at(x);
                const int b = candidates.at(y);
                if ((mask.value(a) | mask.value(b)) != all) {
                    continue;
                }
                QList<int> involved = memberOf.at(a);
                for (int i : memberOf.at(b)) {
                    if (!involved.contains(i)) {
                        involved.append(i);
                    }
                }
                // d + ca·δa + cb·δb = 0 for every identity holding a or b; an identity with only one of
                // them fixes its change.
                std::optional<double> da, db;
                for (int i : std::as_const(involved)) {
                    const int ca = instances.at(i).coefficient(a);
                    const int cb = instances.at(i).coefficient(b);
                    if (ca != 0 && cb == 0 && !da) {
                        da = -diffs.at(i) / ca;
                    } else if (cb != 0 && ca == 0 && !db) {
                        db = -diffs.at(i) / cb;
                    }
                }
                if (!da || !db || std::abs(*da) <= kEps || std::abs(*db) <= kEps) {
                    continue;
                }
                const bool holds = std::all_of(involved.cbegin(), involved.cend(), [&](int i) {
                    return std::abs(diffs.at(i) + instances.at(i).coefficient(a) * *da +
                                    instances.at(i).coefficient(b) * *db) <= kEps;
                });
                const double va = cells.at(a).value + *da;
                const double vb = cells.at(b).value + *db;
                if (holds && va >= -kEps && vb >= -kEps) {
                    answers.append({{a, va}, {b, vb}});
                }
            }
        }
    }
    if (answers.size() == 1) {
        return answers.first();
    }
    int best = -1;
    int bestScore = 0;
    bool tie = false;
    for (qsizetype k = 0; k < answers.size(); ++k) {
        const int score = typoCount(answers.at(k), cells);
        if (score > bestScore) {
            best = int(k);
            bestScore = score;
            tie = false;
        } else if (score == bestScore && score > 0) {
            tie = true;
        }
    }
    return best >= 0 && !tie ? answers.at(best) : QList<Change>{};
}

QString typoNote(const Rule& rule, DigitTypo typo, const QString& lang)
{
    static const QHash<DigitTypo, QString> names = {{DigitTypo::Swapped, QStringLiteral("swapped")},
                                                    {DigitTypo::Dropped, QStringLiteral("dropped")},
                                                    {DigitTypo::Doubled, QStringLiteral("doubled")}};
    if (typo == DigitTypo::None) {
        return QString();
    }
    return rule.params.value(u"typo").toObject().value(names.value(typo)).toObject().value(lang).toString();
}

QString joinLabels(const QList<int>& which, const QList<Instance>& instances, const QString& lang)
{
    QStringList labels;
    for (int i : which) {
        labels.append(instances.at(i).label(lang));
    }
    return labels.join(lang == u"en" ? QStringLiteral(", ") : QStringLiteral("、"));
}

} // namespace

DigitTypo digitTypo(double printed, double intended)
{
    if (printed < 0 || intended < 0 || printed > 1e15 || intended > 1e15 || printed != std::floor(printed) ||
        intended != std::floor(intended) || printed == intended) {
        return DigitTypo::None;
    }
    const QString p = QString::number(qint64(printed));
    const QString s = QString::number(qint64(intended));
    if (p.size() == s.size()) {
        for (qsizetype i = 0; i + 1 < p.size(); ++i) {
            if (p.at(i) != s.at(i)) {
                QString swapped = s;
                std::swap(swapped[i], swapped[i + 1]);
                return swapped == p ? DigitTypo::Swapped : DigitTypo::None;
            }
        }
        return DigitTypo::None;
    }
    if (s.size() == p.size() + 1) {
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (QString(s).remove(i, 1) == p) {
                return DigitTypo::Dropped;
            }
        }
    } else if (p.size() == s.size() + 1) {
        for (qsizetype i = 0; i + 1 < p.size(); ++i) {
            if (p.at(i) == p.at(i + 1) && QString(p).remove(i, 1) == s) {
                return DigitTypo::Doubled;
            }
        }
    }
    return DigitTypo::None;
}

void checkTableIdentities(const Extraction& ex, const QList<Rule>& rules, QList<Flag>* flags)
{
    Cells table(&ex, nullptr);
    QList<Instance> instances;
    const Rule* localise = nullptr;
    for (const Rule& r : rules) {
        if (r.type == u"table_localise") {
            localise = &r;
        } else if (r.type == u"table_identity" && appliesTo(r, ex.templateVersion)) {
            instances += expand(r, table);
        }
    }
    if (instances.isEmpty()) {
        return;
    }
    QList<Cell>& cells = table.list;
    QList<QList<int>> memberOf(cells.size());
    for (qsizetype i = 0; i < instances.size(); ++i) {
        for (int c : instances.at(i).members()) {
            if (!memberOf[c].contains(int(i))) {
                memberOf[c].append(int(i));
            }
        }
    }

    if (localise) {
        // A blank total whose parts are filled is missing, a milder finding than a wrong one.
        QList<std::pair<int, int>> missing = fillBlankTotals(instances, cells);
        missing.removeIf([&](const auto& m) { return cells.at(m.first).value <= kEps; });
        const int limit = localise->params.value(u"missing_limit").toInt(5);
        if (missing.size() > limit) {
            const QHash<QString, QString> count = {{QStringLiteral("count"), QString::number(missing.size())}};
            Flag f = makeFlag(*localise, QStringLiteral("message_missing_many"), count, count);
            f.severity = Severity::Warning;
            for (const auto& [c, i] : std::as_const(missing)) {
                f.values.append(cells.at(c).value);
                addSpan(f, cells.at(c));
            }
            flags->append(f);
        } else {
            for (const auto& [c, i] : std::as_const(missing)) {
                const Cell& cell = cells.at(c);
                const auto& instance = instances.at(i); // clang 14 cannot capture the binding itself
                const auto values = [&](const QString& lang) {
                    return QHash<QString, QString>{{QStringLiteral("cell"), cellLabel(cell.key, lang)},
                                                   {QStringLiteral("suggested"), numberText(cell.value)},
                                                   {QStringLiteral("identities"), instance.label(lang)}};
                };
                Flag f = makeFlag(*localise, QStringLiteral("message_missing"), values(QStringLiteral("zh")),
                                  values(QStringLiteral("en")));
                f.severity = Severity::Warning;
                addInstance(f, instance, cells);
                f.suggestion = Suggestion{cell.value, cell.start, cell.end};
                flags->append(f);
            }
        }
    }

    QList<int> failing;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        if (std::abs(instances.at(i).diff(cells)) > kEps) {
            failing.append(int(i));
        }
    }
    if (failing.isEmpty()) {
        return;
    }
    QSet<int> explained;
    if (localise) {
        for (const Change& change : locate(instances, failing, cells, memberOf)) {
            const Cell& cell = cells.at(change.cell);
            QList<int> which;
            for (int i : std::as_const(failing)) {
                if (instances.at(i).coefficient(change.cell) != 0) {
                    which.append(i);
                }
            }
            const DigitTypo typo = digitTypo(cell.printed, change.value);
            const auto values = [&](const QString& lang) {
                return QHash<QString, QString>{{QStringLiteral("cell"), cellLabel(cell.key, lang)},
                                               {QStringLiteral("printed"), numberText(cell.printed)},
                                               {QStringLiteral("suggested"), numberText(change.value)},
                                               {QStringLiteral("typo"), typoNote(*localise, typo, lang)},
                                               {QStringLiteral("identities"), joinLabels(which, instances, lang)}};
            };
            Flag f = makeFlag(*localise, QString(), values(QStringLiteral("zh")), values(QStringLiteral("en")));
            addSpan(f, cell);
            for (int i : std::as_const(which)) {
                addInstance(f, instances.at(i), cells);
                explained.insert(i);
            }
            f.suggestion = Suggestion{change.value, cell.start, cell.end};
            flags->append(f);
        }
    }
    for (int i : std::as_const(failing)) {
        if (!explained.contains(i)) {
            flags->append(mismatchFlag(instances.at(i), cells));
        }
    }
}

} // namespace jiaohe
