// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of the report's structure rather than its numbers: section numbering and required sections.
#include "CheckRun.h"

#include "extract/FieldCatalogue.h"

#include <QJsonArray>

namespace jiaohe::checks {

namespace {

QString headingLabel(int level, int number)
{
    static const QStringList numerals = {
        QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"),
        QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十")};
    QString n;
    if (number >= 1 && number <= 10) {
        n = numerals.at(number - 1);
    } else if (number > 10 && number < 20) {
        n = QStringLiteral("十") + numerals.at(number - 11);
    } else {
        n = QString::number(number);
    }
    switch (level) {
    case 0:
        return u'第' + n + QStringLiteral("部分");
    case 1:
        return n + u'、';
    case 2:
        return u'(' + n + u')';
    case 3:
        return QString::number(number) + u'.';
    default:
        return u'(' + QString::number(number) + u')';
    }
}

} // namespace

void runNumbering(Run& run, const Rule& rule)
{
    int last[5] = {0, 0, 0, 0, 0};        // by level: 0 第一部分, 1 一、, 2 (一), 3 1., 4 (1)
    int beforeReset[5] = {0, 0, 0, 0, 0}; // the last number of a level before a parent heading reset it
    // Tables whose rows carry section-like numbers are skipped whole.
    QList<std::pair<qsizetype, qsizetype>> skipped;
    const QString& text = run.doc.normalised;
    for (const QJsonValue& pair : rule.params.value(u"skip_between").toArray()) {
        const QString from = pair.toArray().at(0).toString();
        const QString to = pair.toArray().at(1).toString();
        for (qsizetype a = text.indexOf(from); a >= 0; a = text.indexOf(from, a + 1)) {
            const qsizetype b = text.indexOf(to, a);
            skipped.append({text.lastIndexOf(u'\n', a) + 1, b < 0 ? text.size() : b + to.size()});
            if (b < 0) {
                break;
            }
            a = b;
        }
    }
    for (const Heading& h : run.ex.headings) {
        if (h.level < 0 || h.level > 4) {
            continue;
        }
        if (std::any_of(skipped.cbegin(), skipped.cend(),
                        [&](const auto& r) { return h.start >= r.first && h.start < r.second; })) {
            continue;
        }
        for (int k = h.level + 1; k <= 4; ++k) {
            if (last[k] > 0) {
                beforeReset[k] = last[k];
            }
            last[k] = 0;
        }
        int expected = last[h.level] + 1;
        if (last[h.level] == 0 && beforeReset[h.level] > 0 && h.number > beforeReset[h.level]) {
            // Numbering that runs on across a parent heading (1. 2. 3. ㈣ 5.): the gap is what counts.
            expected = beforeReset[h.level] + 1;
        }
        if (h.number != expected && h.number != 1) {
            Flag f = run.make(rule, {{QStringLiteral("found"), h.label},
                                     {QStringLiteral("expected"), headingLabel(h.level, expected)}});
            f.values = {double(h.number), double(expected)};
            f.spans = {run.doc.originalSpan(h.start, h.end)};
            run.flags.append(f);
        }
        last[h.level] = h.number;
    }
}

void runRequiredSections(Run& run, const Rule& rule)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    QSet<QString> groupsWithFields;
    for (const ExtractedField& f : run.ex.fields) {
        if (const FieldDef* def = catalogue.find(f.key)) {
            groupsWithFields.insert(def->group);
        }
    }
    for (const QJsonValue& v : rule.params.value(u"sections").toArray()) {
        const QJsonObject section = v.toObject();
        QStringList keywords;
        for (const QJsonValue& k : section.value(u"keywords").toArray()) {
            keywords.append(k.toString());
        }
        bool present = false;
        for (const Heading& h : run.ex.headings) {
            for (const QString& k : std::as_const(keywords)) {
                present = present || h.title.contains(k);
            }
            if (present) {
                break;
            }
        }
        if (run.ex.headings.size() < 2) {
            // A short report without section headings: the words anywhere in its text will do.
            for (const QString& k : std::as_const(keywords)) {
                present = present || run.doc.normalised.contains(k);
            }
        }
        for (const QJsonValue& g : section.value(u"groups").toArray()) {
            present = present || groupsWithFields.contains(g.toString());
        }
        if (present) {
            continue;
        }
        Flag f = run.make(rule, {{QStringLiteral("section"), section.value(u"zh").toString()}});
        f.messageEn = fill(rule.messageEn, {{QStringLiteral("section"), section.value(u"en").toString()}});
        // The section's key (a user's rules may leave it out: then its Chinese name, which is data, not a
        // translation).
        f.subject = section.value(u"key").toString(section.value(u"zh").toString());
        run.flags.append(f);
    }
}

} // namespace jiaohe::checks
