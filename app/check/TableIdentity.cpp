// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableIdentity.h"

#include "common/NumberText.h"
#include "extract/FieldCatalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace jiaohe::tablecheck {

QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(u'{' + it.key() + u'}', it.value());
    }
    return text;
}

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

void addInstance(Flag& f, const Instance& in, const QList<Cell>& cells)
{
    for (int c : in.members()) {
        f.values.append(cells.at(c).printed);
        addSpan(f, cells.at(c));
    }
}

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
    if (f.spans.isEmpty()) {
        // Only last year's cells (a user's rule): the cells say what the flag is about, not its message.
        QStringList keys;
        for (int c : in.members()) {
            keys.append(cells.at(c).key);
        }
        f.subject = keys.join(u'+');
    }
    return f;
}

} // namespace jiaohe::tablecheck
