// SPDX-License-Identifier: GPL-3.0-or-later
// Tables written with `|` and markdown files: the rows they become, and that the template's table readers read
// them as they read a web page's rows, with evidence on the text shown.
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "document/text/MarkdownText.h"
#include "document/text/PipeTables.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"

#include "ProgramRun.h"
#include "import/ReportFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace jiaohe {

namespace {

const QString Tab = QStringLiteral("\t");

// Table 3's first rows as a web page gives them, and the same rows written with `|`.
QString table3Html()
{
    return QStringLiteral(
        "<html><body><p>某县水务局2022年政府信息公开工作年度报告</p>"
        "<p>三、收到和处理政府信息公开申请情况</p><table>"
        "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        "<td colspan=\"7\">申请人情况</td></tr>"
        "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
        "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>12</td><td>3</td><td>0</td><td>0</td>"
        "<td>1</td><td>0</td><td>16</td></tr>"
        "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td>"
        "<td>0</td><td>0</td><td>1</td></tr>"
        "</table></body></html>");
}

QString table3Pipes()
{
    return QStringLiteral(
        "某县水务局2022年政府信息公开工作年度报告\n"
        "三、收到和处理政府信息公开申请情况\n"
        "| Column1 | Column2 | Column3 | Column4 | Column5 | Column6 | Column7 | Column8 |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | | |\n"
        "| | 自然人 | 法人或其他组织 | | | | | 总计 |\n"
        "| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |\n"
        "| 一、本年新收政府信息公开申请数量 | 12 | 3 | 0 | 0 | 1 | 0 | 16 |\n"
        "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n");
}

Analysis analyse(const QString& text, const QString& name)
{
    LoadResult loaded = DocumentLoader::loadBytes(text.toUtf8(), name);
    if (!loaded.ok()) {
        Analysis failed;
        failed.error = loaded.error;
        return failed;
    }
    return Analysis::ofDocument(std::move(loaded.document), Extractor(), Checker());
}

double fieldValue(const Analysis& a, const char* key, bool* found)
{
    const ExtractedField* f = a.extraction.field(QString::fromLatin1(key));
    *found = f != nullptr;
    return f ? f->value : -1;
}

} // namespace

class TestPipeTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void markdown_data();
    void markdown();
    void tableReadersReadPipeRowsAsWebRows();
    void evidenceLandsOnTheTextShown();
    void textWithoutBarsIsUntouched();
    void folderScansAndCheckTakeEveryForm();
};

void TestPipeTables::rows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rows");

    QTest::newRow("cells become tab-separated, empty cells kept")
        << QStringLiteral("| 本年新收 | 5 | | 3 |") << QStringLiteral("本年新收\t5\t\t3");
    QTest::newRow("trailing empty cells dropped as a web page's are")
        << QStringLiteral("| 本年新收 | 5 | | |") << QStringLiteral("本年新收\t5");
    QTest::newRow("empty cells of a merged label go, blank cells among figures stay")
        << QStringLiteral("| 一、本年新收 | | | 38 | | 0 |\n| 三、办理结果 | （一）予以公开 | | 17 | 2 | 0 |\n"
                          "| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 |")
        << QStringLiteral("一、本年新收\t38\t\t0\n三、办理结果\t（一）予以公开\t17\t2\t0\n（三）不予公开\t1."
                          "属于国家秘密\t0\t0\t0");
    QTest::newRow("a blank marked with a dash is a figure")
        << QStringLiteral("| 规章 | — | | 0 |") << QStringLiteral("规章\t—\t\t0");
    QTest::newRow("separator line dropped, real header kept")
        << QStringLiteral("| 项目 | 数量 |\n|:---|---:|\n| 规章 | 0 |") << QStringLiteral("项目\t数量\n规章\t0");
    QTest::newRow("invented header Column1… dropped with its separator")
        << QStringLiteral("| Column1 | Column2 |\n| --- | --- |\n| 规章 | 2 |") << QStringLiteral("规章\t2");
    QTest::newRow("invented header 列1 dropped")
        << QStringLiteral("|列1|列2|列3|\n|-|-|-|\n|规范性文件|4|1|") << QStringLiteral("规范性文件\t4\t1");
    QTest::newRow("empty header dropped")
        << QStringLiteral("| | |\n|---|---|\n| 规章 | 2 |") << QStringLiteral("规章\t2");
    QTest::newRow("pandas column numbers dropped")
        << QStringLiteral("|    |   0 |   1 |\n|---:|----:|----:|\n|  0 | 规章 |   2 |")
        << QStringLiteral("0\t规章\t2");
    QTest::newRow("a real first row is no invented header")
        << QStringLiteral("| 规章 | 2 | 0 |\n|---|---|---|\n| 规范性文件 | 4 | 1 |")
        << QStringLiteral("规章\t2\t0\n规范性文件\t4\t1");
    QTest::newRow("several small tables, each with its header")
        << QStringLiteral("| Col1 | Col2 |\n|---|---|\n| 规章 | 2 |\n\n| Col1 | Col2 |\n|---|---|\n| 规范性文件 | 4 |")
        << QStringLiteral("规章\t2\n\n规范性文件\t4");
    QTest::newRow("grid table borders dropped")
        << QStringLiteral("+----+----+\n| 规章 | 2 |\n+====+====+") << QStringLiteral("规章\t2");
    QTest::newRow("row without the closing bar") << QStringLiteral("| 规章 | 2") << QStringLiteral("规章\t2");
    QTest::newRow("full-width bars") << QStringLiteral("｜规章｜2｜") << QStringLiteral("规章\t2");
    QTest::newRow("escaped bar stays in its cell") << QStringLiteral("| a \\| b | 2 |") << QStringLiteral("a | b\t2");
    QTest::newRow("<br> in a cell is a space, bold marks go")
        << QStringLiteral("| 行政<br>复议 | **3** |") << QStringLiteral("行政 复议\t3");
    QTest::newRow("a line with one bar is text")
        << QStringLiteral("|说明：单位为件") << QStringLiteral("|说明：单位为件");
    QTest::newRow("text around tables kept line for line") << QStringLiteral("一、总体情况\n| 规章 | 2 |\n二、主动公开")
                                                           << QStringLiteral("一、总体情况\n规章\t2\n二、主动公开");
}

void TestPipeTables::rows()
{
    QFETCH(QString, text);
    QFETCH(QString, rows);
    QCOMPARE(pipeTablesToRows(text), rows);
}

void TestPipeTables::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("heading marks go") << QStringLiteral("# 某镇2020年政府信息公开工作年度报告\n## 一、总体情况 ##")
                                      << QStringLiteral("某镇2020年政府信息公开工作年度报告\n一、总体情况");
    QTest::newRow("emphasis, quotes and escapes go")
        << QStringLiteral("> **本年度**共收到申请\\*12件") << QStringLiteral("本年度共收到申请*12件");
    QTest::newRow("image lines and comments become empty lines")
        << QStringLiteral("正文\n![](images/p1.jpg)\n<!-- image -->\n结尾") << QStringLiteral("正文\n\n\n结尾");
    QTest::newRow("links keep their words")
        << QStringLiteral("详见[附件](http://x.gov.cn/a.doc)。") << QStringLiteral("详见附件。");
    QTest::newRow("HTML table inside markdown read as a web page's")
        << QStringLiteral("表格如下：\n<table><tr><td>规章</td><td>2</td><td></td><td>0</td></tr>"
                          "<tr><td colspan=\"2\">规范性文件</td><td>4</td></tr></table>\n下文")
        << QStringLiteral("表格如下：\n\n规章\t2\t\t0\n规范性文件\t4\n\n下文");
    QTest::newRow("pipe table in markdown")
        << QStringLiteral("## 二、主动公开\n| Column1 | Column2 |\n|---|---|\n| 规章 | 2 |")
        << QStringLiteral("二、主动公开\n规章\t2");
    QTest::newRow("unclosed HTML table runs to the end")
        << QStringLiteral("a\n<table><tr><td>规章</td><td>2</td>") << QStringLiteral("a\n\n规章\t2");
}

void TestPipeTables::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(markdownToText(markdown), text);
}

// The same table as a web page and written with `|` gives the same cells of table 3.
void TestPipeTables::tableReadersReadPipeRowsAsWebRows()
{
    const Analysis web = analyse(table3Html(), QStringLiteral("report.html"));
    QVERIFY2(web.ok(), qPrintable(web.error));
    for (const QString& name : {QStringLiteral("report.txt"), QStringLiteral("report.md")}) {
        const Analysis pipes = analyse(table3Pipes(), name);
        QVERIFY2(pipes.ok(), qPrintable(pipes.error));
        QVERIFY2(!pipes.document.original.contains(u'|'), qPrintable(pipes.document.original));
        for (const char* key : {"t3.new.person", "t3.new.business", "t3.new.other_org", "t3.new.total",
                                "t3.carried_over.person", "t3.carried_over.total"}) {
            bool inWeb = false;
            bool inPipes = false;
            const double w = fieldValue(web, key, &inWeb);
            const double p = fieldValue(pipes, key, &inPipes);
            QVERIFY2(inWeb, key);
            QVERIFY2(inPipes, qPrintable(name + u' ' + QString::fromLatin1(key)));
            QCOMPARE(p, w);
        }
    }
}

// The reviewer sees the rows without their bars; a field's evidence is cut from that text.
void TestPipeTables::evidenceLandsOnTheTextShown()
{
    const LoadResult loaded = DocumentLoader::loadBytes(table3Pipes().toUtf8(), QStringLiteral("report.md"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(
        loaded.document.original.contains(QStringLiteral("一、本年新收政府信息公开申请数量\t12\t3\t0\t0\t1\t0\t16")));
    const Extraction ex = Extractor().extract(loaded.document);
    const ExtractedField* total = ex.field(QStringLiteral("t3.new.total"));
    QVERIFY(total);
    QCOMPARE(loaded.document.original.mid(total->start, total->end - total->start), QStringLiteral("16"));
    const qsizetype lineStart = loaded.document.original.lastIndexOf(u'\n', total->start) + 1;
    QVERIFY(loaded.document.original.mid(lineStart, total->start - lineStart).startsWith(u"一、本年新收"));
}

void TestPipeTables::textWithoutBarsIsUntouched()
{
    const QByteArray text("某镇2019年政府信息公开工作年度报告\n全年主动公开政府信息56条。\n");
    const LoadResult loaded = DocumentLoader::loadBytes(text, QStringLiteral("a.txt"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.document.original, QString::fromUtf8(text));
    QCOMPARE(int(loaded.document.format), int(SourceFormat::PlainText));
    const LoadResult md = DocumentLoader::loadBytes(text, QStringLiteral("a.md"));
    QVERIFY(md.ok());
    QCOMPARE(md.document.original, QString::fromUtf8(text));
}

// A folder holding a report in every form: the scan lists each (and nothing else), and `jiaohe check` reads the
// markdown one's table.
void TestPipeTables::folderScansAndCheckTakeEveryForm()
{
    QTemporaryDir dir;
    const QStringList reports = {QStringLiteral("a.md"),  QStringLiteral("b.markdown"), QStringLiteral("c.docx"),
                                 QStringLiteral("d.doc"), QStringLiteral("e.wps"),      QStringLiteral("f.mhtml"),
                                 QStringLiteral("g.mht"), QStringLiteral("h.txt"),      QStringLiteral("i.html"),
                                 QStringLiteral("j.pdf")};
    for (const QString& name : reports + QStringList{QStringLiteral("notes.xlsx"), QStringLiteral("scan.png")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(name == u"a.md" ? table3Pipes().toUtf8() : QByteArray("x"));
    }
    QStringList found;
    for (const QString& path : collectReportFiles({dir.path()})) {
        found.append(QFileInfo(path).fileName());
    }
    QCOMPARE(found, reports);
    QVERIFY(reportSuffixesText().contains(QStringLiteral(".md, ")));

    const test::ProgramRun run =
        test::runProgram(QStringLiteral(JIAOHE_BINARY),
                         {QStringLiteral("check"), QStringLiteral("--json"), dir.filePath(QStringLiteral("a.md"))});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.out.contains(QStringLiteral("\"t3.new.total\"")), qPrintable(run.out + run.err));
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestPipeTables)
#include "TestPipeTables.moc"
