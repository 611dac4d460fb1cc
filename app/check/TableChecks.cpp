#include "TableChecks.h"

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

namespace {

constexpr double kEps = 1e-6;

QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(u'{' + it.key() + u'}', it.value());
    }
    return text;
}

// A key or a list of keys.
QStringList stringsOf(const QJsonValue& v)
{
    if (v.isString()) {
        return {v.toString()};
    }
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        out.append(x.toString());
    }
    return out;
}

// "a", ["a", "b"] (one sum of cells) or [["a"], ["a", "b"]] (alternatives, each a sum).
QList<QStringList> alternativesOf(const QJsonValue& v)
{
    QList<QStringList> out;
    if (v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isArray()) {
        for (const QJsonValue& a : v.toArray()) {
            out.append(stringsOf(a));
        }
    } else if (!stringsOf(v).isEmpty()) {
        out.append(stringsOf(v));
    }
    return out;
}

QString textOf(const Rule& rule, const QString& param, const QString& lang)
{
    return rule.params.value(param).toObject().value(lang).toString();
}

QString cellLabel(const QString& key, const QString& lang)
{
    const QString plain = key.startsWith(u"prev:") ? key.mid(5) : key;
    const FieldDef* def = FieldCatalogue::builtin().find(plain);
    const QString label = def ? def->label(lang) : QString();
    return label.isEmpty() ? plain : label;
}

// One value of a rule's "for_each" variable: "granted" or {"key": "granted", "zh": "予以公开", "en": "granted"}.
struct Binding
{
    QString value;
    QString zh;
    QString en;
};

QString variableOf(const QJsonObject& params)
{
    const QJsonObject fe = params.value(u"for_each").toObject();
    return fe.isEmpty() ? QString() : fe.constBegin().key();
}

QList<Binding> bindingsOf(const QJsonObject& params)
{
    const QJsonObject fe = params.value(u"for_each").toObject();
    if (fe.isEmpty()) {
        return {Binding{}};
    }
    QList<Binding> out;
    for (const QJsonValue& v : fe.constBegin().value().toArray()) {
        if (v.isString()) {
            out.append({v.toString(), v.toString(), v.toString()});
        } else {
            const QJsonObject o = v.toObject();
            const QString key = o.value(u"key").toString();
            out.append({key, o.value(u"zh").toString(key), o.value(u"en").toString(key)});
        }
    }
    return out;
}

struct Cell
{
    QString key;
    double value = 0;   // as the checks use it: a blank total may be filled in by its identity
    double printed = 0; // as extracted (a blank cell is 0)
    bool blank = false;
    bool current = true; // a cell of this year's report, with a span in it
    qsizetype start = 0;
    qsizetype end = 0;
    bool solved = false; // a blank filled in by an identity
};

// One identity of a rule for one value of its variable: sum(left) = sum(right).
struct Instance
{
    const Rule* rule = nullptr;
    Binding where;
    QList<int> left;
    QList<int> right;

    double diff(const QList<Cell>& cells) const
    {
        double d = 0;
        for (int c : left) {
            d += cells.at(c).value;
        }
        for (int c : right) {
            d -= cells.at(c).value;
        }
        return d;
    }
    double side(const QList<Cell>& cells, const QList<int>& members) const
    {
        double s = 0;
        for (int c : members) {
            s += cells.at(c).value;
        }
        return s;
    }
    // +1 for a cell on the left, -1 on the right, 0 for a cell not in the identity
    int coefficient(int cell) const { return left.contains(cell) ? 1 : right.contains(cell) ? -1 : 0; }
    QList<int> members() const { return left + right; }
    QString label(const QString& lang) const
    {
        const QString name = textOf(*rule, QStringLiteral("name"), lang);
        const QString where = lang == u"en" ? this->where.en : this->where.zh;
        return name.isEmpty() ? where : fill(name, {{QStringLiteral("where"), where}});
    }
};

// The cells the rules name, looked up once: "t3.new.total" in this year's report, "prev:t3.new.total" in
// last year's.
class Cells
{
public:
    Cells(const Extraction* current, const Extraction* previous)
    {
        for (const Extraction* ex : {current, previous}) {
            if (!ex) {
                continue;
            }
            for (const ExtractedField& f : ex->fields) {
                m_prefixes.insert(f.key.left(f.key.indexOf(u'.')));
                const QString spec = ex == previous ? QStringLiteral("prev:") + f.key : f.key;
                if (!m_fields.contains(spec)) {
                    m_fields.insert(spec, &f); // the first, as Extraction::field finds it
                }
            }
        }
    }

    // Whether any cell of this pattern's table ("t3" of "t3.{row}.total") was extracted: most reports have
    // no template tables, and their rules are skipped at once.
    bool mayExist(const QString& pattern) const
    {
        const QString key = pattern.startsWith(u"prev:") ? pattern.mid(5) : pattern;
        return m_prefixes.contains(key.left(key.indexOf(u'.')));
    }

    int find(const QString& spec)
    {
        const auto it = m_index.constFind(spec);
        if (it != m_index.cend()) {
            return *it;
        }
        const bool prev = spec.startsWith(u"prev:");
        const ExtractedField* f = m_fields.value(spec);
        int index = -1;
        if (f) {
            Cell c;
            c.key = spec;
            c.value = c.printed = f->blank ? 0.0 : f->value;
            c.blank = f->blank;
            c.current = !prev;
            c.start = f->start;
            c.end = f->end;
            list.append(c);
            index = int(list.size() - 1);
        }
        m_index.insert(spec, index);
        return index;
    }

    QList<Cell> list;

private:
    QHash<QString, int> m_index;
    QSet<QString> m_prefixes;
    QHash<QString, const ExtractedField*> m_fields;
};

bool appliesTo(const Rule& rule, int templateVersion)
{
    const QJsonArray versions = rule.params.value(u"versions").toArray();
    if (versions.isEmpty() || templateVersion == 0) {
        return true;
    }
    return std::any_of(versions.begin(), versions.end(),
                       [&](const QJsonValue& v) { return v.toInt() == templateVersion; });
}

QString substituted(QString pattern, const QString& variable, const QString& value)
{
    if (!variable.isEmpty()) {
        pattern.replace(u'{' + variable + u'}', value);
    }
    return pattern;
}

// Every instance of the rule whose cells were all extracted: a partly read table checks what it can.
QList<Instance> expand(const Rule& rule, Cells& cells)
{
    const QString variable = variableOf(rule.params);
    const QStringList parts = stringsOf(rule.params.value(u"parts"));
    const QStringList totals = stringsOf(rule.params.value(u"total"));
    QList<Instance> out;
    if (!std::all_of(parts.cbegin(), parts.cend(), [&](const QString& p) { return cells.mayExist(p); }) ||
        !std::all_of(totals.cbegin(), totals.cend(), [&](const QString& t) { return cells.mayExist(t); })) {
        return out;
    }
    for (const Binding& b : bindingsOf(rule.params)) {
        Instance in;
        in.rule = &rule;
        in.where = b;
        bool complete = true;
        for (const QString& p : parts) {
            const int c = complete ? cells.find(substituted(p, variable, b.value)) : -1;
            complete = c >= 0;
            in.left.append(c);
        }
        for (const QString& t : totals) {
            const int c = complete ? cells.find(substituted(t, variable, b.value)) : -1;
            complete = c >= 0;
            in.right.append(c);
        }
        if (complete) {
            out.append(in);
        }
    }
    return out;
}

Flag makeFlag(const Rule& rule, const QString& messageParam, const QHash<QString, QString>& zh,
              const QHash<QString, QString>& en)
{
    Flag f;
    f.rule = rule.id;
    f.kind = rule.kind;
    f.severity = rule.severity;
    f.messageZh = fill(messageParam.isEmpty() ? rule.messageZh : textOf(rule, messageParam, QStringLiteral("zh")), zh);
    f.messageEn = fill(messageParam.isEmpty() ? rule.messageEn : textOf(rule, messageParam, QStringLiteral("en")), en);
    return f;
}

void addSpan(Flag& f, const Cell& c)
{
    if (c.current && !f.spans.contains(std::pair{c.start, c.end})) {
        f.spans.append({c.start, c.end});
    }
}

// The instance's cells as printed, parts then totals, into the flag's values and spans.
void addInstance(Flag& f, const Instance& in, const QList<Cell>& cells)
{
    for (int c : in.members()) {
        f.values.append(cells.at(c).printed);
        addSpan(f, cells.at(c));
    }
}

// A failing identity with no cell to blame: the rule's own message.
Flag mismatchFlag(const Instance& in, const QList<Cell>& cells)
{
    const double sum = in.side(cells, in.left);
    const double total = in.side(cells, in.right);
    const auto values = [&](const QString& lang) {
        return QHash<QString, QString>{{QStringLiteral("where"), lang == u"en" ? in.where.en : in.where.zh},
                                       {QStringLiteral("sum"), numberText(sum)},
                                       {QStringLiteral("total"), numberText(total)},
                                       {QStringLiteral("diff"), numberText(std::abs(sum - total))}};
    };
    Flag f = makeFlag(*in.rule, QString(), values(QStringLiteral("zh")), values(QStringLiteral("en")));
    addInstance(f, in, cells);
    return f;
}

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

void checkTableRestatements(const Document& doc, const Extraction& ex, const Rule& rule, QList<Flag>* flags)
{
    const auto overlaps = [](const ExtractedField& a, const ExtractedField& b) {
        return a.start < b.end && b.start < a.end;
    };
    for (const QJsonValue& pv : rule.params.value(u"table_pairs").toArray()) {
        const QJsonObject pair = pv.toObject();
        const QString textKey = pair.value(u"text").toString();
        const ExtractedField* text = ex.field(textKey);
        if (!text || text->blank || text->approx || text->statement < 0) {
            continue;
        }
        // "table": "t3.new.total", ["t4.lawsuit_direct.total", "t4.lawsuit_after_review.total"] (a sum), or a
        // list of such alternatives; the narrative agrees when it states any of them.
        const QList<QStringList> alternatives = alternativesOf(pair.value(u"table"));
        std::optional<double> first;
        QList<const ExtractedField*> firstCells;
        std::optional<double> agreeing;
        bool sameEvidence = false;
        for (const QStringList& keys : std::as_const(alternatives)) {
            QList<const ExtractedField*> cells;
            for (const QString& k : keys) {
                if (const ExtractedField* f = ex.field(k)) {
                    cells.append(f);
                }
            }
            if (cells.size() != keys.size() || cells.isEmpty()) {
                continue;
            }
            double sum = 0;
            for (const ExtractedField* f : std::as_const(cells)) {
                sum += f->blank ? 0.0 : f->value;
                sameEvidence = sameEvidence || overlaps(*f, *text);
            }
            if (!first) {
                first = sum;
                firstCells = cells;
            }
            if (std::abs(sum - text->value) <= kEps && !agreeing) {
                agreeing = sum;
            }
        }
        if (!first || sameEvidence) {
            continue;
        }
        if (!agreeing) {
            const auto values = [&](const QString& lang) {
                return QHash<QString, QString>{{QStringLiteral("label"), cellLabel(textKey, lang)},
                                               {QStringLiteral("text"), numberText(text->value)},
                                               {QStringLiteral("table"), numberText(*first)}};
            };
            Flag f = makeFlag(rule, QStringLiteral("message_table"), values(QStringLiteral("zh")),
                              values(QStringLiteral("en")));
            f.values = {text->value, *first};
            f.spans = {{text->start, text->end}};
            for (const ExtractedField* c : std::as_const(firstCells)) {
                if (!f.spans.contains(std::pair{c->start, c->end})) {
                    f.spans.append({c->start, c->end});
                }
            }
            flags->append(f);
            continue;
        }
        // The count agrees: its share of the whole, when the text gives one that no other rule checks.
        const Statement& count = ex.statements.at(text->statement);
        if (count.role == Statement::Role::Part && count.list >= 0 && ex.lists.at(count.list).total >= 0) {
            continue; // the share rule checks it against the list's total
        }
        QList<std::pair<double, QList<const ExtractedField*>>> bases; // alternatives, each a sum of cells
        for (const QStringList& keys : alternativesOf(pair.value(u"share_of"))) {
            QList<const ExtractedField*> cells;
            double total = 0;
            for (const QString& k : keys) {
                if (const ExtractedField* f = ex.field(k)) {
                    cells.append(f);
                    total += f->blank ? 0.0 : f->value;
                }
            }
            if (cells.size() == keys.size() && !cells.isEmpty() && total > 0) {
                bases.append({total, cells});
            }
        }
        if (bases.isEmpty()) {
            continue;
        }
        for (qsizetype i = 0; i < ex.statements.size(); ++i) {
            const Statement& s = ex.statements.at(i);
            if (s.shareOf != text->statement || s.denominator >= 0 || s.namedDenominator || !s.inBody) {
                continue;
            }
            const double stated = s.quantity.value;
            const double ulp = std::pow(10.0, -s.quantity.decimals);
            if (std::any_of(bases.cbegin(), bases.cend(), [&](const auto& base) {
                    return std::abs(*agreeing / base.first * 100.0 - stated) <= ulp + 1e-9;
                })) {
                continue;
            }
            const double total = bases.first().first;
            const double computed = *agreeing / total * 100.0;
            const auto values = [&](const QString& lang) {
                return QHash<QString, QString>{
                    {QStringLiteral("label"), cellLabel(textKey, lang)},
                    {QStringLiteral("stated"), numberText(stated)},
                    {QStringLiteral("computed"), QString::number(computed, 'f', s.quantity.decimals + 1)},
                    {QStringLiteral("part"), numberText(*agreeing)},
                    {QStringLiteral("total"), numberText(total)}};
            };
            Flag f = makeFlag(rule, QStringLiteral("message_table_share"), values(QStringLiteral("zh")),
                              values(QStringLiteral("en")));
            f.values = {stated, *agreeing, total};
            f.spans = {doc.originalSpan(s.quantity.start, s.quantity.end), {text->start, text->end}};
            for (const ExtractedField* c : std::as_const(bases.first().second)) {
                if (!f.spans.contains(std::pair{c->start, c->end})) {
                    f.spans.append({c->start, c->end});
                }
            }
            flags->append(f);
        }
    }
}

QList<Flag> checkAcrossYears(const Extraction& current, const Extraction& previous, const RuleSet& rules)
{
    QList<Flag> flags;
    Cells cells(&current, &previous);
    for (const Rule& r : rules.rules()) {
        if (r.type == u"year_identity") {
            for (const Instance& in : expand(r, cells)) {
                if (std::abs(in.diff(cells.list)) > kEps) {
                    flags.append(mismatchFlag(in, cells.list));
                }
            }
        } else if (r.type == u"year_jump") {
            const double factor = r.params.value(u"factor").toDouble(5);
            const double minimum = r.params.value(u"minimum").toDouble(10);
            const QString variable = variableOf(r.params);
            for (const Binding& b : bindingsOf(r.params)) {
                for (const QString& pattern : stringsOf(r.params.value(u"keys"))) {
                    const QString key = substituted(pattern, variable, b.value);
                    const ExtractedField* now = current.field(key);
                    const ExtractedField* before = previous.field(key);
                    if (!now || !before || now->blank || before->blank || now->approx || before->approx ||
                        now->value <= 0 || before->value <= 0) {
                        continue;
                    }
                    const double hi = std::max(now->value, before->value);
                    const double lo = std::min(now->value, before->value);
                    if (hi < minimum || hi / lo <= factor) {
                        continue;
                    }
                    const auto values = [&](const QString& lang) {
                        return QHash<QString, QString>{{QStringLiteral("label"), cellLabel(key, lang)},
                                                       {QStringLiteral("previous"), numberText(before->value)},
                                                       {QStringLiteral("current"), numberText(now->value)},
                                                       {QStringLiteral("ratio"), QString::number(hi / lo, 'f', 1)}};
                    };
                    Flag f = makeFlag(r, QString(), values(QStringLiteral("zh")), values(QStringLiteral("en")));
                    f.values = {before->value, now->value};
                    f.spans = {{now->start, now->end}};
                    flags.append(f);
                }
            }
        }
    }
    settleFlags(&flags);
    return flags;
}

} // namespace jiaohe
