// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/NumberParser.h"

#include "numbers/NumberScanInternal.h"
#include "numbers/QuantityScanner.h"

// The public functions: scanQuantities (the scanner of running text: QuantityScanner) and parseQuantity, the
// parser of a whole string as one quantity. parseChineseNumeral lives with the Chinese numerals, isCountUnit
// with the units (NumberAffixes.cpp).

namespace jiaohe {

namespace {

using namespace numbers;

// Around reviewer input: blanks and line breaks.
inline bool isTrimSpace(char16_t c)
{
    return isBlank(c) || isLineBreak(c);
}

// 无, 没有, 未发生, and 没有/未发生/无 ... 情况
bool isZeroWords(QStringView t)
{
    if (t == u"无" || t == u"没有" || t == u"未发生")
        return true;
    if (t.endsWith(u"情况") && (t.startsWith(u"没有") || t.startsWith(u"未发生") || t.startsWith(u"无")))
        return true;
    return false;
}

// The words before the number of a whole string: approximation words, 占, 第, 百分之.
struct WholePrefix
{
    qsizetype end = 0; // where the number starts
    bool approx = false;
    bool zhan = false;
    bool ordinal = false;
    bool percentWords = false;
};

WholePrefix readPrefix(const char16_t* s, qsizetype n, qsizetype p)
{
    WholePrefix f;
    for (;;) {
        if (matchesAt(s, n, p, u"大约") || matchesAt(s, n, p, u"将近") || matchesAt(s, n, p, u"接近") ||
            matchesAt(s, n, p, u"约为") || matchesAt(s, n, p, u"约有")) {
            f.approx = true;
            p += 2;
        } else if (p < n && (s[p] == u'约' || s[p] == u'近' || s[p] == u'逾')) {
            f.approx = true;
            ++p;
        } else if (p < n && s[p] == u'占' && !f.zhan) {
            f.zhan = true;
            ++p;
        } else if (p < n && s[p] == u'第' && !f.ordinal) {
            f.ordinal = true;
            ++p;
        } else if (matchesAt(s, n, p, u"百分之") && !f.percentWords) {
            f.percentWords = true;
            p += 3;
        } else {
            break;
        }
        p = skipOneSpace(s, n, p);
    }
    f.end = p;
    return f;
}

// The number of a whole string, in digits or in Chinese numerals.
struct WholeNumber
{
    qsizetype end = 0;
    double mantissa = 0;
    int decimals = 0;
    bool words = false;
    bool yearLike = false;
};

std::optional<WholeNumber> readNumber(const char16_t* s, qsizetype n, qsizetype p, bool percentWords)
{
    WholeNumber w;
    if (isDigit(s[p])) {
        const Arabic num = parseArabic(s, n, p);
        w.end = num.end;
        w.mantissa = num.mantissa;
        w.decimals = num.decimals;
        w.yearLike = num.plainInteger() && num.intDigits == 4 && isYearValue(num.mantissa);
    } else if (isCnNumeral(s[p])) {
        qsizetype r = p;
        while (r < n && isCnNumeral(s[r]))
            ++r;
        w.words = true;
        w.end = r;
        // 五十万元, 三千元: the trailing magnitude belongs to the currency unit (万元, 千元); 仟元 is no unit.
        if (r - p >= 2 && cnUnit(s[r - 1]) >= 1000 && s[r - 1] != u'仟') {
            qsizetype k = r;
            if (k < n && (s[k] == u'余' || s[k] == u'多'))
                ++k;
            if (k < n && s[k] == u'元' && chineseNumeralValue(s, p, r - 1))
                w.end = r - 1;
        }
        std::optional<double> v = chineseNumeralValue(s, p, w.end);
        if (!v && percentWords && w.end - p == 1 && s[p] == u'百')
            v = 100;
        if (!v)
            v = roundNumeralBeforeApprox(s, n, p, w.end);
        if (!v)
            return std::nullopt;
        w.mantissa = *v;
        w.yearLike = w.end - p == 4 && isDigitOnlyNumeral(s, p, w.end) && isYearValue(*v);
    } else {
        return std::nullopt;
    }
    return w;
}

} // namespace

QList<Quantity> scanQuantities(QStringView text)
{
    return numbers::QuantityScanner(text).run();
}

std::optional<Quantity> parseQuantity(QStringView text)
{
    const char16_t* s = text.utf16();
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isTrimSpace(s[b]))
        ++b;
    while (e > b && isTrimSpace(s[e - 1]))
        --e;
    if (b == e)
        return std::nullopt;
    const qsizetype n = e; // nothing after the trimmed end takes part

    Quantity q;
    q.start = b;
    q.end = e;
    q.text = text.sliced(b, e - b).toString();

    if (isZeroWords(text.sliced(b, e - b))) {
        q.numberStart = b;
        q.numberEnd = e;
        q.value = 0;
        q.fromWords = true;
        return q;
    }

    const WholePrefix prefix = readPrefix(s, n, b);
    if (prefix.end >= n)
        return std::nullopt;
    const bool approx = prefix.approx;
    const bool zhan = prefix.zhan;
    const bool ordinal = prefix.ordinal;
    const bool percentWords = prefix.percentWords;

    // The number
    const qsizetype ns = prefix.end;
    const std::optional<WholeNumber> number = readNumber(s, n, ns, percentWords);
    if (!number)
        return std::nullopt;
    const qsizetype ne = number->end;
    const double mantissa = number->mantissa;
    const int decimals = number->decimals;
    const bool words = number->words;
    const bool yearLike = number->yearLike;
    q.numberStart = ns;
    q.numberEnd = ne;
    q.decimals = decimals;
    q.fromWords = words;

    if (percentWords) {
        bool suffixApprox = false;
        const qsizetype end = approxSuffix(s, n, ne, suffixApprox);
        if (end != e || ordinal)
            return std::nullopt;
        q.kind = QuantityKind::Percent;
        q.value = scaled(mantissa, decimals, 0);
        q.unit = percentUnit();
        q.approx = approx || suffixApprox;
        return q;
    }

    if (ordinal) {
        if (zhan || approx)
            return std::nullopt;
        qsizetype end = ne;
        q.kind = QuantityKind::Ordinal;
        const int unit = matchUnit(s, n, ne, false);
        if (unit >= 0 && kindOfUnit(unit) != QuantityKind::Date) {
            q.unit = unitString(unit);
            end = ne + unitString(unit).size();
            if (kindOfUnit(unit) == QuantityKind::Reference)
                q.kind = QuantityKind::Reference; // 第50号
        }
        if (end != e)
            return std::nullopt;
        q.value = scaled(mantissa, decimals, 0);
        return q;
    }

    const Tail tail = parseTail(s, n, ne, TailMode::Whole, yearLike);
    if (tail.end != e)
        return std::nullopt;
    if (zhan && tail.kind != QuantityKind::Percent)
        return std::nullopt;
    if (approx &&
        (tail.kind == QuantityKind::Year || tail.kind == QuantityKind::Date || tail.kind == QuantityKind::Reference))
        return std::nullopt;
    q.kind = tail.kind;
    q.unit = tail.unit;
    q.approx = approx || tail.approx;
    q.value = scaled(mantissa, decimals, tail.magnitudeExponent);
    q.magnitude = powerOfTen(tail.magnitudeExponent);
    q.magnitudeStart = tail.magnitudeStart;
    return q;
}

} // namespace jiaohe
