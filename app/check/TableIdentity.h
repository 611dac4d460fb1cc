// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Flag.h"
#include "Rules.h"
#include "extract/Statement.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The template's identities as the table checks read them from rules.json: for_each bindings, the cells the
// rules name and the instances of an identity. Internal to app/check (TableChecks.cpp, TableRestatements.cpp,
// YearChecks.cpp, Rules.cpp).
namespace jiaohe::tablecheck {

constexpr double kEps = 1e-6;

// A message with its {placeholders} filled in.
QString fill(QString text, const QHash<QString, QString>& values);
// A key or a list of keys.
QStringList stringsOf(const QJsonValue& v);
// "a", ["a", "b"] (one sum of cells) or [["a"], ["a", "b"]] (alternatives, each a sum).
QList<QStringList> alternativesOf(const QJsonValue& v);
// A rule's message parameter ("message_missing", "name") in one language.
QString textOf(const Rule& rule, const QString& param, const QString& lang);
// The catalogue's label of a cell ("prev:" left out), else its key.
QString cellLabel(const QString& key, const QString& lang);

// One value of a rule's "for_each" variable: "granted" or {"key": "granted", "zh": "予以公开", "en": "granted"}.
struct Binding
{
    QString value;
    QString zh;
    QString en;
};

// The rule's for_each variable ("row" of {"for_each": {"row": [...]}}), empty when it has none.
QString variableOf(const QJsonObject& params);
// The values of the rule's for_each variable; one empty binding when it has none.
QList<Binding> bindingsOf(const QJsonObject& params);
QString substituted(QString pattern, const QString& variable, const QString& value);

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
        const QString place = lang == u"en" ? where.en : where.zh;
        return name.isEmpty() ? place : fill(name, {{QStringLiteral("where"), place}});
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

// Whether the rule's "versions" include the template version (a rule without versions applies to all).
bool appliesTo(const Rule& rule, int templateVersion);
// Every instance of the rule whose cells were all extracted: a partly read table checks what it can.
QList<Instance> expand(const Rule& rule, Cells& cells);

Flag makeFlag(const Rule& rule, const QString& messageParam, const QHash<QString, QString>& zh,
              const QHash<QString, QString>& en);
void addSpan(Flag& f, const Cell& c);
// The instance's cells as printed, parts then totals, into the flag's values and spans.
void addInstance(Flag& f, const Instance& in, const QList<Cell>& cells);
// A failing identity with no cell to blame: the rule's own message.
Flag mismatchFlag(const Instance& in, const QList<Cell>& cells);

} // namespace jiaohe::tablecheck
