#include "numbers/NumberParser.h"

#include <cmath>
#include <iterator>
#include <string>

// One pass over UTF-16 code units. Everything here works on a raw `const char16_t*` plus its
// length; nothing allocates except a Quantity's text and unit when one is emitted.

namespace jiaohe {

namespace {

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

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
}

inline bool isDash(char16_t c)
{
    return c == u'-' || c == 0x2013 || c == 0x2014 || c == 0xFF0D;
}

// 〇零一二两三四五六七八九 -> 0..9, anything else -> -1.
inline int cnDigit(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
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
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    case u'万':
        return 1e4;
    case u'亿':
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

double powerOfTen(int e)
{
    static constexpr double table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (e >= 0 && e < static_cast<int>(std::size(table)))
        return table[e];
    return std::pow(10.0, e);
}

// mantissa * 10^(exponent - decimals), computed so that 53.34万 is exactly 533400.
double scaled(double mantissa, int decimals, int exponent)
{
    const int e = exponent - decimals;
    return e >= 0 ? mantissa * powerOfTen(e) : mantissa / powerOfTen(-e);
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

constexpr unsigned kMeasure = CountUnit | AfterChinese;

// Longest match wins, so order does not matter.
constexpr UnitDef kUnits[] = {
    // Measure words (isCountUnit)
    {u"条", kMeasure},
    {u"件", kMeasure},
    {u"人次", kMeasure},
    {u"人", kMeasure},
    {u"个", kMeasure},
    {u"次", kMeasure},
    {u"篇", kMeasure},
    {u"元", kMeasure},
    {u"万元", kMeasure},
    {u"亿元", kMeasure},
    {u"千元", kMeasure},
    {u"百万元", kMeasure},
    {u"千万元", kMeasure},
    {u"万亿元", kMeasure},
    {u"项", kMeasure},
    {u"场", kMeasure},
    {u"期", kMeasure},
    {u"家", kMeasure},
    {u"份", kMeasure},
    {u"批", kMeasure},
    {u"名", kMeasure},
    {u"户", kMeasure},
    {u"宗", kMeasure},
    {u"块", kMeasure},
    {u"亩", kMeasure},
    {u"所", kMeasure},
    {u"座", kMeasure},
    {u"处", kMeasure},
    {u"位", kMeasure},
    {u"部", kMeasure},
    {u"类", kMeasure},
    {u"起", kMeasure},
    {u"例", kMeasure},
    {u"封", kMeasure},
    {u"本", kMeasure},
    {u"册", kMeasure},
    {u"张", kMeasure},
    {u"套", kMeasure},
    {u"间", kMeasure},
    {u"栏", kMeasure},
    {u"个工作日", kMeasure},
    {u"部门", kMeasure},
    {u"栏目", kMeasure},
    {u"件次", kMeasure},
    {u"户次", kMeasure},
    {u"批次", kMeasure},
    {u"场次", kMeasure},
    {u"篇次", kMeasure},
    {u"条次", kMeasure},
    {u"家次", kMeasure},
    {u"种", kMeasure},
    // Measure words only trusted after Arabic digits (七台河, ...)
    {u"台", CountUnit},
    {u"辆", CountUnit},
    {u"页", CountUnit},
    {u"枚", CountUnit},
    {u"幅", CountUnit},
    {u"卷", CountUnit},
    {u"盒", CountUnit},
    {u"艘", CountUnit},
    {u"架", CountUnit},
    {u"栋", CountUnit},
    {u"幢", CountUnit},
    {u"层", CountUnit},
    // Durations and other measures: a Count, but not a count of things
    {u"工作日", AfterChinese},
    {u"个月", AfterChinese},
    {u"天", AfterChinese},
    {u"小时", AfterChinese},
    {u"分钟", AfterChinese},
    {u"周", AfterChinese},
    {u"周年", AfterChinese},
    {u"个百分点", AfterChinese},
    {u"年", ArabicOnly}, // a duration: 4-digit years followed by 年 are Years before units are tried
    {u"岁", ArabicOnly},
    {u"周岁", ArabicOnly},
    {u"平方米", ArabicOnly},
    {u"公里", ArabicOnly},
    {u"千米", ArabicOnly},
    {u"米", ArabicOnly},
    {u"吨", ArabicOnly},
    {u"公顷", ArabicOnly},
    {u"千克", ArabicOnly},
    {u"千瓦", ArabicOnly},
    // Dates and references
    {u"月", DateUnit},
    {u"月份", DateUnit},
    {u"日", DateUnit},
    {u"时", DateUnit},
    {u"号", ReferenceUnit},
};

constexpr int kUnitCount = static_cast<int>(std::size(kUnits));

const QString& unitString(int index)
{
    static const QList<QString> strings = [] {
        QList<QString> list;
        list.reserve(kUnitCount);
        for (const UnitDef& unit : kUnits)
            list.append(unit.text.toString());
        return list;
    }();
    return strings.at(index);
}

const QString& percentUnit()
{
    static const QString unit = QStringLiteral("%");
    return unit;
}

const QString& perMilleUnit()
{
    static const QString unit = QStringLiteral("‰");
    return unit;
}

const QString& yearUnit()
{
    static const QString unit = QStringLiteral("年");
    return unit;
}

const QString& yearDuUnit()
{
    static const QString unit = QStringLiteral("年度");
    return unit;
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

// Words that begin with a one-character unit but are not one: 六部分, 3处理, 2名单 ...
constexpr QStringView kNotUnits[] = {
    u"部分", u"处理", u"处置", u"名单", u"名称", u"期间", u"期限", u"所属", u"所有", u"所在", u"本级", u"家庭",
    u"条例", u"人民", u"位于", u"类别", u"份额", u"张贴", u"起草", u"间隔", u"种类", u"时间", u"时期",
};

// Index into kUnits of the longest unit at pos, or -1. With chineseOnly, only AfterChinese units.
int matchUnit(const char16_t* s, qsizetype n, qsizetype pos, bool chineseOnly)
{
    if (pos >= n)
        return -1;
    const char16_t first = s[pos];
    int best = -1;
    qsizetype bestLength = 0;
    for (int k = 0; k < kUnitCount; ++k) {
        const UnitDef& unit = kUnits[k];
        if (unit.text.utf16()[0] != first || unit.text.size() <= bestLength)
            continue;
        if (chineseOnly && !(unit.flags & AfterChinese))
            continue;
        if (matchesAt(s, n, pos, unit.text)) {
            best = k;
            bestLength = unit.text.size();
        }
    }
    if (best >= 0 && bestLength == 1) {
        for (QStringView word : kNotUnits) {
            if (word.utf16()[0] == first && matchesAt(s, n, pos, word))
                return -1;
        }
    }
    return best;
}

struct Magnitude
{
    QStringView text;
    int exponent;
};

constexpr Magnitude kMagnitudes[] = {
    {u"万亿", 12}, {u"千万", 7}, {u"百万", 6}, {u"亿", 8}, {u"万", 4}, {u"千", 3},
};

const Magnitude* matchMagnitude(const char16_t* s, qsizetype n, qsizetype pos)
{
    for (const Magnitude& m : kMagnitudes) {
        if (matchesAt(s, n, pos, m.text))
            return &m;
    }
    return nullptr;
}

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

inline bool isYearValue(double v)
{
    return v >= 1900 && v <= 2099;
}

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

inline qsizetype skipOneSpace(const char16_t* s, qsizetype n, qsizetype pos)
{
    return pos < n && isInlineSpace(s[pos]) ? pos + 1 : pos;
}

// 左右 以上 上下 after a unit or percent sign.
qsizetype approxSuffix(const char16_t* s, qsizetype n, qsizetype pos, bool& approx)
{
    if (matchesAt(s, n, pos, u"左右") || matchesAt(s, n, pos, u"以上") || matchesAt(s, n, pos, u"上下")) {
        approx = true;
        return pos + 2;
    }
    return pos;
}

inline bool isApproxAfterNumber(char16_t c)
{
    return c == u'余' || c == u'多' || c == u'许';
}

QuantityKind kindOfUnit(int index)
{
    const unsigned flags = kUnits[index].flags;
    if (flags & DateUnit)
        return QuantityKind::Date;
    if (flags & ReferenceUnit)
        return QuantityKind::Reference;
    return QuantityKind::Count;
}

Tail parseTail(const char16_t* s, qsizetype n, qsizetype p, TailMode mode, bool yearLike)
{
    Tail t;
    t.end = p;
    const bool chineseOnly = mode == TailMode::ScanChinese;
    auto at = [&](qsizetype k) -> char16_t { return k < n ? s[k] : char16_t(0); };

    const qsizetype ps = skipOneSpace(s, n, p);
    if (yearLike && at(ps) == u'年') {
        t.kind = QuantityKind::Year;
        t.matched = true;
        if (at(ps + 1) == u'度') {
            t.unit = yearDuUnit();
            t.end = ps + 2;
        } else {
            t.unit = yearUnit();
            t.end = ps + 1;
        }
        return t;
    }
    if (isPercentSign(at(ps))) {
        t.kind = QuantityKind::Percent;
        t.matched = true;
        t.unit = at(ps) == u'‰' ? perMilleUnit() : percentUnit();
        t.end = approxSuffix(s, n, ps + 1, t.approx);
        return t;
    }

    bool approxAfterNumber = false;
    qsizetype q = ps;
    if (isApproxAfterNumber(at(ps))) { // "9616余条", and "5500 余条" as text taken from PDF writes it
        approxAfterNumber = true;
        q = ps + 1;
    }

    const int unitIndex = matchUnit(s, n, q, chineseOnly);
    if (unitIndex >= 0 && !(approxAfterNumber && kindOfUnit(unitIndex) != QuantityKind::Count)) {
        t.kind = kindOfUnit(unitIndex);
        t.unit = unitString(unitIndex);
        t.matched = true;
        t.approx = approxAfterNumber;
        t.end = q + kUnits[unitIndex].text.size();
        if (t.kind == QuantityKind::Count)
            t.end = approxSuffix(s, n, t.end, t.approx);
        return t;
    }

    if (const Magnitude* m = matchMagnitude(s, n, q)) {
        qsizetype qm = q + m->text.size();
        bool approxAfterMagnitude = false;
        if (at(qm) == u'余' || at(qm) == u'多') {
            approxAfterMagnitude = true;
            ++qm;
        }
        t.matched = true;
        t.approx = approxAfterNumber || approxAfterMagnitude;
        if (at(qm) == u'元') {
            // 225.62亿元, 3万余元: the magnitude stays in the unit and the value stays as written.
            t.kind = QuantityKind::Count;
            t.unit = m->text.toString() + u'元';
            t.end = approxSuffix(s, n, qm + 1, t.approx);
            return t;
        }
        t.magnitudeExponent = m->exponent;
        t.magnitudeStart = q;
        const int after = matchUnit(s, n, qm, chineseOnly);
        if (after >= 0 && kindOfUnit(after) == QuantityKind::Count) {
            t.kind = QuantityKind::Count;
            t.unit = unitString(after);
            t.end = approxSuffix(s, n, qm + kUnits[after].text.size(), t.approx);
        } else {
            t.kind = QuantityKind::Bare;
            t.end = approxSuffix(s, n, qm, t.approx);
        }
        return t;
    }

    if (approxAfterNumber && mode == TailMode::Whole) {
        t.approx = true;
        t.end = p + 1;
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals
// ---------------------------------------------------------------------------------------------

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

inline bool allZeroNumerals(const char16_t* s, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (cnDigit(s[k]) != 0)
            return false;
    }
    return true;
}

inline bool isDigitOnlyNumeral(const char16_t* s, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (cnDigit(s[k]) < 0)
            return false;
    }
    return true;
}

// Fixed expressions in which numerals are not quantities. Only the ones that would otherwise be
// followed by a measure word matter, the rest are listed for the reader.
constexpr QStringView kFixedExpressions[] = {
    u"一起",     u"一部分",   u"一条龙",   u"一次性",   u"一件事",   u"一家亲",     u"一条心",   u"一是",
    u"一把手",   u"一站式",   u"一些",     u"一定",     u"一直",     u"一步",       u"一体",     u"一致",
    u"一般",     u"一样",     u"一切",     u"一方面",   u"十九大",   u"十三五",     u"十四五",   u"十二五",
    u"五公开",   u"三公",     u"两学一做", u"一带一路", u"三到位",   u"四级",       u"五位一体", u"三个代表",
    u"四个意识", u"四个自信", u"四个全面", u"两个维护", u"两个确立", u"两个一百年", u"五家渠",   u"八项规定",
};

// Characters that make a following 一 part of a word: 统一, 唯一, 逐一, 之一, 进一步 ...
inline bool bindsFollowingYi(char16_t c)
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

// ---------------------------------------------------------------------------------------------
// Prefixes: approximation words and 占
// ---------------------------------------------------------------------------------------------

// Characters that make a following 约 part of a word (节约, 制约, 预约 ...), not "about".
inline bool bindsFollowingYue(char16_t c)
{
    switch (c) {
    case u'节':
    case u'制':
    case u'预':
    case u'签':
    case u'合':
    case u'违':
    case u'履':
    case u'集':
    case u'公':
    case u'条':
    case u'契':
    case u'简':
    case u'婉':
    case u'邀':
    case u'赴':
    case u'相':
    case u'特':
    case u'誓':
    case u'盟':
    case u'规':
        return true;
    default:
        return false;
    }
}

// Characters that make a following 近 part of a word (最近, 附近 ...).
inline bool bindsFollowingJin(char16_t c)
{
    switch (c) {
    case u'最':
    case u'附':
    case u'邻':
    case u'临':
    case u'靠':
    case u'亲':
    case u'就':
    case u'贴':
        return true;
    default:
        return false;
    }
}

struct Prefix
{
    qsizetype start = 0;
    bool approx = false;
};

// Walks back from numberStart over 约, 大约, 近, 将近, 接近, 逾, 约为, 约有 (and 占 for percentages),
// never before limit.
Prefix lookBack(const char16_t* s, qsizetype numberStart, qsizetype limit, bool percent)
{
    Prefix prefix;
    qsizetype pos = numberStart;
    for (int round = 0; round < 3; ++round) {
        if (pos - 2 >= limit) {
            const char16_t a = s[pos - 2];
            const char16_t b = s[pos - 1];
            if ((a == u'大' && b == u'约') || (a == u'将' && b == u'近') || (a == u'接' && b == u'近') ||
                (a == u'约' && (b == u'为' || b == u'有') && !(pos - 3 >= 0 && bindsFollowingYue(s[pos - 3])))) {
                prefix.approx = true;
                pos -= 2;
                continue;
            }
        }
        if (pos - 1 < limit)
            break;
        const char16_t c = s[pos - 1];
        const char16_t before = pos - 2 >= 0 ? s[pos - 2] : char16_t(0);
        if ((c == u'约' && !bindsFollowingYue(before)) || (c == u'近' && !bindsFollowingJin(before)) || c == u'逾') {
            prefix.approx = true;
            pos -= 1;
            continue;
        }
        if (percent && c == u'占') {
            pos -= 1;
            continue;
        }
        break;
    }
    prefix.start = pos;
    return prefix;
}

// ---------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text), m_s(text.utf16()), m_n(text.size()) {}

    QList<Quantity> run()
    {
        qsizetype i = 0;
        while (i < m_n) {
            const char16_t c = m_s[i];
            if (c < 0x80) {
                if (isAsciiAlnum(c))
                    i = scanAscii(i);
                else
                    ++i;
            } else if (c >= 0xFF10 && c <= 0xFF19) {
                i = scanArabic(i);
            } else if (isCnNumeral(c)) {
                i = scanChinese(i);
            } else {
                ++i;
            }
        }
        return std::move(m_out);
    }

private:
    char16_t at(qsizetype k) const { return k >= 0 && k < m_n ? m_s[k] : char16_t(0); }

    Quantity& add(QuantityKind kind, qsizetype start, qsizetype end, qsizetype numberStart, qsizetype numberEnd,
                  double value)
    {
        Quantity& q = m_out.emplace_back();
        q.kind = kind;
        q.start = start;
        q.end = end;
        q.numberStart = numberStart;
        q.numberEnd = numberEnd;
        q.text = m_text.sliced(start, end - start).toString();
        q.value = value;
        m_lastEnd = end;
        return q;
    }

    void addRun(QuantityKind kind, qsizetype from, qsizetype to)
    {
        add(kind, from, to, from, to, digitRunValue(m_s, from, to));
    }

    // -----------------------------------------------------------------------------------------
    // ASCII tokens: URLs, e-mail addresses, domains, codes
    // -----------------------------------------------------------------------------------------

    static bool isUrlChar(char16_t c)
    {
        if (isAsciiAlnum(c))
            return true;
        switch (c) {
        case u'-':
        case u'.':
        case u'_':
        case u'~':
        case u':':
        case u'/':
        case u'?':
        case u'#':
        case u'@':
        case u'!':
        case u'$':
        case u'&':
        case u'*':
        case u'+':
        case u'=':
        case u'%':
            return true;
        default:
            return false;
        }
    }

    static bool isEmailChar(char16_t c)
    {
        return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-' || c == u'%' || c == u'+';
    }

    bool startsWithAsciiCaseless(qsizetype pos, const char* word) const
    {
        for (qsizetype k = 0; word[k]; ++k) {
            char16_t c = at(pos + k);
            if (c >= u'A' && c <= u'Z')
                c = c - u'A' + u'a';
            if (c != char16_t(static_cast<unsigned char>(word[k])))
                return false;
        }
        return true;
    }

    qsizetype urlEnd(qsizetype from) const
    {
        qsizetype e = from;
        while (e < m_n && isUrlChar(m_s[e]))
            ++e;
        while (e > from && (m_s[e - 1] == u'.' || m_s[e - 1] == u':' || m_s[e - 1] == u'!' || m_s[e - 1] == u'?'))
            --e;
        return e;
    }

    // [from, to) ends with a top-level domain: qinzhou.gov.cn, 126.com
    bool looksLikeDomain(qsizetype from, qsizetype to) const
    {
        qsizetype dot = -1;
        bool letter = false;
        for (qsizetype k = from; k < to; ++k) {
            if (m_s[k] == u'.')
                dot = k;
            else if (isAsciiLetter(m_s[k]))
                letter = true;
        }
        if (dot < 0 || !letter)
            return false;
        static const char* const tlds[] = {"cn", "com", "net", "org", "gov", "edu", "top", "cc", "info"};
        for (const char* tld : tlds) {
            const qsizetype length = qsizetype(std::char_traits<char>::length(tld));
            if (to - dot - 1 == length && startsWithAsciiCaseless(dot + 1, tld))
                return true;
        }
        return false;
    }

    qsizetype scanAscii(qsizetype i)
    {
        const bool tokenStart = i >= m_asciiCheckedUntil && !isAsciiAlnum(at(i - 1)) && at(i - 1) != u'.' &&
                                at(i - 1) != u'@' && at(i - 1) != u'/';
        if (tokenStart) {
            if (isAsciiLetter(m_s[i]) &&
                (startsWithAsciiCaseless(i, "http://") || startsWithAsciiCaseless(i, "https://") ||
                 startsWithAsciiCaseless(i, "ftp://") || startsWithAsciiCaseless(i, "www."))) {
                const qsizetype e = urlEnd(i);
                addRuns(QuantityKind::Reference, i, e);
                return e;
            }
            qsizetype j = i;
            while (j < m_n && isEmailChar(m_s[j]))
                ++j;
            if (at(j) == u'@' && isAsciiAlnum(at(j + 1))) {
                qsizetype e = j + 1;
                while (e < m_n && (isAsciiAlnum(m_s[e]) || m_s[e] == u'.' || m_s[e] == u'-'))
                    ++e;
                while (e > j + 1 && m_s[e - 1] == u'.')
                    --e;
                addRuns(QuantityKind::Reference, i, e);
                return e;
            }
            qsizetype domainEnd = j;
            while (domainEnd > i && m_s[domainEnd - 1] == u'.')
                --domainEnd;
            if (looksLikeDomain(i, domainEnd)) {
                const qsizetype e = at(domainEnd) == u'/' ? urlEnd(domainEnd) : domainEnd;
                addRuns(QuantityKind::Reference, i, e);
                return e;
            }
            m_asciiCheckedUntil = j;
        }
        if (isAsciiDigit(m_s[i]))
            return scanArabic(i);
        qsizetype e = i;
        while (e < m_n && isAsciiLetter(m_s[e]))
            ++e;
        return e;
    }

    // -----------------------------------------------------------------------------------------
    // Context helpers
    // -----------------------------------------------------------------------------------------

    // The nearest character before pos that is not an inline space (0 at the start of the text).
    char16_t previousNonSpace(qsizetype pos) const
    {
        qsizetype k = pos - 1;
        while (k >= 0 && (isInlineSpace(m_s[k]) || m_s[k] == u'\t'))
            --k;
        return k >= 0 ? m_s[k] : char16_t(0);
    }

    // A keyword such as 电话 or 邮编 right before pos (after optional ':' and spaces).
    bool afterReferenceKeyword(qsizetype pos) const
    {
        qsizetype k = pos;
        for (int round = 0; round < 3 && k > 0; ++round) {
            const char16_t c = m_s[k - 1];
            if (c == u':' || c == 0xFF1A || isInlineSpace(c) || c == u'为' || c == u'是')
                --k;
            else
                break;
        }
        static constexpr QStringView keywords[] = {
            u"电话", u"传真", u"热线", u"手机", u"邮编", u"邮政编码", u"号码",  u"标识码",   u"备案号",
            u"代码", u"编号", u"证号", u"QQ",   u"微信", u"ICP备",    u"ICP证", u"公网安备",
        };
        for (QStringView keyword : keywords) {
            if (matchesAt(m_s, m_n, k - keyword.size(), keyword))
                return true;
        }
        return false;
    }

    // Digit groups joined by dashes starting at i: 0777-2558895, 400-123-4567.
    qsizetype dashChainEnd(qsizetype from) const
    {
        qsizetype e = digitRunEnd(m_s, m_n, from);
        while (isDash(at(e)) && isDigit(at(e + 1)))
            e = digitRunEnd(m_s, m_n, e + 1);
        return e;
    }

    // Every digit run in [from, to) as its own quantity (inside URLs, phone numbers, dotted dates).
    void addRuns(QuantityKind kind, qsizetype from, qsizetype to)
    {
        qsizetype k = from;
        while (k < to) {
            if (isDigit(m_s[k])) {
                const qsizetype e = digitRunEnd(m_s, to, k);
                addRun(kind, k, e);
                k = e;
            } else {
                ++k;
            }
        }
    }

    static bool isOpenBracket(char16_t c, char16_t close)
    {
        return (c == u'〔' && close == u'〕') || (c == u'[' && close == u']') || (c == 0xFF3B && close == 0xFF3D) ||
               (c == u'【' && close == u'】') || (c == u'〖' && close == u'〗');
    }

    // -----------------------------------------------------------------------------------------
    // Arabic numbers in running text
    // -----------------------------------------------------------------------------------------

    qsizetype scanArabic(qsizetype i)
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
            const qsizetype end = useUnit ? ne + kUnits[unit].text.size() : ne;
            Quantity& q = add(QuantityKind::Ordinal, i - 1, end, i, ne, num.value());
            q.decimals = num.decimals;
            if (useUnit)
                q.unit = unitString(unit);
            return end;
        }

        // 8号: a date after 月, a reference otherwise
        if (at(afterNumber) == u'号') {
            const QuantityKind kind = at(i - 1) == u'月' ? QuantityKind::Date : QuantityKind::Reference;
            add(kind, i, afterNumber + 1, i, ne, num.value()).unit =
                unitString(matchUnit(m_s, m_n, afterNumber, false));
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

    // Dates, times, year ranges and phone numbers. Returns the end when it handled the number, else 0.
    qsizetype scanCompound(qsizetype i, qsizetype ne, int nd, bool yearLike)
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
            if (minuteEnd - ne - 1 == 2 && digitRunValue(m_s, i, ne) <= 24 &&
                digitRunValue(m_s, ne + 1, minuteEnd) <= 59) {
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

    qsizetype scanDotted(qsizetype i)
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
                          isYearValue(digitRunValue(m_s, groups[0][0], groups[0][1])) &&
                          groups[1][1] - groups[1][0] <= 2 && groups[2][1] - groups[2][0] <= 2;
        addRuns(date ? QuantityKind::Date : QuantityKind::Reference, i, k);
        return k;
    }

    // -----------------------------------------------------------------------------------------
    // Chinese numerals in running text
    // -----------------------------------------------------------------------------------------

    qsizetype scanPercentWords(qsizetype i)
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

    bool isFixedExpression(qsizetype i) const
    {
        const char16_t first = m_s[i];
        for (QStringView phrase : kFixedExpressions) {
            if (phrase.utf16()[0] == first && matchesAt(m_s, m_n, i, phrase))
                return true;
        }
        return false;
    }

    qsizetype scanChinese(qsizetype i)
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
            const qsizetype end = useUnit ? r + kUnits[unit].text.size() : r;
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
        if (r - i >= 2 && cnUnit(m_s[r - 1]) >= 1000) {
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

    QStringView m_text;
    const char16_t* m_s;
    qsizetype m_n;
    QList<Quantity> m_out;
    qsizetype m_lastEnd = 0;
    qsizetype m_asciiCheckedUntil = 0;
};

// ---------------------------------------------------------------------------------------------
// parseQuantity helpers
// ---------------------------------------------------------------------------------------------

inline bool isTrimSpace(char16_t c)
{
    return isInlineSpace(c) || c == u'\t' || isLineBreak(c);
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

} // namespace

// ---------------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------------

std::optional<double> parseChineseNumeral(QStringView text)
{
    return chineseNumeralValue(text.utf16(), 0, text.size());
}

bool isCountUnit(QStringView unit)
{
    for (const UnitDef& def : kUnits) {
        if ((def.flags & CountUnit) && def.text == unit)
            return true;
    }
    return false;
}

QList<Quantity> scanQuantities(QStringView text)
{
    return Scanner(text).run();
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

    // Prefixes
    qsizetype p = b;
    bool approx = false;
    bool zhan = false;
    bool ordinal = false;
    bool percentWords = false;
    for (;;) {
        if (matchesAt(s, n, p, u"大约") || matchesAt(s, n, p, u"将近") || matchesAt(s, n, p, u"接近") ||
            matchesAt(s, n, p, u"约为") || matchesAt(s, n, p, u"约有")) {
            approx = true;
            p += 2;
        } else if (p < n && (s[p] == u'约' || s[p] == u'近' || s[p] == u'逾')) {
            approx = true;
            ++p;
        } else if (p < n && s[p] == u'占' && !zhan) {
            zhan = true;
            ++p;
        } else if (p < n && s[p] == u'第' && !ordinal) {
            ordinal = true;
            ++p;
        } else if (matchesAt(s, n, p, u"百分之") && !percentWords) {
            percentWords = true;
            p += 3;
        } else {
            break;
        }
        p = skipOneSpace(s, n, p);
    }
    if (p >= n)
        return std::nullopt;

    // The number
    const qsizetype ns = p;
    qsizetype ne = p;
    double mantissa = 0;
    int decimals = 0;
    bool words = false;
    bool yearLike = false;
    if (isDigit(s[p])) {
        const Arabic num = parseArabic(s, n, p);
        ne = num.end;
        mantissa = num.mantissa;
        decimals = num.decimals;
        yearLike = num.plainInteger() && num.intDigits == 4 && isYearValue(num.mantissa);
    } else if (isCnNumeral(s[p])) {
        qsizetype r = p;
        while (r < n && isCnNumeral(s[r]))
            ++r;
        words = true;
        ne = r;
        if (r - p >= 2 && cnUnit(s[r - 1]) >= 1000) {
            qsizetype k = r;
            if (k < n && (s[k] == u'余' || s[k] == u'多'))
                ++k;
            if (k < n && s[k] == u'元' && chineseNumeralValue(s, p, r - 1))
                ne = r - 1;
        }
        std::optional<double> v = chineseNumeralValue(s, p, ne);
        if (!v && percentWords && ne - p == 1 && s[p] == u'百')
            v = 100;
        if (!v)
            v = roundNumeralBeforeApprox(s, n, p, ne);
        if (!v)
            return std::nullopt;
        mantissa = *v;
        yearLike = ne - p == 4 && isDigitOnlyNumeral(s, p, ne) && isYearValue(*v);
    } else {
        return std::nullopt;
    }
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
            end = ne + kUnits[unit].text.size();
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
