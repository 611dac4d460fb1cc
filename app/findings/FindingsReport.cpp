// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsReport.h"

#include "FindingsWords.h"
#include "extract/FieldCatalogue.h"
#include "pipeline/EngineFingerprint.h"
#include "store/CsvWriter.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace jiaohe {

using findingswords::Word;

namespace {

QString w(const Word& word, const QString& lang)
{
    return findingswords::in(word, lang);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

QString titleOf(const StoredReport& r, const QString& lang)
{
    const QString year = r.year ? QString::number(*r.year) : QStringLiteral("—");
    return lang == u"en" ? QStringLiteral("%1 %2: findings on the annual report on government information disclosure")
                               .arg(r.region, year)
                         : QStringLiteral("%1%2年政府信息公开工作年度报告审核意见").arg(r.region, year);
}

// One flag: its kind and severity, the message, the evidence quoted with where it is, the fix, the decision.
QString flagHtml(int n, const FlagFinding& f, const QString& lang, const QString& messages)
{
    const StoredFlag& g = f.flag;
    QString out = QStringLiteral("<h3>%1 %2（%3，%4）</h3>")
                      .arg(w({"问题", "Flag"}, lang), QString::number(n), esc(findingswords::kind(g.kind, lang)),
                           esc(findingswords::code(g.severity, lang)));
    out += QStringLiteral("<p>%1</p>").arg(esc(messages == u"en" ? g.messageEn : g.messageZh));
    if (!f.evidence.isEmpty()) {
        const QString where = findingswords::place(f.line, f.page, lang);
        out += QStringLiteral("<p class=\"quote\">%1「%2」%3</p>")
                   .arg(w({"原文：", "As printed: "}, lang), esc(f.evidence),
                        where.isEmpty() ? QString() : QStringLiteral("（%1）").arg(esc(where)));
    }
    if (!f.section.isEmpty()) {
        out += QStringLiteral("<p>%1%2</p>").arg(w({"所在章节：", "Section: "}, lang), esc(f.section));
    }
    if (g.suggestion) {
        out += QStringLiteral("<p>%1%2</p>")
                   .arg(w({"建议修正值：", "Suggested fix: "}, lang), number(g.suggestion->value));
    }
    QString decision = w({"处理结果：", "Decision: "}, lang) + esc(findingswords::code(toString(g.resolution), lang));
    if (g.acceptedValue) {
        decision += w({"（采纳数值 ", " (value taken "}, lang) + number(*g.acceptedValue) + w({"）", ")"}, lang);
    }
    if (!g.reason.isEmpty()) {
        decision += w({"；理由：", "; reason: "}, lang) + esc(g.reason);
    }
    if (!g.decidedBy.isEmpty()) {
        decision += w({"；处理人：", "; by "}, lang) + esc(g.decidedBy);
    }
    if (!g.decidedAt.isEmpty()) {
        decision += w({"；处理时间：", "; at "}, lang) + esc(g.decidedAt.left(16).replace(u'T', u' '));
    }
    out += QStringLiteral("<p class=\"decision\">%1</p>").arg(decision);
    return out;
}

QString fieldsHtml(const ReportFindings& rf, const FindingsLanguage& lang)
{
    if (rf.changed.isEmpty()) {
        return {};
    }
    const QString h = lang.headers;
    QString out = QStringLiteral("<h2>%1</h2><table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">")
                      .arg(w({"审核更正的数字", "Figures the review changed"}, h));
    out += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(w({"字段", "Field"}, h), w({"原文数值", "As printed"}, h), w({"审核认定数值", "Reviewed value"}, h),
                    w({"审核状态", "Status"}, h), w({"说明", "Why"}, h));
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    for (const StoredField& f : rf.changed) {
        const FieldDef* def = catalogue.find(f.key);
        out +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(esc(def ? def->label(lang.messages) : f.key), f.extracted ? number(f.value) : QString(),
                     f.correctedValue && f.status != FieldStatus::NotApplicable ? number(*f.correctedValue) : QString(),
                     esc(findingswords::code(toString(f.status), h)), esc(f.note));
    }
    return out + QStringLiteral("</table>");
}

const char* const style = "body { font-size: 11pt; } h1 { font-size: 17pt; text-align: center; } "
                          "h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 11.5pt; margin-top: 10px; } "
                          "p.meta { color: #444; text-align: center; } p.quote { color: #333; margin-left: 18px; } "
                          "p.decision { margin-left: 18px; } table.grid th { background: #e8ecf2; } "
                          "table.grid td, table.grid th { border: 1px solid #888; } p.engine { color: #777; "
                          "font-size: 8pt; }";

} // namespace

QString FindingsReport::html(const ReportFindings& rf, const FindingsLanguage& language)
{
    const QString h = language.headers;
    const StoredReport& r = rf.report;
    QString out = QStringLiteral("<h1>%1</h1>").arg(esc(titleOf(r, h)));
    out += QStringLiteral("<p class=\"meta\">%1%2　%3%4　%5%6</p>")
               .arg(w({"文件：", "File: "}, h), esc(r.fileName), w({"审核状态：", "Status: "}, h),
                    esc(findingswords::code(toString(r.status), h)), w({"待处理问题：", "Open flags: "}, h),
                    QString::number(rf.openFlags()));
    if (!r.note.isEmpty()) {
        out += QStringLiteral("<p>%1%2</p>").arg(w({"审核说明：", "Note: "}, h), esc(r.note));
    }
    out += QStringLiteral("<h2>%1</h2>").arg(w({"发现的问题", "Flags"}, h));
    if (rf.flags.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(w({"未发现问题。", "None found."}, h));
    }
    int n = 0;
    for (const FlagFinding& f : rf.flags) {
        out += flagHtml(++n, f, h, language.messages);
    }
    out += fieldsHtml(rf, language);
    // The signature and the seal: a reviewer signs, the office stamps the empty box.
    out += QStringLiteral("<p style=\"margin-top: 28px\">%1%2　　%3%4</p>")
               .arg(w({"审核人：", "Reviewer: "}, h),
                    esc(r.reviewedBy.isEmpty() ? QStringLiteral("________") : r.reviewedBy),
                    w({"审核日期：", "Date: "}, h),
                    esc(r.reviewedAt.isEmpty() ? QStringLiteral("________") : r.reviewedAt.left(10)));
    // QTextDocument draws a table's border but not a cell's height: the room for the seal is blank lines.
    out += QStringLiteral("<table align=\"right\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
                          "style=\"border-color: #999999; border-style: solid\"><tr><td width=\"180\" "
                          "align=\"center\" style=\"color: #999999\"><br/><br/><br/><br/>%1<br/></td></tr></table>")
               .arg(w({"（盖章）", "(seal)"}, h));
    out += QStringLiteral("<p class=\"engine\">%1%2</p>")
               .arg(w({"审核引擎：", "Engine: "}, h), esc(EngineFingerprint::builtin().text()));
    return out;
}

QByteArray FindingsReport::printHtml(const QString& body, const QString& title, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *error =
            QCoreApplication::translate("jiaohe::FindingsReport", "a PDF needs fonts, and fonts a QGuiApplication");
        return {};
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(EngineFingerprint::builtin().text());
        QTextDocument doc;
        // Noto CJK (fonts-noto-cjk) when installed; fontconfig falls back to another CJK face otherwise.
        QFont font(QStringList{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                               QStringLiteral("WenQuanYi Micro Hei")});
        font.setPointSizeF(11);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(QString::fromUtf8(style));
        doc.setHtml(QStringLiteral("<html><head><title>%1</title></head><body>%2</body></html>")
                        .arg(title.toHtmlEscaped(), body));
        doc.print(&writer);
    }
    return buffer.data();
}

QByteArray FindingsReport::pdf(const QList<ReportFindings>& findings, const FindingsLanguage& language, QString* error)
{
    QString body;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        // Each body's report on pages of its own: it is sent to that body.
        body += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
        body += html(findings.at(i), language) + QStringLiteral("</div>");
    }
    if (findings.isEmpty()) {
        body = QStringLiteral("<p>%1</p>").arg(w({"没有符合条件的报告。", "No report matches."}, language.headers));
    }
    const QString title =
        findings.size() == 1
            ? titleOf(findings.first().report, language.headers)
            : w({"政府信息公开工作年度报告审核意见", "Findings on the annual reports"}, language.headers);
    return printHtml(body, title, error);
}

bool FindingsReport::writeFile(const QString& path, const QList<ReportFindings>& findings,
                               const FindingsLanguage& language, const QStringList& protectedFiles, QString* error)
{
    if (const QString problem = CsvWriter::targetProblem(path, protectedFiles); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    error->clear();
    const QByteArray bytes = pdf(findings, language, error);
    return error->isEmpty() && !bytes.isEmpty() && CsvWriter::writeFile(path, bytes, error, protectedFiles);
}

} // namespace jiaohe
