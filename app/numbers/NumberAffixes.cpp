// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/NumberScanInternal.h"

// What stands around a number: the units and measure words after it (and which kind of quantity each makes),
// magnitudes (万, 亿), percent signs and 年 after it; approximation words and 占 before it.

namespace jiaohe::numbers {

namespace {

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

// Words that begin with a one-character unit but are not one: 六部分, 3处理, 2名单 ...
constexpr QStringView kNotUnits[] = {
    u"部分", u"处理", u"处置", u"名单", u"名称", u"期间", u"期限", u"所属", u"所有", u"所在", u"本级", u"家庭",
    u"条例", u"人民", u"位于", u"类别", u"份额", u"张贴", u"起草", u"间隔", u"种类", u"时间", u"时期",
};

constexpr Magnitude kMagnitudes[] = {
    {u"万亿", 12}, {u"千万", 7}, {u"百万", 6}, {u"亿", 8}, {u"万", 4}, {u"千", 3},
};

} // namespace

unsigned unitFlags(int index)
{
    return kUnits[index].flags;
}

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

const Magnitude* matchMagnitude(const char16_t* s, qsizetype n, qsizetype pos)
{
    for (const Magnitude& m : kMagnitudes) {
        if (matchesAt(s, n, pos, m.text))
            return &m;
    }
    return nullptr;
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

bool isApproxAfterNumber(char16_t c)
{
    return c == u'余' || c == u'多' || c == u'许';
}

QuantityKind kindOfUnit(int index)
{
    const unsigned flags = unitFlags(index);
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
// Prefixes: approximation words and 占
// ---------------------------------------------------------------------------------------------

// Characters that make a following 约 part of a word (节约, 制约, 预约 ...), not "about".
bool bindsFollowingYue(char16_t c)
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
bool bindsFollowingJin(char16_t c)
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

} // namespace jiaohe::numbers

namespace jiaohe {

bool isCountUnit(QStringView unit)
{
    for (const numbers::UnitDef& def : numbers::kUnits) {
        if ((def.flags & numbers::CountUnit) && def.text == unit)
            return true;
    }
    return false;
}

} // namespace jiaohe
