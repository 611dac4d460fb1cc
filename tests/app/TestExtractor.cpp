// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction on phrases in many styles: one row per way a figure is worded.
#include "document/Document.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"

#include <QTest>

using namespace jiaohe;

class TestExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data();
    void fields();
    void notAField_data();
    void notAField();
    void yearAndRegion_data();
    void yearAndRegion();
    void listsAndShares();
    void evidenceMapsToOriginal();
    void catalogueIsWellFormed();
};

void TestExtractor::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("approx");

    QTest::newRow("total before 其中") << QStringLiteral("全市共受理依申请公开48件,其中当面申请12件。")
                                       << QStringLiteral("requests.total") << 48.0 << false;
    QTest::newRow("part after 其中") << QStringLiteral("全市共受理依申请公开48件,其中当面申请12件。")
                                     << QStringLiteral("requests.in_person") << 12.0 << false;
    QTest::newRow("numbers in words") << QStringLiteral("全年共收到政府信息公开申请五件。")
                                      << QStringLiteral("requests.total") << 5.0 << false;
    QTest::newRow("number before the noun") << QStringLiteral("2016年全市共发布585篇政策解读材料。")
                                            << QStringLiteral("response.policy_interpretations") << 585.0 << false;
    QTest::newRow("approximate with 余") << QStringLiteral("2017年博乐市政府网主动公开政府信息9616余条。")
                                         << QStringLiteral("proactive.total") << 9616.0 << true;
    QTest::newRow("approximate with 约") << QStringLiteral("全市共有政府信息公开查阅点14个、专兼职工作人员约586人。")
                                         << QStringLiteral("org.staff_total") << 586.0 << true;
    QTest::newRow("thousands separator") << QStringLiteral("本年度共主动公开政府信息3,456条。")
                                         << QStringLiteral("proactive.total") << 3456.0 << false;
    QTest::newRow("full-width digits") << QStringLiteral("本年度共主动公开政府信息３４５６条。")
                                       << QStringLiteral("proactive.total") << 3456.0 << false;
    QTest::newRow("traditional script") << QStringLiteral("主動公開政府信息32456條,全文電子化率為100%。")
                                        << QStringLiteral("proactive.total") << 32456.0 << false;
    QTest::newRow("website channel") << QStringLiteral("通过门户网站主动公开政府信息15276条。")
                                     << QStringLiteral("proactive.via_website") << 15276.0 << false;
    QTest::newRow("magnitude kept as written") << QStringLiteral("通过政府网站公开政府信息199693万条。")
                                               << QStringLiteral("proactive.via_website") << 1996930000.0 << false;
    QTest::newRow("weibo") << QStringLiteral("微博发布政府信息1822条,微信发布政府信息12638条。")
                           << QStringLiteral("proactive.via_weibo") << 1822.0 << false;
    QTest::newRow("wechat") << QStringLiteral("微博发布政府信息1822条,微信发布政府信息12638条。")
                            << QStringLiteral("proactive.via_wechat") << 12638.0 << false;
    QTest::newRow("gazette named in the sentence before")
        << QStringLiteral("三是编制发行《人民政府公报》试刊。2018年发布政府信息189条。")
        << QStringLiteral("proactive.via_gazette") << 189.0 << false;
    QTest::newRow("other channels") << QStringLiteral("通过广播、短信服务平台、宣传栏等其他形式发布政府信息7933条。")
                                    << QStringLiteral("proactive.via_other") << 7933.0 << false;
    QTest::newRow("press conferences in 场") << QStringLiteral("举办新闻发布会9场,政策解读42次。")
                                             << QStringLiteral("response.press_conferences") << 9.0 << false;
    QTest::newRow("hotspot responses") << QStringLiteral("全市回应公众关注热点或重大舆情2947次。")
                                       << QStringLiteral("response.hotspot_responses") << 2947.0 << false;
    QTest::newRow("answered")
        << QStringLiteral("(一)依申请公开工作受理、答复情况。截至12月31日,已按时办结和答复41件,其中同意公开答复30件。")
        << QStringLiteral("requests.answered") << 41.0 << false;
    QTest::newRow("granted is not denied") << QStringLiteral("对申请的答复:不同意公开答复2件,同意公开答复30件。")
                                           << QStringLiteral("outcome.granted") << 30.0 << false;
    QTest::newRow("denied") << QStringLiteral("对申请的答复:不同意公开答复2件,同意公开答复30件。")
                            << QStringLiteral("outcome.denied") << 2.0 << false;
    QTest::newRow("partial") << QStringLiteral("申请办理:同意部分公开0件。") << QStringLiteral("outcome.partial") << 0.0
                             << false;
    QTest::newRow("reconsideration as a figure")
        << QStringLiteral("全市因政府信息公开申请行政复议0件,提起行政诉讼0件。")
        << QStringLiteral("appeals.reconsideration") << 0.0 << false;
    QTest::newRow("共公布政府信息 without 主动公开, before a 其中 list closed by a catch-all")
        << QStringLiteral("2022年，我县共公布政府信息3560条，其中机构职能类120条，法规文件类340条，业务动态类1200条，"
                          "财政信息类210条，通过政务公开栏等方式1690条。")
        << QStringLiteral("proactive.total") << 3560.0 << false;
    QTest::newRow("接收…申请共计")
        << QStringLiteral("全年接收各类政府信息公开申请共计48件。") << QStringLiteral("requests.total") << 48.0 << false;
    QTest::newRow("办理…申请") << QStringLiteral("全年办理政府信息公开申请17件，均已按时答复。")
                               << QStringLiteral("requests.total") << 17.0 << false;
    QTest::newRow("two channels together: the total")
        << QStringLiteral("全年通过镇政务公开栏和县政府网站主动公开政府信息73条。") << QStringLiteral("proactive.total")
        << 73.0 << false;
    QTest::newRow("lawsuit as a figure") << QStringLiteral("全市因政府信息公开申请行政复议3件,提起行政诉讼1件。")
                                         << QStringLiteral("appeals.lawsuit") << 1.0 << false;
    QTest::newRow("reconsideration as 没有…的情况")
        << QStringLiteral("2016年,我市没有因政府信息公开申请行政复议、提起行政诉讼的情况。")
        << QStringLiteral("appeals.reconsideration") << 0.0 << false;
    QTest::newRow("lawsuit as 没有…的情况")
        << QStringLiteral("2016年,我市没有因政府信息公开申请行政复议、提起行政诉讼的情况。")
        << QStringLiteral("appeals.lawsuit") << 0.0 << false;
    QTest::newRow("heading with 无") << QStringLiteral("四、复议、诉讼和申诉情况\n无\n五、政府信息公开支出和收费\n无\n")
                                     << QStringLiteral("fees.amount") << 0.0 << false;
    QTest::newRow("fees not charged") << QStringLiteral("在实际工作中,各级各部门未收取任何费用。")
                                      << QStringLiteral("fees.amount") << 0.0 << false;
    QTest::newRow("staff split") << QStringLiteral("从事政府信息公开工作1103人,其中专职35人、兼职1081人。")
                                 << QStringLiteral("org.staff_part_time") << 1081.0 << false;
    QTest::newRow("reading points") << QStringLiteral("设置政府信息公开查阅点16个。")
                                    << QStringLiteral("org.reading_points") << 16.0 << false;
    QTest::newRow("consultations, number first")
        << QStringLiteral("全市共有716人次通过各种方式咨询与政府信息公开有关的事务。")
        << QStringLiteral("consultations.total") << 716.0 << false;
    QTest::newRow("requests received, zero")
        << QStringLiteral("各政府机关共收到政府信息公开申请0件。") << QStringLiteral("requests.total") << 0.0 << false;
}

void TestExtractor::fields()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(bool, approx);
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    const ExtractedField* f = ex.field(key);
    QStringList got;
    for (const ExtractedField& g : ex.fields) {
        got.append(QStringLiteral("%1=%2").arg(g.key).arg(g.value));
    }
    QVERIFY2(f, qPrintable(QStringLiteral("not found; got %1").arg(got.join(u' '))));
    QCOMPARE(f->value, value);
    QCOMPARE(f->approx, approx);
}

void TestExtractor::notAField_data()
{
    // Each row names what the extractor must have read (`seen`: the figure as written, or for a zero in words
    // the words) and rejected for `key`: a row passes because that figure was seen and not taken, not
    // because nothing was read. `allowed` is the value the field may hold from another figure (-1: none).
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("seen");
    QTest::addColumn<double>("allowed");
    QTest::newRow("two channels together are not the website's figure")
        << QStringLiteral("全年通过镇政务公开栏和县政府网站主动公开政府信息73条。")
        << QStringLiteral("proactive.via_website") << QStringLiteral("73条") << -1.0;
    QTest::newRow("a cumulative figure is not this year's")
        << QStringLiteral("至2018年底,全市各级各部门累计主动公开政府信息181715条。")
        << QStringLiteral("proactive.total") << QStringLiteral("181715条") << -1.0;
    // The part's own words name the total's field (主动公开政府信息); only its place after 其中 rejects it.
    QTest::newRow("a part is never a total")
        << QStringLiteral("全市主动公开政府信息55927条。其中,市本级政府及工作部门主动公开政府信息25984条。")
        << QStringLiteral("proactive.total") << QStringLiteral("25984条") << 55927.0;
    QTest::newRow("reception points are not requests")
        << QStringLiteral("共设定政府信息公开申请受理点7个。") << QStringLiteral("requests.total")
        << QStringLiteral("7个") << -1.0;
    QTest::newRow("training participants are not staff")
        << QStringLiteral("接受培训的工作人员210人。") << QStringLiteral("org.staff_total") << QStringLiteral("210人")
        << -1.0;
    QTest::newRow("a rule about fees is not a zero")
        << QStringLiteral("要求除可以收取检索、复制、邮寄等成本费用外,不得收取其他费用。")
        << QStringLiteral("fees.amount") << QString() << -1.0;
    QTest::newRow("site furniture makes no fields")
        << QStringLiteral("当前位置: 首页 > 依申请公开 > 受理申请12件\n正文。") << QStringLiteral("requests.total")
        << QStringLiteral("12件") << -1.0;
    QTest::newRow("web visits are not website disclosures")
        << QStringLiteral("各门户网站政府信息公开专栏访问量80多万多人次。") << QStringLiteral("proactive.via_website")
        << QStringLiteral("80多万多人次") << -1.0;
}

void TestExtractor::notAField()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, seen);
    QFETCH(double, allowed);
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    QVERIFY2(def, qPrintable(key));
    // The text speaks in the field's words: without the rejection, the field would be there to take.
    QVERIFY2(def->matchesKeywords(text), qPrintable(QStringLiteral("the text never names %1").arg(key)));
    if (!seen.isEmpty()) {
        const auto it = std::find_if(ex.statements.cbegin(), ex.statements.cend(),
                                     [&](const Statement& s) { return s.quantity.text == seen; });
        QStringList read;
        for (const Statement& s : ex.statements) {
            read.append(s.quantity.text);
        }
        QVERIFY2(it != ex.statements.cend(),
                 qPrintable(QStringLiteral("%1 not read; read: %2").arg(seen, read.join(u' '))));
        const int index = int(it - ex.statements.cbegin());
        QVERIFY2(it->field != key, qPrintable(QStringLiteral("%1 mapped to %2").arg(seen, key)));
        QVERIFY(!ex.candidates.value(key).contains(index));
    }
    const ExtractedField* f = ex.field(key);
    if (allowed < 0) {
        QVERIFY2(!f, qPrintable(QStringLiteral("%1 = %2").arg(key).arg(f ? f->value : 0)));
    } else {
        QVERIFY(f);
        QCOMPARE(f->value, allowed);
    }
}

void TestExtractor::yearAndRegion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("region");
    QTest::newRow("title line")
        << QStringLiteral("当前位置: 首页 > 政务公开\n\n钦州市2016年政府信息公开工作年度报告\n\n本报告根据条例编制。")
        << 2016 << QStringLiteral("钦州市");
    QTest::newRow("title on two lines")
        << QStringLiteral(
               "       淮安市洪泽区人民政府\n  2024 年政府信息公开工作年度报告\n\n本报告由区政府办公室编制。")
        << 2024 << QStringLiteral("淮安市洪泽区人民政府");
    QTest::newRow("no issuer in the title: a township named before 人民政府, not a verb before 县政府")
        << QStringLiteral("2013年政府信息公开工作年度报告\n\n现公布红石镇人民政府2013年政府信息公开工作年度报告。全年通"
                          "过县政府信息公开网公开信息126条。红石镇人民政府办公室负责。通过县政府网站发布。")
        << 2013 << QStringLiteral("红石镇");
    QTest::newRow("statistics period beats other years")
        << QStringLiteral("根据《关于做好2017年政府信息公开工作年度报告编制和发布工作的通知》,博乐市人民政府形成本报告,"
                          "统计期限自2017年1月1日起至2017年12月31日止。2018年将继续努力。博乐市人民政府办公室。")
        << 2017 << QStringLiteral("博乐市");
    QTest::newRow("most frequent year, name before 人民政府")
        << QStringLiteral("一、情况\n2012年,滿洲里市人民政府公報刊發4期。2012年,"
                          "除涉密部門外。2013年工作打算。滿洲里市人民政府信息公開專欄。")
        << 2012 << QStringLiteral("满洲里市");
}

void TestExtractor::yearAndRegion()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(QString, region);
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    QVERIFY(ex.year.has_value());
    QCOMPARE(*ex.year, year);
    QVERIFY2(ex.region.contains(region), qPrintable(ex.region));
    QVERIFY(ex.regionStart >= 0 && ex.regionEnd > ex.regionStart);
}

void TestExtractor::listsAndShares()
{
    const Document doc = Document::fromPlainText(QStringLiteral(
        "全市共受理政府信息公开申请862件,其中:当面申请608件,占71%;网络申请167件,占19%;传真信函申请87件,占10%。"));
    const Extraction ex = Extractor().extract(doc);
    QCOMPARE(ex.lists.size(), 1);
    const StatementList& list = ex.lists.first();
    QVERIFY(list.total >= 0);
    QCOMPARE(ex.statements.at(list.total).quantity.value, 862.0);
    QCOMPARE(list.parts.size(), 3);
    int shares = 0;
    for (const Statement& s : ex.statements) {
        if (s.quantity.kind == QuantityKind::Percent) {
            QVERIFY(s.shareOf >= 0);
            QVERIFY(list.parts.contains(s.shareOf));
            ++shares;
        }
    }
    QCOMPARE(shares, 3);
}

void TestExtractor::evidenceMapsToOriginal()
{
    // Full-width digits, traditional script and an expanding character before the number: the
    // evidence span still lands on the characters as written.
    const QString text = QStringLiteral("㈠主動公開政府信息３２４５６條。");
    const Document doc = Document::fromPlainText(text);
    const Extraction ex = Extractor().extract(doc);
    const ExtractedField* f = ex.field(QStringLiteral("proactive.total"));
    QVERIFY(f);
    QCOMPARE(text.mid(f->start, f->end - f->start), QStringLiteral("３２４５６條"));
}

void TestExtractor::catalogueIsWellFormed()
{
    const FieldCatalogue& c = FieldCatalogue::builtin();
    const QStringList required = {QStringLiteral("proactive.total"),
                                  QStringLiteral("proactive.normative_docs"),
                                  QStringLiteral("proactive.via_gazette"),
                                  QStringLiteral("proactive.via_website"),
                                  QStringLiteral("proactive.via_weibo"),
                                  QStringLiteral("proactive.via_wechat"),
                                  QStringLiteral("proactive.via_other"),
                                  QStringLiteral("response.press_conferences"),
                                  QStringLiteral("response.policy_interpretations"),
                                  QStringLiteral("response.hotspot_responses"),
                                  QStringLiteral("requests.total"),
                                  QStringLiteral("requests.in_person"),
                                  QStringLiteral("requests.online"),
                                  QStringLiteral("requests.letter"),
                                  QStringLiteral("requests.answered"),
                                  QStringLiteral("outcome.already_public"),
                                  QStringLiteral("outcome.granted"),
                                  QStringLiteral("outcome.partial"),
                                  QStringLiteral("outcome.denied"),
                                  QStringLiteral("outcome.not_held"),
                                  QStringLiteral("outcome.other"),
                                  QStringLiteral("appeals.reconsideration"),
                                  QStringLiteral("appeals.lawsuit"),
                                  QStringLiteral("fees.amount"),
                                  QStringLiteral("org.staff_total"),
                                  QStringLiteral("org.staff_full_time"),
                                  QStringLiteral("org.staff_part_time"),
                                  QStringLiteral("org.reading_points"),
                                  QStringLiteral("consultations.total")};
    for (const QString& key : required) {
        const FieldDef* f = c.find(key);
        QVERIFY2(f, qPrintable(key));
        QVERIFY(!f->labelZh.isEmpty() && !f->labelEn.isEmpty() && !f->unit.isEmpty() && !f->patterns.isEmpty());
        QVERIFY2(
            std::any_of(c.groups().cbegin(), c.groups().cend(), [&](const FieldGroup& g) { return g.id == f->group; }),
            qPrintable(key));
    }
    FieldCatalogue broken;
    QString error;
    QVERIFY(!broken.load(R"({"fields": [{"key": "a"}, {"key": "a"}]})", &error));
    QVERIFY2(error.contains(u"twice"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExtractor)
#include "TestExtractor.moc"
