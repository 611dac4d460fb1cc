// SPDX-License-Identifier: GPL-3.0-or-later
// The template's table identities, error localisation, the text against the tables and the checks across
// years, on extractions built cell by cell (each cell has its own span, so a flag's suggestion names it).
#include "check/Checker.h"
#include "check/TableChecks.h"
#include "document/Document.h"
#include "extract/Extractor.h"

#include <QTest>

#include <cmath>

using namespace jiaohe;

namespace {

const QStringList kColumns = {QStringLiteral("person"),         QStringLiteral("business"),
                              QStringLiteral("research"),       QStringLiteral("public_interest"),
                              QStringLiteral("legal_services"), QStringLiteral("other_org")};

QStringList outcomeRows(int version)
{
    QStringList rows = {QStringLiteral("granted"),
                        QStringLiteral("partial"),
                        QStringLiteral("denied.state_secret"),
                        QStringLiteral("denied.prohibited_by_law"),
                        QStringLiteral("denied.security_stability"),
                        QStringLiteral("denied.third_party"),
                        QStringLiteral("denied.internal_affairs"),
                        QStringLiteral("denied.deliberative"),
                        QStringLiteral("denied.law_enforcement_file"),
                        QStringLiteral("denied.administrative_query"),
                        QStringLiteral("unavailable.not_held"),
                        QStringLiteral("unavailable.needs_creation"),
                        QStringLiteral("unavailable.unclear"),
                        QStringLiteral("not_processed.petition"),
                        QStringLiteral("not_processed.duplicate"),
                        QStringLiteral("not_processed.publication"),
                        QStringLiteral("not_processed.excessive"),
                        QStringLiteral("not_processed.confirmation")};
    if (version == 2019) {
        rows.append(QStringLiteral("other"));
    } else {
        rows += {QStringLiteral("other.no_correction"), QStringLiteral("other.no_fee"), QStringLiteral("other.other")};
    }
    return rows;
}

// A consistent table 3 (and table 4): every identity holds. Cells get spans 10 apart, in order of creation.
class Tables
{
public:
    explicit Tables(int version = 2021, double scale = 1) : m_version(version)
    {
        ex.templateVersion = version;
        QHash<QString, double> colSum;
        const QStringList rows = outcomeRows(version);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            double rowSum = 0;
            for (qsizetype c = 0; c < kColumns.size(); ++c) {
                const double v = scale * double((r * 7 + c * 3) % 5);
                set(cell(rows.at(r), kColumns.at(c)), v);
                rowSum += v;
                colSum[kColumns.at(c)] += v;
            }
            set(cell(rows.at(r), QStringLiteral("total")), rowSum);
        }
        double all = 0, allNew = 0;
        for (const QString& c : kColumns) {
            set(cell(QStringLiteral("total"), c), colSum.value(c));
            set(cell(QStringLiteral("carried_over"), c), 1);
            set(cell(QStringLiteral("carried_forward"), c), 2);
            set(cell(QStringLiteral("new"), c), colSum.value(c) + 1);
            all += colSum.value(c);
            allNew += colSum.value(c) + 1;
        }
        set(cell(QStringLiteral("total"), QStringLiteral("total")), all);
        set(cell(QStringLiteral("carried_over"), QStringLiteral("total")), 6);
        set(cell(QStringLiteral("carried_forward"), QStringLiteral("total")), 12);
        set(cell(QStringLiteral("new"), QStringLiteral("total")), allNew);
        for (const QString& g : {QStringLiteral("reconsideration"), QStringLiteral("lawsuit_direct"),
                                 QStringLiteral("lawsuit_after_review")}) {
            set(QStringLiteral("t4.%1.upheld").arg(g), 3);
            set(QStringLiteral("t4.%1.corrected").arg(g), 1);
            set(QStringLiteral("t4.%1.other").arg(g), 0);
            set(QStringLiteral("t4.%1.pending").arg(g), 2);
            set(QStringLiteral("t4.%1.total").arg(g), 6);
        }
    }

    static QString cell(const QString& row, const QString& column)
    {
        return QStringLiteral("t3.%1.%2").arg(row, column);
    }

    void set(const QString& key, double value, bool blank = false)
    {
        for (ExtractedField& f : ex.fields) {
            if (f.key == key) {
                f.value = value;
                f.blank = blank;
                return;
            }
        }
        ExtractedField f;
        f.key = key;
        f.value = value;
        f.blank = blank;
        f.start = 1000 + 10 * ex.fields.size();
        f.end = f.start + 3;
        ex.fields.append(f);
    }
    double value(const QString& key) const { return ex.field(key)->value; }
    std::pair<qsizetype, qsizetype> span(const QString& key) const
    {
        const ExtractedField* f = ex.field(key);
        return {f->start, f->end};
    }
    // A row the reader did not find.
    void dropRow(const QString& row)
    {
        ex.fields.removeIf(
            [&](const ExtractedField& f) { return f.key.startsWith(QStringLiteral("t3.%1.").arg(row)); });
    }

    QList<Flag> check() const
    {
        const Document doc = Document::fromPlainText(QStringLiteral("报告正文。"));
        return Checker().check(doc, ex);
    }
    // Only the flags about the tables' numbers (no missing sections: these extractions have no text).
    QList<Flag> sums() const
    {
        QList<Flag> out = check();
        out.removeIf([](const Flag& f) { return f.kind != u"sum"; });
        return out;
    }

    Extraction ex;

private:
    int m_version;
};

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
        out.append(QStringLiteral("%1/%2 %3 [%4]")
                       .arg(f.rule, f.kind, f.messageEn,
                            f.suggestion
                                ? QStringLiteral("suggest %1 at %2").arg(f.suggestion->value).arg(f.suggestion->start)
                                : QStringLiteral("no suggestion")));
    }
    return out.join(u'\n');
}

} // namespace

class TestTableChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consistentTablesRaiseNothing_data();
    void consistentTablesRaiseNothing();
    void oneCellOff_data();
    void oneCellOff();
    void typoIsNamed_data();
    void typoIsNamed();
    void digitTypos_data();
    void digitTypos();
    void tableFourRealCase();
    void blankTotalIsMissingNotWrong();
    void twoIndependentErrors();
    void ambiguousErrorNamesNoCell();
    void partialTableNoFlood();
    void version2019();
    void identityIsStableAndMessagesFilled();
    void textAgainstTable_data();
    void textAgainstTable();
    void shareAgainstTable();
    void acrossYears();
    void badRuleIsRefused();
    void unknownCellIsRefused_data();
    void unknownCellIsRefused();
    void spanlessYearFlagHasSubject();
};

void TestTableChecks::consistentTablesRaiseNothing_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<double>("scale");
    QTest::newRow("2021 template") << 2021 << 1.0;
    QTest::newRow("2021 template, large numbers") << 2021 << 1234.0;
    QTest::newRow("2019 template") << 2019 << 1.0;
    QTest::newRow("template version unknown") << 0 << 1.0;
}

void TestTableChecks::consistentTablesRaiseNothing()
{
    QFETCH(int, version);
    QFETCH(double, scale);
    Tables t(version, scale);
    if (version == 0) {
        t.ex.templateVersion = 0;
    }
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.isEmpty(), qPrintable(describe(flags)));
}

void TestTableChecks::oneCellOff_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("delta");
    QTest::addColumn<int>("values"); // the cells of the failing identities it explains (row 7, column 22, balance 4)
    // a part of a row and of a column: its row total and its column's （七）总计 disagree
    QTest::newRow("row and column: granted/person") << QStringLiteral("t3.granted.person") << 7.0 << 29;
    QTest::newRow("row and column: denied third party/research")
        << QStringLiteral("t3.denied.third_party.research") << 2.0 << 29;
    QTest::newRow("row and column: other.no_fee/other_org")
        << QStringLiteral("t3.other.no_fee.other_org") << -1.0 << 29;
    // a row's total cell: its row and the total column's （七）总计
    QTest::newRow("row total: partial/total") << QStringLiteral("t3.partial.total") << 4.0 << 29;
    // a cell of （七）总计: its column, the total row, the column's balance
    QTest::newRow("column total: total/person") << QStringLiteral("t3.total.person") << 3.0 << 33;
    QTest::newRow("grand total: total/total") << QStringLiteral("t3.total.total") << 10.0 << 33;
    // the balance 一 + 二 = 三（七）+ 四
    QTest::newRow("balance: new/business") << QStringLiteral("t3.new.business") << 5.0 << 11;
    QTest::newRow("balance: carried over/legal services")
        << QStringLiteral("t3.carried_over.legal_services") << 1.0 << 11;
    QTest::newRow("balance: carried forward/total") << QStringLiteral("t3.carried_forward.total") << -2.0 << 11;
    // table 4: a group's total and its four parts
    // table 4: a group's total and its four parts. One identity alone cannot tell which part is off; a total
    // below what its parts allow can only be the total.
    QTest::newRow("table 4: reconsideration total") << QStringLiteral("t4.reconsideration.total") << -5.0 << 5;
}

void TestTableChecks::oneCellOff()
{
    QFETCH(QString, key);
    QFETCH(double, delta);
    QFETCH(int, values);
    Tables t;
    const double right = t.value(key);
    t.set(key, right + delta);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    const Flag& f = flags.first();
    QCOMPARE(f.rule, QStringLiteral("table-cell"));
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY(f.suggestion.has_value());
    QCOMPARE(std::pair(f.suggestion->start, f.suggestion->end), t.span(key));
    QCOMPARE(f.suggestion->value, right);
    QCOMPARE(f.spans.first(), t.span(key)); // the cell named first
    QVERIFY(involves(f, {right + delta}));
    // Every identity it explains comes with its cells: those identities and no others failed.
    QCOMPARE(int(f.values.size()), values);
    QVERIFY2(f.messageZh.contains(QString::number(right)), qPrintable(f.messageZh));
}

void TestTableChecks::typoIsNamed_data()
{
    QTest::addColumn<double>("right");
    QTest::addColumn<double>("printed");
    QTest::addColumn<QString>("note");
    QTest::newRow("swapped: 1203 printed 1230") << 1203.0 << 1230.0 << QStringLiteral("swapped");
    QTest::newRow("dropped: 1223 printed 123") << 1223.0 << 123.0 << QStringLiteral("dropped");
    QTest::newRow("doubled: 123 printed 1223") << 123.0 << 1223.0 << QStringLiteral("doubled");
    QTest::newRow("no typo: 123 printed 150") << 123.0 << 150.0 << QString();
}

void TestTableChecks::typoIsNamed()
{
    QFETCH(double, right);
    QFETCH(double, printed);
    QFETCH(QString, note);
    Tables t;
    // Make the table consistent around the chosen number: person column and granted row get `right`.
    const QString key = Tables::cell(QStringLiteral("granted"), QStringLiteral("person"));
    const double was = t.value(key);
    const double d = right - was;
    t.set(key, right);
    for (const QString& k : {Tables::cell(QStringLiteral("granted"), QStringLiteral("total")),
                             Tables::cell(QStringLiteral("total"), QStringLiteral("person")),
                             Tables::cell(QStringLiteral("total"), QStringLiteral("total")),
                             Tables::cell(QStringLiteral("new"), QStringLiteral("person")),
                             Tables::cell(QStringLiteral("new"), QStringLiteral("total"))}) {
        t.set(k, t.value(k) + d);
    }
    QVERIFY2(t.sums().isEmpty(), qPrintable(describe(t.sums())));
    t.set(key, printed);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1 && flags.first().suggestion, qPrintable(describe(flags)));
    QCOMPARE(flags.first().suggestion->value, right);
    if (note.isEmpty()) {
        QVERIFY2(!flags.first().messageEn.contains(u"?"), qPrintable(flags.first().messageEn));
    } else {
        QVERIFY2(flags.first().messageEn.contains(note), qPrintable(flags.first().messageEn));
        QVERIFY2(flags.first().messageZh.contains(u"疑"), qPrintable(flags.first().messageZh));
    }
}

void TestTableChecks::digitTypos_data()
{
    QTest::addColumn<double>("printed");
    QTest::addColumn<double>("intended");
    QTest::addColumn<int>("typo");
    QTest::newRow("swapped at the end") << 1230.0 << 1203.0 << int(DigitTypo::Swapped);
    QTest::newRow("swapped at the start") << 2103.0 << 1203.0 << int(DigitTypo::Swapped);
    QTest::newRow("two digits apart are not a swap") << 3201.0 << 1203.0 << int(DigitTypo::None);
    QTest::newRow("dropped") << 123.0 << 1223.0 << int(DigitTypo::Dropped);
    QTest::newRow("dropped zero") << 15.0 << 105.0 << int(DigitTypo::Dropped);
    QTest::newRow("doubled") << 1223.0 << 123.0 << int(DigitTypo::Doubled);
    QTest::newRow("an extra digit not doubled") << 1923.0 << 123.0 << int(DigitTypo::None);
    QTest::newRow("equal") << 123.0 << 123.0 << int(DigitTypo::None);
    QTest::newRow("unrelated") << 17.0 << 42.0 << int(DigitTypo::None);
    QTest::newRow("not whole") << 12.5 << 125.0 << int(DigitTypo::None);
}

void TestTableChecks::digitTypos()
{
    QFETCH(double, printed);
    QFETCH(double, intended);
    QFETCH(int, typo);
    QCOMPARE(int(digitTypo(printed, intended)), typo);
}

void TestTableChecks::tableFourRealCase()
{
    // 行政复议 维持10 + 纠正1 + 其他0 + 尚未审结0, 总计 0 (a real report).
    Tables t;
    t.set(QStringLiteral("t4.reconsideration.upheld"), 10);
    t.set(QStringLiteral("t4.reconsideration.corrected"), 1);
    t.set(QStringLiteral("t4.reconsideration.other"), 0);
    t.set(QStringLiteral("t4.reconsideration.pending"), 0);
    t.set(QStringLiteral("t4.reconsideration.total"), 0);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    QVERIFY(involves(flags.first(), {10, 1, 0, 0, 0}));
    QCOMPARE(flags.first().severity, Severity::Error);
    // The parts cannot be lowered below zero: only the total can be what is wrong.
    QVERIFY(flags.first().suggestion.has_value());
    QCOMPARE(flags.first().suggestion->value, 11.0);
    QCOMPARE(std::pair(flags.first().suggestion->start, flags.first().suggestion->end),
             t.span(QStringLiteral("t4.reconsideration.total")));
}

void TestTableChecks::blankTotalIsMissingNotWrong()
{
    Tables t;
    const QString key = Tables::cell(QStringLiteral("granted"), QStringLiteral("total"));
    const double right = t.value(key);
    QVERIFY(right > 0);
    t.set(key, 0, true);
    QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    QCOMPARE(flags.first().severity, Severity::Warning);
    QVERIFY2(flags.first().messageEn.contains(u"blank"), qPrintable(flags.first().messageEn));
    QCOMPARE(flags.first().suggestion->value, right);
    QCOMPARE(std::pair(flags.first().suggestion->start, flags.first().suggestion->end), t.span(key));
    QVERIFY(involves(flags.first(), {0})); // the blank as printed, with its parts

    // A blank total whose parts are blank too is fine.
    Tables zero;
    for (const QString& c : kColumns + QStringList{QStringLiteral("total")}) {
        zero.set(Tables::cell(QStringLiteral("carried_forward"), c), 0, true);
        zero.set(Tables::cell(QStringLiteral("carried_over"), c), 0, true);
        zero.set(Tables::cell(QStringLiteral("new"), c), zero.value(Tables::cell(QStringLiteral("total"), c)));
    }
    QVERIFY2(zero.sums().isEmpty(), qPrintable(describe(zero.sums())));

    // A whole total column left blank: one flag, not one per row.
    Tables column;
    for (const QString& r : outcomeRows(2021)) {
        column.set(Tables::cell(r, QStringLiteral("total")), 0, true);
    }
    flags = column.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    QCOMPARE(flags.first().severity, Severity::Warning);
    QVERIFY2(flags.first().messageEn.contains(u"blank"), qPrintable(flags.first().messageEn));
}

void TestTableChecks::twoIndependentErrors()
{
    Tables t;
    const QString a = Tables::cell(QStringLiteral("granted"), QStringLiteral("person"));
    const QString b = Tables::cell(QStringLiteral("not_processed.duplicate"), QStringLiteral("legal_services"));
    const double ra = t.value(a);
    const double rb = t.value(b);
    t.set(a, ra + 5);
    t.set(b, rb + 3);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 2, qPrintable(describe(flags)));
    QHash<std::pair<qsizetype, qsizetype>, double> suggested;
    for (const Flag& f : flags) {
        QVERIFY(f.suggestion.has_value());
        suggested.insert({f.suggestion->start, f.suggestion->end}, f.suggestion->value);
    }
    QCOMPARE(suggested.value(t.span(a), -1), ra);
    QCOMPARE(suggested.value(t.span(b), -1), rb);
}

void TestTableChecks::ambiguousErrorNamesNoCell()
{
    // Table 4 alone: 维持 3 + 纠正 1 + 0 + 2 ≠ 7 could be any of its cells; none is named, the sum is flagged.
    Tables t;
    t.set(QStringLiteral("t4.lawsuit_after_review.total"), 7);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    QCOMPARE(flags.first().rule, QStringLiteral("t4-group-total"));
    QVERIFY(!flags.first().suggestion.has_value());
    QVERIFY(involves(flags.first(), {3, 1, 0, 2, 7}));
    QCOMPARE(flags.first().values.last(), 7.0); // the parts, then the total
    QCOMPARE(flags.first().spans.size(), 5);
}

void TestTableChecks::partialTableNoFlood()
{
    // The reader found only some rows: the column identities cannot be checked, the rows found can.
    Tables t;
    for (const QString& r : outcomeRows(2021)) {
        if (r.startsWith(u"denied.") || r.startsWith(u"unavailable.")) {
            t.dropRow(r);
        }
    }
    t.dropRow(QStringLiteral("carried_over"));
    QVERIFY2(t.sums().isEmpty(), qPrintable(describe(t.sums())));
    // One wrong cell in a row found: one flag for that row, no column flags.
    const QString key = Tables::cell(QStringLiteral("partial"), QStringLiteral("research"));
    t.set(key, t.value(key) + 2);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1, qPrintable(describe(flags)));
    QCOMPARE(flags.first().rule, QStringLiteral("t3-row-total"));
    QVERIFY(flags.first().spans.contains(t.span(key)));

    // A single cell missing from a row leaves that row (and its column) unchecked, not flagged.
    Tables holes;
    holes.ex.fields.removeIf([](const ExtractedField& f) { return f.key == u"t3.granted.business"; });
    QVERIFY2(holes.sums().isEmpty(), qPrintable(describe(holes.sums())));
}

void TestTableChecks::version2019()
{
    Tables t(2019);
    QVERIFY2(t.sums().isEmpty(), qPrintable(describe(t.sums())));
    QVERIFY(t.ex.field(QStringLiteral("t3.other.person")));
    // An error in the 2019 template's single 其他处理 row is found through its row and its column.
    const QString key = Tables::cell(QStringLiteral("other"), QStringLiteral("person"));
    const double right = t.value(key);
    t.set(key, right + 4);
    const QList<Flag> flags = t.sums();
    QVERIFY2(flags.size() == 1 && flags.first().suggestion, qPrintable(describe(flags)));
    QCOMPARE(flags.first().suggestion->value, right);
    QCOMPARE(std::pair(flags.first().suggestion->start, flags.first().suggestion->end), t.span(key));
}

void TestTableChecks::identityIsStableAndMessagesFilled()
{
    Tables t;
    t.set(QStringLiteral("t3.granted.person"), t.value(QStringLiteral("t3.granted.person")) + 1);
    t.set(QStringLiteral("t4.lawsuit_direct.total"), 9);
    const QList<Flag> a = t.check();
    const QList<Flag> b = t.check();
    QCOMPARE(a.size(), b.size());
    QVERIFY(a.size() >= 2);
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a.at(i).id, b.at(i).id);
        QCOMPARE(a.at(i).id, a.at(i).identity());
        QVERIFY(!a.at(i).messageZh.isEmpty() && !a.at(i).messageEn.isEmpty());
        QVERIFY2(!a.at(i).messageZh.contains(u'{') && !a.at(i).messageEn.contains(u'{'), qPrintable(a.at(i).messageEn));
    }
}

void TestTableChecks::textAgainstTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<double>("table");
    QTest::addColumn<bool>("raised");
    QTest::newRow("requests: text and table agree")
        << QStringLiteral("全年共收到政府信息公开申请74件。") << QStringLiteral("requests.total")
        << QStringLiteral("t3.new.total") << 74.0 << false;
    QTest::newRow("requests: text and table differ")
        << QStringLiteral("全年共收到政府信息公开申请74件。") << QStringLiteral("requests.total")
        << QStringLiteral("t3.new.total") << 70.0 << true;
    QTest::newRow("reconsideration: differ")
        << QStringLiteral("全年发生政府信息公开行政复议3件。") << QStringLiteral("appeals.reconsideration")
        << QStringLiteral("t4.reconsideration.total") << 5.0 << true;
    QTest::newRow("reconsideration: agree")
        << QStringLiteral("全年发生政府信息公开行政复议3件。") << QStringLiteral("appeals.reconsideration")
        << QStringLiteral("t4.reconsideration.total") << 3.0 << false;
}

void TestTableChecks::textAgainstTable()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QFETCH(QString, cell);
    QFETCH(double, table);
    QFETCH(bool, raised);
    const Document doc = Document::fromPlainText(text + QStringLiteral("\n表格\t") + QString::number(table));
    Extraction ex = Extractor().extract(doc);
    const ExtractedField* narrative = ex.field(field);
    QVERIFY2(narrative, qPrintable(field));
    ExtractedField f;
    f.key = cell;
    f.value = table;
    f.start = text.size() + 4;
    f.end = f.start + QString::number(table).size();
    ex.fields.append(f);
    const QList<Flag> flags = Checker().check(doc, ex);
    const auto it = std::find_if(flags.cbegin(), flags.cend(), [](const Flag& x) { return x.kind == u"restatement"; });
    QCOMPARE(it != flags.cend(), raised);
    if (raised) {
        QCOMPARE(it->values, (QList<double>{ex.field(field)->value, table}));
        QCOMPARE(it->spans.size(), 2); // both places
        QCOMPARE(it->spans.last(), std::pair(f.start, f.end));
        QVERIFY2(it->messageEn.contains(u"table"), qPrintable(it->messageEn));
    }
}

void TestTableChecks::shareAgainstTable()
{
    // The text gives granted 30 = the table, but 占40% where the table makes it 30/60 = 50%.
    const QString text = QStringLiteral("本年度办理政府信息公开申请,予以公开30件,占40%。");
    const Document doc = Document::fromPlainText(text);
    Extraction ex = Extractor().extract(doc);
    QVERIFY(ex.field(QStringLiteral("outcome.granted")));
    QCOMPARE(ex.field(QStringLiteral("outcome.granted"))->value, 30.0);
    const auto add = [&](const QString& key, double value) {
        ExtractedField f;
        f.key = key;
        f.value = value;
        f.start = 100 + 10 * ex.fields.size();
        f.end = f.start + 2;
        ex.fields.append(f);
    };
    add(QStringLiteral("t3.granted.total"), 30);
    add(QStringLiteral("t3.total.total"), 60);
    QList<Flag> flags = Checker().check(doc, ex);
    auto it = std::find_if(flags.cbegin(), flags.cend(), [](const Flag& x) { return x.kind == u"restatement"; });
    QVERIFY2(it != flags.cend(), qPrintable(describe(flags)));
    QVERIFY(involves(*it, {40, 30, 60}));
    // 30 of 75 is 40%: fine.
    ex.fields.last().value = 75;
    flags = Checker().check(doc, ex);
    QVERIFY2(std::none_of(flags.cbegin(), flags.cend(), [](const Flag& x) { return x.kind == u"restatement"; }),
             qPrintable(describe(flags)));
}

void TestTableChecks::acrossYears()
{
    Tables last;
    Tables now;
    const auto add = [](Tables& t, const QString& key, double v) { t.set(key, v); };
    add(last, QStringLiteral("t2.rules.in_force"), 40);
    add(now, QStringLiteral("t2.rules.issued"), 5);
    add(now, QStringLiteral("t2.rules.repealed"), 2);
    add(now, QStringLiteral("t2.rules.in_force"), 43);
    // this year's carried_over (1 per column, 6 in all) against last year's carried_forward (2, 12)
    for (const QString& c : kColumns) {
        last.set(Tables::cell(QStringLiteral("carried_forward"), c), 1);
    }
    last.set(Tables::cell(QStringLiteral("carried_forward"), QStringLiteral("total")), 6);
    QList<Flag> flags = checkAcrossYears(now.ex, last.ex);
    QVERIFY2(flags.isEmpty(), qPrintable(describe(flags)));

    // Stock: 43 + 2 ≠ 40 + 5 + 1.
    now.set(QStringLiteral("t2.rules.in_force"), 44);
    // Carried over 1 for research, but last year carried 3 forward.
    last.set(Tables::cell(QStringLiteral("carried_forward"), QStringLiteral("research")), 3);
    // A jump: 10 new requests last year (the table's new.total), 80× now.
    last.set(QStringLiteral("t3.new.total"), 10);
    now.set(QStringLiteral("t3.new.total"), 800);
    flags = checkAcrossYears(now.ex, last.ex);
    QVERIFY2(flags.size() == 3, qPrintable(describe(flags)));
    for (const Flag& f : flags) {
        QCOMPARE(f.kind, QStringLiteral("year"));
        QCOMPARE(f.id, f.identity());
        for (const auto& span : f.spans) {
            QVERIFY(span.first >= 1000); // this year's cells only
        }
    }
    const auto byRule = [&](const QString& rule) {
        return *std::find_if(flags.cbegin(), flags.cend(), [&](const Flag& f) { return f.rule == rule; });
    };
    QVERIFY(involves(byRule(QStringLiteral("year-stock")), {44, 2, 40, 5}));
    QVERIFY(involves(byRule(QStringLiteral("year-carried-over")), {1, 3}));
    QCOMPARE(byRule(QStringLiteral("year-carried-over")).spans,
             (QList<std::pair<qsizetype, qsizetype>>{
                 now.span(Tables::cell(QStringLiteral("carried_over"), QStringLiteral("research")))}));
    QCOMPARE(byRule(QStringLiteral("year-jump")).values, (QList<double>{10, 800}));
    // The report's own checks do not run the cross-year rules.
    const QList<Flag> own = now.check();
    QVERIFY(std::none_of(own.cbegin(), own.cend(), [](const Flag& f) { return f.kind == u"year"; }));
}

void TestTableChecks::badRuleIsRefused()
{
    RuleSet rules;
    QString error;
    QVERIFY(!rules.load(R"({"rules": [{"id": "t9", "kind": "sum", "type": "table_identity", "parts": []}]})", &error));
    QVERIFY2(error.contains(u"t9") && error.contains(u"parts"), qPrintable(error));
    QVERIFY(!rules.load(
        R"({"rules": [{"id": "t8", "type": "table_identity", "parts": "a", "total": "b", "for_each": {"x": 1}}]})",
        &error));
    QVERIFY2(error.contains(u"t8") && error.contains(u"for_each"), qPrintable(error));
    QVERIFY(!rules.load(R"({"rules": [{"id": "j", "type": "year_jump"}]})", &error));
    QVERIFY2(error.contains(u"keys"), qPrintable(error));
    // A user's identity over other cells runs like the built-in ones.
    QVERIFY(rules.load(R"({"rules": [{"id": "mine", "kind": "sum", "type": "table_identity", "severity": "warning",
        "parts": ["a.x", "a.y"], "total": "a.total", "message": {"zh": "和 {sum} 总 {total}", "en": "sum {sum} total {total}"}}]})",
                       &error));
    Extraction ex;
    for (const auto& [k, v] : {std::pair{QStringLiteral("a.x"), 2.0}, std::pair{QStringLiteral("a.y"), 3.0},
                               std::pair{QStringLiteral("a.total"), 6.0}}) {
        ExtractedField f;
        f.key = k;
        f.value = v;
        ex.fields.append(f);
    }
    QList<Flag> flags;
    checkTableIdentities(ex, rules.rules(), &flags);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.first().messageEn, QStringLiteral("sum 5 total 6"));
    QCOMPARE(flags.first().severity, Severity::Warning);
}

void TestTableChecks::unknownCellIsRefused_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("unknown"); // the cell the error names, empty when the rule is accepted
    const QString head = QStringLiteral(R"("id": "mine", "kind": "sum", "severity": "warning", )");
    QTest::newRow("a misspelt column") << head + QStringLiteral(R"("type": "table_identity",
        "parts": ["t3.new.person"], "total": "t3.new.totl")")
                                       << QStringLiteral("t3.new.totl");
    QTest::newRow("a row the template lacks, through for_each")
        << head + QStringLiteral(R"("type": "table_identity", "for_each": {"row": ["new", "refunded"]},
        "parts": ["t3.{row}.person"], "total": "t3.{row}.total")")
        << QStringLiteral("t3.refunded.person");
    QTest::newRow("last year's cell") << head + QStringLiteral(R"("type": "year_identity",
        "parts": ["t2.rules.in_force"], "total": "prev:t2.rules.in_fource")")
                                      << QStringLiteral("t2.rules.in_fource");
    QTest::newRow("a jump over a table 4 cell") << head + QStringLiteral(R"("type": "year_jump",
        "keys": ["requests.total", "t4.reconsideration.sum"])")
                                                << QStringLiteral("t4.reconsideration.sum");
    QTest::newRow("a restatement's table side") << head + QStringLiteral(R"("type": "restatement",
        "table_pairs": [{"text": "requests.total", "table": [["t3.new.total"], ["t3.new.all"]]}])")
                                                << QStringLiteral("t3.new.all");
    QTest::newRow("cells of both versions and narrative fields are fine")
        << head + QStringLiteral(R"("type": "table_identity",
        "parts": ["t2.rules.made", "t2.rules.issued", "t3.other.person", "t3.other.other.person"],
        "total": "requests.total")")
        << QString();
}

void TestTableChecks::unknownCellIsRefused()
{
    QFETCH(QString, rule);
    QFETCH(QString, unknown);
    RuleSet rules = RuleSet::builtin();
    QString error;
    const bool loaded =
        rules.merge((QStringLiteral(R"({"rules": [{)") + rule + QStringLiteral("}]}")).toUtf8(), &error);
    if (unknown.isEmpty()) {
        QVERIFY2(loaded, qPrintable(error));
        return;
    }
    QVERIFY(!loaded);
    QVERIFY2(error.contains(u"mine") && error.contains(unknown), qPrintable(error));
    // The built-in rules are unchanged by the refused file.
    QCOMPARE(rules.rules().size(), RuleSet::builtin().rules().size());
}

void TestTableChecks::spanlessYearFlagHasSubject()
{
    // A user's identity over last year's cells alone: no span in this year's text, so the cells are its subject.
    RuleSet rules;
    QString error;
    QVERIFY2(rules.load(R"({"rules": [{"id": "last-year", "kind": "year", "type": "year_identity",
        "parts": ["prev:t2.rules.issued"], "total": "prev:t2.rules.in_force",
        "message": {"zh": "去年 {sum} {total}", "en": "last year {sum} {total}"}}]})",
                        &error),
             qPrintable(error));
    Tables last;
    Tables now;
    last.set(QStringLiteral("t2.rules.issued"), 5);
    last.set(QStringLiteral("t2.rules.in_force"), 7);
    const QList<Flag> flags = checkAcrossYears(now.ex, last.ex, rules);
    QCOMPARE(flags.size(), 1);
    QVERIFY(flags.first().spans.isEmpty());
    QCOMPARE(flags.first().subject, QStringLiteral("prev:t2.rules.issued+prev:t2.rules.in_force"));
    Flag reworded = flags.first();
    reworded.id.clear();
    reworded.messageEn = QStringLiteral("reworded");
    QCOMPARE(reworded.identity(), flags.first().id);
}

QTEST_GUILESS_MAIN(TestTableChecks)
#include "TestTableChecks.moc"
