// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractorWords.h"

#include "FieldCatalogue.h"
#include "common/CharClass.h"

#include <QSet>

namespace jiaohe::extractor {

bool isDurationUnit(QStringView u)
{
    static const QSet<QString> durations = {
        QStringLiteral("个工作日"), QStringLiteral("工作日"), QStringLiteral("天"),   QStringLiteral("日"),
        QStringLiteral("小时"),     QStringLiteral("分钟"),   QStringLiteral("个月"), QStringLiteral("月"),
        QStringLiteral("周"),       QStringLiteral("年"),     QStringLiteral("岁"),   QStringLiteral("倍")};
    return durations.contains(u.toString());
}

UnitFamily familyOf(QStringView u)
{
    if (u.endsWith(u'元')) {
        return UnitFamily::Money;
    }
    if (u == u"人" || u == u"名" || u == u"位") {
        return UnitFamily::People;
    }
    static const QSet<QString> items = {QStringLiteral("条"),   QStringLiteral("件"), QStringLiteral("篇"),
                                        QStringLiteral("份"),   QStringLiteral("次"), QStringLiteral("个"),
                                        QStringLiteral("项"),   QStringLiteral("场"), QStringLiteral("期"),
                                        QStringLiteral("人次"), QStringLiteral("宗"), QStringLiteral("起")};
    return items.contains(u.toString()) ? UnitFamily::Items : UnitFamily::Other;
}

bool containsAny(QStringView text, std::initializer_list<std::u16string_view> words)
{
    const quint64 bloom = Keyword::bloomOf(text); // skips the search for words whose characters are absent
    for (std::u16string_view w : words) {
        const QStringView word(w.data(), qsizetype(w.size()));
        if ((Keyword::bloomOf(word) & ~bloom) == 0 && text.contains(word)) {
            return true;
        }
    }
    return false;
}

bool isGenericDisclosureClause(QStringView phrase)
{
    QString s;
    for (QChar c : phrase) {
        if (isHan(c)) {
            s.append(c);
        }
    }
    for (std::u16string_view lead : {u"全年", u"共", u"累计", u"年", u"全市", u"本年度", u"年度"}) {
        const QStringView l(lead.data(), qsizetype(lead.size()));
        while (s.startsWith(l)) {
            s.remove(0, l.size());
        }
    }
    return s == u"发布政府信息" || s == u"公开政府信息" || s == u"发布信息" || s == u"公开信息" ||
           s == u"主动公开政府信息" || s == u"发布各类信息";
}

bool isBareClause(QStringView before)
{
    for (QChar c : before) {
        if (isHan(c) && !QStringView(u"共计合约达有其中总为全年本年度近余多").contains(c)) {
            return false;
        }
    }
    return true;
}

QString otherBody(QStringView phrase, const QString& issuer)
{
    QStringView p = phrase;
    while (!p.isEmpty() && (!isHan(p.first()) || p.first() == u'其' || p.first() == u'中')) {
        p = p.sliced(1);
    }
    if (p.isEmpty() || !(p.first() == u'市' || p.first() == u'县' || p.first() == u'区' || p.first() == u'省')) {
        return QString();
    }
    for (qsizetype k = 2; k < std::min<qsizetype>(p.size(), 10); ++k) {
        const QChar c = p.at(k);
        if (!isHan(c)) {
            return QString();
        }
        if (c == u'局' || c == u'厅' || c == u'委') {
            const QString body = p.first(k + 1).toString();
            return issuer.contains(body) || body.contains(u"政府") ? QString() : body;
        }
    }
    return QString();
}

bool isComparative(QStringView before)
{
    if (containsAny(before, {u"比上年", u"较上年", u"比去年", u"较去年", u"同比", u"环比", u"增加", u"减少", u"增长",
                             u"下降", u"上升", u"提高", u"降低", u"多出", u"少于"})) {
        return true;
    }
    for (qsizetype k = 0; k + 1 < before.size(); ++k) {
        if ((before.at(k) == u'较' || before.at(k) == u'比') && before.at(k + 1).isDigit()) {
            return true;
        }
    }
    return false;
}

bool isBreadcrumb(QStringView line)
{
    auto isSeparator = [](QChar c) { return c == u'>' || c == u'＞' || c == u'»' || c == u'›'; };
    int separators = 0;
    qsizetype segment = 0; // characters of the current segment, spaces aside
    bool afterSeparator = false;
    for (const QChar c : line) {
        if (isSeparator(c)) {
            if (!afterSeparator) {
                if (segment == 0) {
                    return false; // a line opening with ">" is a quotation or an arrow, not a path
                }
                ++separators;
            }
            afterSeparator = true;
            segment = 0;
        } else if (!c.isSpace()) {
            if (c == u'。' || c == u'，' || c == u',' || ++segment > 20) {
                return false;
            }
            afterSeparator = false;
        }
    }
    return separators >= 2 && segment > 0;
}

} // namespace jiaohe::extractor
