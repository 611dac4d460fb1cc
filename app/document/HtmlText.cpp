// htmlToText: the text of a saved web page, one paragraph or table row per line.
//
// A small tokenizer, not a DOM: it keeps no element stack (only a bounded stack of open tables), never
// recurses and looks at every character a bounded number of times, so malformed or hostile pages
// (unclosed tags, 100000 nested <div>s, unterminated comments) take linear time and constant stack.

#include "DocumentLoader.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace jiaohe {

namespace {

constexpr int MaxTableDepth = 16; // deeper tables are flattened (their rows still end lines)
constexpr qsizetype MaxTagName = 32;

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// East Asian wide characters: a line break in the source between two of them is not a space
// (CSS Text: segment breaks between East Asian wide characters are removed).
bool isWide(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0xD800 && c <= 0xDFFF);
}

bool isTrimmable(QChar c)
{
    return c != u'\t' && c.isSpace();
}

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

enum class TagKind : quint8
{
    Other,
    Block, // ends the current line
    Break, // <br>: ends the line, or gives an empty line
    Skip,  // element whose content is dropped: script, style, ...
    Title,
    Body,
    Pre,
    Table,
    Row,
    Cell,
    Section, // thead, tbody, tfoot
};

const QHash<QString, TagKind>& tagKinds()
{
    static const QHash<QString, TagKind> kinds = [] {
        QHash<QString, TagKind> k;
        const char16_t* blocks[] = {u"p",      u"div",        u"li",       u"ul",       u"ol",     u"dl",
                                    u"dd",     u"dt",         u"h1",       u"h2",       u"h3",     u"h4",
                                    u"h5",     u"h6",         u"section",  u"article",  u"header", u"footer",
                                    u"nav",    u"blockquote", u"address",  u"aside",    u"figure", u"figcaption",
                                    u"form",   u"hr",         u"main",     u"fieldset", u"legend", u"caption",
                                    u"center", u"menu",       u"details",  u"summary",  u"dir",    u"hgroup",
                                    u"html",   u"head",       u"frameset", u"frame",    u"option", u"marquee"};
        for (const char16_t* b : blocks) {
            k.insert(QString::fromUtf16(b), TagKind::Block);
        }
        const char16_t* skipped[] = {u"script", u"style",   u"noscript", u"template", u"iframe", u"textarea",
                                     u"xmp",    u"noembed", u"noframes", u"svg",      u"math",   u"select",
                                     u"object", u"applet",  u"canvas",   u"audio",    u"video",  u"button"};
        for (const char16_t* s : skipped) {
            k.insert(QString::fromUtf16(s), TagKind::Skip);
        }
        k.insert(QStringLiteral("br"), TagKind::Break);
        k.insert(QStringLiteral("title"), TagKind::Title);
        k.insert(QStringLiteral("body"), TagKind::Body);
        k.insert(QStringLiteral("pre"), TagKind::Pre);
        k.insert(QStringLiteral("listing"), TagKind::Pre);
        k.insert(QStringLiteral("plaintext"), TagKind::Pre);
        k.insert(QStringLiteral("table"), TagKind::Table);
        k.insert(QStringLiteral("tr"), TagKind::Row);
        k.insert(QStringLiteral("td"), TagKind::Cell);
        k.insert(QStringLiteral("th"), TagKind::Cell);
        k.insert(QStringLiteral("thead"), TagKind::Section);
        k.insert(QStringLiteral("tbody"), TagKind::Section);
        k.insert(QStringLiteral("tfoot"), TagKind::Section);
        return k;
    }();
    return kinds;
}

// Named character references. Those marked `legacy` are also recognised without the ';' (as browsers do).
struct NamedEntity
{
    const char16_t* name;
    char32_t code; // 0: the reference produces nothing (soft hyphen, zero-width joiners, direction marks)
    bool legacy;
};

const NamedEntity namedEntities[] = {
    {u"nbsp", 0xA0, true},     {u"amp", u'&', true},       {u"lt", u'<', true},        {u"gt", u'>', true},
    {u"quot", u'"', true},     {u"apos", u'\'', false},    {u"ldquo", 0x201C, false},  {u"rdquo", 0x201D, false},
    {u"lsquo", 0x2018, false}, {u"rsquo", 0x2019, false},  {u"sbquo", 0x201A, false},  {u"bdquo", 0x201E, false},
    {u"mdash", 0x2014, false}, {u"ndash", 0x2013, false},  {u"hellip", 0x2026, false}, {u"middot", 0xB7, true},
    {u"emsp", 0x2003, false},  {u"ensp", 0x2002, false},   {u"thinsp", 0x2009, false}, {u"times", 0xD7, true},
    {u"divide", 0xF7, true},   {u"copy", 0xA9, true},      {u"reg", 0xAE, true},       {u"trade", 0x2122, false},
    {u"yen", 0xA5, true},      {u"deg", 0xB0, true},       {u"plusmn", 0xB1, true},    {u"bull", 0x2022, false},
    {u"laquo", 0xAB, true},    {u"raquo", 0xBB, true},     {u"sect", 0xA7, true},      {u"para", 0xB6, true},
    {u"cent", 0xA2, true},     {u"pound", 0xA3, true},     {u"euro", 0x20AC, false},   {u"frac12", 0xBD, true},
    {u"frac14", 0xBC, true},   {u"frac34", 0xBE, true},    {u"sup1", 0xB9, true},      {u"sup2", 0xB2, true},
    {u"sup3", 0xB3, true},     {u"micro", 0xB5, true},     {u"le", 0x2264, false},     {u"ge", 0x2265, false},
    {u"ne", 0x2260, false},    {u"larr", 0x2190, false},   {u"rarr", 0x2192, false},   {u"uarr", 0x2191, false},
    {u"darr", 0x2193, false},  {u"permil", 0x2030, false}, {u"prime", 0x2032, false},  {u"Prime", 0x2033, false},
    {u"minus", 0x2212, false}, {u"lowast", 0x2217, false}, {u"radic", 0x221A, false},  {u"infin", 0x221E, false},
    {u"sim", 0x223C, false},   {u"asymp", 0x2248, false},  {u"equiv", 0x2261, false},  {u"sdot", 0x22C5, false},
    {u"loz", 0x25CA, false},   {u"lang", 0x2329, false},   {u"rang", 0x232A, false},   {u"iexcl", 0xA1, true},
    {u"iquest", 0xBF, true},   {u"acute", 0xB4, true},     {u"uml", 0xA8, true},       {u"not", 0xAC, true},
    {u"macr", 0xAF, true},     {u"ordf", 0xAA, true},      {u"ordm", 0xBA, true},      {u"cedil", 0xB8, true},
    {u"curren", 0xA4, true},   {u"brvbar", 0xA6, true},    {u"agrave", 0xE0, true},    {u"aacute", 0xE1, true},
    {u"eacute", 0xE9, true},   {u"egrave", 0xE8, true},    {u"uuml", 0xFC, true},      {u"ouml", 0xF6, true},
    {u"auml", 0xE4, true},     {u"ccedil", 0xE7, true},    {u"ntilde", 0xF1, true},    {u"alpha", 0x3B1, false},
    {u"beta", 0x3B2, false},   {u"gamma", 0x3B3, false},   {u"delta", 0x3B4, false},   {u"mu", 0x3BC, false},
    {u"pi", 0x3C0, false},     {u"sigma", 0x3C3, false},   {u"Omega", 0x3A9, false},   {u"shy", 0, true},
    {u"zwj", 0, false},        {u"zwnj", 0, false},        {u"lrm", 0, false},         {u"rlm", 0, false},
    {u"zwsp", 0, false},       {u"Tab", u'\t', false},     {u"NewLine", u'\n', false}, {u"colon", u':', false},
    {u"comma", u',', false},   {u"period", u'.', false},   {u"excl", u'!', false},     {u"quest", u'?', false},
    {u"lpar", u'(', false},    {u"rpar", u')', false},     {u"percnt", u'%', false},   {u"sol", u'/', false},
};

const QHash<QString, std::pair<char32_t, bool>>& entityTable()
{
    static const QHash<QString, std::pair<char32_t, bool>> table = [] {
        QHash<QString, std::pair<char32_t, bool>> t;
        for (const NamedEntity& e : namedEntities) {
            t.insert(QString::fromUtf16(e.name), {e.code, e.legacy});
        }
        return t;
    }();
    return table;
}

// Numeric references 0x80-0x9F mean windows-1252 characters (HTML standard).
char32_t windows1252(char32_t c)
{
    static const char16_t table[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return (c >= 0x80 && c <= 0x9F) ? char32_t(table[c - 0x80]) : c;
}

// The text of one block: whitespace collapsed, lines kept. A cell of a table row is one too.
class Sink
{
public:
    QStringList lines;
    QString current;
    qsizetype chars = 0;
    bool holdsTable = false; // a nested table's rows were written here

    void addChar(char16_t c)
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
    void addCodePoint(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            addChar(QChar::highSurrogate(c));
            current.append(QChar(QChar::lowSurrogate(c)));
        } else {
            addChar(char16_t(c));
        }
    }
    void addSpace(bool lineBreak)
    {
        if (!current.isEmpty()) {
            m_pendingSpace = true;
            m_pendingLineBreak = m_pendingLineBreak || lineBreak;
        }
    }
    // Text inside <pre>: spaces as they are.
    void addLiteral(char16_t c)
    {
        m_pendingSpace = false;
        m_pendingLineBreak = false;
        current.append(QChar(c));
    }
    void endLine()
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
    void hardBreak()
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
    void appendLine(const QString& line)
    {
        endLine();
        chars += line.size();
        lines.append(line);
    }

private:
    bool m_pendingSpace = false;
    bool m_pendingLineBreak = false;
};

struct TableState
{
    bool inRow = false;
    bool inCell = false;
    QList<Sink> cells;
};

class HtmlConverter
{
public:
    explicit HtmlConverter(QStringView html) : m_s(html), m_n(html.size()) {}

    QString run()
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

private:
    // ---- output -------------------------------------------------------------------------------------

    // The sink text goes to: the innermost open cell, the main text outside tables.
    Sink* sinkBelow(qsizetype level, bool openCell)
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
    Sink* sink(bool openCell) { return sinkBelow(m_tables.size(), openCell); }

    void text(char16_t c)
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

    void codePoint(char32_t c)
    {
        if (c < 0x10000) {
            text(char16_t(c));
        } else {
            m_preJustOpened = false;
            sink(true)->addCodePoint(c);
        }
    }

    void blockBoundary()
    {
        if (Sink* s = sink(false)) {
            s->endLine();
        }
    }

    // ---- tables ---------------------------------------------------------------------------------------

    void openTable()
    {
        blockBoundary();
        if (m_tables.size() >= MaxTableDepth || m_excessTables > 0) {
            ++m_excessTables;
            return;
        }
        m_tables.append(TableState());
    }

    void closeTable()
    {
        if (m_excessTables > 0) {
            --m_excessTables;
            blockBoundary();
            return;
        }
        if (m_tables.isEmpty()) {
            blockBoundary();
            return;
        }
        finishRow();
        m_tables.removeLast();
        blockBoundary();
    }

    void openRow()
    {
        if (m_excessTables > 0 || m_tables.isEmpty()) {
            blockBoundary();
            return;
        }
        finishRow();
        m_tables.last().inRow = true;
    }

    void openCell()
    {
        if (m_excessTables > 0 || m_tables.isEmpty()) {
            if (Sink* s = sink(false)) {
                s->addSpace(false);
            }
            return;
        }
        TableState& t = m_tables.last();
        if (!t.inRow) {
            t.inRow = true;
        }
        if (t.inCell) {
            t.cells.last().endLine();
        }
        t.cells.append(Sink());
        t.inCell = true;
    }

    void closeCell()
    {
        if (m_excessTables > 0 || m_tables.isEmpty()) {
            return;
        }
        TableState& t = m_tables.last();
        if (t.inCell) {
            t.cells.last().endLine();
            t.inCell = false;
        }
    }

    // A row becomes one line, cells separated by tabs, a cell's own line breaks turned into spaces.
    // A row holding a whole page (layout tables: a cell with many paragraphs) keeps its lines instead.
    void finishRow()
    {
        TableState& t = m_tables.last();
        if (!t.inRow) {
            return;
        }
        for (Sink& cell : t.cells) {
            cell.endLine();
        }
        QList<Sink> cells = std::move(t.cells);
        t.cells.clear();
        t.inRow = false;
        t.inCell = false;
        Sink* parent = sinkBelow(m_tables.size() - 1, true);
        parent->holdsTable = parent != &m_main;

        bool layout = false;
        for (const Sink& cell : cells) {
            if (cell.holdsTable) {
                layout = true;
            }
            qsizetype nonEmpty = 0;
            for (const QString& l : cell.lines) {
                nonEmpty += l.isEmpty() ? 0 : 1;
            }
            if (cell.chars > 400 || (nonEmpty > 3 && cell.chars > 120)) {
                layout = true;
            }
        }
        if (layout) {
            parent->endLine();
            for (const Sink& cell : cells) {
                for (const QString& l : cell.lines) {
                    parent->lines.append(l);
                    parent->chars += l.size();
                }
            }
            return;
        }
        QStringList parts;
        for (const Sink& cell : cells) {
            QString joined;
            for (const QString& l : cell.lines) {
                if (l.isEmpty()) {
                    continue;
                }
                if (!joined.isEmpty()) {
                    joined.append(u' ');
                }
                joined.append(l);
            }
            parts.append(joined);
        }
        while (!parts.isEmpty() && parts.last().isEmpty()) {
            parts.removeLast();
        }
        if (!parts.isEmpty()) {
            parent->appendLine(parts.join(u'\t'));
        }
    }

    // ---- markup ---------------------------------------------------------------------------------------

    bool startsWithCi(qsizetype i, QLatin1String what) const
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

    qsizetype find(char16_t c, qsizetype from) const
    {
        const qsizetype at = m_s.indexOf(QChar(c), from);
        return at < 0 ? m_n : at;
    }

    // Position of the next `quote` at or after `from`, or -1. A failed search is remembered, so
    // unterminated attribute values cannot make the scan quadratic.
    qsizetype findQuote(char16_t quote, qsizetype from)
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
    qsizetype markup(qsizetype i)
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
    qsizetype comment(qsizetype i)
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
    qsizetype tag(qsizetype i, bool end)
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
    qsizetype skipTo(const QString& name, bool end, qsizetype j, bool selfClosing = false)
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
    std::pair<qsizetype, qsizetype> afterEndTag(const QString& name, qsizetype from)
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

    void handleTag(const QString& name, bool end)
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
    qsizetype entity(qsizetype i)
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

    // ---- result ---------------------------------------------------------------------------------------

    QString assemble() const
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

    QStringView m_s;
    qsizetype m_n;
    Sink m_main;
    QList<TableState> m_tables;
    int m_excessTables = 0;
    int m_preDepth = 0;
    bool m_preJustOpened = false;
    bool m_lastWasCr = false;
    bool m_inBody = false;
    bool m_titleDone = false;
    qsizetype m_doubleQuoteFailedFrom = -1;
    qsizetype m_singleQuoteFailedFrom = -1;
};

} // namespace

QString htmlToText(QStringView html)
{
    HtmlConverter converter(html);
    return converter.run();
}

} // namespace jiaohe
