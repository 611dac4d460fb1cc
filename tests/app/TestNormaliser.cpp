// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/Document.h"
#include "document/TextNormaliser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace jiaohe {

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(JIAOHE_TEST_DATA "/") + relative;
}

QString readUtf8(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QStringList seedFiles()
{
    const QDir dir(dataPath(QStringLiteral("seeds")));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

icu::UnicodeString toIcu(QStringView s)
{
    return icu::UnicodeString(reinterpret_cast<const char16_t*>(s.utf16()), int32_t(s.size()));
}

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

// The reference: ICU's NFKC, then ICU's Hant-Hans, on one string, then the normaliser's documented
// departures from ICU towards mainland usage (諮/谘 -> 咨, 覆 -> 复 in 答覆 and similar words).
class IcuReference
{
public:
    IcuReference()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_nfkc = icu::Normalizer2::getNFKCInstance(status);
        status = U_ZERO_ERROR;
        m_trans.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Hant-Hans"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            m_trans.reset();
        }
    }
    bool ok() const { return m_nfkc && m_trans; }
    QString nfkc(QStringView s) const
    {
        UErrorCode status = U_ZERO_ERROR;
        return fromIcu(m_nfkc->normalize(toIcu(s), status));
    }
    QString hantHans(QStringView s) const
    {
        icu::UnicodeString u = toIcu(s);
        m_trans->transliterate(u);
        return fromIcu(u);
    }
    QString both(QStringView s) const
    {
        const QString source = nfkc(s);
        QString result = hantHans(source);
        result.replace(u'谘', u'咨');
        if (result.size() == source.size()) {
            static const char16_t* const phrases[][2] = {{u"答覆", u"答复"}, {u"回覆", u"回复"}, {u"批覆", u"批复"},
                                                         {u"函覆", u"函复"}, {u"覆函", u"复函"}, {u"覆議", u"复议"},
                                                         {u"覆核", u"复核"}, {u"覆查", u"复查"}, {u"覆審", u"复审"},
                                                         {u"反覆", u"反复"}, {u"重覆", u"重复"}, {u"覆信", u"复信"}};
            for (const auto& phrase : phrases) {
                const QString from = QString::fromUtf16(phrase[0]);
                for (qsizetype at = source.indexOf(from); at >= 0; at = source.indexOf(from, at + 1)) {
                    result.replace(at, from.size(), QString::fromUtf16(phrase[1]));
                }
            }
        }
        return result;
    }

private:
    const icu::Normalizer2* m_nfkc = nullptr;
    std::unique_ptr<icu::Transliterator> m_trans;
};

// The code point of `text` that starts at UTF-16 index `i` (both units of a surrogate pair).
QString codePointAt(const QString& text, qsizetype i)
{
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        return text.mid(i, 2);
    }
    return text.mid(i, 1);
}

// The map's invariants: size, last entry, in range, never going back, and every normalised character
// is part of what its original character normalises to.
void checkMap(const QString& original, const NormalisedText& n)
{
    QCOMPARE(n.toOriginal.size(), n.text.size() + 1);
    QCOMPARE(n.toOriginal.last(), original.size());
    qsizetype previous = 0;
    for (qsizetype i = 0; i < n.text.size(); ++i) {
        const qsizetype o = n.toOriginal.at(i);
        QVERIFY2(o >= 0 && o < original.size(), qPrintable(QStringLiteral("index %1 maps to %2").arg(i).arg(o)));
        QVERIFY2(o >= previous, qPrintable(QStringLiteral("map goes back at %1").arg(i)));
        QVERIFY2(!original.at(o).isLowSurrogate() || o == 0 || !original.at(o - 1).isHighSurrogate(),
                 qPrintable(QStringLiteral("index %1 maps into the middle of a surrogate pair").arg(i)));
        previous = o;
        // What the character normalises to, alone or within the phrase around it (計畫 -> 计划).
        const qsizetype windowStart = std::max<qsizetype>(0, o - 8);
        const NormalisedText window = normaliseText(QStringView(original).mid(windowStart, o - windowStart + 9));
        QString produced = normaliseText(codePointAt(original, o)).text;
        for (qsizetype j = 0; j < window.text.size(); ++j) {
            if (window.toOriginal.at(j) == o - windowStart) {
                produced += window.text.at(j);
            }
        }
        QVERIFY2(produced.contains(n.text.at(i)),
                 qPrintable(QStringLiteral("normalised[%1] = %2 does not come from original[%3] = %4")
                                .arg(QString::number(i), QString(n.text.at(i)), QString::number(o),
                                     codePointAt(original, o))));
    }
}

} // namespace

class TestNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleEndsItsLine();
    void charClasses_data();
    void charClasses();
    void whiteSpaceIsWhatQtCallsSpace();
    void drawnWide_data();
    void drawnWide();
    void initTestCase();
    void normalises_data();
    void normalises();
    void mapPointsBackToTheOriginal_data();
    void mapPointsBackToTheOriginal();
    void mapHoldsOnSeeds();
    void spansMapBackToTheCharactersAsWritten_data();
    void spansMapBackToTheCharactersAsWritten();
    void surrogatePairsKeepTheMapConsistent_data();
    void surrogatePairsKeepTheMapConsistent();
    void lineBreaksAreKept();
    void agreesWithIcuOnSeed004();
    void agreesWithIcuOnTraditionalSeeds();
    void agreesWithIcuOnTheCjkBlocks();
    void countsTraditionalCharactersInSeeds();
};

// PDF text wrapped at the page width: a line that runs to the usual length without ending its sentence is
// joined with the next, but a title that ends with 报告 is a line of its own even when it is as long.
void TestNormaliser::titleEndsItsLine()
{
    const QString title = QStringLiteral("某某省某某市某某区人民政府办公室二〇二三年度政府信息公开工作年度报告");
    const QString wrapped =
        QStringLiteral("本报告根据《中华人民共和国政府信息公开条例》和上级部门的要求编制而成，全文包括总体情况和");
    const QString rest = QStringLiteral("主动公开政府信息情况等部分，所列数据的统计期限自年初起至年底止。");
    QStringList lines = {title, wrapped, rest};
    for (int i = 0; i < 6; ++i) { // enough ordinary lines for the usual line length
        lines.append(QStringLiteral("第%1段文字内容用于确定常见的行长度这一行本身以句号结束并不与下一行相连。").arg(i));
    }
    const QString joined = matchingText(lines.join(u'\n')).text;
    QVERIFY2(joined.startsWith(title + u'\n'), qPrintable(joined.left(80)));
    // The control: the wrapped sentence is joined with its end.
    QVERIFY2(joined.contains(normaliseText(wrapped + rest).text), qPrintable(joined.left(200)));
}

// The character classes the whole core shares (common/CharClass.h): one row per character whose class a
// reader, the extractor or the number parser depends on.
void TestNormaliser::charClasses_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("han");
    QTest::addColumn<bool>("wide");
    QTest::addColumn<bool>("dash");
    QTest::addColumn<bool>("blank");
    QTest::addColumn<bool>("lineBreak");
    QTest::addColumn<bool>("whiteSpace");
    QTest::newRow("ASCII letter a: nothing") << 0x61 << false << false << false << false << false << false;
    QTest::newRow("ASCII digit 1: nothing") << 0x31 << false << false << false << false << false << false;
    QTest::newRow("ideograph 中: Han, wide") << 0x4E2D << true << true << false << false << false << false;
    QTest::newRow("extension A 㐀: Han, wide") << 0x3400 << true << true << false << false << false << false;
    QTest::newRow("last basic ideograph U+9FFF: Han") << 0x9FFF << true << true << false << false << false << false;
    QTest::newRow("Kangxi radical ⼀: wide, not Han") << 0x2F00 << false << true << false << false << false << false;
    QTest::newRow("radical supplement ⻚: wide, not Han")
        << 0x2EDA << false << true << false << false << false << false;
    QTest::newRow("compatibility ideograph U+F900: wide, not Han")
        << 0xF900 << false << true << false << false << false << false;
    QTest::newRow("ideographic comma 、: wide") << 0x3001 << false << true << false << false << false << false;
    QTest::newRow("hiragana あ: wide") << 0x3042 << false << true << false << false << false << false;
    QTest::newRow("full-width digit １: wide") << 0xFF11 << false << true << false << false << false << false;
    QTest::newRow("full-width comma ，: wide") << 0xFF0C << false << true << false << false << false << false;
    QTest::newRow("full-width yen ￥: wide") << 0xFFE5 << false << true << false << false << false << false;
    QTest::newRow("half-width katakana ｱ: not wide") << 0xFF71 << false << false << false << false << false << false;
    QTest::newRow("Hangul syllable 한: not wide") << 0xD55C << false << false << false << false << false << false;
    QTest::newRow("high surrogate of U+20000: wide") << 0xD840 << false << true << false << false << false << false;
    QTest::newRow("private use U+E000: not wide") << 0xE000 << false << false << false << false << false << false;
    QTest::newRow("hyphen-minus: dash") << 0x2D << false << false << true << false << false << false;
    QTest::newRow("en dash: dash") << 0x2013 << false << false << true << false << false << false;
    QTest::newRow("em dash: dash") << 0x2014 << false << false << true << false << false << false;
    QTest::newRow("horizontal bar U+2015: dash") << 0x2015 << false << false << true << false << false << false;
    QTest::newRow("U+2212 minus: dash") << 0x2212 << false << false << true << false << false << false;
    QTest::newRow("box-drawing line U+2500: dash") << 0x2500 << false << false << true << false << false << false;
    QTest::newRow("full-width hyphen-minus: dash, wide") << 0xFF0D << false << true << true << false << false << false;
    QTest::newRow("tilde: not a dash") << 0x7E << false << false << false << false << false << false;
    QTest::newRow("wave dash 〜: wide, not a dash") << 0x301C << false << true << false << false << false << false;
    QTest::newRow("space: blank") << 0x20 << false << false << false << true << false << true;
    QTest::newRow("tab: blank") << 0x09 << false << false << false << true << false << true;
    QTest::newRow("no-break space: blank") << 0xA0 << false << false << false << true << false << true;
    QTest::newRow("ideographic space: blank, wide") << 0x3000 << false << true << false << true << false << true;
    QTest::newRow("CR: blank and a line break") << 0x0D << false << false << false << true << true << true;
    QTest::newRow("LF: a line break, not blank") << 0x0A << false << false << false << false << true << true;
    QTest::newRow("line separator U+2028: a line break") << 0x2028 << false << false << false << false << true << true;
    QTest::newRow("paragraph separator U+2029: a line break")
        << 0x2029 << false << false << false << false << true << true;
    QTest::newRow("en space U+2002: white space, not blank")
        << 0x2002 << false << false << false << false << false << true;
    QTest::newRow("NEL U+0085: white space only") << 0x85 << false << false << false << false << false << true;
    QTest::newRow("zero-width space U+200B: nothing") << 0x200B << false << false << false << false << false << false;
    QTest::newRow("byte order mark U+FEFF: nothing") << 0xFEFF << false << false << false << false << false << false;
}

void TestNormaliser::charClasses()
{
    QFETCH(int, code);
    const char16_t u = char16_t(code);
    QFETCH(bool, han);
    QFETCH(bool, wide);
    QFETCH(bool, dash);
    QFETCH(bool, blank);
    QFETCH(bool, lineBreak);
    QFETCH(bool, whiteSpace);
    QCOMPARE(isHan(u), han);
    QCOMPARE(isWide(u), wide);
    QCOMPARE(isDash(u), dash);
    QCOMPARE(isBlank(u), blank);
    QCOMPARE(isLineBreak(u), lineBreak);
    QCOMPARE(isWhiteSpace(u), whiteSpace);
    // The QChar overloads agree, and white space is what Qt calls space.
    QCOMPARE(isWide(QChar(u)), wide);
    QCOMPARE(isWhiteSpace(QChar(u)), QChar::isSpace(char32_t(u)));
    // Every blank and every line break is white space.
    QVERIFY(!(blank || lineBreak) || whiteSpace);
}

// isWhiteSpace spells out Unicode's White_Space for a constexpr test; QChar::isSpace is the reference, on
// every UTF-16 code unit. (The PDF reader's blanks were QChar::isSpace before CharClass.)
void TestNormaliser::whiteSpaceIsWhatQtCallsSpace()
{
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        if (isWhiteSpace(char16_t(u)) != QChar::isSpace(u)) {
            QFAIL(qPrintable(QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0'))));
        }
    }
}

// The PDF reader's guess at a glyph's width when it spreads a run's box over its characters: wider than isWide.
void TestNormaliser::drawnWide_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("drawnWide");
    QTest::addColumn<bool>("wide");
    QTest::newRow("ASCII letter a: narrow") << 0x61 << false << false;
    QTest::newRow("Latin-1 é: narrow") << 0xE9 << false << false;
    QTest::newRow("ideograph 中: both") << 0x4E2D << true << true;
    QTest::newRow("Hangul syllable 한: drawn wide only") << 0xD55C << true << false;
    QTest::newRow("private use U+E000: drawn wide only") << 0xE000 << true << false;
    QTest::newRow("unmapped glyph U+FFFF: drawn wide only") << 0xFFFF << true << false;
    QTest::newRow("full-width digit １: both") << 0xFF11 << true << true;
    QTest::newRow("half-width katakana ｱ: neither") << 0xFF71 << false << false;
    QTest::newRow("half-width Hangul U+FFA1: neither") << 0xFFA1 << false << false;
}

void TestNormaliser::drawnWide()
{
    QFETCH(int, code);
    QFETCH(bool, drawnWide);
    QFETCH(bool, wide);
    QCOMPARE(isDrawnWide(char16_t(code)), drawnWide);
    QCOMPARE(isWide(char16_t(code)), wide);
}

void TestNormaliser::initTestCase()
{
    normaliseText(u"預熱"); // builds the table once for all the rows
}

void TestNormaliser::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("traditional");

    QTest::newRow("full-width digits become ASCII") << QStringLiteral("１２３４５") << QStringLiteral("12345") << 0;
    QTest::newRow("full-width comma becomes ASCII") << QStringLiteral("，") << QStringLiteral(",") << 0;
    QTest::newRow("full-width parentheses become ASCII") << QStringLiteral("（一）") << QStringLiteral("(一)") << 0;
    QTest::newRow("parenthesised ideograph expands to three characters")
        << QStringLiteral("㈠") << QStringLiteral("(一)") << 0;
    QTest::newRow("full-width percent sign becomes ASCII") << QStringLiteral("％") << QStringLiteral("%") << 0;
    QTest::newRow("ideographic space becomes a space") << QStringLiteral("\u3000") << QStringLiteral(" ") << 0;
    QTest::newRow("full-width letters become ASCII") << QStringLiteral("ＩＣＰ") << QStringLiteral("ICP") << 0;
    QTest::newRow("circled digit becomes a digit") << QStringLiteral("①") << QStringLiteral("1") << 0;
    QTest::newRow("traditional place name becomes simplified")
        << QStringLiteral("滿洲里市") << QStringLiteral("满洲里市") << 1;
    QTest::newRow("traditional report sentence becomes simplified")
        << QStringLiteral("主動公開政府信息32456條") << QStringLiteral("主动公开政府信息32456条") << 3;
    QTest::newRow("compatibility ideograph becomes its unified form")
        << QStringLiteral("\uF900") << QStringLiteral("岂") << 1;
    QTest::newRow("phrase rule converts 畫 in 計畫 to 划")
        << QStringLiteral("計畫總結類") << QStringLiteral("计划总结类") << 5;
    QTest::newRow("phrase rule keeps 乾 in 乾坤 but the character alone becomes 干")
        << QStringLiteral("乾坤,乾燥") << QStringLiteral("乾坤,干燥") << 1;
    QTest::newRow("畫 alone becomes 画") << QStringLiteral("畫") << QStringLiteral("画") << 1;
    QTest::newRow("諮詢 becomes 咨询 as in mainland reports, not ICU's 谘询")
        << QStringLiteral("諮詢") << QStringLiteral("咨询") << 2;
    QTest::newRow("simplified variant 谘 folds onto 咨 and is not traditional")
        << QStringLiteral("谘询") << QStringLiteral("咨询") << 0;
    QTest::newRow("覆 in 答覆 becomes 复")
        << QStringLiteral("按時答覆,行政覆議") << QStringLiteral("按时答复,行政复议") << 4;
    QTest::newRow("覆 in 覆蓋 stays") << QStringLiteral("覆蓋") << QStringLiteral("覆盖") << 1;
    QTest::newRow("mixed full-width, expansion and traditional script")
        << QStringLiteral("㈡依申請公開情況：收到申請１２件，占５０％。")
        << QStringLiteral("(二)依申请公开情况:收到申请12件,占50%。") << 4;
    QTest::newRow("simplified ASCII text is unchanged") << QStringLiteral("2017年,博乐市主动公开政府信息9616条。")
                                                        << QStringLiteral("2017年,博乐市主动公开政府信息9616条。") << 0;
    QTest::newRow("empty text stays empty") << QString() << QString() << 0;
}

void TestNormaliser::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, traditional);
    const NormalisedText n = normaliseText(input);
    QCOMPARE(n.text, expected);
    QCOMPARE(n.traditionalCharacters, traditional);
    checkMap(input, n);
}

void TestNormaliser::mapPointsBackToTheOriginal_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<qsizetype>>("expectedMap");

    QTest::newRow("one to one for plain text") << QStringLiteral("ab条") << QList<qsizetype>{0, 1, 2, 3};
    QTest::newRow("expansion maps all three characters to the source character")
        << QStringLiteral("x㈠y") << QList<qsizetype>{0, 1, 1, 1, 2, 3};
    QTest::newRow("full-width and traditional characters map one to one")
        << QStringLiteral("１條") << QList<qsizetype>{0, 1, 2};
    QTest::newRow("empty text has only the final entry") << QString() << QList<qsizetype>{0};
}

void TestNormaliser::mapPointsBackToTheOriginal()
{
    QFETCH(QString, input);
    QFETCH(QList<qsizetype>, expectedMap);
    const NormalisedText n = normaliseText(input);
    QCOMPARE(n.toOriginal, expectedMap);
}

void TestNormaliser::mapHoldsOnSeeds()
{
    const QStringList seeds = seedFiles();
    if (seeds.isEmpty()) {
        QSKIP("no seed reports");
    }
    for (const QString& path : seeds) {
        const QString text = readUtf8(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        const NormalisedText n = normaliseText(text);
        checkMap(text, n);
        if (QTest::currentTestFailed()) {
            qWarning("in %s", qPrintable(path));
            return;
        }
        QCOMPARE(n.text.count(u'\n'), text.count(u'\n'));
    }
}

void TestNormaliser::spansMapBackToTheCharactersAsWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("normalisedNeedle");
    QTest::addColumn<QString>("expectedOriginal");
    QTest::addColumn<int>("spanLength"); // -1: the whole needle

    QTest::newRow("count in traditional seed 004 maps back to the traditional character")
        << QStringLiteral("seeds/004_c81fc9388abf2a8a.txt") << QStringLiteral("32456条") << QStringLiteral("32456條")
        << -1;
    QTest::newRow("phrase in traditional seed 004 maps back to traditional script")
        << QStringLiteral("seeds/004_c81fc9388abf2a8a.txt") << QStringLiteral("主动公开政府信息")
        << QStringLiteral("主動公開政府信息") << -1;
    QTest::newRow("expanded heading number in seed 000 maps back to the single character")
        << QStringLiteral("seeds/000_c883efa86247e151.txt") << QStringLiteral("(一)加强领导")
        << QStringLiteral("㈠加强领导") << -1;
    QTest::newRow("opening parenthesis alone covers the whole expanded character")
        << QStringLiteral("seeds/000_c883efa86247e151.txt") << QStringLiteral("(一)加强") << QStringLiteral("㈠") << 1;
    QTest::newRow("ideograph inside an expansion covers the whole character")
        << QStringLiteral("seeds/000_c883efa86247e151.txt") << QStringLiteral("二)拓宽") << QStringLiteral("㈡") << 1;
    QTest::newRow("phrase-converted word maps back to the traditional phrase")
        << QStringLiteral("seeds/004_c81fc9388abf2a8a.txt") << QStringLiteral("规划计划类信息")
        << QStringLiteral("規劃計畫類信息") << -1;
}

void TestNormaliser::spansMapBackToTheCharactersAsWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, normalisedNeedle);
    QFETCH(QString, expectedOriginal);
    QFETCH(int, spanLength);
    const QString text = readUtf8(dataPath(file));
    if (text.isEmpty()) {
        QSKIP("seed report missing");
    }
    const Document doc = Document::fromPlainText(text);
    const qsizetype at = doc.normalised.indexOf(normalisedNeedle);
    QVERIFY2(at >= 0, qPrintable(normalisedNeedle));
    const qsizetype length = spanLength < 0 ? normalisedNeedle.size() : spanLength;
    const auto [start, end] = doc.originalSpan(at, at + length);
    QCOMPARE(doc.original.mid(start, end - start), expectedOriginal);
}

void TestNormaliser::surrogatePairsKeepTheMapConsistent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("emoji passes through and the next character maps right")
        << QStringLiteral("A😀１") << QStringLiteral("A😀1");
    QTest::newRow("CJK Extension B character passes through") << QStringLiteral("𠀀條𠀁") << QStringLiteral("𠀀条𠀁");
    QTest::newRow("supplementary compatibility ideograph is normalised")
        << QStringLiteral("\U0002F800x") << QStringLiteral("丽x");
    QTest::newRow("mathematical bold letter becomes ASCII") << QStringLiteral("\U0001D400１") << QStringLiteral("A1");
    QString lone;
    lone.append(QChar(0xD800));
    lone.append(u'１');
    lone.append(QChar(0xDC00));
    QString loneExpected;
    loneExpected.append(QChar(0xD800));
    loneExpected.append(u'1');
    loneExpected.append(QChar(0xDC00));
    QTest::newRow("lone surrogates are kept as they are") << lone << loneExpected;
}

void TestNormaliser::surrogatePairsKeepTheMapConsistent()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const NormalisedText n = normaliseText(input);
    QCOMPARE(n.text, expected);
    checkMap(input, n);
    // Both units of a pair map to its first unit.
    for (qsizetype i = 0; i + 1 < n.text.size(); ++i) {
        if (n.text.at(i).isHighSurrogate() && n.text.at(i + 1).isLowSurrogate()) {
            QCOMPARE(n.toOriginal.at(i + 1), n.toOriginal.at(i));
        }
    }
}

void TestNormaliser::lineBreaksAreKept()
{
    const QString text = QStringLiteral("第一行\n\n（二）第三行\n");
    const NormalisedText n = normaliseText(text);
    QCOMPARE(n.text, QStringLiteral("第一行\n\n(二)第三行\n"));
    QCOMPARE(n.text.split(u'\n').size(), text.split(u'\n').size());
}

void TestNormaliser::agreesWithIcuOnSeed004()
{
    const QString text = readUtf8(dataPath(QStringLiteral("seeds/004_c81fc9388abf2a8a.txt")));
    if (text.isEmpty()) {
        QSKIP("seed 004 missing");
    }
    const IcuReference icu;
    QVERIFY(icu.ok());
    // Character by character: the table gives exactly what ICU gives.
    int checked = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString c = codePointAt(text, i);
        i += c.size() - 1;
        const QString expected = icu.both(c);
        const QString actual = normaliseText(c).text;
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 -> %2, ICU gives %3").arg(c, actual, expected)));
        ++checked;
    }
    QVERIFY(checked > 5000);
    // And on the whole text, phrase rules (計畫 -> 计划) included.
    QCOMPARE(normaliseText(text).text, icu.both(text));
}

void TestNormaliser::agreesWithIcuOnTraditionalSeeds()
{
    const QStringList seeds = seedFiles();
    if (seeds.isEmpty()) {
        QSKIP("no seed reports");
    }
    const IcuReference icu;
    QVERIFY(icu.ok());
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> toTraditional(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Hans-Hant"), UTRANS_FORWARD, status));
    QVERIFY(U_SUCCESS(status));
    for (const QString& path : seeds) {
        icu::UnicodeString u = toIcu(readUtf8(path));
        toTraditional->transliterate(u);
        const QString traditional = fromIcu(u);
        const QString expected = icu.both(traditional);
        const QString actual = normaliseText(traditional).text;
        QCOMPARE(actual.size(), expected.size());
        qsizetype differences = 0;
        for (qsizetype i = 0; i < actual.size(); ++i) {
            if (actual.at(i) != expected.at(i) && ++differences <= 5) {
                qWarning("%s: at %lld table gives %s, ICU %s", qPrintable(QFileInfo(path).fileName()),
                         static_cast<long long>(i), qPrintable(actual.mid(std::max<qsizetype>(0, i - 3), 7)),
                         qPrintable(expected.mid(std::max<qsizetype>(0, i - 3), 7)));
            }
        }
        QCOMPARE(differences, 0);
    }
}

void TestNormaliser::agreesWithIcuOnTheCjkBlocks()
{
    const IcuReference icu;
    QVERIFY(icu.ok());
    int differences = 0;
    const std::pair<char16_t, char16_t> ranges[] = {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xF900, 0xFAFF},
                                                    {0x3000, 0x303F}, {0xFF00, 0xFFEF}, {0x3200, 0x33FF}};
    for (const auto& [first, last] : ranges) {
        for (char32_t c = first; c <= last; ++c) {
            const QString s = QString(QChar(char16_t(c)));
            const QString expected = icu.both(s);
            const QString actual = normaliseText(s).text;
            if (actual != expected && ++differences <= 10) {
                qWarning("U+%04X: table %s, ICU %s", unsigned(c), qPrintable(actual), qPrintable(expected));
            }
        }
    }
    QCOMPARE(differences, 0);
}

void TestNormaliser::countsTraditionalCharactersInSeeds()
{
    const QString traditional = readUtf8(dataPath(QStringLiteral("seeds/004_c81fc9388abf2a8a.txt")));
    const QString simplified = readUtf8(dataPath(QStringLiteral("seeds/000_c883efa86247e151.txt")));
    if (traditional.isEmpty() || simplified.isEmpty()) {
        QSKIP("seed reports missing");
    }
    QVERIFY(normaliseText(traditional).traditionalCharacters > 500);
    QCOMPARE(normaliseText(simplified).traditionalCharacters, 0);
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestNormaliser)
#include "TestNormaliser.moc"
