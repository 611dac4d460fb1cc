// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers/NumberParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace jiaohe {

namespace {

QString kindName(QuantityKind kind)
{
    switch (kind) {
    case QuantityKind::Count:
        return QStringLiteral("Count");
    case QuantityKind::Percent:
        return QStringLiteral("Percent");
    case QuantityKind::Bare:
        return QStringLiteral("Bare");
    case QuantityKind::Year:
        return QStringLiteral("Year");
    case QuantityKind::Date:
        return QStringLiteral("Date");
    case QuantityKind::Ordinal:
        return QStringLiteral("Ordinal");
    case QuantityKind::Reference:
        return QStringLiteral("Reference");
    }
    return QStringLiteral("?");
}

// "Count 216259 条", "Percent 65.97 %", "Count 800000 人次 ~" (~ marks an approximate value).
QString describe(const Quantity& q)
{
    QString s = kindName(q.kind) + u' ' + QString::number(q.value, 'g', 15);
    if (!q.unit.isEmpty())
        s += u' ' + q.unit;
    if (q.approx)
        s += QStringLiteral(" ~");
    return s;
}

QStringList describeAll(const QList<Quantity>& list)
{
    QStringList out;
    for (const Quantity& q : list)
        out.append(describe(q));
    return out;
}

QString longSample()
{
    return QStringLiteral(
        "根据《中华人民共和国政府信息公开条例》《关于做好2017年政府信息公开工作年度报告编制和发布工作的通知》的相关"
        "要求,报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。本报告电子版可在博乐市政府网"
        "(http://www.xjbl.gov.cn)中查看。地址:博乐市前程路1号楼;邮编:833400;电话:0909-2277416;"
        "电子邮箱:xjbole@126.com。\n"
        "一、概述\n"
        "2017年,博乐市人民政府深入贯彻党的十九大精神。\n"
        "㈠加强领导,落实责任\n"
        "1.财政预决算信息公开情况。年内及时公开了118个部门2016年决算,248个部门2017年“三公经费”预算。\n"
        "2.公共资源配置信息公开情况。共公示出让国有建设用地15宗,完成全市135个村1.5万户农民53.34万亩"
        "承包地确权登记。博乐市2017年本级实施项目共237项,年度计划投资225.62亿元。其中政府类投资项目155项,"
        "年度投资148.85亿元,占总年度投资225.62亿元的65.97%;民间类投资项目82项。\n"
        "(一)强化组织领导\n"
        "2017年博乐市政府网主动公开政府信息9616余条,主动公开规范性文件数4条;回应公众关注热点45次,"
        "发布政策解读稿件31篇。征集代表意见建议180多条,10余家部门接受了媒体采访。\n"
        "《关于全面推进政务公开工作的意见》(中办发〔2016〕8 号)和(钦办发〔2016〕50号),"
        "2016年1月发布了第一批市发改委等12个部门的权力清单,两批共46个市直部门。文件公开后3个工作日内发布"
        "政策解读。业务类信息16321 条,占50.3%;财政类信息425条,占1.3 %。访问量80多万多人次,"
        "专兼职工作人员约586人。当面申请608件,占71%;同意部分公开0件;百分之十的申请。\n"
        "桂ICP备10005983号-1|桂公网安备:45070302000553号|网站标识码:4507000001 2017-02-09 16:32\n");
}

void checkInvariants(QStringView text, const QList<Quantity>& list)
{
    qsizetype previousEnd = 0;
    for (const Quantity& q : list) {
        const QString where = describe(q) + QStringLiteral(" at ") + QString::number(q.start);
        QVERIFY2(q.start >= previousEnd, qPrintable(where));
        QVERIFY2(q.start <= q.numberStart, qPrintable(where));
        QVERIFY2(q.numberStart < q.numberEnd, qPrintable(where));
        QVERIFY2(q.numberEnd <= q.end, qPrintable(where));
        QVERIFY2(q.end <= text.size(), qPrintable(where));
        QCOMPARE(q.text, text.sliced(q.start, q.end - q.start).toString());
        if (q.magnitudeStart >= 0) {
            QVERIFY2(q.magnitudeStart >= q.numberEnd && q.magnitudeStart < q.end, qPrintable(where));
        }
        previousEnd = q.end;
    }
}

} // namespace

class TestNumberParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseQuantity_data();
    void parseQuantity();
    void parseQuantityRejects_data();
    void parseQuantityRejects();
    void parseQuantityOffsets();
    void parseChineseNumeral_data();
    void parseChineseNumeral();
    void isCountUnit_data();
    void isCountUnit();
    void scanQuantities_data();
    void scanQuantities();
    void scanOffsets();
    void scanTextMatchesOffsets();
    void scanSeedReports();
};

void TestNumberParser::parseQuantity_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // describe()
    QTest::addColumn<bool>("fromWords");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("magnitude");
    QTest::addColumn<QString>("text");

    auto row = [](const char* name, const QString& input, const QString& expected, bool fromWords = false,
                  int decimals = 0, double magnitude = 1, const QString& text = QString()) {
        QTest::newRow(name) << input << expected << fromWords << decimals << magnitude
                            << (text.isNull() ? input.trimmed() : text);
    };

    row("plain integer", QStringLiteral("216259"), QStringLiteral("Bare 216259"));
    row("full-width digits", QStringLiteral("１２３４５"), QStringLiteral("Bare 12345"));
    row("thousands separator", QStringLiteral("1,234"), QStringLiteral("Bare 1234"));
    row("full-width thousands separator", QStringLiteral("12，345，678"), QStringLiteral("Bare 12345678"));
    row("comma not followed by three digits is not a separator", QStringLiteral("1,23"), QString());
    row("surrounding spaces ignored", QStringLiteral("  522条 "), QStringLiteral("Count 522 条"), false, 0, 1,
        QStringLiteral("522条"));
    row("decimal with magnitude 万", QStringLiteral("53.34万"), QStringLiteral("Bare 533400"), false, 2, 1e4);
    row("magnitude 万 with unit 条", QStringLiteral("199693万条"), QStringLiteral("Count 1996930000 条"), false, 0,
        1e4);
    row("magnitude 亿", QStringLiteral("1.2亿"), QStringLiteral("Bare 120000000"), false, 1, 1e8);
    row("magnitude 千", QStringLiteral("3千人"), QStringLiteral("Count 3000 人"), false, 0, 1e3);
    row("approx 多 before magnitude", QStringLiteral("80多万"), QStringLiteral("Bare 800000 ~"), false, 0, 1e4);
    row("approx 多 twice with 人次", QStringLiteral("80多万多人次"), QStringLiteral("Count 800000 人次 ~"), false, 0,
        1e4);
    row("亿元 keeps the written value", QStringLiteral("225.62亿元"), QStringLiteral("Count 225.62 亿元"), false, 2);
    row("万元 keeps the written value", QStringLiteral("148.85万元"), QStringLiteral("Count 148.85 万元"), false, 2);
    row("千元 keeps the written value", QStringLiteral("5千元"), QStringLiteral("Count 5 千元"));
    row("万余元 approx currency", QStringLiteral("3万余元"), QStringLiteral("Count 3 万元 ~"));
    row("plain 元", QStringLiteral("1500元"), QStringLiteral("Count 1500 元"));
    row("approx 余 before unit", QStringLiteral("9616余条"), QStringLiteral("Count 9616 条 ~"));
    row("approx 余 10000余条", QStringLiteral("10000余条"), QStringLiteral("Count 10000 条 ~"));
    row("approx 多 180多条", QStringLiteral("180多条"), QStringLiteral("Count 180 条 ~"));
    row("approx 余 8200余条", QStringLiteral("8200余条"), QStringLiteral("Count 8200 条 ~"));
    row("approx prefix 约", QStringLiteral("约586人"), QStringLiteral("Count 586 人 ~"));
    row("approx prefix 大约", QStringLiteral("大约30次"), QStringLiteral("Count 30 次 ~"));
    row("approx prefix 近", QStringLiteral("近500件"), QStringLiteral("Count 500 件 ~"));
    row("approx prefix 将近", QStringLiteral("将近500件"), QStringLiteral("Count 500 件 ~"));
    row("approx prefix 逾", QStringLiteral("逾2000条"), QStringLiteral("Count 2000 条 ~"));
    row("approx suffix 左右", QStringLiteral("100人左右"), QStringLiteral("Count 100 人 ~"));
    row("approx suffix 以上", QStringLiteral("90%以上"), QStringLiteral("Percent 90 % ~"));
    row("approx suffix 上下", QStringLiteral("500条上下"), QStringLiteral("Count 500 条 ~"));
    row("approx suffix 许", QStringLiteral("20许人"), QStringLiteral("Count 20 人 ~"));
    row("bare approx 多", QStringLiteral("80多"), QStringLiteral("Bare 80 ~"));
    row("Chinese measure word 五个", QStringLiteral("五个"), QStringLiteral("Count 5 个"), true);
    row("Chinese numeral 一千二百三十四", QStringLiteral("一千二百三十四"), QStringLiteral("Bare 1234"), true);
    row("两批", QStringLiteral("两批"), QStringLiteral("Count 2 批"), true);
    row("大写 贰佰件", QStringLiteral("贰佰件"), QStringLiteral("Count 200 件"), true);
    row("大写 壹仟元", QStringLiteral("壹仟元"), QStringLiteral("Count 1000 元"), true);
    row("Chinese with approx 十余人", QStringLiteral("十余人"), QStringLiteral("Count 10 人 ~"), true);
    row("Chinese 百余条", QStringLiteral("百余条"), QStringLiteral("Count 100 条 ~"), true);
    row("Chinese 五十万元", QStringLiteral("五十万元"), QStringLiteral("Count 50 万元"), true);
    row("percent", QStringLiteral("65.97%"), QStringLiteral("Percent 65.97 %"), false, 2);
    row("percent with 占", QStringLiteral("占27.3%"), QStringLiteral("Percent 27.3 %"), false, 1);
    row("full-width percent sign", QStringLiteral("94％"), QStringLiteral("Percent 94 %"));
    row("percent with a space", QStringLiteral("1.3 %"), QStringLiteral("Percent 1.3 %"), false, 1);
    row("percent words 百分之十", QStringLiteral("百分之十"), QStringLiteral("Percent 10 %"), true);
    row("percent words 百分之三十五", QStringLiteral("百分之三十五"), QStringLiteral("Percent 35 %"), true);
    row("percent words 百分之百", QStringLiteral("百分之百"), QStringLiteral("Percent 100 %"), true);
    row("percent words with digits", QStringLiteral("百分之30"), QStringLiteral("Percent 30 %"));
    row("percent keeps trailing zero decimals", QStringLiteral("50.00%"), QStringLiteral("Percent 50 %"), false, 2);
    row("zero as 0件", QStringLiteral("0件"), QStringLiteral("Count 0 件"));
    row("zero word 无", QStringLiteral("无"), QStringLiteral("Bare 0"), true);
    row("zero word 没有", QStringLiteral("没有"), QStringLiteral("Bare 0"), true);
    row("zero 没有此类情况", QStringLiteral("没有此类情况"), QStringLiteral("Bare 0"), true);
    row("zero 没有…的情况", QStringLiteral("没有因政府信息公开申请行政复议的情况"), QStringLiteral("Bare 0"), true);
    row("zero word 未发生", QStringLiteral("未发生"), QStringLiteral("Bare 0"), true);
    row("zero numeral 零", QStringLiteral("零"), QStringLiteral("Bare 0"), true);
    row("unit 人次 over 人", QStringLiteral("35人次"), QStringLiteral("Count 35 人次"));
    row("unit 个工作日 over 个", QStringLiteral("3个工作日"), QStringLiteral("Count 3 个工作日"));
    row("space before unit", QStringLiteral("16321 条"), QStringLiteral("Count 16321 条"));
    row("year", QStringLiteral("2016年"), QStringLiteral("Year 2016 年"));
    row("year 年度", QStringLiteral("2016年度"), QStringLiteral("Year 2016 年度"));
    row("year in Chinese numerals", QStringLiteral("二〇一六年"), QStringLiteral("Year 2016 年"), true);
    row("duration in years", QStringLiteral("3年"), QStringLiteral("Count 3 年"));
    row("month is a date", QStringLiteral("12月"), QStringLiteral("Date 12 月"));
    row("ordinal", QStringLiteral("第3次"), QStringLiteral("Ordinal 3 次"));
    row("ordinal in words", QStringLiteral("第一批"), QStringLiteral("Ordinal 1 批"), true);
    row("document number", QStringLiteral("39号"), QStringLiteral("Reference 39 号"));
}

void TestNumberParser::parseQuantity()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, fromWords);
    QFETCH(int, decimals);
    QFETCH(double, magnitude);
    QFETCH(QString, text);

    const std::optional<Quantity> q = jiaohe::parseQuantity(input);
    if (expected.isEmpty()) {
        QVERIFY2(!q, q ? qPrintable(describe(*q)) : "");
        return;
    }
    QVERIFY(q);
    QCOMPARE(describe(*q), expected);
    QCOMPARE(q->fromWords, fromWords);
    QCOMPARE(q->decimals, decimals);
    QCOMPARE(q->magnitude, magnitude);
    QCOMPARE(q->text, text);
}

void TestNumberParser::parseQuantityRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("digits then letters") << QStringLiteral("12abc");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ");
    QTest::newRow("magnitude alone") << QStringLiteral("万");
    QTest::newRow("two decimal points") << QStringLiteral("1.2.3");
    QTest::newRow("two numbers") << QStringLiteral("12 34");
    QTest::newRow("Chinese digits without units mixed with units") << QStringLiteral("一二十");
    QTest::newRow("percent words without a number") << QStringLiteral("百分之");
    QTest::newRow("占 without a percentage") << QStringLiteral("占3件");
    QTest::newRow("trailing text after unit") << QStringLiteral("3条信息");
}

void TestNumberParser::parseQuantityRejects()
{
    QFETCH(QString, input);
    const std::optional<Quantity> q = jiaohe::parseQuantity(input);
    QVERIFY2(!q, q ? qPrintable(describe(*q)) : "");
}

void TestNumberParser::parseQuantityOffsets()
{
    {
        const QString input = QStringLiteral("199693万条");
        const std::optional<Quantity> q = jiaohe::parseQuantity(input);
        QVERIFY(q);
        QCOMPARE(q->numberStart, 0);
        QCOMPARE(q->numberEnd, 6);
        QCOMPARE(q->magnitudeStart, 6);
        QCOMPARE(q->start, 0);
        QCOMPARE(q->end, input.size());
    }
    {
        const QString input = QStringLiteral(" 约586人");
        const std::optional<Quantity> q = jiaohe::parseQuantity(input);
        QVERIFY(q);
        QCOMPARE(q->start, 1);
        QCOMPARE(q->numberStart, 2);
        QCOMPARE(q->numberEnd, 5);
        QCOMPARE(q->end, 6);
    }
    {
        const std::optional<Quantity> q = jiaohe::parseQuantity(u"225.62亿元");
        QVERIFY(q);
        QCOMPARE(q->magnitude, 1.0);
        QCOMPARE(q->magnitudeStart, -1);
    }
}

void TestNumberParser::parseChineseNumeral_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("一千二百三十四") << QStringLiteral("一千二百三十四") << true << 1234.0;
    QTest::newRow("十五 leading 十") << QStringLiteral("十五") << true << 15.0;
    QTest::newRow("十") << QStringLiteral("十") << true << 10.0;
    QTest::newRow("二十一") << QStringLiteral("二十一") << true << 21.0;
    QTest::newRow("三万五千") << QStringLiteral("三万五千") << true << 35000.0;
    QTest::newRow("三万五 abbreviated") << QStringLiteral("三万五") << true << 35000.0;
    QTest::newRow("一百五 abbreviated") << QStringLiteral("一百五") << true << 150.0;
    QTest::newRow("两") << QStringLiteral("两") << true << 2.0;
    QTest::newRow("两千两百") << QStringLiteral("两千两百") << true << 2200.0;
    QTest::newRow("二〇一六 digit by digit") << QStringLiteral("二〇一六") << true << 2016.0;
    QTest::newRow("二零一七 digit by digit") << QStringLiteral("二零一七") << true << 2017.0;
    QTest::newRow("一百零五 with 零") << QStringLiteral("一百零五") << true << 105.0;
    QTest::newRow("一千零五十") << QStringLiteral("一千零五十") << true << 1050.0;
    QTest::newRow("一万零五") << QStringLiteral("一万零五") << true << 10005.0;
    QTest::newRow("三亿五千万") << QStringLiteral("三亿五千万") << true << 350000000.0;
    QTest::newRow("一万亿") << QStringLiteral("一万亿") << true << 1e12;
    QTest::newRow("零") << QStringLiteral("零") << true << 0.0;
    QTest::newRow("大写 贰佰") << QStringLiteral("贰佰") << true << 200.0;
    QTest::newRow("大写 壹仟") << QStringLiteral("壹仟") << true << 1000.0;
    QTest::newRow("大写 壹万贰仟叁佰肆拾伍") << QStringLiteral("壹万贰仟叁佰肆拾伍") << true << 12345.0;
    QTest::newRow("大写 陆佰零柒") << QStringLiteral("陆佰零柒") << true << 607.0;
    QTest::newRow("大写 拾伍") << QStringLiteral("拾伍") << true << 15.0;
    QTest::newRow("traditional 三萬五千") << QStringLiteral("三萬五千") << true << 35000.0;
    QTest::newRow("traditional 貳億") << QStringLiteral("貳億") << true << 2e8;
    QTest::newRow("大写 佰 alone fails") << QStringLiteral("佰") << false << 0.0;
    QTest::newRow("empty fails") << QString() << false << 0.0;
    QTest::newRow("万 alone fails") << QStringLiteral("万") << false << 0.0;
    QTest::newRow("千万 fails") << QStringLiteral("千万") << false << 0.0;
    QTest::newRow("百 alone fails") << QStringLiteral("百") << false << 0.0;
    QTest::newRow("two digits before a unit fail") << QStringLiteral("一二十") << false << 0.0;
    QTest::newRow("十三五 fails") << QStringLiteral("十三五") << false << 0.0;
    QTest::newRow("non-numeral fails") << QStringLiteral("一个") << false << 0.0;
    QTest::newRow("Arabic digits fail") << QStringLiteral("12") << false << 0.0;
}

void TestNumberParser::parseChineseNumeral()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const std::optional<double> v = jiaohe::parseChineseNumeral(input);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(*v, value);
}

void TestNumberParser::isCountUnit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("count");
    const char16_t* const counts[] = {u"条",   u"件", u"人次", u"人", u"个", u"次", u"篇", u"元",      u"万元", u"亿元",
                                      u"千元", u"项", u"场",   u"期", u"家", u"份", u"批", u"名",      u"户",   u"宗",
                                      u"块",   u"亩", u"所",   u"座", u"处", u"位", u"部", u"类",      u"起",   u"例",
                                      u"封",   u"本", u"册",   u"张", u"套", u"间", u"栏", u"个工作日"};
    for (const char16_t* unit : counts) {
        const QString u = QString::fromUtf16(unit);
        QTest::newRow(qPrintable(QStringLiteral("measure word ") + u)) << u << true;
    }
    QTest::newRow("percent is not a count") << QStringLiteral("%") << false;
    QTest::newRow("年 is not a count") << QStringLiteral("年") << false;
    QTest::newRow("月 is not a count") << QStringLiteral("月") << false;
    QTest::newRow("日 is not a count") << QStringLiteral("日") << false;
    QTest::newRow("empty is not a count") << QString() << false;
    QTest::newRow("prefix of a unit is not a count") << QStringLiteral("个工作") << false;
}

void TestNumberParser::isCountUnit()
{
    QFETCH(QString, unit);
    QFETCH(bool, count);
    QCOMPARE(jiaohe::isCountUnit(unit), count);
}

void TestNumberParser::scanQuantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    auto list = [](std::initializer_list<const char16_t*> items) {
        QStringList out;
        for (const char16_t* item : items)
            out.append(QString::fromUtf16(item));
        return out;
    };

    QTest::newRow("year, counts and a magnitude")
        << QStringLiteral("2016年全市各级政府行政机关累计主动公开政府信息216259条,其中通过政府公报公开政府信息522条,"
                          "通过政府网站公开政府信息199693万条")
        << list({u"Year 2016 年", u"Count 216259 条", u"Count 522 条", u"Count 1996930000 条"});
    QTest::newRow("大写 counts in running text, 陆续 and 收拾 are words")
        << QStringLiteral("本年度共收到申请贰佰件,陆续办结壹佰玖拾捌件,收拾整理档案,收费壹仟元。")
        << list({u"Count 200 件", u"Count 198 件", u"Count 1000 元"});
    QTest::newRow("counts and a completion rate") << QStringLiteral("全年受理各类留言信息994条,办结935条,办结率94%。")
                                                  << list({u"Count 994 条", u"Count 935 条", u"Percent 94 %"});
    QTest::newRow("亿元 amounts and a percentage")
        << QStringLiteral("年度计划投资225.62亿元。其中政府类投资项目155项,年度投资148.85亿元,"
                          "占总年度投资225.62亿元的65.97%")
        << list(
               {u"Count 225.62 亿元", u"Count 155 项", u"Count 148.85 亿元", u"Count 225.62 亿元", u"Percent 65.97 %"});
    QTest::newRow("document number in 〔〕 and N号")
        << QStringLiteral("(钦办发〔2016〕50号)") << list({u"Reference 2016", u"Reference 50 号"});
    QTest::newRow("document number with a space before 号")
        << QStringLiteral("(中办发〔2016〕8 号)和《关于》") << list({u"Reference 2016", u"Reference 8 号"});
    QTest::newRow("document number in [] brackets")
        << QStringLiteral("国办发[2016]19号") << list({u"Reference 2016", u"Reference 19 号"});
    QTest::newRow("phone number") << QStringLiteral("电话:0777-2558895")
                                  << list({u"Reference 777", u"Reference 2558895"});
    QTest::newRow("phone number without keyword")
        << QStringLiteral("联系0909-2277416。") << list({u"Reference 909", u"Reference 2277416"});
    QTest::newRow("mobile number") << QStringLiteral("手机13812345678") << list({u"Reference 13812345678"});
    QTest::newRow("postcode after 邮编") << QStringLiteral("邮编:833400;") << list({u"Reference 833400"});
    QTest::newRow("URL with IP address and port") << QStringLiteral("http://202.103.219.17:8080/html/59/index.html")
                                                  << list({u"Reference 202", u"Reference 103", u"Reference 219",
                                                           u"Reference 17", u"Reference 8080", u"Reference 59"});
    QTest::newRow("www address") << QStringLiteral("网址www.gx12345.gov.cn查看") << list({u"Reference 12345"});
    QTest::newRow("domain without www") << QStringLiteral("登录qz123.gov.cn/xxgk查看") << list({u"Reference 123"});
    QTest::newRow("e-mail address") << QStringLiteral("电子邮箱:abc123@126.com。")
                                    << list({u"Reference 123", u"Reference 126"});
    QTest::newRow("ICP number and site code")
        << QStringLiteral("桂ICP备10005983号-1|桂公网安备:45070302000553号|网站标识码:4507000001")
        << list({u"Reference 10005983 号", u"Reference 1", u"Reference 45070302000553 号", u"Reference 4507000001"});
    QTest::newRow("hotline 12345") << QStringLiteral("12345市民服务热线") << list({u"Reference 12345"});
    QTest::newRow("address number 号楼") << QStringLiteral("前程路1号楼") << list({u"Reference 1 号"});
    QTest::newRow("date and time with dashes")
        << QStringLiteral("2017-02-09 16:32") << list({u"Date 2017", u"Date 2", u"Date 9", u"Date 16", u"Date 32"});
    QTest::newRow("date with slashes") << QStringLiteral("2017/02/09") << list({u"Date 2017", u"Date 2", u"Date 9"});
    QTest::newRow("date with dots") << QStringLiteral("2017.02.09") << list({u"Date 2017", u"Date 2", u"Date 9"});
    QTest::newRow("year month day in Chinese")
        << QStringLiteral("自2017年1月1日起至2017年12月31日止")
        << list({u"Year 2017 年", u"Date 1 月", u"Date 1 日", u"Year 2017 年", u"Date 12 月", u"Date 31 日"});
    QTest::newRow("N号 after 月 is a date") << QStringLiteral("3月9号") << list({u"Date 3 月", u"Date 9 号"});
    QTest::newRow("year range") << QStringLiteral("2016-2020年规划") << list({u"Year 2016 年", u"Year 2020 年"});
    QTest::newRow("years listed with 、") << QStringLiteral("2016、2017年") << list({u"Year 2016 年", u"Year 2017 年"});
    QTest::newRow("month range") << QStringLiteral("2016年1-6月") << list({u"Year 2016 年", u"Date 1", u"Date 6 月"});
    QTest::newRow("hour with 时") << QStringLiteral("12月31日16时")
                                  << list({u"Date 12 月", u"Date 31 日", u"Date 16 时"});
    QTest::newRow("area code in parentheses")
        << QStringLiteral("(0777)2558895") << list({u"Reference 777", u"Reference 2558895"});
    QTest::newRow("decimal glued to letters") << QStringLiteral("PM2.5浓度") << list({u"Reference 2.5"});
    QTest::newRow("year 年度") << QStringLiteral("2016年度报告") << list({u"Year 2016 年度"});
    QTest::newRow("year in Chinese numerals") << QStringLiteral("二〇一六年政府信息公开") << list({u"Year 2016 年"});
    QTest::newRow("heading 一、 leaves only the year")
        << QStringLiteral("一、2016年政府信息公开工作基本情况") << list({u"Year 2016 年"});
    QTest::newRow("heading (三) is nothing") << QStringLiteral("(三)政府信息公开目录") << QStringList();
    QTest::newRow("heading ㈠ is nothing") << QStringLiteral("㈠加强领导,落实责任") << QStringList();
    QTest::newRow("heading 1. at line start")
        << QStringLiteral("1.财政预决算信息公开情况。年内及时公开了118个部门2016年决算")
        << list({u"Count 118 个", u"Year 2016 年"});
    QTest::newRow("heading 1. after a line break")
        << QStringLiteral("决算。\n2.公共资源配置信息公开情况") << QStringList();
    QTest::newRow("heading 1、 at line start") << QStringLiteral("1、加强组织领导") << QStringList();
    QTest::newRow("heading (1)") << QStringLiteral("(1)加强组织领导") << QStringList();
    QTest::newRow("heading after 是") << QStringLiteral("一是1.加强领导") << QStringList();
    QTest::newRow("decimal point inside a number is not a heading")
        << QStringLiteral("53.34万亩") << list({u"Count 533400 亩"});
    QTest::newRow("两批 and 个") << QStringLiteral("两批共46个市直部门") << list({u"Count 2 批", u"Count 46 个"});
    QTest::newRow("ordinal 第一批") << QStringLiteral("第一批市发改委等12个部门")
                                    << list({u"Ordinal 1 批", u"Count 12 个"});
    QTest::newRow("ordinal 第3次 and 第二十三届")
        << QStringLiteral("第3次会议、第二十三届农高会") << list({u"Ordinal 3 次", u"Ordinal 23"});
    QTest::newRow("第三方 is not an ordinal") << QStringLiteral("引入第三方评估") << QStringList();
    QTest::newRow("一是 is nothing") << QStringLiteral("一是推进公开,二是加强解读") << QStringList();
    QTest::newRow("fixed expressions are nothing")
        << QStringLiteral("一把手一站式一些一定一直进一步一起统一部署唯一一体一致一般一样一切一方面十九大十三五"
                          "十四五五公开三公两学一做一带一路三到位四级一部分一次性一条龙")
        << QStringList();
    QTest::newRow("Chinese numerals without a measure word are nothing")
        << QStringLiteral("四川三明五一路百姓千方百计十分重要") << QStringList();
    QTest::newRow("words starting with a unit character are not units")
        << QStringLiteral("本报告由六部分组成,对3处理意见,中央八项规定") << list({u"Bare 3"});
    QTest::newRow("一次 and 一个 are counts")
        << QStringLiteral("召开一次会议,形成一个机制") << list({u"Count 1 次", u"Count 1 个"});
    QTest::newRow("spaces before unit and percent sign")
        << QStringLiteral("业务类信息16321 条,占50.3%;财政类信息425条,占1.3 %")
        << list({u"Count 16321 条", u"Percent 50.3 %", u"Count 425 条", u"Percent 1.3 %"});
    QTest::newRow("80多万多人次") << QStringLiteral("各门户网站政府信息公开专栏访问量80多万多人次")
                                  << list({u"Count 800000 人次 ~"});
    QTest::newRow("约586人") << QStringLiteral("专兼职工作人员约586人") << list({u"Count 586 人 ~"});
    QTest::newRow("9616余条") << QStringLiteral("主动公开政府信息9616余条") << list({u"Count 9616 条 ~"});
    QTest::newRow("5500 余条 (spaces from PDF text)")
        << QStringLiteral("主动公开各类政府信息 5500 余条,") << list({u"Count 5500 条 ~"});
    QTest::newRow("180多条 and 10余家") << QStringLiteral("征集代表意见建议180多条,10余家部门")
                                        << list({u"Count 180 条 ~", u"Count 10 家 ~"});
    QTest::newRow("节约 is not an approximation") << QStringLiteral("节约3万元") << list({u"Count 3 万元"});
    QTest::newRow("个工作日 over 个") << QStringLiteral("文件公开后3个工作日内") << list({u"Count 3 个工作日"});
    QTest::newRow("Chinese 十五个工作日") << QStringLiteral("在十五个工作日内答复") << list({u"Count 15 个工作日"});
    QTest::newRow("durations") << QStringLiteral("近3年来,用时2天,延长6个月")
                               << list({u"Count 3 年 ~", u"Count 2 天", u"Count 6 个月"});
    QTest::newRow("magnitudes with units") << QStringLiteral("完成全市135个村1.5万户农民53.34万亩")
                                           << list({u"Count 135 个", u"Count 15000 户", u"Count 533400 亩"});
    QTest::newRow("percent words") << QStringLiteral("占百分之十,约百分之三十五左右")
                                   << list({u"Percent 10 %", u"Percent 35 % ~"});
    QTest::newRow("full-width digits and percent sign")
        << QStringLiteral("受理１２件,占３０％") << list({u"Count 12 件", u"Percent 30 %"});
    QTest::newRow("thousands separator") << QStringLiteral("共公开1,234条信息") << list({u"Count 1234 条"});
    QTest::newRow("zero count") << QStringLiteral("同意部分公开0件;无举报件") << list({u"Count 0 件"});
    QTest::newRow("bare number") << QStringLiteral("编号为A类,排名第5,得分95") << list({u"Ordinal 5", u"Bare 95"});
    QTest::newRow("codes glued to letters")
        << QStringLiteral("G20峰会和5G网络") << list({u"Reference 20", u"Reference 5"});
    QTest::newRow("Chinese count with approximation")
        << QStringLiteral("八十多万人次,百余条,十余人")
        << list({u"Count 800000 人次 ~", u"Count 100 条 ~", u"Count 10 人 ~"});
    QTest::newRow("Chinese 五十万元 keeps the written value")
        << QStringLiteral("投入五十万元") << list({u"Count 50 万元"});
    QTest::newRow("time") << QStringLiteral("于16:32发布") << list({u"Date 16", u"Date 32"});
    QTest::newRow("per mille") << QStringLiteral("占5‰") << list({u"Percent 5 ‰"});
    QTest::newRow("percentage points") << QStringLiteral("提高3.5个百分点") << list({u"Count 3.5 个百分点"});
}

void TestNumberParser::scanQuantities()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Quantity> found = jiaohe::scanQuantities(text);
    QCOMPARE(describeAll(found), expected);
    checkInvariants(text, found);
}

void TestNumberParser::scanOffsets()
{
    {
        const QString text = QStringLiteral("信息425条,占27.3%。");
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QCOMPARE(found.size(), 2);
        const Quantity& percent = found.at(1);
        QCOMPARE(percent.text, QStringLiteral("占27.3%"));
        QCOMPARE(percent.start, 7);
        QCOMPARE(percent.numberStart, 8);
        QCOMPARE(percent.numberEnd, 12);
        QCOMPARE(percent.end, 13);
        QCOMPARE(percent.decimals, 1);
    }
    {
        const QString text = QStringLiteral("访问量80多万多人次。");
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QCOMPARE(found.size(), 1);
        const Quantity& q = found.first();
        QCOMPARE(q.text, QStringLiteral("80多万多人次"));
        QCOMPARE(q.numberStart, 3);
        QCOMPARE(q.numberEnd, 5);
        QCOMPARE(q.magnitudeStart, 6);
        QCOMPARE(q.magnitude, 1e4);
        QVERIFY(q.approx);
    }
    {
        const QString text = QStringLiteral("专兼职工作人员约586人左右");
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, QStringLiteral("约586人左右"));
        QCOMPARE(found.first().numberStart, 8);
        QCOMPARE(found.first().numberEnd, 11);
    }
    {
        const QString text = QStringLiteral("两批");
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().fromWords);
        QCOMPARE(found.first().numberEnd, 1);
    }
    {
        const QString text = QStringLiteral("政府网站公开政府信息199693万条");
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().magnitudeStart, text.indexOf(u'万'));
        QCOMPARE(found.first().magnitude, 1e4);
    }
}

void TestNumberParser::scanTextMatchesOffsets()
{
    const QString text = longSample();
    const QList<Quantity> found = jiaohe::scanQuantities(text);
    QVERIFY(found.size() > 40);
    checkInvariants(text, found);
    // Nothing in a URL, e-mail address or phone number is taken for a count.
    for (const Quantity& q : found) {
        if (q.kind == QuantityKind::Count || q.kind == QuantityKind::Percent)
            QVERIFY2(!q.unit.isEmpty(), qPrintable(q.text));
    }
}

void TestNumberParser::scanSeedReports()
{
#ifdef JIAOHE_TEST_DATA
    const QDir dir(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no seed reports");
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QList<Quantity> found = jiaohe::scanQuantities(text);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        checkInvariants(text, found);
        // Every quantity parses on its own when it is a Count or a Percent.
        for (const Quantity& q : found) {
            if (q.kind != QuantityKind::Count && q.kind != QuantityKind::Percent)
                continue;
            const std::optional<Quantity> alone = jiaohe::parseQuantity(q.text);
            QVERIFY2(alone, qPrintable(name + QStringLiteral(": ") + q.text));
            QCOMPARE(alone->value, q.value);
            QCOMPARE(alone->unit, q.unit);
        }
    }
#else
    QSKIP("JIAOHE_TEST_DATA is not defined");
#endif
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestNumberParser)
#include "TestNumberParser.moc"
