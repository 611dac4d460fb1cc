// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/NumberScanInternal.h"

namespace jiaohe::numbers {

// Digits, thousands separators (',' or '，' followed by exactly three digits) and one decimal point.
Arabic parseArabic(const char16_t* s, qsizetype n, qsizetype i)
{
    Arabic a;
    qsizetype k = i;
    a.leadingZero = digitValue(s[i]) == 0;
    while (k < n && isDigit(s[k])) {
        a.mantissa = a.mantissa * 10 + digitValue(s[k]);
        ++a.intDigits;
        ++k;
    }
    if (a.intDigits <= 3 && !a.leadingZero) {
        while (k + 3 < n && isThousandsSeparator(s[k]) && isDigit(s[k + 1]) && isDigit(s[k + 2]) && isDigit(s[k + 3]) &&
               (k + 4 >= n || !isDigit(s[k + 4]))) {
            for (qsizetype j = 1; j <= 3; ++j)
                a.mantissa = a.mantissa * 10 + digitValue(s[k + j]);
            a.intDigits += 3;
            a.grouped = true;
            k += 4;
        }
    }
    if (k + 1 < n && isDecimalPoint(s[k]) && isDigit(s[k + 1])) {
        ++k;
        while (k < n && isDigit(s[k])) {
            a.mantissa = a.mantissa * 10 + digitValue(s[k]);
            ++a.decimals;
            ++k;
        }
    }
    a.end = k;
    return a;
}

// A plain run of digits [from, to) as a number.
double digitRunValue(const char16_t* s, qsizetype from, qsizetype to)
{
    double v = 0;
    for (qsizetype k = from; k < to; ++k)
        v = v * 10 + digitValue(s[k]);
    return v;
}

qsizetype digitRunEnd(const char16_t* s, qsizetype n, qsizetype from)
{
    while (from < n && isDigit(s[from]))
        ++from;
    return from;
}

} // namespace jiaohe::numbers
