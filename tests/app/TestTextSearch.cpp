// SPDX-License-Identifier: GPL-3.0-or-later
// TextSearch: find in a report as the reviewer means it (normalised: traditional script, full-width digits,
// case) with the matches as spans of the text as written, and which match to go to from a position.
#include "document/TextSearch.h"

#include <QTest>

using namespace jiaohe;

using Spans = QList<TextSearch::Span>;

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void pick_data();
    void pick();
};

void TestTextSearch::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("found"); // the text as written at each match

    QTest::newRow("plain") << QStringLiteral("政府信息公开，信息公开") << QStringLiteral("公开")
                           << QStringList{QStringLiteral("公开"), QStringLiteral("公开")};
    QTest::newRow("simplified finds traditional")
        << QStringLiteral("政府資訊公開") << QStringLiteral("公开") << QStringList{QStringLiteral("公開")};
    QTest::newRow("half-width finds full-width")
        << QStringLiteral("共１２件") << QStringLiteral("12") << QStringList{QStringLiteral("１２")};
    QTest::newRow("case ignored") << QStringLiteral("PDF and pdf") << QStringLiteral("Pdf")
                                  << QStringList{QStringLiteral("PDF"), QStringLiteral("pdf")};
    QTest::newRow("spaces around the query")
        << QStringLiteral("年度报告") << QStringLiteral("  报告 ") << QStringList{QStringLiteral("报告")};
    QTest::newRow("empty query") << QStringLiteral("年度报告") << QStringLiteral("  ") << QStringList{};
    QTest::newRow("not there") << QStringLiteral("年度报告") << QStringLiteral("预算") << QStringList{};
}

void TestTextSearch::find()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QStringList, found);
    const Spans matches = TextSearch(text).find(query);
    QStringList written;
    for (const auto& [start, end] : matches) {
        written.append(text.mid(start, end - start));
    }
    QCOMPARE(written, found);
}

void TestTextSearch::pick_data()
{
    QTest::addColumn<qsizetype>("from");
    QTest::addColumn<int>("step");
    QTest::addColumn<qsizetype>("picked");
    // Matches start at 10, 20 and 30.
    QTest::newRow("while typing: at the cursor") << qsizetype(20) << 0 << qsizetype(1);
    QTest::newRow("while typing: the next one") << qsizetype(21) << 0 << qsizetype(2);
    QTest::newRow("next: after the cursor") << qsizetype(20) << 1 << qsizetype(2);
    QTest::newRow("next wraps round") << qsizetype(30) << 1 << qsizetype(0);
    QTest::newRow("previous: before the cursor") << qsizetype(20) << -1 << qsizetype(0);
    QTest::newRow("previous wraps round") << qsizetype(10) << -1 << qsizetype(2);
    QTest::newRow("from the start") << qsizetype(0) << 0 << qsizetype(0);
}

void TestTextSearch::pick()
{
    QFETCH(qsizetype, from);
    QFETCH(int, step);
    QFETCH(qsizetype, picked);
    const Spans matches = {{10, 12}, {20, 22}, {30, 32}};
    QCOMPARE(TextSearch::pick(matches, from, step), picked);
    QCOMPARE(TextSearch::pick({}, from, step), qsizetype(-1));
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "TestTextSearch.moc"
