// SPDX-License-Identifier: GPL-3.0-or-later
// The issuer: one row per way reports name the body that publishes them, and per trap that gave fragments or
// the wrong body before (过X县, 照省, 省委省, 我镇, the city of a department). Also: `jiaohe check --json` gives
// the same bytes whatever the hash seed.
#include "ProgramRun.h"
#include "document/Document.h"
#include "extract/Extractor.h"
#include "extract/IssuerName.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace jiaohe;

class TestIssuerName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuer_data();
    void issuer();
    void plausibleNames_data();
    void plausibleNames();
    void sameOutputWhateverTheHashSeed();
};

void TestIssuerName::issuer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("issuer"); // exactly; empty: no name at all

    QTest::newRow("department in the title, before the year")
        << QStringLiteral("青禾县发展和改革局2023年政府信息公开工作年度报告\n\n本报告由我局编制。全市共公开信息12条。")
        << QStringLiteral("青禾县发展和改革局");
    QTest::newRow("department in the title, after the year")
        << QStringLiteral("2023年度青禾县水务局政府信息公开工作年度报告\n\n我局全年主动公开政府信息36条。")
        << QStringLiteral("青禾县水务局");
    QTest::newRow("a county's own title after the year")
        << QStringLiteral("2021年柳溪县人民政府信息公开工作年度报告\n\n全县主动公开政府信息1200条。")
        << QStringLiteral("柳溪县人民政府");
    QTest::newRow("发布机构 line")
        << QStringLiteral("2022年政府信息公开工作年度报告\n发布机构：柳溪市生态环境局  发布日期：2023-01-20\n\n"
                          "按照柳溪市人民政府要求，我局主动公开政府信息80条。柳溪市人民政府网站转载。")
        << QStringLiteral("柳溪市生态环境局");
    QTest::newRow("signature above the date, the city named more often")
        << QStringLiteral("2023年政府信息公开工作年度报告\n\n按照柳溪市人民政府的部署，我局主动公开政府信息45条，"
                          "通过柳溪市人民政府门户网站发布。\n柳溪市人民政府统一部署。\n\n柳溪市水务局\n2024年1月18日\n")
        << QStringLiteral("柳溪市水务局");
    QTest::newRow("signature and date on one line, in Chinese numerals")
        << QStringLiteral("政府信息公开工作年度报告（2023年）\n\n我镇主动公开政府信息20条，均在青禾县人民政府网站"
                          "发布。青禾县人民政府指导。\n\n石桥镇人民政府  二〇二四年一月十五日\n")
        << QStringLiteral("石桥镇人民政府");
    QTest::newRow("本报告由 in the opening sentence")
        << QStringLiteral("本报告由平川县教育局根据《中华人民共和国政府信息公开条例》编制。2019年，我局主动公开信息"
                          "64条。平川县人民政府网站发布，平川县人民政府督办。")
        << QStringLiteral("平川县教育局");
    QTest::newRow("the clause before 形成本报告")
        << QStringLiteral(
               "根据《条例》要求，博乐市对2017年政府信息公开进行梳理和汇总，形成本报告。全年公开信息9616条。")
        << QStringLiteral("博乐市");
    QTest::newRow("a department named nowhere: none rather than its city")
        << QStringLiteral("2020年政府信息公开工作年度报告\n\n按照柳溪市人民政府要求，我局主动公开政府信息30条，"
                          "在柳溪市人民政府网站发布，柳溪市人民政府信息公开专栏转载。")
        << QString();
    QTest::newRow("a township named nowhere: none, not 我镇")
        << QStringLiteral("2020年政府信息公开工作年度报告\n\n我镇人民政府主动公开信息12条。我镇人民政府网站发布。")
        << QString();
    QTest::newRow("verbs and 省委 glued to names: no fragment")
        << QStringLiteral("一、概述\n全年通过江宁县政府网站公开信息56条，按照省政府要求，落实省委省政府部署，"
                          "经过江宁县政府审定。按照省政府部署推进。")
        << QString();
    QTest::newRow("a breadcrumb above the title")
        << QStringLiteral("首页 > 政务公开 > 政府信息公开年报\n青禾县水务局2023年政府信息公开工作年度报告\n\n"
                          "我局全年主动公开政府信息36条。")
        << QStringLiteral("青禾县水务局");
    QTest::newRow("a breadcrumb with a year above the title")
        << QStringLiteral("政务公开 > 政府信息公开年报 > 2023年\n青禾县水务局2023年政府信息公开工作年度报告\n\n"
                          "我局全年主动公开政府信息36条。")
        << QStringLiteral("青禾县水务局");
    QTest::newRow("a breadcrumb in full-width ＞ with a year, the title after the year")
        << QStringLiteral("信息公开 ＞ 年度报告 ＞ 2023年度\n2023年度青禾县水务局政府信息公开工作年度报告\n\n"
                          "我局全年主动公开政府信息36条。")
        << QStringLiteral("青禾县水务局");
    QTest::newRow("counted names, ties broken by position")
        << QStringLiteral("一、概述\n，东湖区人民政府公开信息，西湖区人民政府公开信息。") << QStringLiteral("东湖区");
}

void TestIssuerName::issuer()
{
    QFETCH(QString, text);
    QFETCH(QString, issuer);
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    QCOMPARE(ex.region, issuer);
    if (!issuer.isEmpty()) {
        // The evidence is the name as written.
        QCOMPARE(text.mid(ex.regionStart, ex.regionEnd - ex.regionStart), issuer);
    }
}

void TestIssuerName::plausibleNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plausible");
    QTest::newRow("city") << QStringLiteral("钦州市") << true;
    QTest::newRow("bureau") << QStringLiteral("柳溪市水务局") << true;
    QTest::newRow("commission") << QStringLiteral("青禾县卫生健康委员会") << true;
    QTest::newRow("sub-district office") << QStringLiteral("城关街道办事处") << true;
    QTest::newRow("本溪市 is a name") << QStringLiteral("本溪市") << true;
    QTest::newRow("我镇 is not") << QStringLiteral("我镇") << false;
    QTest::newRow("verb glued on") << QStringLiteral("过江宁县") << false;
    QTest::newRow("preposition glued on") << QStringLiteral("照省") << false;
    QTest::newRow("opens with a region ending") << QStringLiteral("省委省") << false;
    QTest::newRow("a verb of the prose glued on") << QStringLiteral("落实省委省") << false;
    QTest::newRow("a party committee before a name") << QStringLiteral("江北省委江北省") << false;
    QTest::newRow("only an ending") << QStringLiteral("政府") << false;
    QTest::newRow("a title, not a name") << QStringLiteral("政府信息公开工作年度报告") << false;
    QTest::newRow("not Han") << QStringLiteral("ABC市") << false;
}

void TestIssuerName::plausibleNames()
{
    QFETCH(QString, name);
    QFETCH(bool, plausible);
    QCOMPARE(issuer::plausibleName(name), plausible);
}

void TestIssuerName::sameOutputWhateverTheHashSeed()
{
    // Every text and web-page case of the golden set, in one batch: the output is the same bytes whatever seed
    // Qt's hashes use (QT_HASH_SEED unset gives a new random seed per run).
    QStringList files;
    QDirIterator it(QStringLiteral(JIAOHE_TEST_DATA "/cases"), {QStringLiteral("*.txt"), QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    QVERIFY(files.size() >= 20);
    QStringList outputs;
    for (const QString& prefix : {QStringLiteral("unset QT_HASH_SEED"), QStringLiteral("unset QT_HASH_SEED"),
                                  QStringLiteral("export QT_HASH_SEED=1"), QStringLiteral("export QT_HASH_SEED=7")}) {
        const test::ProgramRun run =
            test::runProgram(QStringLiteral(JIAOHE_BINARY),
                             QStringList{QStringLiteral("check"), QStringLiteral("--json")} + files, 120000, prefix);
        QVERIFY2(run.status == 0 || run.status == 1, qPrintable(run.err));
        QVERIFY(run.out.count(u'\n') >= files.size());
        outputs.append(run.out);
    }
    for (qsizetype i = 1; i < outputs.size(); ++i) {
        QVERIFY2(outputs.at(i) == outputs.first(), qPrintable(QStringLiteral("run %1 differs").arg(i + 1)));
    }
}

QTEST_GUILESS_MAIN(TestIssuerName)
#include "TestIssuerName.moc"
