// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

// One definition of each character class the core asks about. Every reader, the extractor and the number
// parser use these; a file-local variant would let two parts of the engine disagree about one character.
namespace jiaohe {

// A CJK unified ideograph (basic block and extension A): the characters of a Chinese word.
constexpr bool isHan(char16_t u)
{
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}
constexpr bool isHan(QChar c)
{
    return isHan(c.unicode());
}

// East Asian wide characters, Hangul excepted (CJK, kana, full-width forms, CJK punctuation, surrogates of the
// supplementary ideographs): a line break between two of them is not a space (CSS Text: segment breaks
// between East Asian wide characters are removed).
constexpr bool isWide(char16_t u)
{
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0xD800 && u <= 0xDFFF);
}
constexpr bool isWide(QChar c)
{
    return isWide(c.unicode());
}

// Drawn about one em wide: every character from the CJK radicals (U+2E80) up, the half-width forms
// (U+FF61-U+FFDC) excepted; Hangul, the private-use glyphs of CJK fonts and unmapped glyphs (U+FFFE, U+FFFF)
// included. A guess at the width of a glyph whose own box is unknown (the PDF reader spreads the box of a
// run over its characters), not a class of text: for line breaks and spaces, isWide.
constexpr bool isDrawnWide(char16_t u)
{
    return u >= 0x2E80 && !(u >= 0xFF61 && u <= 0xFFDC);
}
constexpr bool isDrawnWide(QChar c)
{
    return isDrawnWide(c.unicode());
}

// A dash as reports print it: hyphen-minus, en and em dashes, the horizontal bar, a box-drawing line,
// the minus sign and the full-width hyphen-minus. A cell holding only dashes is a blank cell; a dash
// between two numbers is a range.
constexpr bool isDash(char16_t u)
{
    return u == u'-' || u == 0x2013 || u == 0x2014 || u == 0x2015 || u == 0x2500 || u == 0x2212 || u == 0xFF0D;
}
constexpr bool isDash(QChar c)
{
    return isDash(c.unicode());
}

// White space inside a line: space, tab, no-break space, ideographic space, carriage return, form feed,
// vertical tab. Not a line break (a line break ends a line; callers treat it on its own).
constexpr bool isBlank(char16_t u)
{
    return u == u' ' || u == u'\t' || u == 0x00A0 || u == 0x3000 || u == u'\r' || u == u'\f' || u == u'\v';
}
constexpr bool isBlank(QChar c)
{
    return isBlank(c.unicode());
}

// Any Unicode white space (White_Space, as QChar::isSpace): the blanks, the line breaks, NEL and the
// typographic spaces (U+1680, U+2000-U+200A, U+202F, U+205F). What a PDF's text layer may hold between
// glyphs: none of it puts ink on the page. Wider than isBlank plus isLineBreak, which text that went through
// NFKC never needs.
constexpr bool isWhiteSpace(char16_t u)
{
    return u == u' ' || (u >= 0x09 && u <= 0x0D) || u == 0x85 || u == 0xA0 || u == 0x1680 ||
           (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 || u == 0x202F || u == 0x205F || u == 0x3000;
}
constexpr bool isWhiteSpace(QChar c)
{
    return isWhiteSpace(c.unicode());
}

// A line break: LF, CR, the Unicode line and paragraph separators.
constexpr bool isLineBreak(char16_t u)
{
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029;
}
constexpr bool isLineBreak(QChar c)
{
    return isLineBreak(c.unicode());
}

} // namespace jiaohe
