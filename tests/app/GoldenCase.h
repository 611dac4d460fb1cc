// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of a golden case's expected.json with an analysis, shared by TestGolden (the case's
// report as stored) and TestTemplatePdf (the same report drawn as a PDF).
#pragma once

#include "pipeline/Analysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace jiaohe::golden {

inline bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

inline QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Whether a flag's values contain all the wanted values (each used once).
inline bool containsAll(QList<double> values, const QJsonArray& wanted)
{
    for (const QJsonValue& w : wanted) {
        auto it = std::find_if(values.begin(), values.end(), [&](double v) { return close(v, w.toDouble()); });
        if (it == values.end()) {
            return false;
        }
        values.erase(it);
    }
    return true;
}

// What the analysis gets wrong against expected.json: year, region, fields and their values, template
// version, blank cells, fields and values that must not appear, the flags (kind, values, suggestion, the cell it
// names) and, with
// "no_other_flags", no flag beyond them. Empty when it meets every expectation.
inline QStringList compare(const Analysis& a, const QJsonObject& expected)
{
    QStringList failures;
    if (expected.contains(u"year")) {
        const int want = expected.value(u"year").toInt();
        if (!a.extraction.year || *a.extraction.year != want) {
            failures.append(QStringLiteral("year: want %1, got %2")
                                .arg(want)
                                .arg(a.extraction.year ? QString::number(*a.extraction.year) : QStringLiteral("none")));
        }
    }
    if (expected.contains(u"region")) {
        const QString want = expected.value(u"region").toString();
        const QString got = a.extraction.region;
        if (!(got.contains(want) || want.contains(got)) || got.size() < 2) {
            failures.append(QStringLiteral("region: want %1, got %2").arg(want, got));
        }
    }
    const QJsonObject fields = expected.value(u"fields").toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const ExtractedField* f = a.extraction.field(it.key());
        if (!f) {
            failures.append(QStringLiteral("field %1 not found").arg(it.key()));
        } else if (!close(f->value, it.value().toDouble())) {
            failures.append(
                QStringLiteral("field %1: want %2, got %3").arg(it.key()).arg(it.value().toDouble()).arg(f->value));
        }
    }
    if (expected.contains(u"template_version") &&
        a.extraction.templateVersion != expected.value(u"template_version").toInt()) {
        failures.append(QStringLiteral("template version: want %1, got %2")
                            .arg(expected.value(u"template_version").toInt())
                            .arg(a.extraction.templateVersion));
    }
    for (const QJsonValue& v : expected.value(u"blank").toArray()) {
        const ExtractedField* f = a.extraction.field(v.toString());
        if (!f || !f->blank) {
            failures.append(QStringLiteral("field %1 should be a blank cell").arg(v.toString()));
        }
    }
    // "absent_fields": cells a reader must leave unread rather than fill from a wrong row.
    for (const QJsonValue& v : expected.value(u"absent_fields").toArray()) {
        if (const ExtractedField* f = a.extraction.field(v.toString())) {
            failures.append(QStringLiteral("field %1 should be absent, got %2").arg(v.toString()).arg(f->value));
        }
    }
    for (const QJsonValue& v : expected.value(u"absent_values").toArray()) {
        for (const ExtractedField& f : a.extraction.fields) {
            if (close(f.value, v.toDouble())) {
                failures.append(QStringLiteral("%1 = %2 comes from outside the report").arg(f.key).arg(f.value));
            }
        }
    }
    QList<bool> used(a.flags.size(), false);
    for (const QJsonValue& v : expected.value(u"flags").toArray()) {
        const QJsonObject want = v.toObject();
        const QJsonArray kinds = want.value(u"kind").toArray();
        bool found = false;
        for (qsizetype i = 0; i < a.flags.size(); ++i) {
            const Flag& f = a.flags.at(i);
            if (!kinds.contains(QJsonValue(f.kind)) || !containsAll(f.values, want.value(u"values").toArray())) {
                continue;
            }
            if (want.contains(u"suggestion") &&
                (!f.suggestion || !close(f.suggestion->value, want.value(u"suggestion").toDouble()))) {
                continue;
            }
            // "cell": the flag's suggestion is for that table cell (its evidence span).
            if (want.contains(u"cell")) {
                const ExtractedField* cell = a.extraction.field(want.value(u"cell").toString());
                if (!cell || !f.suggestion || f.suggestion->start != cell->start || f.suggestion->end != cell->end) {
                    continue;
                }
            }
            used[i] = true;
            found = true;
        }
        if (!found) {
            failures.append(QStringLiteral("flag %1 not raised")
                                .arg(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact))));
        }
    }
    if (expected.value(u"no_other_flags").toBool()) {
        for (qsizetype i = 0; i < a.flags.size(); ++i) {
            if (!used.at(i)) {
                failures.append(
                    QStringLiteral("unexpected flag %1: %2").arg(a.flags.at(i).kind, a.flags.at(i).messageEn));
            }
        }
    }
    return failures;
}

} // namespace jiaohe::golden
