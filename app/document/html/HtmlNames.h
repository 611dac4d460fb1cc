// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <utility>

// The names HTML gives: which tags make blocks, table parts or dropped content, and the characters of the
// named and numeric character references. Plus the few character classes of the HTML tokenizer.
namespace jiaohe::html {

inline bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

inline bool isAsciiAlpha(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

inline char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
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

// The kind of each tag name that is not Other (lower case).
const QHash<QString, TagKind>& tagKinds();

// Named character references by name: the code point (0: the reference produces nothing) and whether it is
// also recognised without the ';' (as browsers do).
const QHash<QString, std::pair<char32_t, bool>>& entityTable();

// Numeric references 0x80-0x9F mean windows-1252 characters (HTML standard).
char32_t windows1252(char32_t c);

} // namespace jiaohe::html
