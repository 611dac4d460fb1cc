// SPDX-License-Identifier: GPL-3.0-or-later
// SelectedNumber: the one number under a selection (or a position) of a report's text, and whether its unit
// fits the field it is assigned to.
#include "numbers/SelectedNumber.h"

#include <QRegularExpression>
#include <QTest>

using namespace jiaohe;

using Problem = SelectedNumber::Problem;
Q_DECLARE_METATYPE(jiaohe::SelectedNumber::Problem)

class TestSelectedNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void unitDiffers_data();
    void unitDiffers();
};

void TestSelectedNumber::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected");  // the selection: its first occurrence in the text; "@n": position n
    QTest::addColumn<QString>("fieldUnit"); // "-": an unknown field
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");

    const QString line = QStringLiteral("主动公开政府信息1103条，其中网站公开35条。");
    QTest::newRow("a count selected") << line << QStringLiteral("1103") << QStringLiteral("条") << Problem::None
                                      << 1103.0 << QStringLiteral("条");
    QTest::newRow("a click inside the number")
        << line << QStringLiteral("@9") << QStringLiteral("条") << Problem::None << 1103.0 << QStringLiteral("条");
    QTest::newRow("the selection takes the unit with it")
        << line << QStringLiteral("35条") << QStringLiteral("条") << Problem::None << 35.0 << QStringLiteral("条");
    QTest::newRow("two numbers") << line << QStringLiteral("1103条，其中网站公开35") << QStringLiteral("条")
                                 << Problem::SeveralNumbers << 0.0 << QString();
    QTest::newRow("no number") << line << QStringLiteral("政府") << QStringLiteral("条") << Problem::NoNumber << 0.0
                               << QString();
    QTest::newRow("magnitude applied") << QStringLiteral("共199693万条。") << QStringLiteral("199693万")
                                       << QStringLiteral("条") << Problem::None << 1996930000.0 << QStringLiteral("条");
    QTest::newRow("a percentage for a share") << QStringLiteral("占比65.97%。") << QStringLiteral("65.97%")
                                              << QStringLiteral("%") << Problem::None << 65.97 << QStringLiteral("%");
    QTest::newRow("a percentage for a count")
        << QStringLiteral("占比65.97%。") << QStringLiteral("65.97%") << QStringLiteral("件")
        << Problem::PercentForCount << 65.97 << QStringLiteral("%");
    QTest::newRow("a count for a share") << line << QStringLiteral("1103") << QStringLiteral("%")
                                         << Problem::CountForPercent << 1103.0 << QStringLiteral("条");
    QTest::newRow("a bare number takes the field's unit")
        << QStringLiteral("数量：12") << QStringLiteral("12") << QStringLiteral("件") << Problem::None << 12.0
        << QStringLiteral("件");
    QTest::newRow("an unknown field takes any number")
        << QStringLiteral("占比5%") << QStringLiteral("5%") << QStringLiteral("-") << Problem::None << 5.0
        << QStringLiteral("%");
    QTest::newRow("scanned on its own line") << QStringLiteral("第一行8件\n第二行9件") << QStringLiteral("9件")
                                             << QStringLiteral("件") << Problem::None << 9.0 << QStringLiteral("件");
}

void TestSelectedNumber::unitDiffers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fieldUnit");
    QTest::addColumn<bool>("differs");
    QTest::newRow("件 for a 条 field") << QStringLiteral("收到申请12件") << QStringLiteral("条") << true;
    QTest::newRow("件 for a 件 field") << QStringLiteral("收到申请12件") << QStringLiteral("件") << false;
    QTest::newRow("亿元 for a 元 field") << QStringLiteral("投资3.5亿元") << QStringLiteral("元") << true;
    QTest::newRow("a bare number") << QStringLiteral("数量：12") << QStringLiteral("件") << false;
    QTest::newRow("an unknown field") << QStringLiteral("收到申请12件") << QStringLiteral("-") << false;
    QTest::newRow("a percentage for a share") << QStringLiteral("占比5%") << QStringLiteral("%") << false;
}

void TestSelectedNumber::unitDiffers()
{
    QFETCH(QString, text);
    QFETCH(QString, fieldUnit);
    QFETCH(bool, differs);
    const std::optional<QString> unit = fieldUnit == u"-" ? std::nullopt : std::optional<QString>(fieldUnit);
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("[0-9]")));
    const SelectedNumber n = SelectedNumber::find(text, at, at, unit);
    QCOMPARE(n.problem, Problem::None);
    QCOMPARE(n.unitDiffers, differs);
}

void TestSelectedNumber::find()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, fieldUnit);
    QFETCH(Problem, problem);
    QFETCH(double, value);
    QFETCH(QString, unit);
    qsizetype start = 0;
    qsizetype end = 0;
    if (selected.startsWith(u'@')) {
        start = end = selected.mid(1).toLongLong();
    } else {
        start = text.indexOf(selected);
        QVERIFY(start >= 0);
        end = start + selected.size();
    }
    const std::optional<QString> fieldUnitOrNone = fieldUnit == u"-" ? std::nullopt : std::optional<QString>(fieldUnit);
    const SelectedNumber n = SelectedNumber::find(text, start, end, fieldUnitOrNone);
    QCOMPARE(n.problem, problem);
    if (problem == Problem::NoNumber || problem == Problem::SeveralNumbers) {
        return;
    }
    QCOMPARE(n.quantity.value, value);
    QCOMPARE(n.unit, unit);
    // The span is the number's in the whole text.
    QVERIFY(n.quantity.start <= start || start == end);
    QVERIFY(text.mid(n.quantity.start, n.quantity.end - n.quantity.start).contains(n.quantity.text.left(1)));
}

QTEST_GUILESS_MAIN(TestSelectedNumber)
#include "TestSelectedNumber.moc"
