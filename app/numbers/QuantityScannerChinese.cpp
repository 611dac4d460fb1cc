// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/QuantityScanner.h"

// Chinese numerals in running text: 五个, 一千二百三十四, 百分之十, 二〇一六年.

namespace jiaohe::numbers {

qsizetype QuantityScanner::scanPercentWords(qsizetype i)
{
    // 百分之十, 百分之三十五, 百分之百, 百分之30
    const qsizetype p = i + 3;
    qsizetype ne = p;
    double value = 0;
    int decimals = 0;
    bool words = true;
    if (isDigit(at(p))) {
        const Arabic num = parseArabic(m_s, m_n, p);
        ne = num.end;
        value = num.value();
        decimals = num.decimals;
        words = false;
    } else {
        while (ne < m_n && isCnNumeral(m_s[ne]))
            ++ne;
        if (ne == p)
            return p;
        std::optional<double> v =
            ne - p == 1 && m_s[p] == u'百' ? std::optional<double>(100) : chineseNumeralValue(m_s, p, ne);
        if (!v)
            return ne;
        value = *v;
    }
    bool approx = false;
    const qsizetype end = approxSuffix(m_s, m_n, ne, approx);
    const Prefix prefix = lookBack(m_s, i, m_lastEnd, true);
    Quantity& q = add(QuantityKind::Percent, prefix.start, end, p, ne, value);
    q.unit = percentUnit();
    q.approx = approx || prefix.approx;
    q.fromWords = words;
    q.decimals = decimals;
    return end;
}

bool QuantityScanner::isFixedExpression(qsizetype i) const
{
    const char16_t first = m_s[i];
    for (QStringView phrase : kFixedExpressions) {
        if (phrase.utf16()[0] == first && matchesAt(m_s, m_n, i, phrase))
            return true;
    }
    return false;
}

qsizetype QuantityScanner::scanChinese(qsizetype i)
{
    if (m_s[i] == u'百' && at(i + 1) == u'分' && at(i + 2) == u'之')
        return scanPercentWords(i);

    qsizetype r = i;
    while (r < m_n && isCnNumeral(m_s[r]))
        ++r;

    if (at(i - 1) == u'第') {
        if (matchesAt(m_s, m_n, i - 1, u"第三方") || matchesAt(m_s, m_n, i - 1, u"第一时间"))
            return r;
        const std::optional<double> value = chineseNumeralValue(m_s, i, r);
        if (!value)
            return r;
        const int unit = matchUnit(m_s, m_n, r, true);
        const bool useUnit = unit >= 0 && kindOfUnit(unit) == QuantityKind::Count;
        const qsizetype end = useUnit ? r + unitString(unit).size() : r;
        Quantity& q = add(QuantityKind::Ordinal, i - 1, end, i, r, *value);
        q.fromWords = true;
        if (useUnit)
            q.unit = unitString(unit);
        return end;
    }

    if (isFixedExpression(i) || allZeroNumerals(m_s, i, r))
        return r;
    if (r - i == 1 && m_s[i] == u'一' && bindsFollowingYi(at(i - 1)))
        return r;

    // 二〇一六年
    if (r - i == 4 && isDigitOnlyNumeral(m_s, i, r)) {
        const double year = *chineseNumeralValue(m_s, i, r);
        const qsizetype afterNumber = skipOneSpace(m_s, m_n, r);
        if (isYearValue(year) && at(afterNumber) == u'年') {
            const bool du = at(afterNumber + 1) == u'度';
            const qsizetype end = afterNumber + (du ? 2 : 1);
            Quantity& q = add(QuantityKind::Year, i, end, i, r, year);
            q.unit = du ? yearDuUnit() : yearUnit();
            q.fromWords = true;
            return end;
        }
    }

    // 五十万元: the trailing magnitude belongs to the currency unit
    qsizetype ne = r;
    if (r - i >= 2 && cnUnit(m_s[r - 1]) >= 1000 && m_s[r - 1] != u'仟') {
        qsizetype k = r;
        if (at(k) == u'余' || at(k) == u'多')
            ++k;
        if (at(k) == u'元' && chineseNumeralValue(m_s, i, r - 1))
            ne = r - 1;
    }
    std::optional<double> value = chineseNumeralValue(m_s, i, ne);
    if (!value)
        value = roundNumeralBeforeApprox(m_s, m_n, i, ne);
    if (!value)
        return r;

    const Tail tail = parseTail(m_s, m_n, ne, TailMode::ScanChinese, false);
    if (!tail.matched || (tail.kind != QuantityKind::Count && tail.kind != QuantityKind::Percent))
        return r;
    const Prefix prefix = lookBack(m_s, i, m_lastEnd, tail.kind == QuantityKind::Percent);
    Quantity& q = add(tail.kind, prefix.start, tail.end, i, ne, *value * powerOfTen(tail.magnitudeExponent));
    q.unit = tail.unit;
    q.approx = tail.approx || prefix.approx;
    q.fromWords = true;
    q.magnitude = powerOfTen(tail.magnitudeExponent);
    q.magnitudeStart = tail.magnitudeStart;
    return tail.end;
}

} // namespace jiaohe::numbers
