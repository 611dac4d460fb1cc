// SPDX-License-Identifier: GPL-3.0-or-later
// FlagTargets: which field a suggested fix is for and which fields a flag touches, from the spans alone.
#include "store/FlagTargets.h"

#include <QTest>

using namespace jiaohe;

namespace {

StoredField field(const QString& key, qsizetype start, qsizetype end)
{
    StoredField f;
    f.key = key;
    f.evidenceStart = start;
    f.evidenceEnd = end;
    return f;
}

StoredFlag flag(const QList<std::pair<qsizetype, qsizetype>>& spans, const QString& resolution = QStringLiteral("open"),
                bool active = true)
{
    StoredFlag f;
    f.spans = spans;
    f.resolution = resolutionFromString(resolution).value_or(Resolution::Open);
    f.active = active;
    return f;
}

// Three fields side by side: a [10, 14), b [20, 30), c [25, 27) (c's number inside b's).
const QList<StoredField> fields = {field(QStringLiteral("a"), 10, 14), field(QStringLiteral("b"), 20, 30),
                                   field(QStringLiteral("c"), 25, 27)};

} // namespace

class TestFlagTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldForSuggestion_data();
    void fieldForSuggestion();
    void fieldsTouched_data();
    void fieldsTouched();
    void flaggedFieldsOnlyOpenActive_data();
    void flaggedFieldsOnlyOpenActive();
};

void TestFlagTargets::fieldForSuggestion_data()
{
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("key");
    QTest::newRow("the same span") << qsizetype(10) << qsizetype(14) << QStringLiteral("a");
    QTest::newRow("the same span wins over a wider overlap") << qsizetype(25) << qsizetype(27) << QStringLiteral("c");
    QTest::newRow("else the largest overlap") << qsizetype(18) << qsizetype(29) << QStringLiteral("b");
    QTest::newRow("a part of one field") << qsizetype(11) << qsizetype(13) << QStringLiteral("a");
    QTest::newRow("touching is not overlapping") << qsizetype(14) << qsizetype(20) << QString();
    QTest::newRow("nowhere near") << qsizetype(40) << qsizetype(44) << QString();
}

void TestFlagTargets::fieldForSuggestion()
{
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, key);
    Suggestion s;
    s.value = 1;
    s.start = start;
    s.end = end;
    QCOMPARE(FlagTargets::fieldForSuggestion(s, fields), key);
}

void TestFlagTargets::fieldsTouched_data()
{
    using Spans = QList<std::pair<qsizetype, qsizetype>>;
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("no spans") << Spans{} << QStringList{};
    QTest::newRow("one field") << Spans{{11, 12}} << QStringList{QStringLiteral("a")};
    QTest::newRow("a nested number touches both")
        << Spans{{25, 26}} << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("several spans") << Spans{{0, 11}, {29, 35}} << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("ends where a field starts") << Spans{{5, 10}} << QStringList{};
}

void TestFlagTargets::fieldsTouched()
{
    using Spans = QList<std::pair<qsizetype, qsizetype>>;
    QFETCH(Spans, spans);
    QFETCH(QStringList, keys);
    const QSet<QString> touched = FlagTargets::fieldsTouched(flag(spans), fields);
    QCOMPARE(touched, QSet<QString>(keys.cbegin(), keys.cend()));
}

void TestFlagTargets::flaggedFieldsOnlyOpenActive_data()
{
    QTest::addColumn<QString>("resolution");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("open, active") << QStringLiteral("open") << true << true;
    QTest::newRow("open, no longer raised") << QStringLiteral("open") << false << false;
    QTest::newRow("dismissed") << QStringLiteral("dismissed") << true << false;
    QTest::newRow("fixed") << QStringLiteral("fixed") << true << false;
    QTest::newRow("source error") << QStringLiteral("source_error") << true << false;
}

void TestFlagTargets::flaggedFieldsOnlyOpenActive()
{
    QFETCH(QString, resolution);
    QFETCH(bool, active);
    QFETCH(bool, flagged);
    const QSet<QString> keys = FlagTargets::flaggedFields({flag({{11, 12}}, resolution, active)}, fields);
    QCOMPARE(keys.contains(QStringLiteral("a")), flagged);
    QCOMPARE(keys.size(), flagged ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestFlagTargets)
#include "TestFlagTargets.moc"
