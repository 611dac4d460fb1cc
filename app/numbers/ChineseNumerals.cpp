// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/NumberScanInternal.h"

namespace jiaohe::numbers {

std::optional<double> chineseNumeralValue(const char16_t* s, qsizetype from, qsizetype to)
{
    if (from >= to)
        return std::nullopt;
    bool hasUnit = false;
    for (qsizetype k = from; k < to; ++k) {
        if (cnUnit(s[k]) > 0)
            hasUnit = true;
        else if (cnDigit(s[k]) < 0)
            return std::nullopt;
    }
    if (!hasUnit) { // 二〇一六: digit by digit
        double v = 0;
        for (qsizetype k = from; k < to; ++k)
            v = v * 10 + cnDigit(s[k]);
        return v;
    }

    double total = 0;      // everything already multiplied by 亿
    double wan = 0;        // the 万 group
    double section = 0;    // below 万
    int digit = -1;        // pending digit
    double lastUnit = 0;   // the unit just before the pending digit (三万五 means 35000)
    double smallest = 1e4; // 十百千 within a section must decrease
    bool zeroSeen = false; // 零 since the last unit: 一百零五 is 105, not 150
    bool wanUsed = false;
    bool yiUsed = false;
    for (qsizetype k = from; k < to; ++k) {
        const char16_t c = s[k];
        const int d = cnDigit(c);
        if (d == 0) {
            if (digit > 0)
                return std::nullopt;
            zeroSeen = true;
            continue;
        }
        if (d > 0) {
            if (digit > 0)
                return std::nullopt;
            digit = d;
            continue;
        }
        const double u = cnUnit(c);
        if (u < 1e4) {
            if (digit < 0) {
                if (u != 10)
                    return std::nullopt;
                digit = 1; // 十五
            }
            if (u >= smallest)
                return std::nullopt;
            section += digit * u;
            smallest = u;
        } else if (u == 1e4) {
            const double v = section + (digit > 0 ? digit : 0);
            if (v == 0 || wanUsed)
                return std::nullopt;
            wan = v * 1e4;
            wanUsed = true;
            section = 0;
            smallest = 1e4;
        } else {
            const double v = wan + section + (digit > 0 ? digit : 0);
            if (v == 0 || yiUsed)
                return std::nullopt;
            total = v * 1e8;
            yiUsed = true;
            wanUsed = false;
            wan = 0;
            section = 0;
            smallest = 1e4;
        }
        digit = -1;
        lastUnit = u;
        zeroSeen = false;
    }
    double tail = 0;
    if (digit > 0)
        tail = (!zeroSeen && lastUnit >= 100) ? digit * lastUnit / 10 : digit;
    return total + wan + section + tail;
}

// 百 千 万 亿 alone before 余/多: 百余人, 千余条, 万余人次.
std::optional<double> roundNumeralBeforeApprox(const char16_t* s, qsizetype n, qsizetype from, qsizetype to)
{
    if (to - from == 1 && to < n && (s[to] == u'余' || s[to] == u'多')) {
        const double u = cnUnit(s[from]);
        if (u >= 100)
            return u;
    }
    return std::nullopt;
}

bool allZeroNumerals(const char16_t* s, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (cnDigit(s[k]) != 0)
            return false;
    }
    return true;
}

bool isDigitOnlyNumeral(const char16_t* s, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (cnDigit(s[k]) < 0)
            return false;
    }
    return true;
}

// Characters that make a following 一 part of a word: 统一, 唯一, 逐一, 之一, 进一步 ...
bool bindsFollowingYi(char16_t c)
{
    switch (c) {
    case u'统':
    case u'唯':
    case u'逐':
    case u'之':
    case u'划':
    case u'合':
    case u'专':
    case u'如':
    case u'单':
    case u'同':
    case u'归':
    case u'其':
    case u'任':
    case u'进':
    case u'万':
        return true;
    default:
        return false;
    }
}

} // namespace jiaohe::numbers

namespace jiaohe {

std::optional<double> parseChineseNumeral(QStringView text)
{
    return numbers::chineseNumeralValue(text.utf16(), 0, text.size());
}

} // namespace jiaohe
