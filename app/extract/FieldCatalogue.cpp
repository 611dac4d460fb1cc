// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldCatalogue.h"

#include "TemplateShape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jiaohe {

namespace {

QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out.append(item.toString());
    }
    return out;
}

QList<Keyword> toKeywords(const QJsonValue& v)
{
    QList<Keyword> out;
    for (const QJsonValue& item : v.toArray()) {
        const QString text = item.toString();
        out.append(Keyword{text, Keyword::bloomOf(text)});
    }
    return out;
}

bool containsAny(QStringView text, quint64 bloom, const QList<Keyword>& words)
{
    for (const Keyword& w : words) {
        if (w.in(text, bloom)) {
            return true;
        }
    }
    return false;
}

bool containsAny(QStringView text, const QStringList& words)
{
    for (const QString& w : words) {
        if (text.contains(w)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool FieldDef::acceptsUnit(QStringView u) const
{
    for (const QString& accepted : units) {
        if (accepted == u) {
            return true;
        }
    }
    return false;
}

quint64 Keyword::bloomOf(QStringView s)
{
    quint64 bloom = 0;
    for (QChar c : s) {
        bloom |= quint64(1) << ((c.unicode() * 2654435761u) >> 26 & 63);
    }
    return bloom;
}

bool FieldDef::matchesPhrase(QStringView phrase, quint64 phraseBloom) const
{
    for (const FieldPattern& p : patterns) {
        if (containsAny(phrase, phraseBloom, p.none)) {
            continue;
        }
        bool ok = true;
        for (const QList<Keyword>& set : p.all) {
            if (!containsAny(phrase, phraseBloom, set)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            return true;
        }
    }
    return false;
}

bool FieldDef::matchesKeywords(QStringView phrase) const
{
    const quint64 bloom = Keyword::bloomOf(phrase);
    for (const FieldPattern& p : patterns) {
        bool ok = !p.all.isEmpty();
        for (const QList<Keyword>& set : p.all) {
            if (!containsAny(phrase, bloom, set)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            return true;
        }
    }
    return false;
}

bool FieldDef::matchesContext(QStringView text) const
{
    return context.isEmpty() || containsAny(text, context);
}

const FieldCatalogue& FieldCatalogue::builtin()
{
    static const FieldCatalogue catalogue = [] {
        FieldCatalogue c;
        QFile f(QStringLiteral(":/jiaohe/fields.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !c.load(f.readAll(), &error) || !c.addTableCells(&error)) {
            qFatal("the built-in field catalogue cannot be read: %s", qPrintable(error));
        }
        return c;
    }();
    return catalogue;
}

bool FieldCatalogue::load(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString());
        return false;
    }
    m_fields.clear();
    m_phraseFields.clear();
    m_groups.clear();
    m_index.clear();
    const QJsonObject root = doc.object();
    for (const QJsonValue& g : root.value(u"groups").toArray()) {
        const QJsonObject o = g.toObject();
        m_groups.append(FieldGroup{o.value(u"id").toString(), o.value(u"zh").toString(), o.value(u"en").toString()});
    }
    const QJsonArray fields = root.value(u"fields").toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonObject o = fields.at(i).toObject();
        FieldDef f;
        f.key = o.value(u"key").toString();
        if (f.key.isEmpty()) {
            *error = QStringLiteral("field %1 has no key").arg(i + 1);
            return false;
        }
        if (m_index.contains(f.key)) {
            *error = QStringLiteral("field key %1 appears twice").arg(f.key);
            return false;
        }
        f.labelZh = o.value(u"zh").toString();
        f.labelEn = o.value(u"en").toString();
        f.group = o.value(u"group").toString();
        f.unit = o.value(u"unit").toString();
        f.units = toStringList(o.value(u"units"));
        if (f.units.isEmpty() && !f.unit.isEmpty()) {
            f.units.append(f.unit);
        }
        f.totalRole = o.value(u"role").toString() == u"total";
        f.zero = o.value(u"zero").toBool();
        f.fallback = o.value(u"fallback").toBool();
        f.table = o.value(u"source").toString() == u"table";
        f.context = toStringList(o.value(u"context"));
        f.parent = o.value(u"parent").toString();
        for (const QJsonValue& v : o.value(u"fill_from").toArray()) {
            f.fillFrom.append({v.toObject().value(u"field").toString(), toStringList(v.toObject().value(u"phrase"))});
        }
        for (const QJsonValue& m : o.value(u"match").toArray()) {
            FieldPattern p;
            for (const QJsonValue& set : m.toObject().value(u"all").toArray()) {
                p.all.append(toKeywords(set));
            }
            p.none = toKeywords(m.toObject().value(u"none"));
            f.patterns.append(p);
        }
        m_index.insert(f.key, int(m_fields.size()));
        m_fields.append(f);
    }
    m_phraseFields.clear();
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!m_fields.at(i).table) {
            m_phraseFields.append(int(i));
        }
    }
    return true;
}

bool FieldCatalogue::addTableCells(QString* error)
{
    for (const TemplateCell& c : TemplateShape::builtin().cells()) {
        if (m_index.contains(c.key)) {
            *error = QStringLiteral("field key %1 appears twice").arg(c.key);
            return false;
        }
        FieldDef f;
        f.key = c.key;
        f.labelZh = c.labelZh;
        f.labelEn = c.labelEn;
        f.group = c.group;
        f.unit = c.unit;
        if (!f.unit.isEmpty()) {
            f.units.append(f.unit);
        }
        f.table = true; // never in phraseFields()
        m_index.insert(f.key, int(m_fields.size()));
        m_fields.append(f);
    }
    return true;
}

const FieldDef* FieldCatalogue::find(const QString& key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_fields.at(*it);
}

QStringList FieldCatalogue::keys() const
{
    QStringList out;
    for (const FieldDef& f : m_fields) {
        out.append(f.key);
    }
    return out;
}

} // namespace jiaohe
