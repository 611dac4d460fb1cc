// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/text/MarkdownText.h"

#include "document/DocumentLoader.h"
#include "document/text/PipeTables.h"

#include <QRegularExpression>
#include <QStringList>

namespace jiaohe {

namespace {

// Every `<table>…</table>` (nested ones inside it included) replaced by its rows as htmlToText gives them. Each
// search moves forward, so the time is linear however the tags nest or fail to close.
QString htmlTablesToRows(QStringView md)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)table\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(md);
    qsizetype start = -1;
    int depth = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool closing = !m.capturedView(1).isEmpty();
        if (!closing) {
            if (depth++ == 0) {
                start = m.capturedStart();
            }
            continue;
        }
        if (depth == 0 || --depth > 0) {
            continue;
        }
        out.append(md.sliced(copied, start - copied));
        out.append(u'\n');
        out.append(htmlToText(md.sliced(start, m.capturedEnd() - start)));
        out.append(u'\n');
        copied = m.capturedEnd();
    }
    if (depth > 0) { // a table never closed runs to the end, as a browser reads it
        out.append(md.sliced(copied, start - copied));
        out.append(u'\n');
        out.append(htmlToText(md.sliced(start)));
        return out;
    }
    out.append(md.sliced(copied));
    return out;
}

QString plainLine(QString line)
{
    static const QRegularExpression heading(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}(?:>\\s?)+"));
    static const QRegularExpression onlyMarkup(
        QStringLiteral("^\\s*(?:(?:!\\[[^\\]]*\\]\\([^)]*\\)|<!--.*?-->|</?[A-Za-z][^>]*>)\\s*)+$"));
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])"));
    if (line.isEmpty()) {
        return line;
    }
    if (onlyMarkup.match(line).hasMatch()) {
        return QString();
    }
    if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
        line = m.captured(1);
    }
    line.remove(quote);
    if (line.contains(u'[')) {
        line.remove(image);
        line.replace(link, QStringLiteral("\\1"));
    }
    line.remove(QStringLiteral("**"));
    line.remove(QStringLiteral("__"));
    if (line.contains(u'\\')) {
        line.replace(escape, QStringLiteral("\\1"));
    }
    return line;
}

} // namespace

QString markdownToText(QStringView markdown)
{
    const QString withRows = markdown.contains(QStringLiteral("<table"), Qt::CaseInsensitive)
                                 ? htmlTablesToRows(markdown)
                                 : markdown.toString();
    QStringList lines = withRows.split(u'\n');
    for (QString& line : lines) {
        line = plainLine(std::move(line));
    }
    return pipeTablesToRows(lines.join(u'\n'));
}

} // namespace jiaohe
