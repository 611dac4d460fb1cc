// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/DocumentLoader.h"

#include <QFile>
#include <QTest>

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

QString repeated(const QString& piece, int times)
{
    QString s;
    s.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i) {
        s += piece;
    }
    return s;
}

} // namespace

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void convertsSnippets_data();
    void convertsSnippets();
    void savedPageKeepsReportLines_data();
    void savedPageKeepsReportLines();
    void savedPageDropsScriptsStylesAndMarkup_data();
    void savedPageDropsScriptsStylesAndMarkup();
    void savedPageLinesAreClean();
    void malformedInputCompletes_data();
    void malformedInputCompletes();
    void gb2312PageDecodesThroughItsMetaCharset();
    void loaderTurnsPagesIntoText();

private:
    QString m_page;
    QStringList m_pageLines;
};

void TestHtmlText::initTestCase()
{
    const QString html = readUtf8(dataPath(QStringLiteral("html/report_page.html")));
    QVERIFY2(!html.isEmpty(), "tests/data/html/report_page.html is missing");
    m_page = htmlToText(html);
    m_pageLines = m_page.split(u'\n');
}

void TestHtmlText::convertsSnippets_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs become lines")
        << QStringLiteral("<p>一、概述</p><p>二、主动公开情况</p>") << QStringLiteral("一、概述\n二、主动公开情况");
    QTest::newRow("runs of spaces and line breaks collapse to one space")
        << QStringLiteral("<p>open   data\n   portal\t here</p>") << QStringLiteral("open data portal here");
    QTest::newRow("line break in the source between Chinese characters is no space")
        << QStringLiteral("<p>主动公开\n    政府信息</p>") << QStringLiteral("主动公开政府信息");
    QTest::newRow("br ends a line") << QStringLiteral("第一行<br>第二行<BR/>第三行")
                                    << QStringLiteral("第一行\n第二行\n第三行");
    QTest::newRow("repeated br gives at most one blank line")
        << QStringLiteral("上<br><br><br><br>下") << QStringLiteral("上\n\n下");
    QTest::newRow("empty paragraphs give no lines")
        << QStringLiteral("<p>a</p><p>&nbsp;</p><p> </p><p>b</p>") << QStringLiteral("a\nb");
    QTest::newRow("named entities are decoded")
        << QStringLiteral("&lt;&gt;&amp;&quot;&apos;&ldquo;x&rdquo;&mdash;&hellip;&middot;&copy;")
        << QStringLiteral("<>&\"'“x”—…·©");
    QTest::newRow("numeric entities are decoded")
        << QStringLiteral("&#123;&#x4e00;&#X4E8C;&#19977;&#65292;") << QStringLiteral("{一二三，");
    QTest::newRow("numeric entity in the windows-1252 range") << QStringLiteral("a&#150;b") << QStringLiteral("a–b");
    QTest::newRow("invalid numeric entity becomes a replacement character")
        << QStringLiteral("a&#0;b&#xD800;c") << QStringLiteral("a\uFFFDb\uFFFDc");
    QTest::newRow("nbsp entities collapse to one space")
        << QStringLiteral("<p>数量&nbsp;&nbsp;&nbsp;12</p>") << QStringLiteral("数量 12");
    QTest::newRow("nbsp indentation is trimmed")
        << QStringLiteral("<p>&nbsp;&nbsp;&nbsp;&nbsp;&emsp;&emsp;正文</p>") << QStringLiteral("正文");
    QTest::newRow("legacy entity without semicolon is decoded")
        << QStringLiteral("AT&amp T&nbsp1") << QStringLiteral("AT& T 1");
    QTest::newRow("unknown entity stays as written")
        << QStringLiteral("&unknown; & &;") << QStringLiteral("&unknown; & &;");
    QTest::newRow("table rows become tab-separated lines")
        << QStringLiteral("<table><tr><td>规章</td><td>0</td></tr><tr><th>合计</th><td>12</td></tr></table>")
        << QStringLiteral("规章\t0\n合计\t12");
    QTest::newRow("line breaks inside a cell become spaces")
        << QStringLiteral("<table><tr><td><p>本年新</p><p>制作数量</p></td><td>本年新<br>公开数量</td></tr></table>")
        << QStringLiteral("本年新 制作数量\t本年新 公开数量");
    QTest::newRow("leading empty cell is kept and trailing empty cells are dropped")
        << QStringLiteral("<table><tr><td></td><td>5</td><td> </td><td></td></tr></table>") << QStringLiteral("\t5");
    QTest::newRow("rows without closing tags still split")
        << QStringLiteral("<table><tr><td>a<td>b<tr><td>c<td>d</table>after") << QStringLiteral("a\tb\nc\td\nafter");
    QTest::newRow("text around a table stays on its own lines")
        << QStringLiteral("前言<table><tr><td>x</td></tr></table>结语") << QStringLiteral("前言\nx\n结语");
    QTest::newRow("nested table rows become their own lines")
        << QStringLiteral("<table><tr><td><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr>"
                          "</table></td></tr></table>")
        << QStringLiteral("a\t1\nb\t2");
    QTest::newRow("layout table holding a whole report keeps its paragraphs")
        << QStringLiteral("<table><tr><td>导航</td><td>") +
               repeated(QStringLiteral("<p>这是一段很长的报告正文。</p>"), 40) + QStringLiteral("</td></tr></table>")
        << QStringLiteral("导航\n") + repeated(QStringLiteral("这是一段很长的报告正文。\n"), 39) +
               QStringLiteral("这是一段很长的报告正文。");
    QTest::newRow("script and style contents are dropped")
        << QStringLiteral("a<script>var x = '<p>1</p>'; if (a < b) {}</script>b<style>p { color: red }</style>c")
        << QStringLiteral("abc");
    QTest::newRow("script end tag is found case-insensitively")
        << QStringLiteral("a<SCRIPT type=\"text/javascript\">x</scriptx>y</SCRIPT >b") << QStringLiteral("ab");
    QTest::newRow("comments are dropped")
        << QStringLiteral("a<!-- 注释 <p>x</p> -->b<!---->c<!-->d") << QStringLiteral("abcd");
    QTest::newRow("doctype, processing instruction and CDATA are dropped")
        << QStringLiteral("<!DOCTYPE html><?xml version=\"1.0\"?><![CDATA[x]]>text") << QStringLiteral("text");
    QTest::newRow("title becomes the first line")
        << QStringLiteral("<html><head><title> 2019年\n 年度报告 </title><meta charset=\"utf-8\"></head>"
                          "<body><p>正文</p></body></html>")
        << QStringLiteral("2019年年度报告\n正文");
    QTest::newRow("title inside the body is dropped")
        << QStringLiteral("<body><p>a</p><svg><title>图表</title></svg><title>x</title><p>b</p></body>")
        << QStringLiteral("a\nb");
    QTest::newRow("noscript, template, select and textarea contents are dropped")
        << QStringLiteral("a<noscript>n</noscript><template><p>t</p></template><select><option>友情链接</option>"
                          "</select><textarea>x</textarea>b")
        << QStringLiteral("ab");
    QTest::newRow("attributes may hold angle brackets")
        << QStringLiteral("<a title=\"a > b\" href='x>y'>链接</a>") << QStringLiteral("链接");
    QTest::newRow("images and inputs give no text")
        << QStringLiteral("<img src=\"logo.png\" alt=\"标志\"><input value=\"关键字\">文字") << QStringLiteral("文字");
    QTest::newRow("list items become lines")
        << QStringLiteral("<ul><li>首页</li><li>政务公开</li></ul>") << QStringLiteral("首页\n政务公开");
    QTest::newRow("headings become lines")
        << QStringLiteral("<h1>标题</h1>正文<h2>小标题</h2>") << QStringLiteral("标题\n正文\n小标题");
    QTest::newRow("preformatted text keeps its spaces and lines")
        << QStringLiteral("<pre>\n项目   数量\n规章   12</pre>") << QStringLiteral("项目   数量\n规章   12");
    QTest::newRow("uppercase tags work") << QStringLiteral("<P>a</P><DIV>b</DIV>") << QStringLiteral("a\nb");
    QTest::newRow("stray less-than signs stay in the text")
        << QStringLiteral("<p>1 < 2 and 3<4, a <= b</p>") << QStringLiteral("1 < 2 and 3<4, a <= b");
    QTest::newRow("page ending inside a tag drops the tag")
        << QStringLiteral("正文<p class=\"x") << QStringLiteral("正文");
    QTest::newRow("unterminated comment runs to the end")
        << QStringLiteral("正文<!-- 注释 <p>x</p>") << QStringLiteral("正文");
    QTest::newRow("unterminated attribute quote ends at the next bracket")
        << QStringLiteral("<p title=\"x>y</p><p>z</p>") << QStringLiteral("y\nz");
    QTest::newRow("unclosed script drops the rest") << QStringLiteral("a<script>var x = 1;") << QStringLiteral("a");
    QTest::newRow("carriage returns are whitespace")
        << QStringLiteral("<p>a\r\nb</p>\r\n<p>c</p>") << QStringLiteral("a b\nc");
    QTest::newRow("empty input gives empty text") << QString() << QString();
}

void TestHtmlText::convertsSnippets()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(htmlToText(html), expected);
}

void TestHtmlText::savedPageKeepsReportLines_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("title is the first line")
        << QStringLiteral("博乐市人民政府2017年政府信息公开工作年度报告 - 博乐市人民政府");
    QTest::newRow("navigation menu items stay as lines") << QStringLiteral("政务公开");
    QTest::newRow("breadcrumb keeps its separators") << QStringLiteral("当前位置:首页 > 政务公开 > 信息年度报告");
    QTest::newRow("heading split by br") << QStringLiteral("工作年度报告");
    QTest::newRow("paragraph wrapped in the source is one line")
        << QStringLiteral("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的相关要求，"
                          "博乐市对2017年政府信息公开进行梳理和汇总,形成本报告。");
    QTest::newRow("bold section heading") << QStringLiteral("一、概述");
    QTest::newRow("paragraph with inline markup and entities")
        << QStringLiteral("2017年,博乐市主动公开政府信息9616条,“三公经费”预算公开率100%——全部公开…");
    QTest::newRow("numeric and named entities in one line")
        << QStringLiteral("联系电话:0909-2277416，电子邮箱:xjbole@126.com & 地址:前程路1号");
    QTest::newRow("table title row spanning all columns") << QStringLiteral("第二十条第(一)项");
    QTest::newRow("table header row with br inside cells")
        << QStringLiteral("信息内容\t本年新 制作数量\t本年新 公开数量\t对外公开总数量");
    QTest::newRow("table data row") << QStringLiteral("规章\t0\t0\t12");
    QTest::newRow("table row with whitespace and paragraphs inside cells") << QStringLiteral("规范性文件\t4\t4\t56");
    QTest::newRow("table row starting a rowspan with a colspan cell")
        << QStringLiteral("行政许可\t处理决定数量\t1,093");
    QTest::newRow("table row under a rowspan with an nbsp-padded cell") << QStringLiteral("其中:当场办结\t998");
    QTest::newRow("paragraph after the table")
        << QStringLiteral("2017年收到公民要求办理依申请公开事项1次,并按时进行答复。");
    QTest::newRow("footer copyright line") << QStringLiteral("版权所有©博乐市人民政府 新ICP备05000001号-1");
    QTest::newRow("visitor counter line without its script") << QStringLiteral("您是本站第位访问者");
}

void TestHtmlText::savedPageKeepsReportLines()
{
    QFETCH(QString, line);
    QVERIFY2(m_pageLines.contains(line),
             qPrintable(QStringLiteral("missing line: %1\n--- page text:\n%2").arg(line, m_page)));
    if (QByteArray(QTest::currentDataTag()) == "title is the first line") {
        QCOMPARE(m_pageLines.first(), line);
    }
}

void TestHtmlText::savedPageDropsScriptsStylesAndMarkup_data()
{
    QTest::addColumn<QString>("absent");

    QTest::newRow("numbers inside scripts") << QStringLiteral("32456");
    QTest::newRow("markup written by a script") << QStringLiteral("99999");
    QTest::newRow("script variable names") << QStringLiteral("_hmt");
    QTest::newRow("visitor counter written by a script") << QStringLiteral("12345678");
    QTest::newRow("style rules") << QStringLiteral("font-family");
    QTest::newRow("noscript message") << QStringLiteral("您的浏览器不支持脚本");
    QTest::newRow("search button text") << QStringLiteral("搜索");
    QTest::newRow("search box value") << QStringLiteral("请输入关键字");
    QTest::newRow("image alt text") << QStringLiteral("logo");
    QTest::newRow("tags") << QStringLiteral("<p");
    QTest::newRow("closing tags") << QStringLiteral("</");
    QTest::newRow("nbsp entity") << QStringLiteral("&nbsp");
    QTest::newRow("ldquo entity") << QStringLiteral("&ldquo");
    QTest::newRow("comment text") << QStringLiteral("正文开始");
    QTest::newRow("non-breaking spaces") << QStringLiteral("\u00A0");
}

void TestHtmlText::savedPageDropsScriptsStylesAndMarkup()
{
    QFETCH(QString, absent);
    QVERIFY2(!m_page.contains(absent), qPrintable(QStringLiteral("found %1 in:\n%2").arg(absent, m_page)));
}

void TestHtmlText::savedPageLinesAreClean()
{
    QVERIFY(!m_page.contains(QStringLiteral("\n\n\n")));
    QVERIFY(!m_page.startsWith(u'\n'));
    QVERIFY(!m_page.endsWith(u'\n'));
    for (const QString& line : m_pageLines) {
        if (line.isEmpty()) {
            continue;
        }
        QVERIFY2(!line.front().isSpace() && !line.back().isSpace(), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("  ")), qPrintable(line));
    }
}

void TestHtmlText::malformedInputCompletes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("100000 nested divs") << repeated(QStringLiteral("<div>"), 100000) + QStringLiteral("深处") +
                                               repeated(QStringLiteral("</div>"), 100000)
                                        << QStringLiteral("深处");
    QTest::newRow("100000 nested tables")
        << repeated(QStringLiteral("<table><tr><td>"), 100000) + QStringLiteral("格") << QStringLiteral("格");
    QTest::newRow("100000 unclosed spans and fonts")
        << repeated(QStringLiteral("<span><font color=red><b>"), 100000) + QStringLiteral("字") << QStringLiteral("字");
    QTest::newRow("100000 stray less-than signs")
        << repeated(QStringLiteral("< "), 100000) + QStringLiteral("尾") << QStringLiteral("尾");
    QTest::newRow("100000 unterminated attribute quotes")
        << repeated(QStringLiteral("<a title=\"x>y"), 100000) << QStringLiteral("y");
    QTest::newRow("100000 comment openers")
        << QStringLiteral("头") + repeated(QStringLiteral("<!-"), 100000) << QStringLiteral("头");
    QTest::newRow("100000 script openers without end")
        << QStringLiteral("头") + repeated(QStringLiteral("<script>"), 100000) << QStringLiteral("头");
    QTest::newRow("100000 incomplete entities") << repeated(QStringLiteral("&#x&amp"), 100000) << QStringLiteral("&");
    QTest::newRow("100000 cells in one row")
        << QStringLiteral("<table><tr>") + repeated(QStringLiteral("<td>1</td>"), 100000) << QStringLiteral("1\t1\t1");
    QTest::newRow("one megabyte of text without markup")
        << repeated(QStringLiteral("政府信息公开工作年度报告。"), 80000) << QStringLiteral("年度报告");
}

void TestHtmlText::malformedInputCompletes()
{
    QFETCH(QString, html);
    QFETCH(QString, mustContain);
    // Linear time and no recursion: CTest's timeout catches a hang; no clock is read here.
    const QString text = htmlToText(html);
    QVERIFY2(text.contains(mustContain), qPrintable(text.left(200)));
}

void TestHtmlText::gb2312PageDecodesThroughItsMetaCharset()
{
    const QString path = dataPath(QStringLiteral("html/report_gb2312.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(QString::fromUtf8(bytes).contains(QChar(0xFFFD)), "the fixture must not be UTF-8");
    QCOMPARE(DocumentLoader::detectEncoding(bytes), QStringLiteral("GB18030"));

    const LoadResult result = DocumentLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.encoding, QStringLiteral("GB18030"));
    QCOMPARE(result.document.format, SourceFormat::Html);
    const QStringList lines = result.document.original.split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("2019年政府信息公开工作年度报告"));
    QVERIFY2(lines.contains(QStringLiteral("本报告由市政府办公室编制。全年主动公开政府信息1234条。")),
             qPrintable(result.document.original));
    QVERIFY2(lines.contains(QStringLiteral("收到申请数\t56")), qPrintable(result.document.original));
    QVERIFY(result.document.normalised.contains(QStringLiteral("收到申请数\t56")));
}

void TestHtmlText::loaderTurnsPagesIntoText()
{
    const LoadResult result = DocumentLoader::loadFile(dataPath(QStringLiteral("html/report_page.html")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.format, SourceFormat::Html);
    QCOMPARE(result.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result.document.original, m_page);
    QCOMPARE(result.document.toOriginal.size(), result.document.normalised.size() + 1);
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestHtmlText)
#include "TestHtmlText.moc"
