// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/html/HtmlNames.h"

namespace jiaohe::html {

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

namespace {

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

} // namespace

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

} // namespace jiaohe::html
