// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/html/HtmlConverter.h"

// The tokenizer: text, tags, comments and character references, each character looked at a bounded number
// of times.

namespace jiaohe::html {

QString HtmlConverter::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        const char16_t c = m_s[i].unicode();
        if (c == u'<') {
            i = markup(i);
        } else if (c == u'&') {
            i = entity(i);
        } else {
            text(c);
            ++i;
        }
    }
    while (!m_tables.isEmpty()) {
        closeTable();
    }
    m_main.endLine();
    return assemble();
}

bool HtmlConverter::startsWithCi(qsizetype i, QLatin1String what) const
{
    if (i + what.size() > m_n) {
        return false;
    }
    for (qsizetype k = 0; k < what.size(); ++k) {
        if (asciiLower(m_s[i + k].unicode()) != char16_t(what[k].unicode())) {
            return false;
        }
    }
    return true;
}

qsizetype HtmlConverter::find(char16_t c, qsizetype from) const
{
    const qsizetype at = m_s.indexOf(QChar(c), from);
    return at < 0 ? m_n : at;
}

// Position of the next `quote` at or after `from`, or -1. A failed search is remembered, so
// unterminated attribute values cannot make the scan quadratic.
qsizetype HtmlConverter::findQuote(char16_t quote, qsizetype from)
{
    qsizetype& failedFrom = quote == u'"' ? m_doubleQuoteFailedFrom : m_singleQuoteFailedFrom;
    if (failedFrom >= 0 && from >= failedFrom) {
        return -1;
    }
    const qsizetype at = m_s.indexOf(QChar(quote), from);
    if (at < 0) {
        failedFrom = from;
    }
    return at;
}

// At '<'. Returns the position after the markup (or after the '<' if it is just text).
qsizetype HtmlConverter::markup(qsizetype i)
{
    if (i + 1 >= m_n) {
        text(u'<');
        return i + 1;
    }
    const char16_t next = m_s[i + 1].unicode();
    if (isAsciiAlpha(next)) {
        return tag(i + 1, false);
    }
    if (next == u'/') {
        if (i + 2 < m_n && isAsciiAlpha(m_s[i + 2].unicode())) {
            return tag(i + 2, true);
        }
        // "</>" is nothing, "</ ..." a bogus comment
        return std::min(find(u'>', i + 2) + 1, m_n);
    }
    if (next == u'!') {
        if (i + 3 < m_n && m_s[i + 2] == u'-' && m_s[i + 3] == u'-') {
            return comment(i + 4);
        }
        return std::min(find(u'>', i + 2) + 1, m_n); // <!DOCTYPE ...>, <![CDATA[...]]> and the like
    }
    if (next == u'?') {
        return std::min(find(u'>', i + 2) + 1, m_n);
    }
    text(u'<');
    return i + 1;
}

// After "<!--". An unterminated comment runs to the end, as in browsers.
qsizetype HtmlConverter::comment(qsizetype i)
{
    if (i < m_n && m_s[i] == u'>') {
        return i + 1; // <!-->
    }
    if (i + 1 < m_n && m_s[i] == u'-' && m_s[i + 1] == u'>') {
        return i + 2; // <!--->
    }
    const qsizetype end = m_s.indexOf(u"-->", i);
    return end < 0 ? m_n : end + 3;
}

// At the first letter of a tag name. Returns the position after the tag's '>'.
qsizetype HtmlConverter::tag(qsizetype i, bool end)
{
    QString name;
    qsizetype j = i;
    while (j < m_n) {
        const char16_t c = m_s[j].unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>') {
            break;
        }
        if (name.size() < MaxTagName) {
            name.append(QChar(asciiLower(c)));
        }
        ++j;
    }
    // Attributes, skipped; quoted values may hold '>'.
    bool selfClosing = false;
    bool closed = false;
    while (j < m_n) {
        const char16_t c = m_s[j].unicode();
        if (c == u'>') {
            ++j;
            closed = true;
            break;
        }
        if (isHtmlSpace(c)) {
            ++j;
            continue;
        }
        if (c == u'/') {
            selfClosing = j + 1 < m_n && m_s[j + 1] == u'>';
            ++j;
            continue;
        }
        selfClosing = false;
        // attribute name
        ++j;
        while (j < m_n) {
            const char16_t a = m_s[j].unicode();
            if (isHtmlSpace(a) || a == u'/' || a == u'>' || a == u'=') {
                break;
            }
            ++j;
        }
        while (j < m_n && isHtmlSpace(m_s[j].unicode())) {
            ++j;
        }
        if (j < m_n && m_s[j] == u'=') {
            ++j;
            while (j < m_n && isHtmlSpace(m_s[j].unicode())) {
                ++j;
            }
            if (j < m_n && (m_s[j] == u'"' || m_s[j] == u'\'')) {
                const qsizetype close = findQuote(m_s[j].unicode(), j + 1);
                if (close < 0) {
                    // Unterminated value: end the tag at the next '>' rather than swallow the page.
                    j = std::min(find(u'>', j + 1) + 1, m_n);
                    handleTag(name, end);
                    return skipTo(name, end, j);
                }
                j = close + 1;
            } else {
                while (j < m_n && !isHtmlSpace(m_s[j].unicode()) && m_s[j] != u'>') {
                    ++j;
                }
            }
        }
    }
    if (!closed) {
        return m_n; // the page ends inside a tag: the tag is dropped
    }
    handleTag(name, end);
    return skipTo(name, end, j, selfClosing);
}

// After a start tag whose content is dropped (script, style, ...) or kept raw (title).
qsizetype HtmlConverter::skipTo(const QString& name, bool end, qsizetype j, bool selfClosing)
{
    if (end) {
        return j;
    }
    const TagKind kind = tagKinds().value(name, TagKind::Other);
    if (kind == TagKind::Skip) {
        if (selfClosing && (name == u"svg" || name == u"math")) {
            return j;
        }
        return afterEndTag(name, j).second;
    }
    if (kind == TagKind::Title) {
        const auto [contentEnd, after] = afterEndTag(name, j);
        if (!m_titleDone && !m_inBody) {
            m_titleDone = true;
            blockBoundary();
            const qsizetype saved = m_n;
            // The title's text: entities decoded, no tags.
            m_n = contentEnd;
            qsizetype k = j;
            while (k < m_n) {
                if (m_s[k] == u'&') {
                    k = entity(k);
                } else {
                    text(m_s[k].unicode());
                    ++k;
                }
            }
            m_n = saved;
            blockBoundary();
        }
        return after;
    }
    return j;
}

// Finds "</name" followed by a space, '/' or '>' from `from`: returns {start of the end tag, position
// after it}; both are the end of the page when there is none.
std::pair<qsizetype, qsizetype> HtmlConverter::afterEndTag(const QString& name, qsizetype from)
{
    const QString closing = QStringLiteral("</") + name;
    qsizetype k = from;
    while (true) {
        const qsizetype at = m_s.indexOf(closing, k, Qt::CaseInsensitive);
        if (at < 0) {
            return {m_n, m_n};
        }
        const qsizetype after = at + closing.size();
        if (after >= m_n) {
            return {at, m_n};
        }
        const char16_t c = m_s[after].unicode();
        if (isHtmlSpace(c) || c == u'/' || c == u'>') {
            return {at, std::min(find(u'>', after) + 1, m_n)};
        }
        k = after;
    }
}

void HtmlConverter::handleTag(const QString& name, bool end)
{
    const TagKind kind = tagKinds().value(name, TagKind::Other);
    switch (kind) {
    case TagKind::Other:
    case TagKind::Skip:
    case TagKind::Title:
        return;
    case TagKind::Body:
        if (!end) {
            m_inBody = true;
        }
        return;
    case TagKind::Block:
        blockBoundary();
        return;
    case TagKind::Break:
        if (Sink* s = sink(false)) {
            s->hardBreak();
        }
        return;
    case TagKind::Pre:
        blockBoundary();
        if (end) {
            m_preDepth = std::max(0, m_preDepth - 1);
        } else {
            ++m_preDepth;
            m_preJustOpened = true;
        }
        return;
    case TagKind::Table:
        if (end) {
            closeTable();
        } else {
            openTable();
        }
        return;
    case TagKind::Row:
        if (end) {
            if (m_excessTables > 0 || m_tables.isEmpty()) {
                blockBoundary();
            } else {
                finishRow();
            }
        } else {
            openRow();
        }
        return;
    case TagKind::Cell:
        if (end) {
            closeCell();
        } else {
            openCell();
        }
        return;
    case TagKind::Section:
        if (m_excessTables == 0 && !m_tables.isEmpty()) {
            finishRow();
        }
        return;
    }
}

// At '&'. Returns the position after the reference (or after the '&' if it is just text).
qsizetype HtmlConverter::entity(qsizetype i)
{
    qsizetype j = i + 1;
    if (j < m_n && m_s[j] == u'#') {
        ++j;
        bool hex = false;
        if (j < m_n && (m_s[j] == u'x' || m_s[j] == u'X')) {
            hex = true;
            ++j;
        }
        const qsizetype digitsStart = j;
        char32_t value = 0;
        while (j < m_n) {
            const char16_t c = m_s[j].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9') {
                digit = c - u'0';
            } else if (hex && c >= u'a' && c <= u'f') {
                digit = c - u'a' + 10;
            } else if (hex && c >= u'A' && c <= u'F') {
                digit = c - u'A' + 10;
            }
            if (digit < 0) {
                break;
            }
            if (value <= 0x10FFFF) {
                value = value * (hex ? 16 : 10) + char32_t(digit);
            }
            ++j;
        }
        if (j == digitsStart) {
            text(u'&');
            return i + 1;
        }
        if (j < m_n && m_s[j] == u';') {
            ++j;
        }
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            value = 0xFFFD;
        }
        codePoint(windows1252(value));
        return j;
    }
    while (j < m_n && j - i <= 32 && isAsciiAlnum(m_s[j].unicode())) {
        ++j;
    }
    if (j == i + 1 || j - i > 32) {
        text(u'&');
        return i + 1;
    }
    const bool semicolon = j < m_n && m_s[j] == u';';
    const auto& table = entityTable();
    const auto it = table.constFind(m_s.mid(i + 1, j - i - 1).toString());
    if (it != table.constEnd() && (semicolon || it->second)) {
        if (it->first != 0) {
            codePoint(it->first);
        }
        return semicolon ? j + 1 : j;
    }
    if (!semicolon) {
        // Legacy references run into the following text: "&nbsp1", "&copy2019".
        for (qsizetype length = std::min<qsizetype>(j - i - 2, 6); length >= 2; --length) {
            const auto prefix = table.constFind(m_s.mid(i + 1, length).toString());
            if (prefix != table.constEnd() && prefix->second) {
                if (prefix->first != 0) {
                    codePoint(prefix->first);
                }
                return i + 1 + length;
            }
        }
    }
    text(u'&');
    return i + 1;
}

} // namespace jiaohe::html
