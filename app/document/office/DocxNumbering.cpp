// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/office/DocxNumbering.h"

#include <QXmlStreamReader>

namespace jiaohe {

namespace {

constexpr int MaxLevels = 9;
constexpr int MaxLists = 10000;

const QString WordNs = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

int intAttribute(const QXmlStreamReader& xml, int fallback = 0)
{
    bool ok = false;
    const int v = xml.attributes().value(WordNs, QLatin1String("val")).toInt(&ok);
    return ok ? v : fallback;
}

QString chineseCount(int n, bool capital)
{
    const QString digits = capital ? QStringLiteral("零壹贰叁肆伍陆柒捌玖") : QStringLiteral("零一二三四五六七八九");
    const QString ten = capital ? QStringLiteral("拾") : QStringLiteral("十");
    if (n <= 0 || n >= 100) {
        return QString::number(n);
    }
    if (n < 10) {
        return digits.at(n);
    }
    QString out = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    out += ten;
    if (n % 10) {
        out += digits.at(n % 10);
    }
    return out;
}

QString letters(int n, char16_t a)
{
    if (n <= 0) {
        return QString::number(n);
    }
    // Word repeats the letter past Z: AA, BB, …
    const QChar c(char16_t(a + (n - 1) % 26));
    return QString((n - 1) / 26 + 1, c);
}

QString roman(int n)
{
    if (n <= 0 || n >= 4000) {
        return QString::number(n);
    }
    static const std::pair<int, const char*> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                        {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                        {5, "V"},    {4, "IV"},   {1, "I"}};
    QString out;
    for (const auto& [value, text] : parts) {
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    }
    return out;
}

} // namespace

QString DocxNumbering::formatNumber(int n, const QString& f)
{
    if (f == u"chineseCounting" || f == u"chineseCountingThousand" || f == u"chineseLegalSimplified" ||
        f == u"ideographDigital" || f == u"taiwaneseCounting" || f == u"taiwaneseCountingThousand") {
        return chineseCount(n, f == u"chineseLegalSimplified");
    }
    if (f == u"ideographTraditional" && n >= 1 && n <= 10) {
        return QStringLiteral("甲乙丙丁戊己庚辛壬癸").at(n - 1);
    }
    if (f == u"decimalEnclosedCircle" || f == u"decimalEnclosedCircleChinese") {
        return n >= 1 && n <= 20 ? QString(QChar(char16_t(0x2460 + n - 1))) : QString::number(n);
    }
    if (f == u"decimalFullWidth" || f == u"decimalFullWidth2") {
        QString out = QString::number(n);
        for (QChar& c : out) {
            c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
        }
        return out;
    }
    if (f == u"upperLetter" || f == u"lowerLetter") {
        return letters(n, f == u"upperLetter" ? u'A' : u'a');
    }
    if (f == u"upperRoman") {
        return roman(n);
    }
    if (f == u"lowerRoman") {
        return roman(n).toLower();
    }
    if (f == u"decimalZero") {
        return n < 10 ? QStringLiteral("0%1").arg(n) : QString::number(n);
    }
    return QString::number(n);
}

void DocxNumbering::load(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    int abstractId = -1;
    int numId = -1;
    int level = -1;
    while (!xml.atEnd() && m_abstract.size() < MaxLists) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            return; // Word writes none: no entity expansion
        }
        if (token != QXmlStreamReader::StartElement || xml.namespaceUri() != WordNs) {
            continue;
        }
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (name == u"abstractNum") {
            abstractId = a.value(WordNs, QLatin1String("abstractNumId")).toInt();
            numId = -1;
            m_abstract[abstractId] = List();
        } else if (name == u"num") {
            numId = a.value(WordNs, QLatin1String("numId")).toInt();
            abstractId = -1;
        } else if (name == u"abstractNumId" && numId >= 0) {
            m_numToAbstract.insert(numId, intAttribute(xml, -1));
        } else if (name == u"lvl" && abstractId >= 0) {
            level = a.value(WordNs, QLatin1String("ilvl")).toInt();
            List& list = m_abstract[abstractId];
            if (level >= 0 && level < MaxLevels) {
                while (list.levels.size() <= level) {
                    list.levels.append(Level());
                    list.counters.append(0);
                }
            }
        } else if (abstractId >= 0 && level >= 0 && level < MaxLevels &&
                   (name == u"start" || name == u"numFmt" || name == u"lvlText")) {
            Level& l = m_abstract[abstractId].levels[level];
            if (name == u"start") {
                l.start = intAttribute(xml, 1);
            } else if (name == u"numFmt") {
                l.format = a.value(WordNs, QLatin1String("val")).toString();
            } else {
                l.text = a.value(WordNs, QLatin1String("val")).toString();
            }
        }
    }
}

QString DocxNumbering::next(int numId, int ilvl)
{
    const auto abstractId = m_numToAbstract.constFind(numId);
    if (abstractId == m_numToAbstract.cend()) {
        return QString();
    }
    const auto found = m_abstract.find(*abstractId);
    if (found == m_abstract.end() || ilvl < 0 || ilvl >= found->levels.size()) {
        return QString();
    }
    List& list = *found;
    const Level& level = list.levels.at(ilvl);
    list.counters[ilvl] = list.counters.at(ilvl) == 0 ? level.start : list.counters.at(ilvl) + 1;
    for (qsizetype deeper = ilvl + 1; deeper < list.counters.size(); ++deeper) {
        list.counters[deeper] = 0;
    }
    if (level.format == u"bullet" || level.format == u"none") {
        return QString();
    }
    QString label = level.text;
    for (int i = 0; i <= ilvl && i < MaxLevels; ++i) {
        const QString placeholder = QStringLiteral("%") + QString::number(i + 1);
        if (!label.contains(placeholder)) {
            continue;
        }
        const int n = list.counters.at(i) == 0 ? list.levels.at(i).start : list.counters.at(i);
        label.replace(placeholder, formatNumber(n, list.levels.at(i).format));
    }
    return label;
}

} // namespace jiaohe
