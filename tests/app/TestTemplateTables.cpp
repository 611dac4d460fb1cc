// SPDX-License-Identifier: GPL-3.0-or-later
// The 2019/2021 template's tables read into t2/t3/t4 fields: version recognition, blank cells, notes
// in cells, vertical labels, typo'd labels, tables split across pages, evidence spans.
#include "check/Checker.h"
#include "document/Document.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"
#include "extract/TemplateShape.h"

#include <QTest>

using namespace jiaohe;

namespace {

const QString kSeven = QStringLiteral("0 0 0 0 0 0 0");

// Table 2 of the 2021 template as text rows.
QString table2021(const QString& rulesRow = QStringLiteral("规章 0 0 0"))
{
    return QStringLiteral("二、主动公开政府信息情况\n"
                          "第二十条第（一）项\n"
                          "信息内容 本年制发件数 本年废止件数 现行有效件数\n") +
           rulesRow +
           QStringLiteral("\n行政规范性文件 9 2 37\n"
                          "第二十条第（五）项\n"
                          "信息内容 本年处理决定数量\n"
                          "行政许可 4,215\n"
                          "第二十条第（六）项\n"
                          "信息内容 本年处理决定数量\n"
                          "行政处罚 863\n"
                          "行政强制 27\n"
                          "第二十条第（八）项\n"
                          "信息内容 本年收费金额（单位：万元）\n"
                          "行政事业性收费 356.42\n");
}

QString table2019()
{
    return QStringLiteral("二、主动公开政府信息情况\n"
                          "第二十条第（一）项\n"
                          "信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n"
                          "规章 0 0 0\n"
                          "规范性文件 6 6 58\n"
                          "第二十条第（五）项\n"
                          "信息内容 上一年项目数量 本年增/减 处理决定数量\n"
                          "行政许可 14 -2 1326\n"
                          "其他对外管理服务事项 5 0 211\n"
                          "第二十条第（六）项\n"
                          "信息内容 上一年项目数量 本年增/减 处理决定数量\n"
                          "行政处罚 37 +3 92\n"
                          "行政强制 4 0 6\n"
                          "第二十条第（八）项\n"
                          "信息内容 上一年项目数量 本年增/减\n"
                          "行政事业性收费 3 -1\n"
                          "第二十条第（九）项\n"
                          "信息内容 采购项目数量 采购总金额\n"
                          "政府集中采购 17 2384.5\n");
}

// Table 3 rows, one a line; `split` gives the 2021 version's three 其他处理 rows.
QString table3(bool split, const QString& deniedLawLabel = QStringLiteral("2.其他法律行政法规禁止公开"))
{
    QString t = QStringLiteral("三、收到和处理政府信息公开申请情况\n"
                               "申请人情况\n"
                               "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
                               "一、本年新收政府信息公开申请数量 20 3 0 0 1 0 24\n"
                               "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n"
                               "三、本年度办理结果\n"
                               "（一）予以公开 10 1 0 0 0 0 11\n"
                               "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2 0 0 0 0 0 2\n"
                               "（三）不予公开\n"
                               "1.属于国家秘密 0 0 0 0 0 0 0\n");
    t += deniedLawLabel + QStringLiteral(" 1 0 0 0 0 0 1\n");
    t += QStringLiteral("3.危及“三安全一稳定” ") + kSeven + u'\n';
    t += QStringLiteral("4.保护第三方合法权益 ") + kSeven + u'\n';
    t += QStringLiteral("5.属于三类内部事务信息 ") + kSeven + u'\n';
    t += QStringLiteral("6.属于四类过程性信息 ") + kSeven + u'\n';
    t += QStringLiteral("7.属于行政执法案卷 ") + kSeven + u'\n';
    t += QStringLiteral("8.属于行政查询事项 ") + kSeven + u'\n';
    t += QStringLiteral("（四）无法提供\n1.本机关不掌握相关政府信息 5 1 0 0 0 0 6\n");
    t += QStringLiteral("2.没有现成信息需要另行制作 ") + kSeven + u'\n';
    t += QStringLiteral("3.补正后申请内容仍不明确 ") + kSeven + u'\n';
    t += QStringLiteral("（五）不予处理\n1.信访举报投诉类申请 2 0 0 0 0 0 2\n");
    t += QStringLiteral("2.重复申请 ") + kSeven + u'\n';
    t += QStringLiteral("3.要求提供公开出版物 ") + kSeven + u'\n';
    t += QStringLiteral("4.无正当理由大量反复申请 ") + kSeven + u'\n';
    t += QStringLiteral("5.要求行政机关确认或重新出具已获取信息 ") + kSeven + u'\n';
    if (split) {
        t += QStringLiteral("（六）其他处理\n"
                            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 1 0 0 0 0 0 1\n"
                            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ") +
             kSeven + QStringLiteral("\n3.其他 0 1 0 0 0 0 1\n");
    } else {
        t += QStringLiteral("（六）其他处理 1 1 0 0 0 0 2\n");
    }
    t += QStringLiteral("（七）总计 20 3 0 0 0 0 23\n"
                        "四、结转下年度继续办理 1 0 0 0 1 0 2\n");
    return t;
}

QString table4(const QString& row = QStringLiteral("2 0 1 0 3 1 0 0 1 2 0 0 0 0 0"))
{
    return QStringLiteral("四、政府信息公开行政复议、行政诉讼情况\n"
                          "行政复议 行政诉讼\n"
                          "未经复议直接起诉 复议后起诉\n"
                          "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 "
                          "结果维持 结果纠正 其他结果 尚未审结 总计\n") +
           row + QStringLiteral("\n五、存在的主要问题及改进情况\n一是培训不足。\n");
}

QString report(int year, const QString& tables)
{
    return QStringLiteral("某县人民政府%1年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息1200条。\n")
               .arg(year) +
           tables;
}

Extraction extract(const QString& text)
{
    return Extractor().extract(Document::fromPlainText(text));
}

double valueOf(const Extraction& ex, const QString& key)
{
    const ExtractedField* f = ex.field(key);
    return f ? f->value : -1e9;
}

} // namespace

class TestTemplateTables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_data();
    void version();
    void cellsByKey();
    void blankCells();
    void noteInCell();
    void typoLabel();
    void cellsOneSpaceApart();
    void verticalLabel();
    void columnBlocks();
    void pageBreak();
    void numberedLabelBeforeItsCells();
    void sequenceColumnInPdfText();
    void htmlBlankCells();
    void table4OutOfOrder();
    void evidenceOnTheNumber();
    void narrativeSkipsTables();
    void numberingSkipsTableRows();
    void noTemplateNoTables();
    void catalogueHasEveryKey();
    void catalogueCellsFromTemplate();
    void templateShapeErrors_data();
    void templateShapeErrors();
};

void TestTemplateTables::version_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("key");

    QTest::newRow("2021 headers") << report(2022, table2021() + table3(true) + table4()) << 2021
                                  << QStringLiteral("t2.rules.issued");
    QTest::newRow("2019 headers") << report(2019, table2019() + table3(false) + table4()) << 2019
                                  << QStringLiteral("t2.rules.made");
    QTest::newRow("2021 tables in a report labelled 2019")
        << report(2019, table2021() + table3(true) + table4()) << 2021 << QStringLiteral("t2.normative.in_force");
    QTest::newRow("2019 tables in a report labelled 2023")
        << report(2023, table2019() + table3(false) + table4()) << 2019 << QStringLiteral("t2.procurement.amount");
    QTest::newRow("no table 2: three 其他处理 rows say 2021")
        << report(2022, table3(true) + table4()) << 2021 << QStringLiteral("t3.other.no_correction.total");
}

void TestTemplateTables::version()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(QString, key);
    const Extraction ex = extract(text);
    QCOMPARE(ex.templateVersion, version);
    QVERIFY2(ex.field(key), qPrintable(key));
}

void TestTemplateTables::cellsByKey()
{
    const Extraction ex = extract(report(2022, table2021() + table3(true) + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t2.licensing.decisions")), 4215.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t2.fees.amount")), 356.42);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.new.person")), 20.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.new.legal_services")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.new.total")), 24.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.business")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.other.other.business")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.carried_forward.total")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.total")), 3.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.pending")), 1.0);
    // Summary fields from the tables when the narrative does not give them.
    QCOMPARE(valueOf(ex, QStringLiteral("requests.total")), 24.0);
    QCOMPARE(valueOf(ex, QStringLiteral("requests.answered")), 23.0);
    QCOMPARE(valueOf(ex, QStringLiteral("appeals.reconsideration")), 3.0);
    QCOMPARE(valueOf(ex, QStringLiteral("appeals.lawsuit")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("outcome.denied")), 1.0);
    // 2019 rows are not there.
    QVERIFY(!ex.field(QStringLiteral("t3.other.total")));
    QVERIFY(!ex.field(QStringLiteral("t2.rules.made")));
}

void TestTemplateTables::blankCells()
{
    const Extraction ex = extract(report(2022, table2021(QStringLiteral("规章 — / 无")) + table3(true) +
                                                   table4(QStringLiteral("2 0 1 0 3 - - - - 0 0 0 0 0 0"))));
    for (const QString& key : {QStringLiteral("t2.rules.issued"), QStringLiteral("t2.rules.repealed"),
                               QStringLiteral("t2.rules.in_force"), QStringLiteral("t4.lawsuit_direct.upheld")}) {
        const ExtractedField* f = ex.field(key);
        QVERIFY2(f, qPrintable(key));
        QVERIFY2(f->blank, qPrintable(key));
        QCOMPARE(f->value, 0.0);
    }
    QVERIFY(!ex.field(QStringLiteral("t4.lawsuit_direct.total"))->blank);
    QVERIFY(!ex.field(QStringLiteral("t2.normative.issued"))->blank);
}

void TestTemplateTables::noteInCell()
{
    const Extraction ex =
        extract(report(2022, table2021().replace(QStringLiteral("行政规范性文件 9 2 37"),
                                                 QStringLiteral("行政规范性文件 22（其中修订16件） 2 37")) +
                                 table3(true) + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t2.normative.issued")), 22.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t2.normative.repealed")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t2.normative.in_force")), 37.0);
    // The note's 16 is no field anywhere.
    for (const ExtractedField& f : ex.fields) {
        QVERIFY2(f.value != 16.0, qPrintable(f.key));
    }
}

// A PDF row whose two narrow columns came out one space apart inside one tab-separated part ("0 0"): two
// cells, so the columns after them stay in place.
void TestTemplateTables::cellsOneSpaceApart()
{
    QString t4 = table4(QStringLiteral("2\t1\t1\t0\t0\t1\t0 0\t0\t1\t3\t2\t0\t1\t0"));
    const Extraction ex = extract(report(2024, table2021() + table3(true) + t4));
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.upheld")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.upheld")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.corrected")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.other")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.total")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_after_review.upheld")), 3.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_after_review.total")), 0.0);
    // Both cells have their own evidence on the row as written.
    const ExtractedField* corrected = ex.field(QStringLiteral("t4.lawsuit_direct.corrected"));
    const ExtractedField* other = ex.field(QStringLiteral("t4.lawsuit_direct.other"));
    QVERIFY(corrected && other);
    QCOMPARE(other->start, corrected->start + 2);
}

void TestTemplateTables::typoLabel()
{
    const Extraction ex =
        extract(report(2023, table2021() + table3(true, QStringLiteral("2.其他法律行政止公开")) + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t3.denied.prohibited_by_law.person")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.denied.prohibited_by_law.total")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.denied.security_stability.total")), 0.0);
}

void TestTemplateTables::verticalLabel()
{
    // 三、本年度办理结果 printed one character per line, between and before the rows.
    QString t3 = table3(false);
    t3.replace(QStringLiteral("三、本年度办理结果\n"), QStringLiteral("三\n、\n本\n年\n度\n"));
    t3.replace(QStringLiteral("（三）不予公开\n"), QStringLiteral("办\n理\n（三）不予公开\n结\n果\n"));
    t3.replace(QStringLiteral("申请人情况\n"), QStringLiteral("申\n请\n人\n情\n况\n"));
    const Extraction ex = extract(report(2020, table2019() + t3 + table4()));
    QCOMPARE(ex.templateVersion, 2019);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.total")), 11.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.denied.prohibited_by_law.total")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.other.total")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.total.total")), 23.0);
}

void TestTemplateTables::columnBlocks()
{
    // Plain pdftotext: the cells of several rows come column by column, one per line.
    QString t = QStringLiteral("三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n总计\n");
    // rows new (7 4 0 0 1 1 13) and carried_over (1 0 0 0 0 0 1) as two singles rows
    for (int v : {7, 4, 0, 0, 1, 1, 13, 1, 0, 0, 0, 0, 0, 1}) {
        t += QString::number(v) + QStringLiteral("\n\n");
    }
    // the next 21 rows (the 2019 version's) column by column, a table that adds up (the readers check it by its
    // identities): 予以公开 (1 4 0 0 1 1 7), 本机关不掌握 (7 0 0 0 0 0 7), （七）总计 (8 4 0 0 1 1 14), zeros elsewhere
    const QList<int> granted{1, 4, 0, 0, 1, 1, 7};
    const QList<int> notHeld{7, 0, 0, 0, 0, 0, 7};
    for (int c = 0; c < 7; ++c) {
        for (int r = 0; r < 21; ++r) {
            const int v = r == 0 ? granted.at(c) : r == 10 ? notHeld.at(c) : r == 19 ? granted.at(c) + notHeld.at(c) : 0;
            t += QString::number(v) + u'\n';
        }
        t += u'\n';
    }
    t += QStringLiteral("一、本年新收政府信息公开申请数量\n（一）予以公开\n");
    const Extraction ex = extract(report(2022, t + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t3.new.business")), 4.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.carried_over.total")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.person")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.total")), 7.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.partial.total")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.carried_forward.total")), 0.0);
}

void TestTemplateTables::pageBreak()
{
    // Table 3 continues after a page number and a repeated header.
    QString t3 = table3(true);
    t3.replace(QStringLiteral("（四）无法提供\n"),
               QStringLiteral("\n                 — 5 —\n\f自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 "
                              "总计\n（四）无法提供\n"));
    const Extraction ex = extract(report(2022, table2021() + t3 + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t3.denied.administrative_query.total")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.total")), 6.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.total.total")), 23.0);
    QVERIFY(!ex.field(QStringLiteral("t3.other.total")));
}

void TestTemplateTables::numberedLabelBeforeItsCells()
{
    // pdftotext -layout: "1 本机关不掌握相关政府信息" with a space after the row's number and its cells
    // on the next line. The number is part of the label, not a one-cell row.
    QString t3 = table3(true);
    t3.replace(QStringLiteral("1.本机关不掌握相关政府信息 5 1 0 0 0 0 6\n"),
               QStringLiteral("1 本机关不掌握相关政府信息\n      5 1 0 0 0 0 6\n"));
    t3.replace(QStringLiteral("2.没有现成信息需要另行制作 "), QStringLiteral("2 没有现成信息需要另行制作\n      "));
    const Extraction ex = extract(report(2022, table2021() + t3 + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.person")), 5.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.total")), 6.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.needs_creation.total")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.not_processed.petition.total")), 2.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.total.total")), 23.0);
}

void TestTemplateTables::sequenceColumnInPdfText()
{
    // A 序号 column as PDF text gives it: the row's number, the empty places of its label (printed
    // above and below, wrapped in a narrow cell), then the seven cells; or the number, a fragment of
    // the label and the cells.
    QString t3 = table3(true);
    t3.replace(QStringLiteral("（一）予以公开 10 1 0 0 0 0 11\n"),
               QStringLiteral("（一）予以\n3\t\t\t10\t1\t0\t0\t0\t0\t11\n公开\n"));
    t3.replace(QStringLiteral("1.本机关不掌握相关政府信息 5 1 0 0 0 0 6\n"),
               QStringLiteral("1.本机关\n13\t不掌握相关\t5\t1\t0\t0\t0\t0\t6\n政府信息\n"));
    const Extraction ex = extract(report(2022, table2021() + t3 + table4()));
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.person")), 10.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.business")), 1.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.granted.total")), 11.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.person")), 5.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.unavailable.not_held.total")), 6.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.total.total")), 23.0);
}

void TestTemplateTables::table4OutOfOrder()
{
    // Plain pdftotext: 行政复议's results, then 复议后起诉's under their header, the first total, then
    // 未经复议直接起诉 whole, then the last total.
    const QString scrambled =
        QStringLiteral("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n未经复议直接起诉\n"
                       "结果\n维持\n\n72\n\n64\n\n178\n\n37\n\n复议后起诉\n结果\n维持\n\n"
                       "12\n\n1\n\n1\n\n6\n\n总计\n\n351\n\n维持\n纠正\n\n13\n\n4\n\n8\n\n1\n\n"
                       "26\n\n总计\n\n20\n五、存在的主要问题及改进情况\n一是培训不足。\n");
    Extraction ex = extract(report(2024, table2021() + table3(true) + scrambled));
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.other")), 178.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.total")), 351.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.upheld")), 13.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_direct.total")), 26.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_after_review.pending")), 6.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_after_review.total")), 20.0);
    // A report whose own totals are wrong keeps its text order: nothing to pair.
    ex = extract(report(2023, table2021() + table3(true) + table4(QStringLiteral("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0"))));
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.upheld")), 10.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.reconsideration.total")), 0.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t4.lawsuit_after_review.upheld")), 5.0);
}

void TestTemplateTables::htmlBlankCells()
{
    // A web page's row: cells separated by tabs, an empty cell in the middle, trailing empty cells dropped.
    QString t2 = table2021();
    t2.replace(QStringLiteral("规章 0 0 0"), QStringLiteral("规章\t0\t\t3"));
    t2.replace(QStringLiteral("行政规范性文件 9 2 37"), QStringLiteral("行政规范性文件\t9"));
    t2.replace(QStringLiteral("行政许可 4,215"), QStringLiteral("行政许可\t4,215"));
    const Document doc = Document::fromText(report(2022, t2 + table3(true) + table4()), SourceFormat::Html);
    const Extraction ex = Extractor().extract(doc);
    const ExtractedField* repealed = ex.field(QStringLiteral("t2.rules.repealed"));
    QVERIFY(repealed);
    QVERIFY(repealed->blank);
    QCOMPARE(repealed->start, repealed->end); // nothing printed: an empty span between the tabs
    QCOMPARE(doc.original.at(repealed->start - 1), QChar(u'\t'));
    QCOMPARE(valueOf(ex, QStringLiteral("t2.rules.in_force")), 3.0);
    const ExtractedField* inForce = ex.field(QStringLiteral("t2.normative.in_force"));
    QVERIFY(inForce);
    QVERIFY(inForce->blank);
    QCOMPARE(valueOf(ex, QStringLiteral("t2.normative.issued")), 9.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t2.licensing.decisions")), 4215.0);
}

void TestTemplateTables::evidenceOnTheNumber()
{
    // Full-width digits and a traditional-script label: the span is on the cell as written.
    QString t2 = table2021();
    t2.replace(QStringLiteral("行政處罰 863"), QString());
    t2.replace(QStringLiteral("行政处罚 863"), QStringLiteral("行政處罰 ８６３"));
    const Document doc = Document::fromPlainText(report(2022, t2 + table3(true) + table4()));
    const Extraction ex = Extractor().extract(doc);
    const ExtractedField* f = ex.field(QStringLiteral("t2.penalty.decisions"));
    QVERIFY(f);
    QCOMPARE(f->value, 863.0);
    QCOMPARE(doc.original.mid(f->start, f->end - f->start), QStringLiteral("８６３"));
    const ExtractedField* dash = nullptr;
    const Document doc2 = Document::fromPlainText(report(2022, table2021(QStringLiteral("规章 — 0 0")) + table3(true)));
    const Extraction ex2 = Extractor().extract(doc2);
    dash = ex2.field(QStringLiteral("t2.rules.issued"));
    QVERIFY(dash);
    QCOMPARE(doc2.original.mid(dash->start, dash->end - dash->start), QStringLiteral("—"));
}

void TestTemplateTables::narrativeSkipsTables()
{
    // The narrative gives requests.total = 30 (kept); the table's 24 is t3.new.total, and no table
    // number becomes a narrative field (行政事业性收费 356.42 is not the disclosure fee).
    const QString text =
        QStringLiteral("某县人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全县共收到政府信息公开申请30件。\n") +
        table2021() + table3(true) + table4();
    const Extraction ex = extract(text);
    QCOMPARE(valueOf(ex, QStringLiteral("requests.total")), 30.0);
    QCOMPARE(valueOf(ex, QStringLiteral("t3.new.total")), 24.0);
    QVERIFY(!ex.field(QStringLiteral("fees.amount")) || ex.field(QStringLiteral("fees.amount"))->value != 356.42);
    for (const Statement& s : ex.statements) {
        if (!s.inTable && !s.field.isEmpty()) {
            QVERIFY2(s.quantity.value == 30 || s.quantity.value == 1200, qPrintable(s.field));
        }
    }
}

void TestTemplateTables::numberingSkipsTableRows()
{
    // The table's rows 三、本年度办理结果 and (三)不予公开 are no section headings; the report's own
    // sections 一 to 五 are in order. Without the numbering rule's skip_between.
    const QString text = report(2022, table2021() + table3(true) + table4());
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    for (const Heading& h : ex.headings) {
        QVERIFY2(!h.title.contains(QStringLiteral("办理结果")) && !h.title.contains(QStringLiteral("不予公开")) &&
                     !h.title.contains(QStringLiteral("结转下年度")),
                 qPrintable(h.title));
    }
    QStringList sections;
    for (const Heading& h : ex.headings) {
        if (h.level == 1) {
            sections.append(h.label);
        }
    }
    QCOMPARE(sections, (QStringList{QStringLiteral("一、"), QStringLiteral("二、"), QStringLiteral("三、"),
                                    QStringLiteral("四、"), QStringLiteral("五、")}));
    for (const Flag& f : Checker().check(doc, ex)) {
        QVERIFY2(f.kind != u"numbering", qPrintable(f.messageEn));
    }
}

void TestTemplateTables::noTemplateNoTables()
{
    const Extraction ex = extract(QStringLiteral("某县2015年政府信息公开工作年度报告\n一、概述\n全年共收到申请12件。\n"
                                                 "行政许可 4 5 6\n"));
    QCOMPARE(ex.templateVersion, 0);
    for (const ExtractedField& f : ex.fields) {
        QVERIFY2(!f.key.startsWith(u't'), qPrintable(f.key));
    }
}

void TestTemplateTables::catalogueHasEveryKey()
{
    const Extraction ex2021 = extract(report(2022, table2021() + table3(true) + table4()));
    const Extraction ex2019 = extract(report(2019, table2019() + table3(false) + table4()));
    int cells = 0;
    for (const Extraction* ex : {&ex2021, &ex2019}) {
        for (const ExtractedField& f : ex->fields) {
            const FieldDef* def = FieldCatalogue::builtin().find(f.key);
            QVERIFY2(def, qPrintable(f.key));
            if (f.key.startsWith(QStringLiteral("t"))) {
                QVERIFY2(def->table, qPrintable(f.key));
                ++cells;
            }
        }
    }
    // 2021: 10 + 25 x 7 + 15; 2019: 22 + 23 x 7 + 15.
    QCOMPARE(cells, 200 + 198);
}

void TestTemplateTables::catalogueCellsFromTemplate()
{
    // The template's cells are the catalogue's table fields, after the others and in the template's order (the
    // CSV's columns follow it).
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    const QList<TemplateCell>& cells = TemplateShape::builtin().cells();
    QCOMPARE(cells.size(), 29 + 26 * 7 + 15); // table 2: 10 (2021) + 19 (2019 only); table 3: 26 rows x 7; 4: 3 x 5
    qsizetype firstTable = -1;
    for (qsizetype i = 0; i < catalogue.fields().size(); ++i) {
        if (catalogue.fields().at(i).table) {
            firstTable = i;
            break;
        }
    }
    QVERIFY(firstTable > 0);
    QCOMPARE(catalogue.fields().size() - firstTable, cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const FieldDef& def = catalogue.fields().at(firstTable + i);
        QCOMPARE(def.key, cells.at(i).key);
        QVERIFY(def.table);
        QCOMPARE(def.labelZh, cells.at(i).labelZh);
        QCOMPARE(def.labelEn, cells.at(i).labelEn);
    }
    // Labels as the window and the CSV have always shown them.
    const auto label = [&](const char* key, const QString& lang) {
        const FieldDef* def = catalogue.find(QString::fromLatin1(key));
        return def ? def->label(lang) : QString();
    };
    const QString zh = QStringLiteral("zh");
    const QString en = QStringLiteral("en");
    QCOMPARE(label("t2.rules.issued", zh), QStringLiteral("规章本年制发件数"));
    QCOMPARE(label("t2.licensing.decisions", en), QStringLiteral("Licensing decisions this year")); // both versions
    QCOMPARE(label("t2.other_services.change", zh), QStringLiteral("其他对外管理服务事项本年增/减"));
    QCOMPARE(label("t3.denied.state_secret.public_interest", zh),
             QStringLiteral("不予公开:属于国家秘密(社会公益组织)"));
    QCOMPARE(label("t3.other.no_fee.total", en), QStringLiteral("Other: fee not paid (2021) (total)"));
    QCOMPARE(label("t3.carried_forward.legal_services", en),
             QStringLiteral("Carried forward to next year (legal-service organisations)"));
    QCOMPARE(label("t4.lawsuit_direct.other", zh), QStringLiteral("未经复议直接起诉其他结果"));
    QCOMPARE(label("t4.lawsuit_after_review.total", en), QStringLiteral("Lawsuit after reconsideration: total"));
    QCOMPARE(catalogue.find(QStringLiteral("t2.fees.amount"))->unit, QStringLiteral("万元"));
    QCOMPARE(catalogue.find(QStringLiteral("t2.procurement.amount"))->unit, QString());
    QCOMPARE(catalogue.find(QStringLiteral("t3.new.total"))->group, QStringLiteral("table3"));
    // Table 3's rows of each version, in the template's order.
    const QList<TemplateRow> rows2019 = TemplateShape::builtin().rows(u"t3", 2019);
    const QList<TemplateRow> rows2021 = TemplateShape::builtin().rows(u"t3", 2021);
    QCOMPARE(rows2019.size(), 23);
    QCOMPARE(rows2021.size(), 25);
    QCOMPARE(rows2019.at(20).key, QStringLiteral("other"));
    QCOMPARE(rows2021.at(22).key, QStringLiteral("other.other"));
    QVERIFY(rows2021.at(22).namedBy(u"(三)其他"));
    QVERIFY(!rows2021.at(22).namedBy(u"其他处理"));
}

void TestTemplateTables::templateShapeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("byte");
    QTest::newRow("no tables") << QByteArray(R"({"tables": []})") << QStringLiteral("no tables");
    QTest::newRow("a cell twice") << QByteArray(R"({"tables": [{"id": "t2", "rows": [
        {"key": "a", "cells": [{"column": "x", "zh": "甲", "en": "A"}, {"column": "x", "zh": "甲", "en": "A"}]}]}]})")
                                  << QStringLiteral("t2.a.x");
    QTest::newRow("a shared cell never labelled")
        << QByteArray(R"({"tables": [{"id": "t2", "rows": [{"key": "a", "cells": [{"column": "x"}]}]}]})")
        << QStringLiteral("t2.a.x");
    QTest::newRow("a summary of an unknown cell") << QByteArray(R"({"tables": [{"id": "t4", "unit": "件",
        "label": {"zh": "{row}{column}", "en": "{row}: {column}"}, "columns": [{"key": "total", "zh": "总计", "en": "total"}],
        "rows": [{"key": "case", "zh": "复议", "en": "Review"}]}],
        "summary_fields": [{"field": "appeals.reconsideration", "cells": ["t4.case.totl"]}]})")
                                                  << QStringLiteral("t4.case.totl");
}

void TestTemplateTables::templateShapeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    TemplateShape shape;
    QString why;
    QVERIFY(!shape.load(json, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestTemplateTables)
#include "TestTemplateTables.moc"
