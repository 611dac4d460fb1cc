// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/QuantityScanner.h"

// Arabic numbers in running text: quantities, dates, times, year ranges, codes and phone numbers.

namespace jiaohe::numbers {

qsizetype QuantityScanner::scanArabic(qsizetype i)
{
    // Dotted groups: 2017.02.09 is a date, 1.2.3 and 202.103.219.17 are codes.
    {
        const qsizetype a = digitRunEnd(m_s, m_n, i);
        if (isDecimalPoint(at(a)) && isDigit(at(a + 1))) {
            const qsizetype b = digitRunEnd(m_s, m_n, a + 1);
            if (isDecimalPoint(at(b)) && isDigit(at(b + 1)))
                return scanDotted(i);
        }
    }

    const Arabic num = parseArabic(m_s, m_n, i);
    const qsizetype ne = num.end;
    const bool plain = num.plainInteger();
    const int nd = num.intDigits;
    const bool yearLike = plain && nd == 4 && isYearValue(num.mantissa);

    // Glued to ASCII letters: G20, 5G, ISO9001.
    if (isAsciiLetter(at(i - 1)) || isAsciiLetter(at(ne))) {
        add(QuantityKind::Reference, i, ne, i, ne, num.value()).decimals = num.decimals;
        return ne;
    }

    if (plain) {
        if (const qsizetype e = scanCompound(i, ne, nd, yearLike); e > 0)
            return e;
    }

    if (const qsizetype e = scanMarked(i, num); e > 0)
        return e;

    // Codes after 号-: 桂ICP备10005983号-1
    if (isDash(at(i - 1)) && at(i - 2) == u'号') {
        add(QuantityKind::Reference, i, ne, i, ne, num.value());
        return ne;
    }

    const qsizetype afterNumber = skipOneSpace(m_s, m_n, ne);

    // 第3次, 第50号
    if (at(i - 1) == u'第') {
        if (at(afterNumber) == u'号') {
            add(QuantityKind::Reference, i - 1, afterNumber + 1, i, ne, num.value()).unit =
                unitString(matchUnit(m_s, m_n, afterNumber, false));
            return afterNumber + 1;
        }
        const int unit = matchUnit(m_s, m_n, ne, false);
        const bool useUnit = unit >= 0 && kindOfUnit(unit) == QuantityKind::Count;
        const qsizetype end = useUnit ? ne + unitString(unit).size() : ne;
        Quantity& q = add(QuantityKind::Ordinal, i - 1, end, i, ne, num.value());
        q.decimals = num.decimals;
        if (useUnit)
            q.unit = unitString(unit);
        return end;
    }

    // 8号: a date after 月, a reference otherwise
    if (at(afterNumber) == u'号') {
        const QuantityKind kind = at(i - 1) == u'月' ? QuantityKind::Date : QuantityKind::Reference;
        add(kind, i, afterNumber + 1, i, ne, num.value()).unit = unitString(matchUnit(m_s, m_n, afterNumber, false));
        return afterNumber + 1;
    }

    // Phone numbers, postcodes, hotlines after their keyword; long digit runs.
    if (plain && ((nd >= 5 && afterReferenceKeyword(i)) || nd >= 11)) {
        const qsizetype e = dashChainEnd(i);
        addRuns(QuantityKind::Reference, i, e);
        return e;
    }

    const Tail tail = parseTail(m_s, m_n, ne, TailMode::ScanArabic, yearLike);
    QuantityKind kind = tail.kind;
    if (kind == QuantityKind::Bare && plain && nd == 5 && matchesAt(m_s, m_n, i, u"123"))
        kind = QuantityKind::Reference; // 12345 政务服务热线

    qsizetype start = i;
    bool approx = tail.approx;
    if (kind == QuantityKind::Count || kind == QuantityKind::Percent || kind == QuantityKind::Bare) {
        const Prefix prefix = lookBack(m_s, i, m_lastEnd, kind == QuantityKind::Percent);
        start = prefix.start;
        approx = approx || prefix.approx;
    }
    Quantity& q = add(kind, start, tail.end, i, ne, scaled(num.mantissa, num.decimals, tail.magnitudeExponent));
    q.unit = tail.unit;
    q.approx = approx;
    q.decimals = num.decimals;
    q.magnitude = powerOfTen(tail.magnitudeExponent);
    q.magnitudeStart = tail.magnitudeStart;
    return tail.end;
}

// Numbers in brackets (〔2016〕, (0777)2558895) and heading numbers (1、 1. (1)). Returns the end when it
// handled the number, else 0.
qsizetype QuantityScanner::scanMarked(qsizetype i, const Arabic& num)
{
    const qsizetype ne = num.end;
    const bool plain = num.plainInteger();
    const int nd = num.intDigits;

    // Brackets: 〔2016〕, [2016], (1), (0777)
    const char16_t open = at(i - 1);
    const char16_t close = at(ne);
    if (isOpenBracket(open, close)) {
        add(QuantityKind::Reference, i, ne, i, ne, num.value());
        return ne;
    }
    if ((open == u'(' || open == 0xFF08) && (close == u')' || close == 0xFF09)) {
        qsizetype k = ne + 1;
        if (at(k) == u'第')
            ++k;
        if (isDigit(at(k))) {
            k = skipOneSpace(m_s, m_n, digitRunEnd(m_s, m_n, k));
            if (at(k) == u'号') {
                add(QuantityKind::Reference, i, ne, i, ne, num.value());
                return ne;
            }
        }
        if (plain && nd <= 2)
            return ne + 1; // (1) is a heading
        if (plain && num.leadingZero && nd >= 3 && nd <= 4) {
            // (0777)2558895: an area code and the number after it
            add(QuantityKind::Reference, i, ne, i, ne, num.value());
            const qsizetype localEnd = digitRunEnd(m_s, m_n, ne + 1);
            if (localEnd - ne - 1 >= 7 && localEnd - ne - 1 <= 8) {
                addRun(QuantityKind::Reference, ne + 1, localEnd);
                return localEnd;
            }
            return ne;
        }
    }

    // Headings: 1、 1. 1) at the start of a line or after 是
    if (plain && nd <= 2) {
        const bool dotMarker = isDecimalPoint(close) && !isDigit(at(ne + 1));
        const bool commaMarker = close == u'、';
        const bool parenMarker = close == u')' || close == 0xFF09;
        if (dotMarker || commaMarker || parenMarker) {
            const char16_t before = previousNonSpace(i);
            bool heading = before == 0 || isLineBreak(before) || before == u'是';
            if (commaMarker)
                heading = heading || before == u':' || before == 0xFF1A || before == u';' || before == 0xFF1B ||
                          before == u'。';
            if (heading)
                return ne + 1;
        }
    }
    return 0;
}

// Dates, times, year ranges and phone numbers. Returns the end when it handled the number, else 0.
qsizetype QuantityScanner::scanCompound(qsizetype i, qsizetype ne, int nd, bool yearLike)
{
    const char16_t sep = at(ne);
    if (yearLike && (sep == u'-' || sep == u'/') && isDigit(at(ne + 1))) {
        // 2016-02-09, 2017/02/09, 2016-02
        const qsizetype monthEnd = digitRunEnd(m_s, m_n, ne + 1);
        const double month = digitRunValue(m_s, ne + 1, monthEnd);
        if (monthEnd - ne - 1 <= 2 && month >= 1 && month <= 12) {
            addRun(QuantityKind::Date, i, ne);
            addRun(QuantityKind::Date, ne + 1, monthEnd);
            if (at(monthEnd) == sep && isDigit(at(monthEnd + 1))) {
                const qsizetype dayEnd = digitRunEnd(m_s, m_n, monthEnd + 1);
                if (dayEnd - monthEnd - 1 <= 2) {
                    addRun(QuantityKind::Date, monthEnd + 1, dayEnd);
                    return dayEnd;
                }
            }
            return monthEnd;
        }
    }
    const bool rangeSeparator = isDash(sep) || sep == u'~' || sep == 0xFF5E || sep == u'至' || sep == u'到';
    if (nd <= 2 && rangeSeparator && isDigit(at(ne + 1))) {
        // 1-6月, 1至15日: the first end of a range of months or days is a date too
        const qsizetype otherEnd = digitRunEnd(m_s, m_n, ne + 1);
        const int unit = matchUnit(m_s, m_n, otherEnd, false);
        if (otherEnd - ne - 1 <= 2 && unit >= 0 && kindOfUnit(unit) == QuantityKind::Date) {
            addRun(QuantityKind::Date, i, ne);
            return ne;
        }
    }
    if (yearLike && (rangeSeparator || sep == u'、') && isDigit(at(ne + 1))) {
        // 2016-2020年, 2016、2017年: both are years
        const qsizetype otherEnd = digitRunEnd(m_s, m_n, ne + 1);
        if (otherEnd - ne - 1 == 4 && isYearValue(digitRunValue(m_s, ne + 1, otherEnd)) &&
            at(skipOneSpace(m_s, m_n, otherEnd)) == u'年') {
            add(QuantityKind::Year, i, ne, i, ne, digitRunValue(m_s, i, ne)).unit = yearUnit();
            return ne;
        }
    }
    if (nd <= 2 && (sep == u':' || sep == 0xFF1A) && at(i - 1) != u':') {
        // 16:32, 16:32:05
        const qsizetype minuteEnd = digitRunEnd(m_s, m_n, ne + 1);
        if (minuteEnd - ne - 1 == 2 && digitRunValue(m_s, i, ne) <= 24 && digitRunValue(m_s, ne + 1, minuteEnd) <= 59) {
            addRun(QuantityKind::Date, i, ne);
            addRun(QuantityKind::Date, ne + 1, minuteEnd);
            if ((at(minuteEnd) == u':' || at(minuteEnd) == 0xFF1A) &&
                digitRunEnd(m_s, m_n, minuteEnd + 1) - minuteEnd - 1 == 2) {
                const qsizetype secondEnd = minuteEnd + 3;
                addRun(QuantityKind::Date, minuteEnd + 1, secondEnd);
                return secondEnd;
            }
            return minuteEnd;
        }
    }
    if (isDash(sep) && isDigit(at(ne + 1))) {
        // 0777-2558895, 400-123-4567
        const qsizetype nextEnd = digitRunEnd(m_s, m_n, ne + 1);
        const qsizetype nextLength = nextEnd - ne - 1;
        const bool areaCode = digitValue(m_s[i]) == 0 && nd >= 3 && nd <= 4 && nextLength >= 7 && nextLength <= 8;
        const bool serviceNumber =
            nd == 3 && (matchesAt(m_s, m_n, i, u"400") || matchesAt(m_s, m_n, i, u"800")) && nextLength == 3;
        if (areaCode || serviceNumber) {
            const qsizetype e = dashChainEnd(i);
            addRuns(QuantityKind::Reference, i, e);
            return e;
        }
    }
    return 0;
}

qsizetype QuantityScanner::scanDotted(qsizetype i)
{
    qsizetype groups[8][2];
    int count = 0;
    qsizetype k = i;
    for (;;) {
        const qsizetype e = digitRunEnd(m_s, m_n, k);
        if (count < 8) {
            groups[count][0] = k;
            groups[count][1] = e;
        }
        ++count;
        if (isDecimalPoint(at(e)) && isDigit(at(e + 1)))
            k = e + 1;
        else {
            k = e;
            break;
        }
    }
    const bool date = count == 3 && groups[0][1] - groups[0][0] == 4 &&
                      isYearValue(digitRunValue(m_s, groups[0][0], groups[0][1])) && groups[1][1] - groups[1][0] <= 2 &&
                      groups[2][1] - groups[2][0] <= 2;
    addRuns(date ? QuantityKind::Date : QuantityKind::Reference, i, k);
    return k;
}

} // namespace jiaohe::numbers
