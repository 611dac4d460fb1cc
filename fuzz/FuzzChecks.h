// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The checks the fuzz targets run on one input, shared with the replay test (tests/app/TestFuzzRegressions),
// which runs every input kept in tests/data/fuzz-regressions/<target>/ through the same function in the
// normal build. Each function takes the raw bytes of one input and returns an empty string when every
// invariant holds, otherwise what broke (the fuzz target aborts with it, the test fails with it). Crashes,
// hangs and sanitizer reports are found by running the code; these checks add what a crash would not show:
// offsets outside the text.

#include "check/Checker.h"
#include "cli/AnalysisOutput.h"
#include "pipeline/Analysis.h"
#include "document/Document.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "extract/Layout.h"
#include "extract/TemplateTables.h"
#include "numbers/NumberParser.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <cmath>

namespace jiaohe::fuzz {

// The targets, by the name of their executable without the fuzz_ prefix (and of their regression folder).
inline QStringList targetNames()
{
    return {QStringLiteral("loader"),  QStringLiteral("pdf"),    QStringLiteral("html"),    QStringLiteral("numbers"),
            QStringLiteral("tables"),  QStringLiteral("pipeline"), QStringLiteral("office")};
}

namespace detail {

inline QString span(qsizetype start, qsizetype end)
{
    return QStringLiteral("[%1, %2)").arg(start).arg(end);
}

inline bool inside(qsizetype start, qsizetype end, qsizetype size)
{
    return 0 <= start && start <= end && end <= size;
}

// Text from the fuzz bytes: UTF-8 (invalid sequences become U+FFFD, as a decoder would leave them).
inline QString textOf(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

// The format a text input is read as, chosen by its length so that a seed keeps its bytes as they are.
inline SourceFormat formatOf(const QByteArray& bytes)
{
    return bytes.size() % 2 == 0 ? SourceFormat::PlainText : SourceFormat::Html;
}

} // namespace detail

// A document as the loader or fromText made it: toOriginal maps every normalised index into the original,
// in order; spans map inside the original; PDF pages and boxes cover the original text.
inline QString checkDocument(const Document& doc)
{
    using detail::inside;
    using detail::span;
    const qsizetype n = doc.normalised.size();
    const qsizetype o = doc.original.size();
    if (doc.toOriginal.size() != n + 1) {
        return QStringLiteral("toOriginal has %1 entries for %2 normalised characters")
            .arg(doc.toOriginal.size())
            .arg(n);
    }
    if (doc.toOriginal.constLast() != o) {
        return QStringLiteral("toOriginal ends at %1, not at the original's length %2")
            .arg(doc.toOriginal.constLast())
            .arg(o);
    }
    for (qsizetype i = 0; i < doc.toOriginal.size(); ++i) {
        const qsizetype v = doc.toOriginal.at(i);
        if (v < 0 || v > o) {
            return QStringLiteral("toOriginal[%1] = %2 is outside the original (%3)").arg(i).arg(v).arg(o);
        }
        if (i > 0 && v < doc.toOriginal.at(i - 1)) {
            return QStringLiteral("toOriginal goes back at %1: %2 after %3")
                .arg(i)
                .arg(v)
                .arg(doc.toOriginal.at(i - 1));
        }
    }
    // Spans of one, two and seven characters everywhere, and the whole text.
    for (qsizetype len : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(7)}) {
        for (qsizetype s = 0; s + len <= n; s += std::max<qsizetype>(1, n / 4096)) {
            const auto [a, b] = doc.originalSpan(s, s + len);
            if (!inside(a, b, o) || (len > 0 && a == b && o > 0)) {
                return QStringLiteral("originalSpan%1 = %2 for an original of %3")
                    .arg(span(s, s + len), span(a, b))
                    .arg(o);
            }
        }
    }
    const auto [wa, wb] = doc.originalSpan(0, n);
    if (!inside(wa, wb, o)) {
        return QStringLiteral("originalSpan of the whole text = %1 for %2").arg(span(wa, wb)).arg(o);
    }
    qsizetype previous = 0;
    for (qsizetype i = 0; i <= o; i += std::max<qsizetype>(1, o / 4096)) {
        const qsizetype cp = doc.codePointIndex(i);
        if (cp < previous || cp > i) {
            return QStringLiteral("codePointIndex(%1) = %2 after %3").arg(i).arg(cp).arg(previous);
        }
        previous = cp;
    }
    if (doc.format == SourceFormat::Pdf) {
        if (doc.charBoxes.size() != o) {
            return QStringLiteral("%1 character boxes for %2 characters").arg(doc.charBoxes.size()).arg(o);
        }
        qsizetype pageStart = 0;
        for (qsizetype p = 0; p < doc.pages.size(); ++p) {
            const PdfPage& page = doc.pages.at(p);
            if (!inside(page.start, page.end, o) || page.start < pageStart) {
                return QStringLiteral("page %1 spans %2 in a text of %3")
                    .arg(p + 1)
                    .arg(span(page.start, page.end))
                    .arg(o);
            }
            pageStart = page.start;
            for (const auto& [boxPage, rect] : doc.boxes(page.start, page.end)) {
                if (boxPage < 0 || boxPage >= doc.pages.size() || !std::isfinite(rect.x()) ||
                    !std::isfinite(rect.width())) {
                    return QStringLiteral("a box of page %1 is on page %2 or not finite").arg(p + 1).arg(boxPage + 1);
                }
            }
            const qsizetype hit = doc.charAt(int(p), QPointF(page.size.width() / 2, page.size.height() / 2));
            if (hit != -1 && (hit < page.start || hit >= page.end)) {
                return QStringLiteral("charAt on page %1 gave %2, outside its span %3")
                    .arg(p + 1)
                    .arg(hit)
                    .arg(span(page.start, page.end));
            }
        }
    } else if (!doc.charBoxes.isEmpty() || !doc.pages.isEmpty()) {
        return QStringLiteral("a document that is not a PDF has pages or boxes");
    }
    return QString();
}

// Every quantity lies inside the text, its number inside it, in text order, its text the text of its span.
inline QString checkQuantities(QStringView text, const QList<Quantity>& quantities)
{
    using detail::inside;
    using detail::span;
    qsizetype previousStart = 0;
    for (qsizetype i = 0; i < quantities.size(); ++i) {
        const Quantity& q = quantities.at(i);
        const QString where = QStringLiteral("quantity %1 %2").arg(i).arg(span(q.start, q.end));
        if (!inside(q.start, q.end, text.size()) || q.start == q.end) {
            return where + QStringLiteral(" is outside the text of %1 or empty").arg(text.size());
        }
        if (!(q.start <= q.numberStart && q.numberStart <= q.numberEnd && q.numberEnd <= q.end)) {
            return where + QStringLiteral(": its number %1 is not inside it").arg(span(q.numberStart, q.numberEnd));
        }
        if (q.magnitudeStart != -1 && (q.magnitudeStart < q.start || q.magnitudeStart >= q.end)) {
            return where + QStringLiteral(": its magnitude at %1 is not inside it").arg(q.magnitudeStart);
        }
        if (q.text != text.sliced(q.start, q.end - q.start)) {
            return where + QStringLiteral(": its text \"%1\" is not the text of its span").arg(q.text);
        }
        if (std::isnan(q.value) || q.value < 0) {
            return where + QStringLiteral(": value %1").arg(q.value);
        }
        if (q.start < previousStart) {
            return where + QStringLiteral(" comes before the quantity before it (%1)").arg(previousStart);
        }
        previousStart = q.start;
    }
    return QString();
}

// ---- the targets ------------------------------------------------------------------------------------------

// Bytes -> Document through DocumentLoader::loadBytes, as a text file, a web page or a file with no extension
// (sniffed), chosen by the input's length; a PDF by its first bytes. Either an error that says something or a
// document whose offsets hold.
inline QString runLoader(const QByteArray& bytes)
{
    static const QString names[] = {QStringLiteral("report.txt"), QStringLiteral("report.html"),
                                    QStringLiteral("report")};
    const LoadResult result = DocumentLoader::loadBytes(bytes, names[bytes.size() % 3], DocumentLoader::Hash::No);
    if (!result.ok()) {
        return result.error.trimmed().size() < 8 ? QStringLiteral("unclear error \"%1\"").arg(result.error) : QString();
    }
    if (result.document.original.trimmed().isEmpty()) {
        return QStringLiteral("a document with no text was accepted");
    }
    return checkDocument(result.document);
}

// Bytes -> Document as a Word document (a ZIP package: libzip, then QXmlStreamReader), a web archive (MIME) or
// markdown, by the input's length. LibreOffice is never run: bytes that would need it give its "not installed"
// message.
inline QString runOffice(const QByteArray& bytes)
{
    static const bool noLibreOffice = qputenv("JIAOHE_SOFFICE", QByteArray());
    Q_UNUSED(noLibreOffice);
    static const QString names[] = {QStringLiteral("report.docx"), QStringLiteral("report.mhtml"),
                                    QStringLiteral("report.md")};
    const LoadResult result = DocumentLoader::loadBytes(bytes, names[bytes.size() % 3], DocumentLoader::Hash::No);
    if (!result.ok()) {
        return result.error.trimmed().size() < 8 ? QStringLiteral("unclear error \"%1\"").arg(result.error) : QString();
    }
    if (result.document.original.trimmed().isEmpty()) {
        return QStringLiteral("a document with no text was accepted");
    }
    return checkDocument(result.document);
}

// Bytes -> Document as a PDF (DocumentLoader::loadBytes with a .pdf name: PdfReader through Qt PDF).
inline QString runPdf(const QByteArray& bytes)
{
    const LoadResult result = DocumentLoader::loadBytes(bytes, QStringLiteral("report.pdf"), DocumentLoader::Hash::No);
    if (!result.ok()) {
        return result.error.trimmed().size() < 8 ? QStringLiteral("unclear error \"%1\"").arg(result.error) : QString();
    }
    if (result.document.format != SourceFormat::Pdf) {
        return QStringLiteral("a .pdf file was not read as a PDF");
    }
    return checkDocument(result.document);
}

// Markup -> text through htmlToText, then a document of it.
inline QString runHtml(const QByteArray& bytes)
{
    const QString html = detail::textOf(bytes);
    const QString text = htmlToText(html);
    // Entities decode to at most two UTF-16 units and take at least three characters; line breaks and tabs
    // for blocks and cells replace a tag of at least three: the text is never much longer than the markup.
    if (text.size() > 2 * html.size() + 16) {
        return QStringLiteral("%1 characters of text from %2 of markup").arg(text.size()).arg(html.size());
    }
    if (text.contains(u'\r')) {
        return QStringLiteral("a carriage return was left in the text");
    }
    return checkDocument(Document::fromText(text, SourceFormat::Html));
}

// Text -> quantities (scanQuantities on the raw text and on its normalised form) and parseQuantity on every
// line and every quantity found.
inline QString runNumbers(const QByteArray& bytes)
{
    const QString text = detail::textOf(bytes);
    QString problem = checkQuantities(text, scanQuantities(text));
    if (!problem.isEmpty()) {
        return QStringLiteral("raw text: ") + problem;
    }
    const Document doc = Document::fromText(text, detail::formatOf(bytes));
    const QList<Quantity> quantities = scanQuantities(doc.normalised);
    problem = checkQuantities(doc.normalised, quantities);
    if (!problem.isEmpty()) {
        return QStringLiteral("normalised text: ") + problem;
    }
    auto checkParsed = [](QStringView s) -> QString {
        const std::optional<Quantity> q = parseQuantity(s);
        if (!q) {
            return QString();
        }
        const QString found = checkQuantities(s, {*q});
        return found.isEmpty() ? QString() : QStringLiteral("parseQuantity(\"%1\"): %2").arg(s, found);
    };
    for (const Quantity& q : quantities) {
        problem = checkParsed(q.text);
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    for (QStringView line : QStringView(text).split(u'\n')) {
        problem = checkParsed(line.left(256));
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return QString();
}

// Text -> Document -> Layout -> the template's tables: every cell on a line of the layout, its span inside the
// normalised text; the table lines ascending and real.
inline QString runTables(const QByteArray& bytes)
{
    using detail::inside;
    using detail::span;
    const Document doc = Document::fromText(detail::textOf(bytes), detail::formatOf(bytes));
    QString problem = checkDocument(doc);
    if (!problem.isEmpty()) {
        return problem;
    }
    const Layout layout(doc.normalised);
    const TemplateTables tables = readTemplateTables(doc, layout);
    const qsizetype n = doc.normalised.size();
    const auto lineCount = layout.lines().size();
    for (const TableCell& c : tables.cells) {
        if (!inside(c.start, c.end, n)) {
            return QStringLiteral("cell %1 spans %2 in a text of %3").arg(c.key, span(c.start, c.end)).arg(n);
        }
        if (c.line < 0 || c.line >= lineCount) {
            return QStringLiteral("cell %1 is on line %2 of %3").arg(c.key).arg(c.line).arg(lineCount);
        }
        if (!std::isfinite(c.value)) {
            return QStringLiteral("cell %1 has the value %2").arg(c.key).arg(c.value);
        }
    }
    for (qsizetype i = 0; i < tables.tableLines.size(); ++i) {
        const int line = tables.tableLines.at(i);
        if (line < 0 || line >= lineCount || (i > 0 && line <= tables.tableLines.at(i - 1))) {
            return QStringLiteral("table line %1 of %2 (after %3)")
                .arg(line)
                .arg(lineCount)
                .arg(i > 0 ? tables.tableLines.at(i - 1) : -1);
        }
    }
    if (!tables.cells.isEmpty() && tables.version != 2019 && tables.version != 2021) {
        return QStringLiteral("tables read with template version %1").arg(tables.version);
    }
    return QString();
}

// Text -> Document -> Extractor -> Checker, then the JSON and text reports: every statement, field, flag and
// suggestion span inside its text, every index into the extraction's lists valid.
inline QString runPipeline(const QByteArray& bytes)
{
    using detail::inside;
    using detail::span;
    Document doc = Document::fromText(detail::textOf(bytes), detail::formatOf(bytes));
    QString problem = checkDocument(doc);
    if (!problem.isEmpty()) {
        return problem;
    }
    static const Extractor extractor;
    static const Checker checker;
    const Analysis analysis = Analysis::ofDocument(std::move(doc), extractor, checker);
    const Document& d = analysis.document;
    const Extraction& ex = analysis.extraction;
    const qsizetype n = d.normalised.size();
    const qsizetype o = d.original.size();
    const auto statementCount = ex.statements.size();
    for (qsizetype i = 0; i < statementCount; ++i) {
        const Statement& s = ex.statements.at(i);
        if (!inside(s.quantity.start, s.quantity.end, n) || !inside(s.clauseStart, s.clauseEnd, n) ||
            !inside(s.sentenceStart, s.sentenceEnd, n)) {
            return QStringLiteral("statement %1: number %2, clause %3, sentence %4 in a text of %5")
                .arg(i)
                .arg(span(s.quantity.start, s.quantity.end), span(s.clauseStart, s.clauseEnd),
                     span(s.sentenceStart, s.sentenceEnd))
                .arg(n);
        }
        if (s.list >= ex.lists.size() || s.shareOf >= statementCount || s.denominator >= statementCount) {
            return QStringLiteral("statement %1 points at list %2, share of %3, denominator %4")
                .arg(i)
                .arg(s.list)
                .arg(s.shareOf)
                .arg(s.denominator);
        }
    }
    for (qsizetype i = 0; i < ex.lists.size(); ++i) {
        const StatementList& l = ex.lists.at(i);
        if (l.total < -1 || l.total >= statementCount) {
            return QStringLiteral("list %1 has the total %2 of %3 statements").arg(i).arg(l.total).arg(statementCount);
        }
        for (int s : l.parts + l.looseParts) {
            if (s < 0 || s >= statementCount) {
                return QStringLiteral("list %1 has the part %2 of %3 statements").arg(i).arg(s).arg(statementCount);
            }
        }
    }
    for (const ExtractedField& f : ex.fields) {
        if (!inside(f.start, f.end, o)) {
            return QStringLiteral("field %1 spans %2 in an original of %3").arg(f.key, span(f.start, f.end)).arg(o);
        }
        if (f.statement < -1 || f.statement >= statementCount || !std::isfinite(f.value)) {
            return QStringLiteral("field %1: statement %2, value %3").arg(f.key).arg(f.statement).arg(f.value);
        }
    }
    if ((ex.regionStart != -1 && !inside(ex.regionStart, ex.regionEnd, o)) ||
        (ex.yearStart != -1 && !inside(ex.yearStart, ex.yearEnd, o))) {
        return QStringLiteral("region %1 or year %2 in an original of %3")
            .arg(span(ex.regionStart, ex.regionEnd), span(ex.yearStart, ex.yearEnd))
            .arg(o);
    }
    for (const Flag& flag : analysis.flags) {
        for (const auto& [start, end] : flag.spans) {
            if (!inside(start, end, o)) {
                return QStringLiteral("flag %1 spans %2 in an original of %3").arg(flag.rule, span(start, end)).arg(o);
            }
        }
        if (flag.suggestion && !inside(flag.suggestion->start, flag.suggestion->end, o)) {
            return QStringLiteral("flag %1 suggests at %2 in an original of %3")
                .arg(flag.rule, span(flag.suggestion->start, flag.suggestion->end))
                .arg(o);
        }
        if (flag.messageZh.isEmpty() || flag.messageEn.isEmpty() || flag.id.isEmpty()) {
            return QStringLiteral("flag %1 has no message or no identity").arg(flag.rule);
        }
    }
    if (QJsonDocument(analysisJson(analysis, QStringLiteral("en"))).toJson().isEmpty() ||
        analysisText(analysis, QStringLiteral("zh")).isEmpty()) {
        return QStringLiteral("empty report");
    }
    return QString();
}

// The target of a regression folder's name; nullptr for an unknown name.
using Target = QString (*)(const QByteArray&);
inline Target targetNamed(const QString& name)
{
    if (name == u"loader") {
        return runLoader;
    }
    if (name == u"pdf") {
        return runPdf;
    }
    if (name == u"html") {
        return runHtml;
    }
    if (name == u"numbers") {
        return runNumbers;
    }
    if (name == u"tables") {
        return runTables;
    }
    if (name == u"pipeline") {
        return runPipeline;
    }
    if (name == u"office") {
        return runOffice;
    }
    return nullptr;
}

} // namespace jiaohe::fuzz
