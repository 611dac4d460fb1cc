// SPDX-License-Identifier: GPL-3.0-or-later
// The self-check that tells a misread table from a report's errors (extract/TableAlignment): synthetic rows of
// table 3 and table 2 in, the alignment kept (or none: the table left blank) out.
#include "check/TableChecks.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "extract/TableAlignment.h"
#include "extract/TemplateShape.h"

#include <QTest>

#include <optional>

using namespace jiaohe;
using namespace jiaohe::tables;

namespace {

// A printed row: its figures in order, std::nullopt for a cell printed blank. Fewer or more than the seven
// columns: a row that lost cells or has extra ones.
using Printed = QList<std::optional<double>>;
using PrintedTable = QList<std::pair<QString, Printed>>;

// The reading of `rows` with short or long rows aligned at the start (padded or cut at the end: as read) or, for
// rows one cell short or long, at the end (the row lost or has an extra leading cell), as Table3Reader builds them.
// Rows not given are zeros.
TableReading reading(const PrintedTable& rows, bool atEnd)
{
    const QList<TemplateRow> defs = TemplateShape::builtin().rows(u"t3", 2021);
    TableReading out;
    for (const TemplateRow& def : defs) {
        Printed cells(def.columns.size(), 0.0);
        bool padded[7] = {};
        for (const auto& [key, printed] : rows) {
            if (key != def.key) {
                continue;
            }
            const qsizetype n = def.columns.size();
            const qsizetype k = printed.size();
            for (qsizetype c = 0; c < n; ++c) {
                const bool shiftByOne = k == n - 1 || k == n + 1; // as Table3Reader: only a shift by one
                const qsizetype from = atEnd && shiftByOne ? c - (n - k) : c;
                padded[c] = from < 0 || from >= k;
                cells[c] = padded[c] ? std::optional<double>(0.0) : printed.at(from);
            }
        }
        for (qsizetype c = 0; c < def.columns.size(); ++c) {
            const bool blank = !cells.at(c).has_value();
            out.insert(QStringLiteral("t3.") + def.key + u'.' + def.columns.at(c),
                       ReadCell{blank ? 0.0 : *cells.at(c), blank && !padded[c]});
        }
    }
    return out;
}

// A consistent 2021 table 3: 一 14 + 二 1 = 三 14 + 四 1 in every column, rows adding up.
PrintedTable consistent()
{
    return {{QStringLiteral("new"), {5, 4, 0, 1, 3, 1, 14}},
            {QStringLiteral("carried_over"), {0, 1, 0, 0, 0, 0, 1}},
            {QStringLiteral("granted"), {3, 2, 0, 1, 1, 0, 7}},
            {QStringLiteral("partial"), {0, 2, 0, 0, 0, 0, 2}},
            {QStringLiteral("denied.third_party"), {1, 0, 0, 0, 0, 0, 1}},
            {QStringLiteral("unavailable.not_held"), {1, 0, 0, 0, 2, 1, 4}},
            {QStringLiteral("total"), {5, 4, 0, 1, 3, 1, 14}},
            {QStringLiteral("carried_forward"), {0, 1, 0, 0, 0, 0, 1}}};
}

// Every row with its first figure taken off (the row lost its leading cell) or with one more before it.
PrintedTable shifted(PrintedTable t, bool extraCell)
{
    for (auto& [key, cells] : t) {
        if (extraCell) {
            cells.prepend(9.0);
        } else {
            cells.removeFirst();
        }
    }
    return t;
}

} // namespace

class TestTableAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table3_data();
    void table3();
    void table2_data();
    void table2();
    void blankTotalIsNoFailure();
    void unreadableTableFlag();
};

void TestTableAlignment::table3_data()
{
    QTest::addColumn<PrintedTable>("rows");
    QTest::addColumn<int>("chosen"); // 0: as read, 1: aligned at the end, -1: left blank
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<int>("failing"); // of the chosen reading; -1: most fail under the best

    QTest::newRow("consistent table: as read") << consistent() << 0 << false << 0;
    // A body whose applicants were all organisations: the 自然人 column left empty in every row.
    const std::optional<double> none;
    const PrintedTable noPerson{{QStringLiteral("new"), {none, 9, 0, 1, 3, 1, 14}},
                                {QStringLiteral("carried_over"), {none, 1, 0, 0, 0, 0, 1}},
                                {QStringLiteral("granted"), {none, 5, 0, 1, 1, 0, 7}},
                                {QStringLiteral("partial"), {none, 2, 0, 0, 0, 0, 2}},
                                {QStringLiteral("denied.third_party"), {none, 1, 0, 0, 0, 0, 1}},
                                {QStringLiteral("unavailable.not_held"), {none, 1, 0, 0, 2, 1, 4}},
                                {QStringLiteral("total"), {none, 9, 0, 1, 3, 1, 14}},
                                {QStringLiteral("carried_forward"), {none, 1, 0, 0, 0, 0, 1}}};
    QTest::newRow("every row lost its empty first cell: aligned at the end")
        << shifted(noPerson, false) << 1 << false << 0;
    QTest::newRow("every row has one cell more before its seven: aligned at the end")
        << shifted(consistent(), true) << 1 << false << 0;
    // A web page drops a row's trailing empty cells: rows of zeros cut short change nothing.
    PrintedTable trailing = consistent();
    trailing.append({QStringLiteral("denied.state_secret"), {0, 0}});
    trailing.append({QStringLiteral("not_processed.duplicate"), {0}});
    QTest::newRow("rows cut short at the end: as read") << trailing << 0 << false << 0;
    // Empty cells dropped anywhere: figures in the wrong columns under every alignment.
    QTest::newRow("empty cells dropped in the middle: blank")
        << PrintedTable{{QStringLiteral("new"), {31, 4, 2, 37}},
                        {QStringLiteral("carried_over"), {3, 3}},
                        {QStringLiteral("granted"), {12, 2, 1, 15}},
                        {QStringLiteral("partial"), {5, 5}},
                        {QStringLiteral("unavailable.not_held"), {9, 1, 1, 11}},
                        {QStringLiteral("other.no_correction"), {2, 2}},
                        {QStringLiteral("total"), {31, 3, 2, 36}},
                        {QStringLiteral("carried_forward"), {3, 1, 4}}}
        << -1 << false << -1;
    // The report's own slip: 予以公开 by natural persons 7 where 3 is meant (row and column fail, nothing else).
    PrintedTable typo = consistent();
    typo[2].second[0] = 7.0;
    QTest::newRow("one wrong figure: as read, its identities fail") << typo << 0 << false << 2;
    QTest::newRow("nothing but zeros: as read")
        << PrintedTable{{QStringLiteral("new"), {0, 0, 0, 0, 0, 0, 0}}} << 0 << false << 0;
}

void TestTableAlignment::table3()
{
    QFETCH(PrintedTable, rows);
    QFETCH(int, chosen);
    QFETCH(bool, ambiguous);
    QFETCH(int, failing);
    const TableAlignment check = TableAlignment::table3(TemplateShape::builtin().rows(u"t3", 2021));
    QList<TableReading> readings{reading(rows, false)};
    if (readings.first() != reading(rows, true)) {
        readings.append(reading(rows, true));
    }
    const AlignmentChoice choice = check.choose(readings);
    QCOMPARE(choice.chosen, chosen);
    QCOMPARE(choice.ambiguous, ambiguous);
    if (failing < 0) {
        QVERIFY(choice.count.mostFail());
    } else {
        QCOMPARE(choice.count.failing, failing);
    }
    // The same readings in the other order choose the same reading: the choice is the identities', not the order's.
    if (readings.size() == 2 && chosen >= 0) {
        const AlignmentChoice reversed = check.choose({readings.at(1), readings.at(0)});
        QCOMPARE(reversed.chosen, 1 - chosen);
    }
}

void TestTableAlignment::table2_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("version");
    QTest::addColumn<QList<QList<double>>>("placements"); // as read first
    QTest::addColumn<int>("chosen");
    QTest::addColumn<bool>("ambiguous");

    // 规范性文件 printed only 38: in 2019 the total published is at least what was made and published this year.
    QTest::newRow("2019, the stock alone: in the last column")
        << QStringLiteral("normative") << 2019 << QList<QList<double>>{{38, 0, 0}, {0, 38, 0}, {0, 0, 38}} << 2
        << false;
    QTest::newRow("2019, all three printed: as read")
        << QStringLiteral("normative") << 2019 << QList<QList<double>>{{6, 6, 58}} << 0 << false;
    // 2021: in force ≥ issued − repealed: 31 cannot be this year's issued with nothing in force, but it may be
    // what was repealed or what is in force.
    QTest::newRow("2021, one figure: repealed or in force, left blank")
        << QStringLiteral("rules") << 2021 << QList<QList<double>>{{31, 0, 0}, {0, 31, 0}, {0, 0, 31}} << -1 << true;
    QTest::newRow("2021, two figures with a gap: left blank")
        << QStringLiteral("normative") << 2021 << QList<QList<double>>{{8, 31, 0}, {0, 8, 31}, {8, 0, 31}} << -1
        << true;
    // One reading only, its one sum failing: the report's own error, kept as printed.
    QTest::newRow("2021, all three printed, more issued than in force: as read")
        << QStringLiteral("normative") << 2021 << QList<QList<double>>{{40, 0, 3}} << 0 << false;
}

void TestTableAlignment::table2()
{
    QFETCH(QString, row);
    QFETCH(int, version);
    QFETCH(QList<QList<double>>, placements);
    QFETCH(int, chosen);
    QFETCH(bool, ambiguous);
    const QList<TemplateRow> defs = TemplateShape::builtin().rows(u"t2", version);
    const auto def = std::find_if(defs.cbegin(), defs.cend(), [&](const TemplateRow& r) { return r.key == row; });
    QVERIFY(def != defs.cend());
    QList<TableReading> readings;
    for (const QList<double>& values : std::as_const(placements)) {
        TableReading r;
        for (qsizetype c = 0; c < def->columns.size(); ++c) {
            r.insert(QStringLiteral("t2.") + row + u'.' + def->columns.at(c), ReadCell{values.at(c), false});
        }
        readings.append(r);
    }
    const AlignmentChoice choice = TableAlignment(TableAlignment::table2Row(row, version)).choose(readings);
    QCOMPARE(choice.chosen, chosen);
    QCOMPARE(choice.ambiguous, ambiguous);
    QVERIFY(TableAlignment::table2Row(QStringLiteral("licensing"), version).isEmpty());
}

// A total the report left blank while its parts are filled is reported as missing by the checks, not counted as a
// failed identity; a total the reader had to add for a missing cell is counted.
void TestTableAlignment::blankTotalIsNoFailure()
{
    const TableAlignment check = TableAlignment::table3(TemplateShape::builtin().rows(u"t3", 2021));
    const QStringList columns = TemplateShape::builtin().rows(u"t3", 2021).first().columns;
    const QList<double> granted{3, 2, 0, 1, 1, 0, 0};
    TableReading printedBlank;
    TableReading padded;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QString key = QStringLiteral("t3.granted.") + columns.at(c);
        printedBlank.insert(key, ReadCell{granted.at(c), c == 6});
        padded.insert(key, ReadCell{granted.at(c), false});
    }
    QCOMPARE(check.count(printedBlank).checked(), 0);
    QCOMPARE(check.count(padded).failing, 1);
    QVERIFY(!check.count(padded).mostFail());
    // One failing identity alone is a report's error, never "most fail".
    QVERIFY(!(IdentityCount{3, 1}.mostFail()));
    QVERIFY((IdentityCount{1, 2}.mostFail()));
}

// A table no alignment fixes: no cell of it is taken, and one flag says which table and why, in both languages.
void TestTableAlignment::unreadableTableFlag()
{
    const LoadResult r = DocumentLoader::loadFile(QStringLiteral(JIAOHE_TEST_DATA) +
                                                  QStringLiteral("/cases/template2021-text-dropped-empty-cells/report.txt"));
    QVERIFY(r.ok());
    const Extraction ex = Extractor().extract(r.document);
    for (const ExtractedField& f : ex.fields) {
        QVERIFY2(!f.key.startsWith(u"t3."), qPrintable(f.key));
    }
    QVERIFY(ex.field(QStringLiteral("t2.licensing.decisions"))); // the other tables are read
    QList<Flag> flags;
    flagTableDoubts(ex, &flags);
    QCOMPARE(flags.size(), 1);
    const Flag& f = flags.first();
    QCOMPARE(f.kind, QStringLiteral("table_unreadable"));
    QCOMPARE(f.subject, QStringLiteral("t3"));
    QVERIFY2(f.messageEn.startsWith(u"Table 3 could not be read reliably: "), qPrintable(f.messageEn));
    QVERIFY2(f.messageEn.contains(u"identities fail under every alignment"), qPrintable(f.messageEn));
    QVERIFY(f.messageZh.startsWith(u"表三无法可靠读取"));
    // The span covers the table, in the text as shown.
    QVERIFY(f.spans.first().first < f.spans.first().second);
    QVERIFY(r.document.original.mid(f.spans.first().first, f.spans.first().second - f.spans.first().first)
                .contains(u"本年新收"));
}

QTEST_GUILESS_MAIN(TestTableAlignment)
#include "TestTableAlignment.moc"
