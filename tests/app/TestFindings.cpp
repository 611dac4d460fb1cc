// SPDX-License-Identifier: GPL-3.0-or-later
// What the office sends out (findings/): the engine's fingerprint every export carries, the findings workbook read
// back with Python's zipfile, and the printable report read back with pdftotext and pdffonts — on a database
// where seed 002 (钦州市 2016) has its 1103 = 35 + 1081 flag decided as a source error with a reason.
#include "check/Rules.h"
#include "pipeline/EngineFingerprint.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <CsvReader.h>
#include <ProgramRun.h>
#include <TestSupport.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;
using namespace Qt::StringLiterals;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");

test::ProgramRun runJiaohe(const QStringList& args)
{
    return test::runProgram(QStringLiteral(JIAOHE_BINARY), args);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Reads the workbook with Python's zipfile (see the script): sheets, rows (numbers as {"n": v}) and each sheet's XML.
const QString readWorkbook = QStringLiteral(JIAOHE_TEST_DATA "/findings/read_workbook.py");

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintFollowsRules_data();
    void fingerprintFollowsRules();
    void fingerprintSameAcrossRuns();
    void workbook_data();
    void workbook();
    void workbookTemplateGrid();
    void workbookFilters_data();
    void workbookFilters();
    void pdfReport();
    void refusedTargets_data();
    void refusedTargets();
    void selfCheck_data();
    void selfCheck();
    void selfCheckImportsOnlyWhenAsked();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_flagMessage; // the decided flag's Chinese message
    static constexpr const char* reason = "=1+1 原文印错：专职35人、兼职1081人之和应为1116";
};

void TestFindings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A database holding seed 002 with its sum flag decided as a source error (as TestDecisions does it, but
    // through the store): the reason starts with = to show that the workbook does not run it.
    m_db = m_dir.filePath(QStringLiteral("review.sqlite"));
    {
        const test::TemporaryDatabase temporary({seed002});
        QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
        QVERIFY(QFile::copy(temporary.path(), m_db));
    }
    Database db;
    QVERIFY2(db.open(m_db), qPrintable(db.error()));
    ReviewStore store(db);
    const QList<StoredReport> reports = store.reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().region, QStringLiteral("钦州市"));
    for (const StoredFlag& f : test::flagsOf(store, reports.first().id, QStringLiteral("sum"))) {
        if (f.numbers.contains(1103) && f.numbers.contains(35)) {
            QVERIFY2(store.resolveFlag(f.id, Resolution::SourceError, QString::fromUtf8(reason)),
                     qPrintable(store.error()));
            m_flagMessage = f.messageZh;
        }
    }
    QVERIFY2(!m_flagMessage.isEmpty(), "seed 002 has no 1103 = 35 + 1081 flag");
}

void TestFindings::fingerprintFollowsRules_data()
{
    QTest::addColumn<QByteArray>("rulesOverlay"); // merged over the built-in rules; empty: none
    QTest::addColumn<QByteArray>("fields");       // replaces fields.json; empty: the built-in one
    QTest::addColumn<bool>("same");
    QTest::newRow("the built-in rules again: the same hash") << QByteArray() << QByteArray() << true;
    QTest::newRow("a rule disabled by a rules file: another hash")
        << QByteArray(R"({"rules": [{"id": "share", "enabled": false}]})") << QByteArray() << false;
    QTest::newRow("another field catalogue: another hash") << QByteArray() << QByteArray(R"({"fields": []})") << false;
}

void TestFindings::fingerprintFollowsRules()
{
    QFETCH(QByteArray, rulesOverlay);
    QFETCH(QByteArray, fields);
    QFETCH(bool, same);
    QFile f(QStringLiteral(":/jiaohe/fields.json"));
    QFile s(QStringLiteral(":/jiaohe/template-tables.json"));
    QVERIFY(f.open(QIODevice::ReadOnly) && s.open(QIODevice::ReadOnly));
    const QByteArray builtinFields = f.readAll();
    const QByteArray shape = s.readAll();
    RuleSet rules = RuleSet::builtin();
    if (!rulesOverlay.isEmpty()) {
        QString error;
        const qsizetype before = rules.rules().size();
        QVERIFY2(rules.merge(rulesOverlay, &error), qPrintable(error));
        QCOMPARE(rules.rules().size(), before - 1);
    }
    const EngineFingerprint made = EngineFingerprint::of(rules, fields.isEmpty() ? builtinFields : fields, shape);
    const EngineFingerprint& builtin = EngineFingerprint::builtin();
    QCOMPARE(made.hash().size(), 16);
    QCOMPARE(made.hash() == builtin.hash(), same);
    QCOMPARE(made.version(), QStringLiteral(JIAOHE_VERSION));
    QVERIFY(builtin.text().contains(builtin.hash()));
}

void TestFindings::fingerprintSameAcrossRuns()
{
    // Two runs of the program and this test agree on the fingerprint; it is the last column of every CSV row.
    QStringList engines;
    for (const char* format : {"flags", "wide"}) {
        const QString out = m_dir.filePath(QStringLiteral("run-%1.csv").arg(QLatin1String(format)));
        const test::ProgramRun r =
            runJiaohe({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                       QStringLiteral("--format"), QLatin1String(format)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QList<QStringList> table = test::parseCsv(readAll(out));
        QVERIFY(table.size() > 1);
        QCOMPARE(table.first().last(), QStringLiteral("engine"));
        for (const QStringList& row : table.mid(1)) {
            QCOMPARE(row.size(), table.first().size());
            engines.append(row.last());
        }
    }
    for (const QString& e : std::as_const(engines)) {
        QCOMPARE(e, EngineFingerprint::builtin().text());
    }
}

void TestFindings::workbook_data()
{
    QTest::addColumn<QString>("headers");
    QTest::addColumn<QStringList>("sheets");
    QTest::addColumn<QString>("reasonHeader");
    QTest::addColumn<QString>("decision");
    QTest::newRow("Chinese headers (the default)")
        << QString() << QStringList{u"汇总"_s, u"问题清单"_s, u"更正字段"_s, u"模板表格"_s} << u"理由"_s
        << u"原文有误"_s;
    QTest::newRow("--headers en") << u"en"_s
                                  << QStringList{u"Summary"_s, u"Flags"_s, u"Corrected fields"_s, u"Template tables"_s}
                                  << u"Reason"_s << u"source error"_s;
}

void TestFindings::workbook()
{
    QFETCH(QString, headers);
    QFETCH(QStringList, sheets);
    QFETCH(QString, reasonHeader);
    QFETCH(QString, decision);
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        QSKIP("python3 is not installed");
    }
    const QString out = m_dir.filePath(QStringLiteral("findings-%1.xlsx").arg(headers));
    QStringList args{QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out};
    if (!headers.isEmpty()) {
        args << QStringLiteral("--headers") << headers;
    }
    const test::ProgramRun r = runJiaohe(args);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
    const test::ProgramRun py = test::runProgram(QStringLiteral("python3"), {readWorkbook, out});
    QVERIFY2(py.status == 0, qPrintable(py.err));
    const QJsonObject book = QJsonDocument::fromJson(py.out.toUtf8()).object();
    QStringList names;
    for (const QJsonValue& v : book.value(u"sheets").toArray()) {
        names.append(v.toString());
    }
    QCOMPARE(names, sheets);
    const QJsonArray flagRows = book.value(u"rows").toObject().value(sheets.at(1)).toArray();
    const QJsonArray header = flagRows.first().toArray();
    const qsizetype reasonColumn = header.toVariantList().indexOf(reasonHeader);
    QVERIFY2(reasonColumn >= 0, QJsonDocument(header).toJson().constData());
    // The decided flag: its reason, as written (a string, not a formula), and its decision in words.
    QJsonArray decided;
    for (const QJsonValue& row : flagRows) {
        if (row.toArray().at(reasonColumn).toString() == QString::fromUtf8(reason)) {
            decided = row.toArray();
        }
    }
    QVERIFY2(!decided.isEmpty(), QJsonDocument(flagRows).toJson().constData());
    QCOMPARE(decided.at(0).toString(), QStringLiteral("钦州市"));
    QCOMPARE(decided.at(1).toObject().value(u"n").toDouble(), 2016.0); // the year is a number
    QVERIFY(decided.toVariantList().contains(decision));
    QVERIFY(decided.toVariantList().contains(m_flagMessage));
    QVERIFY2(decided.at(7).toString().contains(QStringLiteral("1103")), qPrintable(decided.at(7).toString()));
    const QString flagsXml = book.value(u"xml").toObject().value(sheets.at(1)).toString();
    QVERIFY2(!flagsXml.contains(QStringLiteral("<f>")), "a text cell was written as a formula");
    QVERIFY2(flagsXml.contains(QStringLiteral("ySplit=\"1\"")), "the header row is not frozen");
    QVERIFY2(flagsXml.contains(QStringLiteral("<cols>")), "no column widths");
    // The summary counts the decided flag, and names the engine.
    const QJsonArray summary = book.value(u"rows").toObject().value(sheets.at(0)).toArray();
    QCOMPARE(summary.at(1).toArray().at(7).toObject().value(u"n").toDouble(), 1.0);
    QVERIFY(summary.last().toArray().toVariantList().contains(EngineFingerprint::builtin().text()));
}

void TestFindings::workbookTemplateGrid()
{
    // Sheet 4: the template's table 3 of the draft with its one table error (自然人 of the new requests printed
    // 90, the row's total 95): the row's cells, which the flag points at, hold their numbers in the failing style;
    // a row no flag touches (部分公开) has the plain one.
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        QSKIP("python3 is not installed");
    }
    const test::TemporaryDatabase db({QStringLiteral(JIAOHE_TEST_DATA "/findings/draft-hongze-2024.txt")});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString out = m_dir.filePath(QStringLiteral("grid.xlsx"));
    const test::ProgramRun r =
        runJiaohe({QStringLiteral("findings"), QStringLiteral("--db"), db.path(), QStringLiteral("--out"), out});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const test::ProgramRun py = test::runProgram(QStringLiteral("python3"), {readWorkbook, out});
    QVERIFY2(py.status == 0, qPrintable(py.err));
    const QJsonObject book = QJsonDocument::fromJson(py.out.toUtf8()).object();
    const QJsonArray rows = book.value(u"rows").toObject().value(u"模板表格").toArray();
    auto rowOf = [&rows](const QString& words) {
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).toArray().at(0).toString().contains(words)) {
                return i;
            }
        }
        return -1;
    };
    const int flagged = rowOf(QStringLiteral("新收"));
    const int plain = rowOf(QStringLiteral("部分公开"));
    QVERIFY2(flagged > 0 && plain > 0, py.out.left(3000).toUtf8().constData());
    QCOMPARE(rows.at(flagged).toArray().at(1).toObject().value(u"n").toDouble(), 90.0);
    QCOMPARE(rows.at(flagged).toArray().last().toObject().value(u"n").toDouble(), 95.0);
    // The styles, from the sheet's XML (s= of the cell in column B of each row).
    const QString xml = book.value(u"xml").toObject().value(u"模板表格").toString();
    auto styleOf = [&xml](int row) {
        const QRegularExpression cell(QStringLiteral("<c r=\"B%1\" s=\"(\\d+)\"").arg(row + 1));
        return cell.match(xml).captured(1);
    };
    QVERIFY2(!styleOf(flagged).isEmpty() && !styleOf(plain).isEmpty(), qPrintable(xml.left(2000)));
    QVERIFY2(styleOf(flagged) != styleOf(plain), qPrintable(styleOf(flagged) + u' ' + styleOf(plain)));
}

void TestFindings::workbookFilters_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("reports");
    QTest::newRow("--body 钦州市") << QStringList{u"--body"_s, u"钦州市"_s} << 1;
    QTest::newRow("--body of another city") << QStringList{u"--body"_s, u"南京市"_s} << 0;
    QTest::newRow("--year 2016") << QStringList{u"--year"_s, u"2016"_s} << 1;
    QTest::newRow("--year 2017") << QStringList{u"--year"_s, u"2017"_s} << 0;
    QTest::newRow("--status reviewed: none is") << QStringList{u"--status"_s, u"reviewed"_s} << 0;
}

void TestFindings::workbookFilters()
{
    QFETCH(QStringList, filter);
    QFETCH(int, reports);
    const QString out = m_dir.filePath(QStringLiteral("filtered.xlsx"));
    const test::ProgramRun r = runJiaohe(
        QStringList{QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out} + filter);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QStringLiteral("%1 reports").arg(reports)), qPrintable(r.out));
    QVERIFY(readAll(out).startsWith("PK"));
}

void TestFindings::pdfReport()
{
    for (const char* tool : {"pdftotext", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
            QSKIP("poppler-utils is not installed");
        }
    }
    const QString out = m_dir.filePath(QStringLiteral("findings.pdf"));
    const test::ProgramRun r =
        runJiaohe({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
                   QStringLiteral("--body"), QStringLiteral("钦州市")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(readAll(out).startsWith("%PDF"));
    const test::ProgramRun text = test::runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QCOMPARE(text.status, 0);
    // pdftotext breaks long lines where the page does: compare without the line breaks. Qt's PDF writer maps a glyph
    // the CJK font shares between an ideograph and a Kangxi radical to the radical (工 is extracted as ⼯ U+2F2F):
    // NFKC folds those back.
    const QString flat = text.out.normalized(QString::NormalizationForm_KC).remove(u'\n');
    QVERIFY2(flat.contains(QStringLiteral("钦州市2016年")), qPrintable(text.out.left(400)));
    const QString message = m_flagMessage.normalized(QString::NormalizationForm_KC);
    QVERIFY2(flat.contains(message), qPrintable(message + u'\n' + text.out.left(800)));
    QVERIFY2(flat.contains(QStringLiteral("原文有误")), qPrintable(text.out.left(800)));
    QVERIFY2(flat.contains(QString::fromUtf8(reason).normalized(QString::NormalizationForm_KC)),
             qPrintable(text.out.left(800)));
    QVERIFY2(flat.contains(QStringLiteral("盖章")), qPrintable(text.out)); // the room for the seal
    // Every font the PDF uses is embedded (pdffonts: the "emb" column).
    const test::ProgramRun fonts = test::runProgram(QStringLiteral("pdffonts"), {out});
    QCOMPARE(fonts.status, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), qPrintable(fonts.out));
    for (const QString& line : lines) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == u"yes", qPrintable(fonts.out));
    }
}

void TestFindings::refusedTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("the review database itself") << u"{db}"_s << u"review database"_s;
    QTest::newRow("a folder") << u"{dir}"_s << u"folder"_s;
    QTest::newRow("a device") << u"/dev/null"_s << u"not a regular file"_s;
}

void TestFindings::refusedTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, message);
    target.replace(QStringLiteral("{db}"), m_db).replace(QStringLiteral("{dir}"), m_dir.path());
    const QByteArray before = readAll(m_db);
    for (const char* format : {"xlsx", "pdf"}) {
        const test::ProgramRun r =
            runJiaohe({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), target,
                       QStringLiteral("--format"), QLatin1String(format)});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    QCOMPARE(readAll(m_db), before);
}

void TestFindings::selfCheck_data()
{
    // The draft: Hongze's 2024 report as text, as a web page and as a Word document, with one table error put in
    // (自然人 of the new requests 90 where the row's total and the balance say 95). Last year's report (the 2023 PDF)
    // is in the database given with --db.
    QTest::addColumn<QString>("draft");
    QTest::addColumn<bool>("withDatabase");
    QTest::newRow("a .txt draft, with last year's report") << u"draft-hongze-2024.txt"_s << true;
    QTest::newRow("an .html draft, with last year's report") << u"draft-hongze-2024.html"_s << true;
    QTest::newRow("a .txt draft, no database") << u"draft-hongze-2024.txt"_s << false;
    // The same draft as written in Word (tests/data/findings/make-docx-draft.sh, LibreOffice's .docx).
    QTest::newRow("a .docx draft, with last year's report") << u"draft-hongze-2024.docx"_s << true;
}

void TestFindings::selfCheck()
{
    QFETCH(QString, draft);
    QFETCH(bool, withDatabase);
    static const test::TemporaryDatabase lastYear({QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf")});
    QVERIFY2(lastYear.isValid(), qPrintable(lastYear.error()));
    const QByteArray before = readAll(lastYear.path());
    const QString out = m_dir.filePath(QStringLiteral("self-check.pdf"));
    QFile::remove(out);
    QStringList args{QStringLiteral("check"), QStringLiteral("--self-check"),
                     QStringLiteral(JIAOHE_TEST_DATA "/findings/") + draft, QStringLiteral("--out"), out};
    if (withDatabase) {
        args << QStringLiteral("--db") << lastYear.path();
    }
    const test::ProgramRun r = runJiaohe(args);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The table error is named, with the value the table's identities want.
    const QString tableError = QStringLiteral("“本年新收政府信息公开申请数量(自然人)”疑有误:表中为 90,应为 95");
    QVERIFY2(r.out.contains(tableError), qPrintable(r.out));
    // Against last year's report: the year-on-year jump of the decisions on administrative licences.
    QCOMPARE(r.out.contains(QStringLiteral("由上年的 550 变为 9487")), withDatabase);
    // The PDF says the same; the database is untouched (the draft is not imported).
    const test::ProgramRun text = test::runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QCOMPARE(text.status, 0);
    const QString flat = text.out.normalized(QString::NormalizationForm_KC).remove(u'\n');
    QVERIFY2(flat.contains(tableError.normalized(QString::NormalizationForm_KC)), qPrintable(text.out.left(1500)));
    QVERIFY2(flat.contains(QStringLiteral("自查报告")), qPrintable(text.out.left(300)));
    QCOMPARE(readAll(lastYear.path()), before);
}

// The draft stays out of the review queue unless asked: --import adds it, once; without --db it is refused.
void TestFindings::selfCheckImportsOnlyWhenAsked()
{
    const test::TemporaryDatabase db({QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf")});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString draft = QStringLiteral(JIAOHE_TEST_DATA "/findings/draft-hongze-2024.docx");
    const auto reports = [&] {
        const test::ProgramRun r = runJiaohe({QStringLiteral("stats"), QStringLiteral("--db"), db.path()});
        return r.out.section(u'\n', 0, 0); // "reports: N  fields: …"
    };
    QVERIFY2(reports().startsWith(u"reports: 1 "), qPrintable(reports()));
    test::ProgramRun r = runJiaohe({QStringLiteral("check"), QStringLiteral("--self-check"), draft,
                                    QStringLiteral("--db"), db.path(), QStringLiteral("--import")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"已导入审核队列"), qPrintable(r.out));
    QVERIFY2(reports().startsWith(u"reports: 2 "), qPrintable(reports()));
    r = runJiaohe({QStringLiteral("check"), QStringLiteral("--self-check"), draft, QStringLiteral("--db"), db.path(),
                   QStringLiteral("--import"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.status == 0 && r.out.contains(u"already in the review database"), qPrintable(r.out + r.err));
    QVERIFY2(reports().startsWith(u"reports: 2 "), qPrintable(reports()));
    r = runJiaohe({QStringLiteral("check"), QStringLiteral("--self-check"), draft, QStringLiteral("--import")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"--import needs --db"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestFindings)
#include "TestFindings.moc"
