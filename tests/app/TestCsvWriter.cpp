// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CsvReader.h"

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

namespace jiaohe {

namespace {

using Records = QList<QStringList>;

// `size` characters of report-like text with no character that needs quoting or neutralising.
QString longPlainText(qsizetype size)
{
    const QString unit = QStringLiteral("政府信息公开工作年度报告 annual report 2023 第1项 ");
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    text.truncate(size);
    return text;
}

// `size` characters that need quoting: commas, quotes and all three kinds of line break.
QString longTrickyText(qsizetype size)
{
    const QString unit = QStringLiteral("一、概述,\"引用\"\r\n第二行\r第三行\n😀 ");
    QString text;
    text.reserve(size + unit.size());
    while (text.size() < size)
        text += unit;
    text.truncate(size);
    if (text.back().isHighSurrogate())
        text.chop(1);
    return text;
}

QString quoted(const QString& text)
{
    QString doubled = text;
    doubled.replace(u'"', QLatin1String("\"\""));
    return u'"' + doubled + u'"';
}

// What a reader gets back for a cell we wrote: the cell, with an apostrophe in front when it was
// neutralised.
QString readBack(const QString& cell, bool neutralise)
{
    return neutralise && CsvWriter::looksLikeFormula(cell) ? u'\'' + cell : cell;
}

Records readBack(const Records& rows, bool neutralise)
{
    Records out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& cell : row)
            cells.append(readBack(cell, neutralise));
        out.append(cells);
    }
    return out;
}

QStringList entries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A random cell: mostly short, sometimes long; ASCII, CSV specials, control characters, Chinese,
// any BMP character but surrogates, supplementary characters (emoji among them), and digits and signs
// so that plain numbers and formula-looking cells turn up too.
QString randomCell(QRandomGenerator& random)
{
    static const QStringList whole = {
        QStringLiteral("=SUM(A1)"), QStringLiteral("+1+1"), QStringLiteral("-2+3"), QStringLiteral("@cmd"),
        QStringLiteral("\tx"),      QStringLiteral("\rx"),  QStringLiteral("-12"),  QStringLiteral("-3.5"),
        QStringLiteral("+7"),       QStringLiteral("-"),    QStringLiteral("\"\""), QStringLiteral("\uFEFF"),
        QStringLiteral(" "),        QStringLiteral(","),    QStringLiteral("\r\n"), QStringLiteral("'=x"),
    };
    if (random.bounded(8) == 0)
        return whole.at(random.bounded(int(whole.size())));
    const QString specials = QStringLiteral(",\"\r\n\t =+-@'.");
    const int length = random.bounded(10) == 0 ? random.bounded(300) : random.bounded(12);
    QString cell;
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(7)) {
        case 0:
            cell += QChar(char16_t(0x20 + random.bounded(0x5F)));
            break;
        case 1:
            cell += specials.at(random.bounded(int(specials.size())));
            break;
        case 2: {
            const int c = random.bounded(0x21);
            cell += QChar(char16_t(c == 0x20 ? 0x7F : c));
            break;
        }
        case 3:
            cell += QChar(char16_t(0x4E00 + random.bounded(0x9FFF - 0x4E00 + 1)));
            break;
        case 4: {
            char16_t c = char16_t(0x80 + random.bounded(0x10000 - 0x80));
            if (QChar::isSurrogate(c))
                c = 0xFEFF;
            cell += QChar(c);
            break;
        }
        case 5: {
            const char32_t c = random.bounded(4) == 0 ? char32_t(0x1F600 + random.bounded(0x50))
                                                      : char32_t(0x10000 + random.bounded(0x10FFFF - 0x10000 + 1));
            cell += QString::fromUcs4(&c, 1);
            break;
        }
        default:
            cell += QChar(char16_t(u'0' + random.bounded(10)));
            break;
        }
    }
    return cell;
}

// The cells a real reader must read back; each row is {what, cell, read back by a reader}.
struct Tricky
{
    QString what;
    QString cell;
    QString read;
};

QList<Tricky> trickyCells()
{
    return {
        {QStringLiteral("comma"), QStringLiteral("a,b"), QStringLiteral("a,b")},
        {QStringLiteral("quotes"), QStringLiteral("say \"hi\""), QStringLiteral("say \"hi\"")},
        {QStringLiteral("only a quote"), QStringLiteral("\""), QStringLiteral("\"")},
        {QStringLiteral("windows line break"), QStringLiteral("第一行\r\n第二行"), QStringLiteral("第一行\r\n第二行")},
        {QStringLiteral("old Mac line break"), QStringLiteral("第一行\r第二行"), QStringLiteral("第一行\r第二行")},
        {QStringLiteral("unix line break"), QStringLiteral("第一行\n第二行"), QStringLiteral("第一行\n第二行")},
        {QStringLiteral("empty value"), QString(), QString()},
        {QStringLiteral("Chinese text"), QStringLiteral("政府信息公开，年度报告"),
         QStringLiteral("政府信息公开，年度报告")},
        {QStringLiteral("emoji"), QStringLiteral("👍🏽 好 🇨🇳"), QStringLiteral("👍🏽 好 🇨🇳")},
        {QStringLiteral("leading spaces"), QStringLiteral("  lead"), QStringLiteral("  lead")},
        {QStringLiteral("trailing spaces"), QStringLiteral("trail  "), QStringLiteral("trail  ")},
        {QStringLiteral("formula"), QStringLiteral("=SUM(A1)"), QStringLiteral("'=SUM(A1)")},
        {QStringLiteral("formula with a comma"), QStringLiteral("=SUM(A1,B1)"), QStringLiteral("'=SUM(A1,B1)")},
        {QStringLiteral("formula with quotes"), QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点击\")"),
         QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"点击\")")},
        {QStringLiteral("plus formula"), QStringLiteral("+1+1"), QStringLiteral("'+1+1")},
        {QStringLiteral("minus formula"), QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
        {QStringLiteral("at command"), QStringLiteral("@cmd"), QStringLiteral("'@cmd")},
        {QStringLiteral("leading tab"), QStringLiteral("\tx"), QStringLiteral("'\tx")},
        {QStringLiteral("leading carriage return"), QStringLiteral("\rx"), QStringLiteral("'\rx")},
        {QStringLiteral("negative integer"), QStringLiteral("-12"), QStringLiteral("-12")},
        {QStringLiteral("negative decimal"), QStringLiteral("-3.5"), QStringLiteral("-3.5")},
        {QStringLiteral("positive number"), QStringLiteral("+7"), QStringLiteral("+7")},
        {QStringLiteral("apostrophe already in front"), QStringLiteral("'=x"), QStringLiteral("'=x")},
        {QStringLiteral("byte order mark character in front"), QStringLiteral("\uFEFFx"), QStringLiteral("\uFEFFx")},
        {QStringLiteral("very long cell"), longTrickyText(200000), longTrickyText(200000)},
    };
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeCell_data();
    void encodeCell();
    void looksLikeFormula_data();
    void looksLikeFormula();
    void records_data();
    void records();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void roundTrip_data();
    void roundTrip();
    void veryLongCellsRoundTrip();
    void writeFileReplacesAndLeavesNoTemporaryFile();
    void writeFileMissingDirectory();
    void writeFileOntoAFolder();
    void writeFileReadOnlyDirectory();
    void writeFileDiskFullKeepsExistingFile();
    void pythonCsvReader_data();
    void pythonCsvReader();
};

void TestCsvWriter::encodeCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text stays as it is") << QStringLiteral("abc") << true << QStringLiteral("abc");
    QTest::newRow("empty value stays empty") << QString() << true << QString();
    QTest::newRow("inner spaces need no quotes") << QStringLiteral("a b") << true << QStringLiteral("a b");
    QTest::newRow("comma is quoted") << QStringLiteral("a,b") << true << QStringLiteral("\"a,b\"");
    QTest::newRow("only a comma is quoted") << QStringLiteral(",") << true << QStringLiteral("\",\"");
    QTest::newRow("quotes are doubled and quoted")
        << QStringLiteral("say \"hi\"") << true << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote is doubled and quoted") << QStringLiteral("\"") << true << QStringLiteral("\"\"\"\"");
    QTest::newRow("windows line break is quoted") << QStringLiteral("a\r\nb") << true << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("old Mac line break is quoted") << QStringLiteral("a\rb") << true << QStringLiteral("\"a\rb\"");
    QTest::newRow("unix line break is quoted") << QStringLiteral("a\nb") << true << QStringLiteral("\"a\nb\"");
    QTest::newRow("trailing line break is quoted") << QStringLiteral("a\n") << true << QStringLiteral("\"a\n\"");
    QTest::newRow("Chinese text stays unquoted")
        << QStringLiteral("政府信息公开工作年度报告") << true << QStringLiteral("政府信息公开工作年度报告");
    QTest::newRow("Chinese full-width comma needs no quotes")
        << QStringLiteral("一，二") << true << QStringLiteral("一，二");
    QTest::newRow("Chinese text with an ASCII comma is quoted")
        << QStringLiteral("一,二") << true << QStringLiteral("\"一,二\"");
    QTest::newRow("Chinese quotation marks need no quotes")
        << QStringLiteral("“三公经费”") << true << QStringLiteral("“三公经费”");
    QTest::newRow("emoji stays unquoted")
        << QStringLiteral("👍🏽 ok 🇨🇳") << true << QStringLiteral("👍🏽 ok 🇨🇳");
    QTest::newRow("emoji with a quote is quoted") << QStringLiteral("😀\"") << true << QStringLiteral("\"😀\"\"\"");
    QTest::newRow("leading space is quoted") << QStringLiteral(" a") << true << QStringLiteral("\" a\"");
    QTest::newRow("trailing space is quoted") << QStringLiteral("a ") << true << QStringLiteral("\"a \"");
    QTest::newRow("only a space is quoted") << QStringLiteral(" ") << true << QStringLiteral("\" \"");
    QTest::newRow("trailing tab is quoted") << QStringLiteral("a\t") << true << QStringLiteral("\"a\t\"");
    QTest::newRow("ideographic space needs no quotes")
        << QStringLiteral("\u3000a\u3000") << true << QStringLiteral("\u3000a\u3000");
    QTest::newRow("leading byte order mark character is quoted")
        << QStringLiteral("\uFEFFa") << true << QStringLiteral("\"\uFEFFa\"");

    QTest::newRow("=SUM(A1) is neutralised") << QStringLiteral("=SUM(A1)") << true << QStringLiteral("'=SUM(A1)");
    QTest::newRow("=SUM(A1,B1) is neutralised, then quoted for its comma")
        << QStringLiteral("=SUM(A1,B1)") << true << QStringLiteral("\"'=SUM(A1,B1)\"");
    QTest::newRow("+1+1 is neutralised") << QStringLiteral("+1+1") << true << QStringLiteral("'+1+1");
    QTest::newRow("-2+3 is neutralised") << QStringLiteral("-2+3") << true << QStringLiteral("'-2+3");
    QTest::newRow("@cmd is neutralised") << QStringLiteral("@cmd") << true << QStringLiteral("'@cmd");
    QTest::newRow("tab x is neutralised and then needs no quotes")
        << QStringLiteral("\tx") << true << QStringLiteral("'\tx");
    QTest::newRow("carriage return x is neutralised and quoted")
        << QStringLiteral("\rx") << true << QStringLiteral("\"'\rx\"");
    QTest::newRow("formula with quotes is neutralised, quoted, quotes doubled")
        << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点击\")") << true
        << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"");
    QTest::newRow("DDE payload is neutralised")
        << QStringLiteral("=cmd|' /C calc'!A0") << true << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("formula with a trailing space is neutralised and quoted")
        << QStringLiteral("=1+1 ") << true << QStringLiteral("\"'=1+1 \"");
    QTest::newRow("lone minus is neutralised") << QStringLiteral("-") << true << QStringLiteral("'-");
    QTest::newRow("lone plus is neutralised") << QStringLiteral("+") << true << QStringLiteral("'+");
    QTest::newRow("minus with exponent is not a plain number")
        << QStringLiteral("-1e5") << true << QStringLiteral("'-1e5");
    QTest::newRow("minus with thousands separator is neutralised and quoted")
        << QStringLiteral("-1,234") << true << QStringLiteral("\"'-1,234\"");
    QTest::newRow("minus with two decimal points is neutralised")
        << QStringLiteral("-3.5.1") << true << QStringLiteral("'-3.5.1");
    QTest::newRow("minus space number is neutralised") << QStringLiteral("- 12") << true << QStringLiteral("'- 12");
    QTest::newRow("minus full-width digits is neutralised")
        << QStringLiteral("-１２") << true << QStringLiteral("'-１２");

    QTest::newRow("-12 stays a number, unquoted") << QStringLiteral("-12") << true << QStringLiteral("-12");
    QTest::newRow("-3.5 stays a number, unquoted") << QStringLiteral("-3.5") << true << QStringLiteral("-3.5");
    QTest::newRow("+7 stays a number, unquoted") << QStringLiteral("+7") << true << QStringLiteral("+7");
    QTest::newRow("-0.25 stays a number") << QStringLiteral("-0.25") << true << QStringLiteral("-0.25");
    QTest::newRow("-.5 stays a number") << QStringLiteral("-.5") << true << QStringLiteral("-.5");
    QTest::newRow("unsigned number stays") << QStringLiteral("216259") << true << QStringLiteral("216259");
    QTest::newRow("percentage stays") << QStringLiteral("65.97%") << true << QStringLiteral("65.97%");
    QTest::newRow("equals in the middle is not a formula") << QStringLiteral("a=b") << true << QStringLiteral("a=b");
    QTest::newRow("apostrophe already in front stays") << QStringLiteral("'=x") << true << QStringLiteral("'=x");
    QTest::newRow("full-width equals is not a formula") << QStringLiteral("＝1") << true << QStringLiteral("＝1");

    QTest::newRow("without neutralising =SUM(A1) stays")
        << QStringLiteral("=SUM(A1)") << false << QStringLiteral("=SUM(A1)");
    QTest::newRow("without neutralising -2+3 stays") << QStringLiteral("-2+3") << false << QStringLiteral("-2+3");
    QTest::newRow("without neutralising tab x is quoted for its leading tab")
        << QStringLiteral("\tx") << false << QStringLiteral("\"\tx\"");
    QTest::newRow("without neutralising carriage return x is quoted")
        << QStringLiteral("\rx") << false << QStringLiteral("\"\rx\"");

    const QString longPlain = longPlainText(100000);
    QTest::newRow("very long plain cell stays unquoted") << longPlain << true << longPlain;
    const QString longTricky = longTrickyText(100000);
    QTest::newRow("very long cell with commas, quotes and line breaks is quoted")
        << longTricky << true << quoted(longTricky);
    QTest::newRow("very long formula is neutralised")
        << (u'=' + longPlain) << true << (QStringLiteral("'=") + longPlain);
}

void TestCsvWriter::encodeCell()
{
    QFETCH(QString, cell);
    QFETCH(bool, neutralise);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::encodeCell(cell, neutralise), expected);
    // What was written reads back as the cell (with the apostrophe when neutralised).
    if (!cell.isEmpty()) {
        QString error;
        const Records read = test::parseCsv(CsvWriter::encodeCell(cell, neutralise).toUtf8(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read, Records{QStringList{readBack(cell, neutralise)}});
    }
}

void TestCsvWriter::looksLikeFormula_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("formula");

    QTest::newRow("=SUM(A1) is a formula") << QStringLiteral("=SUM(A1)") << true;
    QTest::newRow("+1+1 is a formula") << QStringLiteral("+1+1") << true;
    QTest::newRow("-2+3 is a formula") << QStringLiteral("-2+3") << true;
    QTest::newRow("@cmd is a formula") << QStringLiteral("@cmd") << true;
    QTest::newRow("tab x is a formula") << QStringLiteral("\tx") << true;
    QTest::newRow("carriage return x is a formula") << QStringLiteral("\rx") << true;
    QTest::newRow("lone equals is a formula") << QStringLiteral("=") << true;
    QTest::newRow("lone minus is a formula") << QStringLiteral("-") << true;
    QTest::newRow("minus dot is a formula") << QStringLiteral("-.") << true;
    QTest::newRow("minus exponent is a formula") << QStringLiteral("-1e5") << true;
    QTest::newRow("signed number with a letter is a formula") << QStringLiteral("+7a") << true;
    QTest::newRow("-12 is a number") << QStringLiteral("-12") << false;
    QTest::newRow("-3.5 is a number") << QStringLiteral("-3.5") << false;
    QTest::newRow("+7 is a number") << QStringLiteral("+7") << false;
    QTest::newRow("-12. is a number") << QStringLiteral("-12.") << false;
    QTest::newRow("empty is not a formula") << QString() << false;
    QTest::newRow("text is not a formula") << QStringLiteral("政府") << false;
    QTest::newRow("leading space then equals is not a formula") << QStringLiteral(" =1") << false;
    QTest::newRow("line feed in front is not a formula") << QStringLiteral("\nx") << false;
    QTest::newRow("apostrophe in front is not a formula") << QStringLiteral("'=1") << false;
}

void TestCsvWriter::looksLikeFormula()
{
    QFETCH(QString, cell);
    QFETCH(bool, formula);

    QCOMPARE(CsvWriter::looksLikeFormula(cell), formula);
}

void TestCsvWriter::records_data()
{
    QTest::addColumn<Records>("rows");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray bom("\xEF\xBB\xBF");
    const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("no rows is an empty file") << Records{} << false << true << QByteArray();
    QTest::newRow("no rows with a BOM is only the BOM") << Records{} << true << true << bom;
    QTest::newRow("a record ends with CRLF") << Records{abc} << false << true << QByteArray("a,b,c\r\n");
    QTest::newRow("every record ends with CRLF, the last one too")
        << Records{abc, abc} << false << true << QByteArray("a,b,c\r\na,b,c\r\n");
    QTest::newRow("BOM is EF BB BF at the start") << Records{abc} << true << true << QByteArray(bom + "a,b,c\r\n");
    QTest::newRow("empty values between commas")
        << Records{{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")}} << false << true
        << QByteArray("a,,,b\r\n");
    QTest::newRow("two empty values are one comma")
        << Records{{QString(), QString()}} << false << true << QByteArray(",\r\n");
    QTest::newRow("a record of one empty value is two quotes, not a blank line")
        << Records{abc, {QString()}, abc} << false << true << QByteArray("a,b,c\r\n\"\"\r\na,b,c\r\n");
    QTest::newRow("a record without cells is a blank line")
        << Records{abc, {}, abc} << false << true << QByteArray("a,b,c\r\n\r\na,b,c\r\n");
    QTest::newRow("Chinese text is UTF-8") << Records{{QStringLiteral("政府"), QStringLiteral("公开")}} << false << true
                                           << QByteArray("\xE6\x94\xBF\xE5\xBA\x9C,\xE5\x85\xAC\xE5\xBC\x80\r\n");
    QTest::newRow("emoji is four UTF-8 bytes")
        << Records{{QStringLiteral("😀")}} << false << true << QByteArray("\xF0\x9F\x98\x80\r\n");
    QTest::newRow("windows line break inside a cell stays CRLF inside quotes")
        << Records{{QStringLiteral("a\r\nb"), QStringLiteral("c")}} << false << true << QByteArray("\"a\r\nb\",c\r\n");
    QTest::newRow("formula cells are neutralised, numbers not")
        << Records{{QStringLiteral("=SUM(A1)"), QStringLiteral("-12"), QStringLiteral("-3.5"), QStringLiteral("@cmd")}}
        << false << true << QByteArray("'=SUM(A1),-12,-3.5,'@cmd\r\n");
    QTest::newRow("neutralising can be turned off") << Records{{QStringLiteral("=SUM(A1)"), QStringLiteral("+1+1")}}
                                                    << false << false << QByteArray("=SUM(A1),+1+1\r\n");
}

void TestCsvWriter::records()
{
    QFETCH(Records, rows);
    QFETCH(bool, bom);
    QFETCH(bool, neutralise);
    QFETCH(QByteArray, expected);

    CsvWriter writer({.bom = bom, .neutraliseFormulas = neutralise});
    for (const QStringList& row : rows)
        writer.addRow(row);
    QCOMPARE(writer.data(), expected);

    QString error;
    QCOMPARE(test::parseCsv(writer.data(), &error), readBack(rows, neutralise));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCsvWriter::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    const QByteArray bom("\xEF\xBB\xBF");
    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    const QStringList cd = {QStringLiteral("c"), QStringLiteral("d")};
    QTest::newRow("empty input has no records") << QByteArray() << Records{};
    QTest::newRow("only a BOM has no records") << bom << Records{};
    QTest::newRow("windows line ends") << QByteArray("a,b\r\nc,d\r\n") << Records{ab, cd};
    QTest::newRow("unix line ends") << QByteArray("a,b\nc,d\n") << Records{ab, cd};
    QTest::newRow("old Mac line ends") << QByteArray("a,b\rc,d\r") << Records{ab, cd};
    QTest::newRow("mixed line ends") << QByteArray("a,b\rc,d\na,b\r\nc,d") << Records{ab, cd, ab, cd};
    QTest::newRow("no line end after the last record") << QByteArray("a,b\r\nc,d") << Records{ab, cd};
    QTest::newRow("BOM is skipped") << QByteArray(bom + "a,b\r\n") << Records{ab};
    QTest::newRow("BOM before a quoted cell is skipped") << QByteArray(bom + "\"a\",b\r\n") << Records{ab};
    QTest::newRow("blank line is a record without cells") << QByteArray("a,b\r\n\r\nc,d\r\n") << Records{ab, {}, cd};
    QTest::newRow("two quotes are one empty value") << QByteArray("\"\"\r\n") << Records{{QString()}};
    QTest::newRow("empty values between commas")
        << QByteArray("a,,,b\r\n") << Records{{QStringLiteral("a"), QString(), QString(), QStringLiteral("b")}};
    QTest::newRow("only a comma is two empty values") << QByteArray(",\r\n") << Records{{QString(), QString()}};
    QTest::newRow("trailing comma is a trailing empty value")
        << QByteArray("a,\r\n") << Records{{QStringLiteral("a"), QString()}};
    QTest::newRow("trailing comma at the end of the data")
        << QByteArray("a,") << Records{{QStringLiteral("a"), QString()}};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\r\n")
                                  << Records{{QStringLiteral("a,b"), QStringLiteral("c")}};
    QTest::newRow("doubled quotes are one quote")
        << QByteArray("\"say \"\"hi\"\"\"\r\n") << Records{{QStringLiteral("say \"hi\"")}};
    QTest::newRow("quoted windows line break is kept")
        << QByteArray("\"a\r\nb\",c\r\n") << Records{{QStringLiteral("a\r\nb"), QStringLiteral("c")}};
    QTest::newRow("quoted old Mac line break is kept")
        << QByteArray("\"a\rb\",c\r") << Records{{QStringLiteral("a\rb"), QStringLiteral("c")}};
    QTest::newRow("quoted unix line break is kept")
        << QByteArray("\"a\nb\",c\n") << Records{{QStringLiteral("a\nb"), QStringLiteral("c")}};
    QTest::newRow("Chinese text") << QByteArray("\xE6\x94\xBF\xE5\xBA\x9C,\"\xE5\x85\xAC,\xE5\xBC\x80\"\r\n")
                                  << Records{{QStringLiteral("政府"), QStringLiteral("公,开")}};
    QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80,x\r\n")
                           << Records{{QStringLiteral("😀"), QStringLiteral("x")}};
    QTest::newRow("leading and trailing spaces are kept, quoted or not")
        << QByteArray(" a ,\" b \"\r\n") << Records{{QStringLiteral(" a "), QStringLiteral(" b ")}};
    QTest::newRow("spaces inside quotes are kept")
        << QByteArray("\" a \",\"\t\"\r\n") << Records{{QStringLiteral(" a "), QStringLiteral("\t")}};
    QTest::newRow("apostrophe of a neutralised cell is kept")
        << QByteArray("'=SUM(A1),\"'\rx\",-12\r\n")
        << Records{{QStringLiteral("'=SUM(A1)"), QStringLiteral("'\rx"), QStringLiteral("-12")}};
    QTest::newRow("byte order mark inside quotes is a character")
        << QByteArray("\"" + bom + "a\"\r\n") << Records{{QStringLiteral("\uFEFFa")}};
    QTest::newRow("byte order mark after the first one is a character")
        << QByteArray(bom + bom + "a\r\n") << Records{{QStringLiteral("\uFEFFa")}};
}

void TestCsvWriter::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);

    QString error = QStringLiteral("not cleared");
    QCOMPARE(test::parseCsv(input, &error), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Without an error string it reads the same.
    QCOMPARE(test::parseCsv(input), expected);
}

void TestCsvWriter::parseErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("says");
    QTest::addColumn<Records>("expected");

    const QByteArray bom("\xEF\xBB\xBF");
    QTest::newRow("unterminated quote at the start")
        << QByteArray("\"abc") << 0 << QStringLiteral("unterminated quote") << Records{{QStringLiteral("abc")}};
    QTest::newRow("unterminated quote in the second record")
        << QByteArray("a,b\r\nc,\"de\r\nf") << 7 << QStringLiteral("unterminated quote")
        << Records{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("de\r\nf")}};
    QTest::newRow("unterminated quote after a doubled quote")
        << QByteArray("x,\"a\"\"") << 2 << QStringLiteral("unterminated quote")
        << Records{{QStringLiteral("x"), QStringLiteral("a\"")}};
    QTest::newRow("unterminated quote offset counts the BOM")
        << QByteArray(bom + "\"x") << 3 << QStringLiteral("unterminated quote") << Records{{QStringLiteral("x")}};
    QTest::newRow("unterminated quote offset counts UTF-8 bytes, not characters")
        << QByteArray("\xE6\x94\xBF\xE5\xBA\x9C,\"x") << 7 << QStringLiteral("unterminated quote")
        << Records{{QStringLiteral("政府"), QStringLiteral("x")}};
    QTest::newRow("text after the closing quote")
        << QByteArray("\"ab\"c,d\r\n") << 4 << QStringLiteral("after the closing quote")
        << Records{{QStringLiteral("abc"), QStringLiteral("d")}};
    QTest::newRow("quote inside an unquoted cell")
        << QByteArray("ab\"c\r\n") << 2 << QStringLiteral("quote inside") << Records{{QStringLiteral("ab\"c")}};
    QTest::newRow("invalid UTF-8 byte") << QByteArray("ok,\xFF\r\n") << 3 << QStringLiteral("invalid UTF-8")
                                        << Records{{QStringLiteral("ok"), QStringLiteral("\uFFFD")}};
    QTest::newRow("truncated UTF-8 sequence at the end")
        << QByteArray("ok,\xE6\x94") << 3 << QStringLiteral("invalid UTF-8")
        << Records{{QStringLiteral("ok"), QString::fromUtf8("\xE6\x94")}};
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("a\xED\xA0\x80") << 1 << QStringLiteral("invalid UTF-8")
                                             << Records{{QString::fromUtf8("a\xED\xA0\x80")}};
    QTest::newRow("the earliest problem is the one reported")
        << QByteArray("a\"b,\"c") << 1 << QStringLiteral("quote inside")
        << Records{{QStringLiteral("a\"b"), QStringLiteral("c")}};
}

void TestCsvWriter::parseErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, offset);
    QFETCH(QString, says);
    QFETCH(Records, expected);

    QString error;
    QCOMPARE(test::parseCsv(input, &error), expected);
    QVERIFY2(error.contains(QStringLiteral("byte offset %1").arg(offset)), qPrintable(error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("neutralise");
    QTest::addColumn<quint32>("seed");

    for (quint32 seed = 1; seed <= 6; ++seed) {
        for (const bool bom : {false, true}) {
            for (const bool neutralise : {false, true}) {
                const QByteArray name = "seed " + QByteArray::number(seed) + (bom ? " with BOM" : " without BOM") +
                                        (neutralise ? ", neutralised" : ", not neutralised");
                QTest::newRow(name.constData()) << bom << neutralise << seed;
            }
        }
    }
}

// Property: whatever the cells, parse(data()) gives them back exactly — with an apostrophe in front
// of the neutralised ones, which then no longer look like formulas.
void TestCsvWriter::roundTrip()
{
    QFETCH(bool, bom);
    QFETCH(bool, neutralise);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    Records rows;
    for (int r = 0; r < 300; ++r) {
        QStringList row;
        const int cells = random.bounded(9);
        for (int c = 0; c < cells; ++c)
            row.append(randomCell(random));
        rows.append(row);
    }
    CsvWriter writer({.bom = bom, .neutraliseFormulas = neutralise});
    for (const QStringList& row : rows)
        writer.addRow(row);
    QCOMPARE(writer.data().startsWith("\xEF\xBB\xBF"), bom);
    QVERIFY(writer.data().endsWith("\r\n"));

    QString error;
    const Records read = test::parseCsv(writer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Records expected = readBack(rows, neutralise);
    QCOMPARE(read.size(), expected.size());
    for (qsizetype r = 0; r < read.size(); ++r) {
        QCOMPARE(read[r], expected[r]);
        if (!neutralise)
            continue;
        for (const QString& cell : read[r])
            QVERIFY2(!CsvWriter::looksLikeFormula(cell), qPrintable(cell));
    }
}

void TestCsvWriter::veryLongCellsRoundTrip()
{
    const Records rows = {
        {longTrickyText(1 << 20), QStringLiteral("x")},
        {longPlainText(1 << 20)},
        {u'=' + longTrickyText(300000), u' ' + longPlainText(300000) + u' '},
    };
    CsvWriter writer({.bom = true, .neutraliseFormulas = true});
    for (const QStringList& row : rows)
        writer.addRow(row);
    QString error;
    const Records read = test::parseCsv(writer.data(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(read == readBack(rows, true));
    QCOMPARE(read[2][0].left(2), QStringLiteral("'="));
}

void TestCsvWriter::writeFileReplacesAndLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("报告.csv"));

    CsvWriter writer({.bom = true, .neutraliseFormulas = true});
    writer.addRow({QStringLiteral("地区"), QStringLiteral("数量")});
    writer.addRow({QStringLiteral("博乐市"), QStringLiteral("216259")});
    QString error = QStringLiteral("not cleared");
    QVERIFY2(CsvWriter::writeFile(path, writer.data(), &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readAll(path), writer.data());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("报告.csv")});

    // An existing file is replaced as a whole.
    const QByteArray shorter("a\r\n");
    QVERIFY2(CsvWriter::writeFile(path, shorter, &error), qPrintable(error));
    QCOMPARE(readAll(path), shorter);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("报告.csv")});

    // An empty file can be written too.
    QVERIFY2(CsvWriter::writeFile(path, QByteArray(), &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestCsvWriter::writeFileMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing"));
    const QString path = missing + QStringLiteral("/out.csv");

    QString error;
    QVERIFY(!CsvWriter::writeFile(path, QByteArrayLiteral("a,b\r\n"), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(entries(dir.path()), QStringList{});

    // No error string: still false, no crash.
    QVERIFY(!CsvWriter::writeFile(path, QByteArrayLiteral("a\r\n"), nullptr));
    QVERIFY(!CsvWriter::writeFile(QString(), QByteArrayLiteral("a\r\n"), &error));
    QVERIFY(!error.isEmpty());
}

void TestCsvWriter::writeFileOntoAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("folder.csv"));
    QVERIFY(QDir().mkdir(folder));

    QString error;
    QVERIFY(!CsvWriter::writeFile(folder, QByteArrayLiteral("a\r\n"), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("folder.csv")});
}

void TestCsvWriter::writeFileReadOnlyDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkdir(folder));
    const QString existing = folder + QStringLiteral("/existing.csv");
    const QByteArray old("old,contents\r\n");
    QVERIFY(writeBytes(existing, old));

    QFile folderFile(folder);
    const QFileDevice::Permissions writable = folderFile.permissions();
    QVERIFY(folderFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&] { folderFile.setPermissions(writable); });

    // Root (and some file systems) write into a read-only folder anyway; then there is nothing to test.
    QFile probe(folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QSKIP("this user can write into a read-only folder (running as root?)");
    }

    QString error;
    QVERIFY(!CsvWriter::writeFile(existing, QByteArrayLiteral("new\r\n"), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(existing)), qPrintable(error));
    QVERIFY2(error.size() > QDir::toNativeSeparators(existing).size() + 16, qPrintable(error)); // names a reason
    QCOMPARE(readAll(existing), old);

    const QString fresh = folder + QStringLiteral("/new.csv");
    QVERIFY(!CsvWriter::writeFile(fresh, QByteArrayLiteral("new\r\n"), &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(fresh)), qPrintable(error));
    QCOMPARE(entries(folder), QStringList{QStringLiteral("existing.csv")});
}

// A full disk, simulated with a file size limit (which holds for root too): the write fails half
// way, the existing file keeps its contents and no temporary file is left.
void TestCsvWriter::writeFileDiskFullKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(QStringLiteral("existing.csv"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const QByteArray old("old,contents\r\n");
    QVERIFY(writeBytes(existing, old));
    const QByteArray big(256 * 1024, 'x');

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    if (saved.rlim_max != RLIM_INFINITY && saved.rlim_max < small.rlim_cur)
        small.rlim_cur = saved.rlim_max;
    // Past the limit write() fails with EFBIG instead of the process being killed by SIGXFSZ.
    const auto savedSignal = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(savedSignal != SIG_ERR);
    QString existingError;
    QString freshError;
    bool existingWritten = true;
    bool freshWritten = true;
    if (setrlimit(RLIMIT_FSIZE, &small) == 0) {
        existingWritten = CsvWriter::writeFile(existing, big, &existingError);
        freshWritten = CsvWriter::writeFile(fresh, big, &freshError);
        setrlimit(RLIMIT_FSIZE, &saved);
    } else {
        std::signal(SIGXFSZ, savedSignal);
        QSKIP("cannot set a file size limit");
    }
    std::signal(SIGXFSZ, savedSignal);

    QVERIFY(!existingWritten);
    QVERIFY2(existingError.contains(QDir::toNativeSeparators(existing)), qPrintable(existingError));
    QVERIFY2(existingError.size() > QDir::toNativeSeparators(existing).size() + 16, qPrintable(existingError));
    // The reason is the system's ("File too large"), not Qt's placeholder for a short write.
    QVERIFY2(!existingError.contains(QStringLiteral("Unknown error")), qPrintable(existingError));
    QCOMPARE(readAll(existing), old);
    QVERIFY(!freshWritten);
    QVERIFY2(freshError.contains(QDir::toNativeSeparators(fresh)), qPrintable(freshError));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("existing.csv")});
#else
    QSKIP("needs setrlimit");
#endif
}

void TestCsvWriter::pythonCsvReader_data()
{
    QTest::addColumn<bool>("bom");

    QTest::newRow("UTF-8 with BOM, read as utf-8-sig") << true;
    QTest::newRow("UTF-8 without BOM, read as utf-8") << false;
}

// A real CSV reader (Python's csv module, strict) reads back every tricky cell; neutralised cells come
// back with exactly one apostrophe in front.
void TestCsvWriter::pythonCsvReader()
{
    QFETCH(bool, bom);

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    Records rows = {{QStringLiteral("检查项"), QStringLiteral("单元格"), QStringLiteral("结束")}};
    Records expected = rows;
    for (const Tricky& t : trickyCells()) {
        rows.append({t.what, t.cell, QStringLiteral("end")});
        expected.append({t.what, t.read, QStringLiteral("end")});
    }
    rows.append({QString()});
    expected.append({QString()});
    rows.append({QString(), QString(), QString()});
    expected.append({QString(), QString(), QString()});
    rows.append({QStringLiteral("=1+1")});
    expected.append({QStringLiteral("'=1+1")});

    CsvWriter writer({.bom = bom, .neutraliseFormulas = true});
    for (const QStringList& row : rows)
        writer.addRow(row);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tricky.csv"));
    QString error;
    QVERIFY2(CsvWriter::writeFile(path, writer.data(), &error), qPrintable(error));

    const QString script = QStringLiteral("import csv, json, sys\n"
                                          "csv.field_size_limit(sys.maxsize)\n"
                                          "with open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:\n"
                                          "    rows = list(csv.reader(f, strict=True))\n"
                                          "sys.stdout.write(json.dumps(rows))\n");
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"), script, path, bom ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QByteArray stderrText = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, stderrText.constData());

    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &jsonError);
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));
    QVERIFY(json.isArray());
    Records python3Read;
    for (const QJsonValue& row : json.array()) {
        QVERIFY(row.isArray());
        QStringList cells;
        for (const QJsonValue& cell : row.toArray()) {
            QVERIFY(cell.isString());
            cells.append(cell.toString());
        }
        python3Read.append(cells);
    }

    QCOMPARE(python3Read.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r)
        QCOMPARE(python3Read[r], expected[r]);
    // Spelled out: the neutralised cells carry one apostrophe, the numbers none.
    const auto cellOf = [&](const QString& what) {
        for (const QStringList& row : python3Read) {
            if (row.size() == 3 && row[0] == what)
                return row[1];
        }
        return QString();
    };
    QCOMPARE(cellOf(QStringLiteral("formula")), QStringLiteral("'=SUM(A1)"));
    QCOMPARE(cellOf(QStringLiteral("plus formula")), QStringLiteral("'+1+1"));
    QCOMPARE(cellOf(QStringLiteral("minus formula")), QStringLiteral("'-2+3"));
    QCOMPARE(cellOf(QStringLiteral("at command")), QStringLiteral("'@cmd"));
    QCOMPARE(cellOf(QStringLiteral("leading tab")), QStringLiteral("'\tx"));
    QCOMPARE(cellOf(QStringLiteral("leading carriage return")), QStringLiteral("'\rx"));
    QCOMPARE(cellOf(QStringLiteral("negative integer")), QStringLiteral("-12"));
    QCOMPARE(cellOf(QStringLiteral("negative decimal")), QStringLiteral("-3.5"));

    // Our own reader reads the file the same way.
    const Records ownRead = test::parseCsv(readAll(path), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ownRead == expected);
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestCsvWriter)
#include "TestCsvWriter.moc"
