// SPDX-License-Identifier: GPL-3.0-or-later
#include "BodyName.h"

#include "TextNormaliser.h"

namespace jiaohe {

namespace {

// The region without spaces and without the government ending, in simplified script.
QString plainName(QStringView region)
{
    QString s = normaliseText(region).text;
    s.remove(u' ');
    s.remove(u'\u3000');
    for (const QString& ending : {QStringLiteral("人民政府办公室"), QStringLiteral("人民政府办公厅"),
                                  QStringLiteral("人民政府"), QStringLiteral("政府")}) {
        if (s.endsWith(ending) && s.size() > ending.size()) {
            s.chop(ending.size());
            break;
        }
    }
    return s;
}

bool isUnitSuffix(QChar c)
{
    return c == u'省' || c == u'市' || c == u'州' || c == u'盟' || c == u'区' || c == u'县' || c == u'旗';
}

// Where the first administrative unit of a name ends (after 省, 自治区, 市, 州, 盟, 区, 县, 旗), 0 if none.
// A suffix character followed by another belongs to the name (杭州市, not 杭州 + 市).
qsizetype firstUnitEnd(const QString& s)
{
    for (qsizetype i = 1; i < s.size(); ++i) { // a unit name has at least one character before its suffix
        if (isUnitSuffix(s.at(i)) && !(i + 1 < s.size() && isUnitSuffix(s.at(i + 1)))) {
            return i + 1;
        }
    }
    return 0;
}

bool endsWithUnit(const QString& s)
{
    static const QStringList units = {QStringLiteral("省"), QStringLiteral("市"), QStringLiteral("州"),
                                      QStringLiteral("盟"), QStringLiteral("区"), QStringLiteral("县"),
                                      QStringLiteral("旗"), QStringLiteral("镇"), QStringLiteral("乡"),
                                      QStringLiteral("街道")};
    for (const QString& u : units) {
        if (s.endsWith(u) && s.size() > u.size()) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace {

// The key of a plain name: drop an enclosing unit while what follows it is itself a unit (江苏省|淮安市|洪泽区 →
// 洪泽区).
QString keyOfPlain(QString s)
{
    for (qsizetype end = firstUnitEnd(s); end > 0 && end < s.size(); end = firstUnitEnd(s)) {
        const QString rest = s.mid(end);
        if (!endsWithUnit(rest)) {
            break;
        }
        s = rest;
    }
    return s;
}

} // namespace

QString bodyKey(QStringView region)
{
    return keyOfPlain(plainName(region));
}

BodyName BodyName::of(QStringView region)
{
    BodyName b;
    b.plain = plainName(region);
    b.key = keyOfPlain(b.plain);
    return b;
}

bool BodyName::sameAs(const BodyName& other) const
{
    if (plain.isEmpty() || other.plain.isEmpty() || key != other.key) {
        return false;
    }
    return plain.size() >= other.plain.size() ? plain.endsWith(other.plain) : other.plain.endsWith(plain);
}

bool sameBody(QStringView a, QStringView b)
{
    return BodyName::of(a).sameAs(BodyName::of(b));
}

} // namespace jiaohe
