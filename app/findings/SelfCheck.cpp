// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelfCheck.h"

#include "Findings.h"
#include "FindingsWords.h"
#include "check/Checker.h"
#include "check/TableChecks.h"
#include "document/BodyName.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"
#include "pipeline/EngineFingerprint.h"
#include "store/ReviewStore.h"

#include <QFileInfo>

#include <cmath>

namespace jiaohe {

using findingswords::Word;

namespace {

QString w(const Word& word, const QString& lang)
{
    return findingswords::in(word, lang);
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// Last year's report of the draft's body in the database: the current version, reviewed figures.
std::optional<StoredReport> lastYearOf(ReviewStore& store, const Extraction& ex)
{
    if (!ex.year || ex.region.isEmpty()) {
        return std::nullopt;
    }
    const QString body = bodyKey(ex.region);
    for (const StoredReport& r : store.reports()) {
        if (r.year == *ex.year - 1 && bodyKey(r.region) == body) {
            return r;
        }
    }
    return std::nullopt;
}

QString flagList(const QList<Flag>& flags, const Analysis& a, const QString& lang)
{
    if (flags.isEmpty()) {
        return QStringLiteral("<p>%1</p>").arg(w({"未发现。", "None found."}, lang));
    }
    QString out = QStringLiteral("<ol>");
    for (const Flag& f : flags) {
        QStringList quoted;
        for (const auto& [start, end] : f.spans) {
            quoted.append(a.originalText(start, end));
        }
        const int line = f.spans.isEmpty() ? 0 : FindingsReader::lineOf(a.document.original, f.spans.first().first);
        out += QStringLiteral("<li><b>%1</b>（%2）%3")
                   .arg(findingswords::kind(f.kind, lang), findingswords::code(severityName(f.severity), lang),
                        f.message(lang).toHtmlEscaped());
        if (!quoted.isEmpty()) {
            out += QStringLiteral("<br/>%1「%2」（%3）")
                       .arg(w({"原文：", "As written: "}, lang), quoted.join(QStringLiteral(" … ")).toHtmlEscaped(),
                            findingswords::place(line, 0, lang));
        }
        if (f.suggestion) {
            out += QStringLiteral("<br/>%1%2")
                       .arg(w({"建议修正值：", "Suggested fix: "}, lang), number(f.suggestion->value));
        }
        out += QStringLiteral("</li>");
    }
    return out + QStringLiteral("</ol>");
}

} // namespace

QList<Flag> SelfCheckResult::inconsistencies() const
{
    QList<Flag> out;
    for (const Flag& f : analysis.flags) {
        if (f.kind != u"missing_section") {
            out.append(f);
        }
    }
    return out;
}

QList<Flag> SelfCheckResult::missing() const
{
    QList<Flag> out;
    for (const Flag& f : analysis.flags) {
        if (f.kind == u"missing_section") {
            out.append(f);
        }
    }
    return out;
}

std::optional<SelfCheckResult> SelfCheck::run(const QString& draftPath, ReviewStore* store, QString* error)
{
    SelfCheckResult r;
    r.analysis = Analysis::ofFile(draftPath, Extractor(), Checker(), DocumentLoader::Hash::No);
    if (!r.analysis.ok()) {
        *error = r.analysis.error;
        return std::nullopt;
    }
    if (!store) {
        return r;
    }
    const Extraction& ex = r.analysis.extraction;
    r.lastYear = lastYearOf(*store, ex);
    if (!r.lastYear) {
        return r;
    }
    // Last year's figures as reviewed (the final values), as the store's own check across years takes them.
    Extraction last;
    last.year = r.lastYear->year;
    QHash<QString, double> lastValues;
    for (const StoredField& f : store->fields(r.lastYear->id)) {
        if (const std::optional<double> v = f.finalValue()) {
            ExtractedField e;
            e.key = f.key;
            e.value = *v;
            e.start = f.evidenceStart;
            e.end = f.evidenceEnd;
            last.fields.append(e);
            lastValues.insert(f.key, *v);
        }
    }
    r.yearFlags = checkAcrossYears(ex, last);
    for (const ExtractedField& f : ex.fields) {
        const auto it = lastValues.constFind(f.key);
        if (it != lastValues.cend() && std::abs(*it - f.value) > 1e-9) {
            r.differences.append({f.key, *it, f.value});
        }
    }
    return r;
}

QString SelfCheck::title(const SelfCheckResult& r, const QString& lang)
{
    const Extraction& ex = r.analysis.extraction;
    const QString year = ex.year ? QString::number(*ex.year) : QString();
    return lang == u"en"
               ? QStringLiteral("Self-check of the draft annual report %1 %2").arg(ex.region, year).simplified()
               : QStringLiteral("%1%2年度报告（草稿）自查报告").arg(ex.region, year);
}

QString SelfCheck::html(const SelfCheckResult& r, const QString& lang)
{
    QString out = QStringLiteral("<h1>%1</h1>").arg(title(r, lang).toHtmlEscaped());
    out += QStringLiteral("<p class=\"meta\">%1%2</p>")
               .arg(w({"草稿：", "Draft: "}, lang), QFileInfo(r.analysis.filePath).fileName().toHtmlEscaped());
    out += QStringLiteral("<h2>%1</h2>").arg(w({"一、数字不一致", "1. What does not add up"}, lang));
    out += flagList(r.inconsistencies(), r.analysis, lang);
    out += QStringLiteral("<h2>%1</h2>")
               .arg(w({"二、模板要求而缺少的内容", "2. What the template requires and is missing"}, lang));
    out += flagList(r.missing(), r.analysis, lang);
    out += QStringLiteral("<h2>%1</h2>").arg(w({"三、与上年度报告比较", "3. Compared with last year's report"}, lang));
    if (!r.lastYear) {
        out += QStringLiteral("<p>%1</p>")
                   .arg(w({"审核数据库中没有本单位上年度的报告，未作比较。",
                           "The review database holds no report of this body for last year: nothing compared."},
                          lang));
    } else {
        out += QStringLiteral("<p>%1%2（%3）</p>")
                   .arg(w({"上年度报告：", "Last year's report: "}, lang), r.lastYear->fileName.toHtmlEscaped(),
                        QString::number(r.lastYear->year.value_or(0)));
        out += flagList(r.yearFlags, r.analysis, lang);
        if (!r.differences.isEmpty()) {
            out += QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                       .arg(w({"指标", "Figure"}, lang), w({"上年度", "Last year"}, lang),
                            w({"本年度（草稿）", "This year (draft)"}, lang));
            const FieldCatalogue& catalogue = FieldCatalogue::builtin();
            for (const YearDifference& d : r.differences) {
                const FieldDef* def = catalogue.find(d.key);
                out +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg((def ? def->label(lang) : d.key).toHtmlEscaped(), number(d.lastYear), number(d.thisYear));
            }
            out += QStringLiteral("</table>");
        }
    }
    out += QStringLiteral("<p class=\"engine\">%1%2</p>")
               .arg(w({"审核引擎：", "Engine: "}, lang), EngineFingerprint::builtin().text().toHtmlEscaped());
    return out;
}

} // namespace jiaohe
