// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/html/HtmlSink.h"

#include "common/CharClass.h"

namespace jiaohe::html {

namespace {

bool isTrimmable(QChar c)
{
    return c != u'\t' && isWhiteSpace(c);
}

} // namespace

QString trimLine(const QString& line)
{
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && isTrimmable(line.at(start))) {
        ++start;
    }
    while (end > start && isTrimmable(line.at(end - 1))) {
        --end;
    }
    if (start == 0 && end == line.size()) {
        return line;
    }
    return line.mid(start, end - start);
}

void Sink::addChar(char16_t c)
{
    if (m_pendingSpace) {
        if (!(m_pendingLineBreak && isWide(current.back().unicode()) && isWide(c))) {
            current.append(u' ');
        }
        m_pendingSpace = false;
        m_pendingLineBreak = false;
    }
    current.append(QChar(c));
}
void Sink::addCodePoint(char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        addChar(QChar::highSurrogate(c));
        current.append(QChar(QChar::lowSurrogate(c)));
    } else {
        addChar(char16_t(c));
    }
}
void Sink::addSpace(bool lineBreak)
{
    if (!current.isEmpty()) {
        m_pendingSpace = true;
        m_pendingLineBreak = m_pendingLineBreak || lineBreak;
    }
}
// Text inside <pre>: spaces as they are.
void Sink::addLiteral(char16_t c)
{
    m_pendingSpace = false;
    m_pendingLineBreak = false;
    current.append(QChar(c));
}
void Sink::endLine()
{
    if (!current.isEmpty()) {
        QString line = trimLine(current);
        if (!line.isEmpty()) {
            chars += line.size();
            lines.append(line);
        }
        current.clear();
    }
    m_pendingSpace = false;
    m_pendingLineBreak = false;
}
void Sink::hardBreak()
{
    if (trimLine(current).isEmpty()) {
        current.clear();
        lines.append(QString());
    } else {
        endLine();
    }
    m_pendingSpace = false;
    m_pendingLineBreak = false;
}
void Sink::appendLine(const QString& line)
{
    endLine();
    chars += line.size();
    lines.append(line);
}

} // namespace jiaohe::html
