// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/CharClass.h"
#include "numbers/NumberParser.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cmath>
#include <iterator>
#include <optional>

// What the number parser's files share (NumberParser.cpp: the whole-string parser and the public functions;
// QuantityScanner*.cpp: the scanner of running text; ChineseNumerals.cpp; NumberAffixes.cpp: units,
// magnitudes and the words around a number). One pass over UTF-16 code units: everything works on a raw
// `const char16_t*` plus its length; nothing allocates except a Quantity's text and unit when one is emitted.
namespace jiaohe::numbers {

// ---------------------------------------------------------------------------------------------
// Character classes
// ---------------------------------------------------------------------------------------------

inline int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= 0xFF10 && c <= 0xFF19) // full-width ０-９
        return c - 0xFF10;
    return -1;
}

inline bool isDigit(char16_t c)
{
    return digitValue(c) >= 0;
}

inline bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

inline bool isInlineSpace(char16_t c)
{
    return c == u' ' || c == 0x3000 || c == 0x00A0;
}

inline bool isDecimalPoint(char16_t c)
{
    return c == u'.' || c == 0xFF0E;
}

inline bool isThousandsSeparator(char16_t c)
{
    return c == u',' || c == 0xFF0C;
}

inline bool isPercentSign(char16_t c)
{
    return c == u'%' || c == 0xFF05 || c == u'‰';
}

// 〇零一二两三四五六七八九 -> 0..9, anything else -> -1.
// The financial (大写) forms 壹贰叁… 拾佰仟 and the traditional 萬億兩 read as the everyday ones: reports print
// amounts and counts in them (贰佰件, 壹仟元). A numeral in running text still needs a unit after it (scanChinese),
// so 陆续 or 收拾 are never read as numbers.
inline int cnDigit(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
    case u'壹':
        return 1;
    case u'二':
    case u'两':
    case u'兩':
    case u'贰':
    case u'貳':
        return 2;
    case u'三':
    case u'叁':
    case u'參':
        return 3;
    case u'四':
    case u'肆':
        return 4;
    case u'五':
    case u'伍':
        return 5;
    case u'六':
    case u'陆':
    case u'陸':
        return 6;
    case u'七':
    case u'柒':
        return 7;
    case u'八':
    case u'捌':
        return 8;
    case u'九':
    case u'玖':
        return 9;
    default:
        return -1;
    }
}

// 十百千万亿 -> their value, anything else -> 0.
inline double cnUnit(char16_t c)
{
    switch (c) {
    case u'十':
    case u'拾':
        return 10;
    case u'百':
    case u'佰':
        return 100;
    case u'千':
    case u'仟':
        return 1000;
    case u'万':
    case u'萬':
        return 1e4;
    case u'亿':
    case u'億':
        return 1e8;
    default:
        return 0;
    }
}

inline bool isCnNumeral(char16_t c)
{
    // All numeral characters are CJK (U+3007 and up); one comparison rejects ASCII quickly.
    return c >= 0x3007 && (cnDigit(c) >= 0 || cnUnit(c) > 0);
}

inline double powerOfTen(int e)
{
    static constexpr double table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (e >= 0 && e < static_cast<int>(std::size(table)))
        return table[e];
    return std::pow(10.0, e);
}

// mantissa * 10^(exponent - decimals), computed so that 53.34万 is exactly 533400.
inline double scaled(double mantissa, int decimals, int exponent)
{
    const int e = exponent - decimals;
    return e >= 0 ? mantissa * powerOfTen(e) : mantissa / powerOfTen(-e);
}

inline bool matchesAt(const char16_t* s, qsizetype n, qsizetype pos, QStringView word)
{
    if (pos < 0 || pos + word.size() > n)
        return false;
    const char16_t* w = word.utf16();
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (s[pos + k] != w[k])
            return false;
    }
    return true;
}

inline qsizetype skipOneSpace(const char16_t* s, qsizetype n, qsizetype pos)
{
    return pos < n && isInlineSpace(s[pos]) ? pos + 1 : pos;
}

inline bool isYearValue(double v)
{
    return v >= 1900 && v <= 2099;
}

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

enum UnitFlag : unsigned
{
    CountUnit = 1,     // isCountUnit() is true
    AfterChinese = 2,  // may follow a Chinese numeral in running text
    DateUnit = 4,      // 月, 日: the number is a Date
    ReferenceUnit = 8, // 号: the number is a Reference
    ArabicOnly = 0,
};

struct UnitDef
{
    QStringView text;
    unsigned flags;
};

// The flags of unit `index` (UnitFlag).
unsigned unitFlags(int index);

// The text of unit `index`, and the units of percentages, per mille and years, shared rather than built per
// quantity.
const QString& unitString(int index);
const QString& percentUnit();
const QString& perMilleUnit();
const QString& yearUnit();
const QString& yearDuUnit();

// Index into kUnits of the longest unit at pos, or -1. With chineseOnly, only AfterChinese units.
int matchUnit(const char16_t* s, qsizetype n, qsizetype pos, bool chineseOnly);

struct Magnitude
{
    QStringView text;
    int exponent;
};

const Magnitude* matchMagnitude(const char16_t* s, qsizetype n, qsizetype pos);

// ---------------------------------------------------------------------------------------------
// Arabic numbers
// ---------------------------------------------------------------------------------------------

struct Arabic
{
    qsizetype end = 0;
    double mantissa = 0; // every digit written, as an integer
    int intDigits = 0;
    int decimals = 0;
    bool grouped = false; // thousands separators were used
    bool leadingZero = false;

    bool plainInteger() const { return !grouped && decimals == 0; }
    double value() const { return scaled(mantissa, decimals, 0); }
};

// Digits, thousands separators (',' or '，' followed by exactly three digits) and one decimal point.
Arabic parseArabic(const char16_t* s, qsizetype n, qsizetype i);

// A plain run of digits [from, to) as a number.
double digitRunValue(const char16_t* s, qsizetype from, qsizetype to);

qsizetype digitRunEnd(const char16_t* s, qsizetype n, qsizetype from);

// ---------------------------------------------------------------------------------------------
// What follows a number: magnitude, approximation, unit, percent sign, 年
// ---------------------------------------------------------------------------------------------

enum class TailMode
{
    ScanArabic,  // running text, after Arabic digits
    ScanChinese, // running text, after Chinese numerals: only AfterChinese units, no dates
    Whole,       // parseQuantity: the whole string is one quantity
};

struct Tail
{
    qsizetype end = 0;
    QuantityKind kind = QuantityKind::Bare;
    QString unit;
    bool approx = false;
    bool matched = false; // a unit, a percent sign, 年 or a magnitude followed
    int magnitudeExponent = 0;
    qsizetype magnitudeStart = -1;
};

// 左右 以上 上下 after a unit or percent sign.
qsizetype approxSuffix(const char16_t* s, qsizetype n, qsizetype pos, bool& approx);

bool isApproxAfterNumber(char16_t c);

QuantityKind kindOfUnit(int index);

Tail parseTail(const char16_t* s, qsizetype n, qsizetype p, TailMode mode, bool yearLike);

// ---------------------------------------------------------------------------------------------
// Chinese numerals
// ---------------------------------------------------------------------------------------------

std::optional<double> chineseNumeralValue(const char16_t* s, qsizetype from, qsizetype to);

// 百 千 万 亿 alone before 余/多: 百余人, 千余条, 万余人次.
std::optional<double> roundNumeralBeforeApprox(const char16_t* s, qsizetype n, qsizetype from, qsizetype to);

bool allZeroNumerals(const char16_t* s, qsizetype from, qsizetype to);

bool isDigitOnlyNumeral(const char16_t* s, qsizetype from, qsizetype to);

// Characters that make a following 一 part of a word: 统一, 唯一, 逐一, 之一, 进一步 ...
bool bindsFollowingYi(char16_t c);

// Fixed expressions in which numerals are not quantities. Only the ones that would otherwise be
// followed by a measure word matter, the rest are listed for the reader.
inline constexpr QStringView kFixedExpressions[] = {
    u"一起",     u"一部分",   u"一条龙",   u"一次性",   u"一件事",   u"一家亲",     u"一条心",   u"一是",
    u"一把手",   u"一站式",   u"一些",     u"一定",     u"一直",     u"一步",       u"一体",     u"一致",
    u"一般",     u"一样",     u"一切",     u"一方面",   u"十九大",   u"十三五",     u"十四五",   u"十二五",
    u"五公开",   u"三公",     u"两学一做", u"一带一路", u"三到位",   u"四级",       u"五位一体", u"三个代表",
    u"四个意识", u"四个自信", u"四个全面", u"两个维护", u"两个确立", u"两个一百年", u"五家渠",   u"八项规定",
};

// ---------------------------------------------------------------------------------------------
// Prefixes: approximation words and 占
// ---------------------------------------------------------------------------------------------

struct Prefix
{
    qsizetype start = 0;
    bool approx = false;
};

// Characters that make a following 约 part of a word (节约, 制约, 预约 ...), not "about".
bool bindsFollowingYue(char16_t c);

// Characters that make a following 近 part of a word (最近, 附近 ...).
bool bindsFollowingJin(char16_t c);

// Walks back from numberStart over 约, 大约, 近, 将近, 接近, 逾, 约为, 约有 (and 占 for percentages),
// never before limit.
Prefix lookBack(const char16_t* s, qsizetype numberStart, qsizetype limit, bool percent);

} // namespace jiaohe::numbers
