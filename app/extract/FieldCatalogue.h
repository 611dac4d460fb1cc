// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace jiaohe {

// A keyword with a 64-bit summary of its characters: a phrase whose summary lacks one of those bits
// cannot contain the keyword, so most look-ups end without a string search.
struct Keyword
{
    QString text;
    quint64 bloom = 0;

    static quint64 bloomOf(QStringView s);
    bool in(QStringView phrase, quint64 phraseBloom) const
    {
        return (bloom & ~phraseBloom) == 0 && phrase.contains(text);
    }
};

// One way a field is worded: every keyword set in `all` needs one hit, no `none` keyword may appear.
struct FieldPattern
{
    QList<QList<Keyword>> all;
    QList<Keyword> none;
};

struct FieldDef
{
    QString key;
    QString labelZh;
    QString labelEn;
    QString group;
    QString unit;           // the unit the field is counted in
    QStringList units;      // measure words accepted in the text
    bool totalRole = false; // never taken from a part of a 其中 list
    bool zero = false;      // may be stated as zero in words
    bool fallback = false;  // may borrow the subject of the previous sentence
    bool table = false;     // a cell of the template's tables: filled by the table reader, never by phrases
    QStringList context;    // one must appear in the sentence, section headings or list lead
    QString parent;         // the field a list of such parts adds up to
    struct FillFrom
    {
        QString field;
        QStringList phrase;
    };
    QList<FillFrom> fillFrom; // take another field's figure when none matches this one
    QList<FieldPattern> patterns;

    QString label(const QString& lang) const { return lang == u"en" ? labelEn : labelZh; }
    bool acceptsUnit(QStringView unit) const;
    // True when one pattern matches `phrase` (the clause). Context is checked separately.
    bool matchesPhrase(QStringView phrase) const { return matchesPhrase(phrase, Keyword::bloomOf(phrase)); }
    bool matchesPhrase(QStringView phrase, quint64 phraseBloom) const;
    // Every keyword set of one pattern hits, whatever its exclusions (zero in words naming several fields).
    bool matchesKeywords(QStringView phrase) const;
    bool matchesContext(QStringView context) const;
};

struct FieldGroup
{
    QString id;
    QString labelZh;
    QString labelEn;
};

// The catalogue of fields, kept as data in resources/fields.json (built into the binary); the built-in one
// adds the template tables' cells (t2.*, t3.*, t4.*) from resources/template-tables.json after them.
class FieldCatalogue
{
public:
    // The built-in catalogue; loaded once, thread-safe.
    static const FieldCatalogue& builtin();
    // Loads a catalogue from JSON; on failure returns false and says what and where in `error`.
    bool load(const QByteArray& json, QString* error);

    const QList<FieldDef>& fields() const { return m_fields; }
    // Indexes into fields() of those found through phrases (all but the template's table cells), in order.
    const QList<int>& phraseFields() const { return m_phraseFields; }
    const QList<FieldGroup>& groups() const { return m_groups; }
    const FieldDef* find(const QString& key) const;
    // Every key in catalogue order, for CSV columns.
    QStringList keys() const;

private:
    // The template's cells as table fields, after the others; false when a key is already there.
    bool addTableCells(QString* error);

    QList<FieldDef> m_fields;
    QList<int> m_phraseFields; // indexes into m_fields, filled once loading is done
    QList<FieldGroup> m_groups;
    QHash<QString, int> m_index;
};

} // namespace jiaohe
