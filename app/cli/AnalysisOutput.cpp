// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisOutput.h"

#include "common/FileNames.h"
#include "common/NumberText.h"
#include "extract/FieldCatalogue.h"
#include "pipeline/Analysis.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace jiaohe {

QJsonObject analysisJson(const Analysis& a, const QString& lang)
{
    const Document& document = a.document;
    const Extraction& extraction = a.extraction;
    QJsonObject o;
    o.insert(QStringLiteral("file"), a.filePath);
    if (!a.ok()) {
        o.insert(QStringLiteral("encoding"), QJsonValue::Null);
        o.insert(QStringLiteral("year"), QJsonValue::Null);
        o.insert(QStringLiteral("region"), QJsonValue::Null);
        o.insert(QStringLiteral("error"), a.error);
        o.insert(QStringLiteral("fields"), QJsonArray());
        o.insert(QStringLiteral("flags"), QJsonArray());
        return o;
    }
    const Document& d = document;
    auto cp = [&](qsizetype i) { return QJsonValue(qint64(d.codePointIndex(i))); };
    o.insert(QStringLiteral("encoding"), d.encoding);
    o.insert(QStringLiteral("year"), extraction.year ? QJsonValue(*extraction.year) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("region"),
             extraction.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(extraction.region));
    o.insert(QStringLiteral("error"), QJsonValue::Null);
    QJsonArray fields;
    for (const ExtractedField& f : extraction.fields) {
        QJsonObject j;
        j.insert(QStringLiteral("key"), f.key);
        j.insert(QStringLiteral("value"), jsonNumber(f.value));
        j.insert(QStringLiteral("approx"), f.approx);
        j.insert(QStringLiteral("unit"), f.unit);
        j.insert(QStringLiteral("text"), a.originalText(f.start, f.end));
        j.insert(QStringLiteral("start"), cp(f.start));
        j.insert(QStringLiteral("end"), cp(f.end));
        if (f.blank) {
            j.insert(QStringLiteral("blank"), true); // a template table cell printed empty or as —, /, 无
        }
        fields.append(j);
    }
    o.insert(QStringLiteral("fields"), fields);
    if (extraction.templateVersion != 0) {
        o.insert(QStringLiteral("template_version"), extraction.templateVersion);
    }
    QJsonArray flagArray;
    for (const Flag& f : a.flags) {
        QJsonObject j;
        j.insert(QStringLiteral("kind"), f.kind);
        j.insert(QStringLiteral("severity"), severityName(f.severity));
        j.insert(QStringLiteral("message"), f.message(lang));
        QJsonArray values;
        for (double v : f.values) {
            values.append(jsonNumber(v));
        }
        j.insert(QStringLiteral("values"), values);
        QJsonArray spans;
        for (const auto& [s, e] : f.spans) {
            spans.append(QJsonArray{cp(s), cp(e)});
        }
        j.insert(QStringLiteral("spans"), spans);
        if (f.suggestion) {
            j.insert(QStringLiteral("suggestion"),
                     QJsonObject{{QStringLiteral("value"), jsonNumber(f.suggestion->value)},
                                 {QStringLiteral("start"), cp(f.suggestion->start)},
                                 {QStringLiteral("end"), cp(f.suggestion->end)}});
        } else {
            j.insert(QStringLiteral("suggestion"), QJsonValue::Null);
        }
        j.insert(QStringLiteral("rule"), f.rule);
        j.insert(QStringLiteral("id"), f.identity());
        flagArray.append(j);
    }
    o.insert(QStringLiteral("flags"), flagArray);
    return o;
}

QString analysisExplanation(const Analysis& a)
{
    const Document& document = a.document;
    const Extraction& extraction = a.extraction;
    QString out;
    static const char* roles[] = {"single", "total", "part"};
    for (qsizetype i = 0; i < extraction.statements.size(); ++i) {
        const Statement& s = extraction.statements.at(i);
        const auto [start, end] = document.originalSpan(s.quantity.start, s.quantity.end);
        out += QStringLiteral("  #%1 line %2 «%3» = %4%5 %6 list %7%8%9%10  phrase «%11»%12\n")
                   .arg(i)
                   .arg(document.original.left(start).count(u'\n') + 1)
                   .arg(a.originalText(start, end), numberText(s.quantity.value), s.quantity.unit,
                        QLatin1String(roles[int(s.role)]))
                   .arg(s.list)
                   .arg(s.shareOf >= 0 ? QStringLiteral(" share-of #%1").arg(s.shareOf) : QString(),
                        s.cumulative ? QStringLiteral(" cumulative") : QString(),
                        s.inBody ? QString() : QStringLiteral(" outside-body"), s.phrase,
                        s.field.isEmpty() ? QString() : QStringLiteral("  → ") + s.field);
    }
    return out;
}

QString analysisText(const Analysis& a, const QString& lang)
{
    const Document& document = a.document;
    const Extraction& extraction = a.extraction;
    const bool en = lang == u"en";
    QString out;
    const QString name = printableName(QFileInfo(a.filePath).fileName());
    if (!a.ok()) {
        out +=
            (en ? QStringLiteral("%1: cannot be read: %2\n") : QStringLiteral("%1:无法读取:%2\n")).arg(name, a.error);
        return out;
    }
    out += QStringLiteral("%1  [%2, %3, %4]\n")
               .arg(name, document.encoding,
                    extraction.year ? QString::number(*extraction.year)
                                    : (en ? QStringLiteral("year ?") : QStringLiteral("年份未知")),
                    extraction.region.isEmpty() ? (en ? QStringLiteral("region ?") : QStringLiteral("地区未知"))
                                                : extraction.region);
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    out += en ? QStringLiteral("  Fields (%1)\n").arg(extraction.fields.size())
              : QStringLiteral("  字段(%1)\n").arg(extraction.fields.size());
    for (const ExtractedField& f : extraction.fields) {
        const FieldDef* def = catalogue.find(f.key);
        const int line = int(document.original.left(f.start).count(u'\n')) + 1;
        out += QStringLiteral("    %1  %2  %3%4%5   «%6» %7 %8\n")
                   .arg(f.key.leftJustified(32), def ? def->label(lang) : QString(),
                        f.approx ? (en ? QStringLiteral("~") : QStringLiteral("约")) : QString(), numberText(f.value),
                        f.unit, a.originalText(f.start, f.end), en ? QStringLiteral("line") : QStringLiteral("行"))
                   .arg(line);
    }
    out +=
        en ? QStringLiteral("  Flags (%1)\n").arg(a.flags.size()) : QStringLiteral("  问题(%1)\n").arg(a.flags.size());
    for (const Flag& f : a.flags) {
        static const QHash<QString, QString> zhSeverity = {{QStringLiteral("error"), QStringLiteral("错误")},
                                                           {QStringLiteral("warning"), QStringLiteral("警告")},
                                                           {QStringLiteral("info"), QStringLiteral("提示")}};
        const QString sev = severityName(f.severity);
        out += QStringLiteral("    [%1] %2: %3").arg(en ? sev : zhSeverity.value(sev), f.kind, f.message(lang));
        if (!f.spans.isEmpty()) {
            const int line = int(document.original.left(f.spans.first().first).count(u'\n')) + 1;
            out += en ? QStringLiteral(" (line %1)").arg(line) : QStringLiteral("(第%1行)").arg(line);
        }
        if (f.suggestion) {
            out += en ? QStringLiteral(" — suggested: %1").arg(numberText(f.suggestion->value))
                      : QStringLiteral(" —— 建议:%1").arg(numberText(f.suggestion->value));
        }
        out += u'\n';
    }
    return out;
}

} // namespace jiaohe
