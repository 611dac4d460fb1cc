// SPDX-License-Identifier: GPL-3.0-or-later
// Each rule's edge cases, one row per case: the text, the flag kind expected (or none), and the
// values the flag must involve.
#include "check/Checker.h"
#include "document/Document.h"
#include "extract/Extractor.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace jiaohe;

namespace {

QList<Flag> flagsOf(const QString& text)
{
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    return Checker().check(doc, ex);
}

bool involves(const Flag& f, const QList<double>& wanted)
{
    QList<double> pool = f.values;
    for (double w : wanted) {
        auto it = std::find_if(pool.begin(), pool.end(), [&](double v) { return std::abs(v - w) < 1e-6; });
        if (it == pool.end()) {
            return false;
        }
        pool.erase(it);
    }
    return true;
}

QString describe(const QList<Flag>& flags)
{
    QStringList out;
    for (const Flag& f : flags) {
        QStringList values;
        for (double v : f.values) {
            values.append(QString::number(v, 'g', 12));
        }
        out.append(QStringLiteral("%1[%2]").arg(f.kind, values.join(u',')));
    }
    return out.join(u' ');
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void unitSuggestionSpan();
    void severities();
    void identityIsStable();
    void identityIgnoresMessages();
    void userRulesMerge();
};

void TestChecker::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");         // the flag kind looked for
    QTest::addColumn<bool>("raised");          // whether a flag of that kind must be raised
    QTest::addColumn<QList<double>>("values"); // the values it must involve (when raised)

    // sum
    QTest::newRow("sum: parts equal the total")
        << QStringLiteral("全年共受理申请48件,其中当面申请12件,网络申请22件,信函申请14件。") << QStringLiteral("sum")
        << false << QList<double>{};
    QTest::newRow("sum: partial list short of the total is fine")
        << QStringLiteral("全年共受理申请48件,其中当面申请12件,网络申请22件。") << QStringLiteral("sum") << false
        << QList<double>{};
    QTest::newRow("sum: parts exceed the total")
        << QStringLiteral("从事政府信息公开工作1103人,其中专职35人、兼职1081人。") << QStringLiteral("sum") << true
        << QList<double>{1103, 35, 1081};
    QTest::newRow("sum: a list ending in other must be complete")
        << QStringLiteral("共公开信息100条,其中网站公开60条,其他方式公开30条。") << QStringLiteral("sum") << true
        << QList<double>{100, 60, 30};
    QTest::newRow("sum: a list closed by a catch-all (…等方式) must be complete")
        << QStringLiteral("共公布政府信息3560条，其中机构职能类120条，法规文件类340条，通过政务公开栏等方式3090条。")
        << QStringLiteral("sum") << true << QList<double>{3560, 120, 340, 3090};
    QTest::newRow("sum: 其中 opening the next sentence")
        << QStringLiteral("全市主动公开政府信息500条。其中,网站公开300条,微博公开250条。") << QStringLiteral("sum")
        << true << QList<double>{500, 300, 250};
    QTest::newRow("sum: decimals add up exactly")
        << QStringLiteral("年度计划投资225.62亿元。其中政府类投资148.85亿元,民间投资76.77亿元。")
        << QStringLiteral("sum") << false << QList<double>{};
    QTest::newRow("sum: two units under one 其中")
        << QStringLiteral("本级实施项目共237项,年度计划投资225.62亿元。其中政府类项目155项,年度投资148.85亿元;"
                          "民间类项目82项,年度投资76.77亿元。")
        << QStringLiteral("sum") << false << QList<double>{};
    QTest::newRow("sum: a related unit joins the list (篇 among 次)")
        << QStringLiteral("回应解读2482次,其中,召开新闻发布会59次、在线访谈38次,发布解读稿件585篇,其他方式回应1725次。")
        << QStringLiteral("sum") << true << QList<double>{2482, 59, 38, 585, 1725};
    QTest::newRow("sum: approximate total is not an error")
        << QStringLiteral("主动公开政府信息9600余条,其中网站公开9000条,其他方式公开601条。") << QStringLiteral("sum")
        << false << QList<double>{};
    QTest::newRow("sum: different unit in the lead is not the total")
        << QStringLiteral("共组织2次培训,接受培训人数210人,其中,专题授课培训1次;平台建设培训1次。")
        << QStringLiteral("sum") << false << QList<double>{};

    QTest::newRow("sum: a change against last year is not a part")
        << QStringLiteral("共公开信息500条,其中网站公开300条,较上年增加50条,微博公开200条。") << QStringLiteral("sum")
        << false << QList<double>{};

    // unit
    QTest::newRow("unit: spurious 万 in a part")
        << QStringLiteral("累计主动公开政府信息216259条,其中通过政府公报公开522条,通过政府网站公开199693万条,"
                          "通过政务微博公开6788条,通过政务微信公开8188条,通过其他方式公开1068条。")
        << QStringLiteral("unit") << true << QList<double>{1996930000, 216259};
    QTest::newRow("unit: missing 万 in a part") << QStringLiteral("共公开信息3万条,其中网站公开2万条,微博公开1条。")
                                                << QStringLiteral("unit") << true << QList<double>{1, 30000};
    QTest::newRow("unit: no slip when the sum holds")
        << QStringLiteral("共公开信息2.5万条,其中网站公开2万条,微博公开5000条。") << QStringLiteral("unit") << false
        << QList<double>{};

    // percent
    QTest::newRow("percent: wrong share")
        << QStringLiteral("在862件申请中,已答复862件。其中,已主动公开656件,占22.2%;同意公开95件、占43.6%;"
                          "不予公开12件、占2.7%;其他答复99件,占29.1%。")
        << QStringLiteral("percent") << true << QList<double>{656, 22.2};
    QTest::newRow("percent: rounding half-way is not an error (145/716 = 20.25%)")
        << QStringLiteral("共有716人次咨询,其中现场咨询145人次,占20.2%;电话咨询571人次,占79.7%。")
        << QStringLiteral("percent") << false << QList<double>{};
    QTest::newRow("percent: no decimals, rounded (608/862 = 70.5%)")
        << QStringLiteral("共受理申请862件,其中:当面申请608件,占71%;网络申请167件,占19%;信函申请87件,占10%。")
        << QStringLiteral("percent") << false << QList<double>{};
    QTest::newRow("percent: named base is not checked")
        << QStringLiteral("市本级106个一级预算单位,除4个涉密部门外,102个单位公开了部门预算,占应公开部门的100%。")
        << QStringLiteral("percent") << false << QList<double>{};
    QTest::newRow("percent: explicit denominator")
        << QStringLiteral("其中政府类投资项目155项,年度投资148.85亿元,占总年度投资225.62亿元的60.97%。")
        << QStringLiteral("percent") << true << QList<double>{148.85, 60.97, 225.62};
    QTest::newRow("percent: explicit denominator agrees")
        << QStringLiteral("其中政府类投资项目155项,年度投资148.85亿元,占总年度投资225.62亿元的65.97%。")
        << QStringLiteral("percent") << false << QList<double>{};
    QTest::newRow("percent: a rate is not a share") << QStringLiteral("全年受理各类留言信息994条,办结935条,办结率90%。")
                                                    << QStringLiteral("percent") << false << QList<double>{};
    QTest::newRow("percent: shares of a list with no total use the figure stated before")
        << QStringLiteral(
               "主动公开政府信息55927条。\n(二)主要类别\n全市主动公开的政府信息中,内容丰富。其中机构职能类信息2858条,"
               "占5.1%;政策文件类信息2462条,占4.4%;规划计划类信息1256条,占2.2%。")
        << QStringLiteral("percent") << false << QList<double>{};

    // percent_sum
    QTest::newRow("percent_sum: shares of a complete list miss 100%")
        << QStringLiteral("在862件申请中,已答复862件。其中,已主动公开656件,占22.2%;同意公开95件、占43.6%;"
                          "同意部分公开0件;不予公开12件、占2.7%;其他答复99件,占29.1%。")
        << QStringLiteral("percent_sum") << true << QList<double>{22.2, 43.6, 2.7, 29.1};
    QTest::newRow("percent_sum: truncated shares within tolerance")
        << QStringLiteral("共有716人次咨询,其中现场咨询145人次,占20.2%;电话咨询571人次,占79.7%。")
        << QStringLiteral("percent_sum") << false << QList<double>{};
    QTest::newRow("percent_sum: a partial list's shares need not reach 100%")
        << QStringLiteral("共公开信息1000条,其中网站公开500条,占50%;微博公开100条,占10%。")
        << QStringLiteral("percent_sum") << false << QList<double>{};

    // restatement
    QTest::newRow("restatement: the same figure twice with two values")
        << QStringLiteral("全年共回应公众关注热点问题85次,举办新闻发布会9场。\n另外,全年热点回应78次。")
        << QStringLiteral("restatement") << true << QList<double>{85, 78};
    QTest::newRow("restatement: the same value twice is fine")
        << QStringLiteral("全年共回应公众关注热点问题85次。\n全年热点回应85次。") << QStringLiteral("restatement")
        << false << QList<double>{};
    QTest::newRow("restatement: a cumulative figure is another quantity")
        << QStringLiteral("2018年主动公开政府信息55927条。至2018年底,累计主动公开政府信息181715条。")
        << QStringLiteral("restatement") << false << QList<double>{};

    // numbering
    QTest::newRow("numbering: a skipped number")
        << QStringLiteral("一、概述\n(一)组织\n(二)制度\n(四)平台\n二、主动公开\n") << QStringLiteral("numbering")
        << true << QList<double>{4, 3};
    QTest::newRow("numbering: a repeated number") << QStringLiteral("一、概述\n二、主动公开\n二、依申请公开\n")
                                                  << QStringLiteral("numbering") << true << QList<double>{2, 3};
    QTest::newRow("numbering: restart under a new heading is fine")
        << QStringLiteral("一、概述\n(一)组织\n1.机构\n2.人员\n(二)制度\n1.保密\n二、主动公开\n(一)网站\n")
        << QStringLiteral("numbering") << false << QList<double>{};
    QTest::newRow("numbering: ㈠ style and a missing 4")
        << QStringLiteral("一、概述\n㈠加强领导\n㈡拓宽渠道\n㈢重点领域\n1.财政\n2.资源\n3.项目\n㈣公共服务\n5.其他\n")
        << QStringLiteral("numbering") << true << QList<double>{5};

    QTest::newRow("numbering: rows of the template's table 3 are not headings")
        << QStringLiteral("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n一、本年新收政府"
                          "信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n(一)予以公开\n(三)"
                          "不予公开\n四、结转下年度继续办理\n四、政府信息公开行政复议、行政诉讼情况\n")
        << QStringLiteral("numbering") << false << QList<double>{};

    // missing_section
    QTest::newRow("missing_section: narrative report with only proactive disclosure")
        << QStringLiteral("一、主动公开情况\n全年主动公开政府信息100条。\n二、存在的问题\n有待加强。\n")
        << QStringLiteral("missing_section") << true << QList<double>{};
    QTest::newRow("missing_section: all sections present")
        << QStringLiteral("一、主动公开\n二、依申请公开情况\n三、收费情况\n四、行政复议和行政诉讼情况\n五、存在的主要问"
                          "题及改进措施\n")
        << QStringLiteral("missing_section") << false << QList<double>{};
}

void TestChecker::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(bool, raised);
    QFETCH(QList<double>, values);
    const QList<Flag> flags = flagsOf(text);
    bool found = false;
    for (const Flag& f : flags) {
        if (f.kind == kind && involves(f, values)) {
            found = true;
        }
    }
    QVERIFY2(found == raised, qPrintable(QStringLiteral("flags: %1").arg(describe(flags))));
}

void TestChecker::unitSuggestionSpan()
{
    const QString text =
        QStringLiteral("累计主动公开政府信息216259条,其中通过政府公报公开522条,通过政府网站公开199693万条,"
                       "通过政务微博公开6788条,通过政务微信公开8188条,通过其他方式公开1068条。");
    const QList<Flag> flags = flagsOf(text);
    const auto unit = std::find_if(flags.cbegin(), flags.cend(), [](const Flag& f) { return f.kind == u"unit"; });
    QVERIFY(unit != flags.cend());
    QVERIFY(unit->suggestion.has_value());
    QCOMPARE(unit->suggestion->value, 199693.0);
    const QString cut = text.mid(unit->suggestion->start, unit->suggestion->end - unit->suggestion->start);
    QVERIFY2(cut.startsWith(u"199693万"), qPrintable(cut));
    // The slip explains the mismatch: no separate sum error on the same numbers.
    QVERIFY(std::none_of(flags.cbegin(), flags.cend(), [](const Flag& f) { return f.kind == u"sum"; }));
}

void TestChecker::severities()
{
    const QList<Flag> flags =
        flagsOf(QStringLiteral("一、概述\n(一)组织\n(三)制度\n全年共回应热点85次。\n全年热点回应78次。\n"));
    for (const Flag& f : flags) {
        if (f.kind == u"numbering" || f.kind == u"restatement" || f.kind == u"missing_section") {
            QCOMPARE(f.severity, Severity::Warning);
        }
    }
    const QList<Flag> sums = flagsOf(QStringLiteral("从事政府信息公开工作1103人,其中专职35人、兼职1081人。"));
    QVERIFY(!sums.isEmpty());
    QCOMPARE(sums.first().severity, Severity::Error);
    QVERIFY(!sums.first().messageZh.isEmpty());
    QVERIFY(sums.first().messageEn.contains(u"1116"));
}

void TestChecker::identityIsStable()
{
    const QString text = QStringLiteral("从事政府信息公开工作1103人,其中专职35人、兼职1081人。");
    const QList<Flag> a = flagsOf(text);
    const QList<Flag> b = flagsOf(text);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.first().identity(), b.first().identity());
    const QList<Flag> moved = flagsOf(QStringLiteral("前言。\n") + text);
    QVERIFY(!moved.isEmpty());
    QVERIFY(moved.first().identity() != a.first().identity()); // other cells, another flag
}

void TestChecker::identityIgnoresMessages()
{
    // A narrative report missing three sections: three span-less flags, told apart by their subjects.
    QList<Flag> missing;
    for (const Flag& f :
         flagsOf(QStringLiteral("一、主动公开情况\n全年主动公开政府信息100条。\n二、存在的问题\n有待加强。\n"))) {
        if (f.kind == u"missing_section") {
            QVERIFY(f.spans.isEmpty());
            QVERIFY(!f.subject.isEmpty());
            missing.append(f);
        }
    }
    QVERIFY2(missing.size() >= 2, qPrintable(QString::number(missing.size())));
    QSet<QString> ids;
    QSet<QString> subjects;
    for (const Flag& f : std::as_const(missing)) {
        ids.insert(f.identity());
        subjects.insert(f.subject);
    }
    QCOMPARE(ids.size(), missing.size());
    QVERIFY(subjects.contains(QStringLiteral("requests")));

    // Rewording a message (or translating it) keeps the flag: the identity hashes no text a person reads.
    for (Flag f : std::as_const(missing)) {
        const QString before = f.identity();
        f.id.clear();
        QCOMPARE(f.identity(), before); // recomputed from the fields, not the cached id
        f.messageEn = QStringLiteral("reworded");
        f.messageZh = QStringLiteral("改写");
        QCOMPARE(f.identity(), before);
        f.subject = QStringLiteral("another");
        QVERIFY(f.identity() != before);
    }
    QList<Flag> sums = flagsOf(QStringLiteral("从事政府信息公开工作1103人,其中专职35人、兼职1081人。"));
    QVERIFY(!sums.isEmpty());
    Flag sum = sums.first();
    const QString before = sum.identity();
    sum.id.clear();
    sum.messageEn = QStringLiteral("reworded");
    QCOMPARE(sum.identity(), before);
}

void TestChecker::userRulesMerge()
{
    RuleSet rules = RuleSet::builtin();
    QString error;
    QVERIFY(rules.merge(R"({"rules": [{"id": "numbering", "enabled": false},
        {"id": "staff-cap", "kind": "sum", "type": "field_sum", "severity": "warning", "complete": true,
         "total": "requests.total", "parts": ["requests.in_person", "requests.online"],
         "message": {"zh": "和为{sum}", "en": "sum {sum}"}}]})",
                        &error));
    const Document doc = Document::fromPlainText(QStringLiteral(
        "一、概述\n(一)组织\n(三)制度\n全年共受理政府信息公开申请48件。\n当面申请12件,网络申请22件。\n"));
    const QList<Flag> flags = Checker(rules).check(doc, Extractor().extract(doc));
    QVERIFY(std::none_of(flags.cbegin(), flags.cend(), [](const Flag& f) { return f.kind == u"numbering"; }));
    QVERIFY2(std::any_of(flags.cbegin(), flags.cend(), [](const Flag& f) { return f.rule == u"staff-cap"; }),
             qPrintable(describe(flags)));

    QVERIFY(!rules.merge(R"({"rules": [{"id": "x", "type": "nonsense"}]})", &error));
    QVERIFY2(error.contains(u"nonsense"), qPrintable(error));
    QVERIFY(!rules.merge("{not json", &error));
    QVERIFY2(error.contains(u"byte"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestChecker)
#include "TestChecker.moc"
