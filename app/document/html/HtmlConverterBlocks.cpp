// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/html/HtmlConverter.h"

// Text into the lines of blocks, and the result.

namespace jiaohe::html {

// The sink text goes to: the innermost open cell, the main text outside tables.
Sink* HtmlConverter::sinkBelow(qsizetype level, bool openCell)
{
    for (qsizetype k = level - 1; k >= 0; --k) {
        TableState& t = m_tables[k];
        if (t.inCell) {
            return &t.cells.last();
        }
        if (t.inRow) {
            if (!openCell) {
                return nullptr;
            }
            t.cells.append(Sink());
            t.inCell = true;
            return &t.cells.last();
        }
    }
    return &m_main;
}

void HtmlConverter::text(char16_t c)
{
    if (m_preDepth > 0) {
        if (c == u'\r' || c == u'\n') {
            const bool crlf = c == u'\n' && m_lastWasCr;
            m_lastWasCr = c == u'\r';
            if (crlf) {
                return;
            }
            if (m_preJustOpened) {
                m_preJustOpened = false;
                return;
            }
            if (Sink* s = sink(false)) {
                s->hardBreak();
            }
            return;
        }
        m_lastWasCr = false;
        m_preJustOpened = false;
        if (Sink* s = sink(!isHtmlSpace(c))) {
            s->addLiteral(c == u'\t' || c == u'\f' ? u' ' : c);
        }
        return;
    }
    if (isHtmlSpace(c) || c == 0xA0) {
        if (Sink* s = sink(false)) {
            s->addSpace(c == u'\n' || c == u'\r');
        }
        return;
    }
    if (c == 0) {
        return;
    }
    sink(true)->addChar(c);
}

void HtmlConverter::codePoint(char32_t c)
{
    if (c < 0x10000) {
        text(char16_t(c));
    } else {
        m_preJustOpened = false;
        sink(true)->addCodePoint(c);
    }
}

void HtmlConverter::blockBoundary()
{
    if (Sink* s = sink(false)) {
        s->endLine();
    }
}

QString HtmlConverter::assemble() const
{
    QString out;
    out.reserve(m_n / 2);
    bool pendingBlank = false;
    bool any = false;
    for (const QString& l : m_main.lines) {
        const QString line = trimLine(l);
        if (line.isEmpty()) {
            pendingBlank = any;
            continue;
        }
        if (any) {
            out.append(u'\n');
            if (pendingBlank) {
                out.append(u'\n');
            }
        }
        out.append(line);
        any = true;
        pendingBlank = false;
    }
    return out;
}

} // namespace jiaohe::html
