// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted decisions and the exports that carry them: a decision line read and written (Decision), and the
// done-when scenario of the trusted-review issue run with the built `jiaohe` — import seed 002, apply a
// correction, its confirmation and a source error on the 1103 = 35 + 1081 flag (its id read from `check --json`),
// then the long export keeps 199693 as the reviewed value and the flags export has the source error with its
// reason. Export → apply into a fresh database reproduces the decisions; applying twice changes nothing; a bad
// line is reported with its number and the others are applied.
#include "extract/FieldCatalogue.h"
#include "store/Database.h"
#include "store/Decision.h"
#include "store/Exporter.h"
#include "store/ReviewStore.h"

#include <CsvReader.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "ProgramRun.h"

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString hash002 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

using Run = test::ProgramRun;

Run runJiaohe(const QStringList& args)
{
    return test::runProgram(QStringLiteral(JIAOHE_BINARY), args);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

// The id `check --json` gives the flag whose values are 1103, 35 and 1081 (the sum printed 1103, really 1116).
QString sumFlagId()
{
    const Run r = runJiaohe({QStringLiteral("check"), QStringLiteral("--json"), seed002});
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue& v : o.value(u"flags").toArray()) {
        const QJsonArray values = v.toObject().value(u"values").toArray();
        if (values.contains(QJsonValue(1103)) && values.contains(QJsonValue(35)) && values.contains(QJsonValue(1081))) {
            return v.toObject().value(u"id").toString();
        }
    }
    return QString();
}

// The rows of a CSV export as maps from header to cell.
QList<QHash<QString, QString>> exported(const QString& db, const QStringList& options, const QString& out)
{
    QList<QHash<QString, QString>> rows;
    const Run r = runJiaohe(
        QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out} + options);
    if (r.status != 0) {
        qWarning("export failed: %s", qPrintable(r.err));
        return rows;
    }
    const QList<QStringList> table = test::parseCsv(readAll(out));
    for (qsizetype i = 1; i < table.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < table.first().size() && c < table.at(i).size(); ++c) {
            row.insert(table.first().at(c), table.at(i).at(c));
        }
        rows.append(row);
    }
    return rows;
}

int auditRows(const QString& path)
{
    Database db;
    if (!db.open(path)) {
        return -1;
    }
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readLine_data();
    void readLine();
    void refusedLine_data();
    void refusedLine();
    void lineRoundTrip();
    void doneWhen();
    void exportApplyReproduces();
    void badLinesReportedOthersApplied();
    void headersInWords();
    void usage_data();
    void usage();

private:
    QTemporaryDir m_dir;
    QString m_hash;
    QString m_sumFlag;
    QByteArray m_scenario;
    QString importedDatabase(const QString& name);
};

void TestDecisions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hash = sha256Of(seed002);
    QCOMPARE(m_hash.size(), 64);
    m_sumFlag = sumFlagId();
    QVERIFY2(!m_sumFlag.isEmpty(), "check --json has no 1103 = 35 + 1081 flag for seed 002");
    const QString about = QStringLiteral("{\"report\": \"%1\", \"file\": \"002.txt\", ").arg(m_hash);
    m_scenario = (about +
                  QStringLiteral("\"field\": \"proactive.via_website\", \"action\": \"correct\", "
                                 "\"value\": 199693}\n") +
                  about + QStringLiteral("\"field\": \"proactive.via_website\", \"action\": \"confirm\"}\n") + about +
                  QStringLiteral("\"flag\": \"%1\", \"action\": \"source_error\", \"reason\": \"35+1081≠1103 as "
                                 "printed\"}\n")
                      .arg(m_sumFlag))
                     .toUtf8();
}

QString TestDecisions::importedDatabase(const QString& name)
{
    const QString db = m_dir.filePath(name);
    const Run r = runJiaohe({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--quiet"), seed002});
    return r.status == 0 ? db : QString();
}

void TestDecisions::readLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("target"); // field or flag
    QTest::addColumn<double>("value");   // -1: none
    QTest::addColumn<QString>("text");   // reason or note
    const QString r = QStringLiteral("{\"report\": \"%1\", ").arg(hash002);
    QTest::newRow("a correction with a number")
        << r + QStringLiteral("\"field\": \"proactive.via_website\", \"action\": \"correct\", \"value\": 199693}")
        << int(Decision::Action::Correct) << QStringLiteral("proactive.via_website") << 199693.0 << QString();
    QTest::newRow("a value written as a string is a number")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"correct\", \"value\": \"17.5\"}")
        << int(Decision::Action::Correct) << QStringLiteral("a.b") << 17.5 << QString();
    QTest::newRow("a source error on a flag with its reason")
        << r + QStringLiteral("\"flag\": \"946ce1d2f6be1038\", \"action\": \"source_error\", \"reason\": \"印错\"}")
        << int(Decision::Action::SourceError) << QStringLiteral("946ce1d2f6be1038") << -1.0 << QStringLiteral("印错");
    QTest::newRow("a source error on a field, without the intended value")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"source_error\"}") << int(Decision::Action::SourceError)
        << QStringLiteral("a.b") << -1.0 << QString();
    QTest::newRow("a note on the report")
        << r + QStringLiteral("\"action\": \"note\", \"note\": \"已核实\"}") << int(Decision::Action::Note) << QString()
        << -1.0 << QStringLiteral("已核实");
    QTest::newRow("upper-case hash digits are read")
        << QStringLiteral("{\"report\": \"%1\", \"action\": \"reviewed\"}").arg(hash002.toUpper())
        << int(Decision::Action::Reviewed) << QString() << -1.0 << QString();
}

void TestDecisions::readLine()
{
    QFETCH(QString, line);
    QFETCH(int, action);
    QFETCH(QString, target);
    QFETCH(double, value);
    QFETCH(QString, text);
    QString error;
    const std::optional<Decision> d = Decision::fromJsonLine(line.toUtf8(), &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->report, hash002);
    QCOMPARE(int(d->action), action);
    QCOMPARE(d->field.isEmpty() ? d->flag : d->field, target);
    QCOMPARE(d->value, value < 0 ? std::nullopt : std::optional<double>(value));
    QCOMPARE(d->action == Decision::Action::Note ? d->note : d->reason, text);
}

void TestDecisions::refusedLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    const QString r = QStringLiteral("{\"report\": \"%1\", ").arg(hash002);
    QTest::newRow("not JSON") << QStringLiteral("{\"report\": ") << "not JSON";
    QTest::newRow("an array") << QStringLiteral("[1, 2]") << "not a JSON object";
    QTest::newRow("no report") << QStringLiteral("{\"field\": \"a.b\", \"action\": \"confirm\"}") << "no \"report\"";
    QTest::newRow("a report that is no SHA-256")
        << QStringLiteral("{\"report\": \"002.txt\", \"field\": \"a.b\", \"action\": \"confirm\"}") << "not a SHA-256";
    QTest::newRow("no action") << r + QStringLiteral("\"field\": \"a.b\"}") << "no \"action\"";
    QTest::newRow("an unknown action") << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"approve\"}")
                                       << "unknown action “approve”";
    QTest::newRow("a correction without a value")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"correct\"}") << "needs a \"value\"";
    QTest::newRow("a value that is no number")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"correct\", \"value\": \"many\"}") << "not a number";
    QTest::newRow("a dismissal without a reason")
        << r + QStringLiteral("\"flag\": \"abc\", \"action\": \"dismiss\"}") << "needs a \"reason\"";
    QTest::newRow("accept on a field") << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"accept\"}")
                                       << "needs a \"flag\"";
    QTest::newRow("confirm without a field") << r + QStringLiteral("\"action\": \"confirm\"}") << "needs a \"field\"";
    QTest::newRow("field and flag") << r + QStringLiteral(
                                               "\"field\": \"a.b\", \"flag\": \"x\", \"action\": \"confirm\"}")
                                    << "not both";
    QTest::newRow("a note on a flag") << r + QStringLiteral("\"flag\": \"x\", \"action\": \"note\", \"note\": \"n\"}")
                                      << "not to a flag";
    QTest::newRow("evidence that is no span")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"correct\", \"value\": 1, \"evidence\": [5]}")
        << "\"evidence\" is not [start, end]";
    QTest::newRow("a time that is no time")
        << r + QStringLiteral("\"field\": \"a.b\", \"action\": \"confirm\", \"at\": \"yesterday\"}") << "ISO 8601";
}

void TestDecisions::refusedLine()
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    QString got;
    QVERIFY(!Decision::fromJsonLine(line.toUtf8(), &got));
    QVERIFY2(got.contains(error), qPrintable(got));
}

void TestDecisions::lineRoundTrip()
{
    Decision d;
    d.report = hash002;
    d.file = QStringLiteral("第2号 \"报告\".txt");
    d.flag = QStringLiteral("946ce1d2f6be1038");
    d.action = Decision::Action::Dismiss;
    d.reason = QStringLiteral("line one\nline two, “quoted”");
    d.reviewer = QStringLiteral("王");
    d.at = QStringLiteral("2024-05-06T07:08:09.123Z");
    const QByteArray line = d.toJsonLine();
    QVERIFY(!line.contains('\n'));
    QVERIFY(line.startsWith("{\"report\":\""));
    QString error;
    const std::optional<Decision> back = Decision::fromJsonLine(line, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, d);
    d.flag.clear();
    d.field = QStringLiteral("proactive.via_website");
    d.action = Decision::Action::Correct;
    d.reason.clear();
    d.value = 199693;
    QVERIFY(d.toJsonLine().contains("\"value\":199693"));
    QCOMPARE(*Decision::fromJsonLine(d.toJsonLine(), &error), d);
}

void TestDecisions::doneWhen()
{
    const QString db = importedDatabase(QStringLiteral("done.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("scenario.jsonl"));
    QVERIFY(writeAll(file, m_scenario));
    const Run r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("apply"), QStringLiteral("--db"), db, file});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The confirmation of the correction is no new decision: the correction stays.
    QVERIFY2(r.out.contains(QStringLiteral("2 decisions applied, 1 already taken, 0 could not be applied")),
             qPrintable(r.out));

    QHash<QString, QString> field;
    for (const auto& row : exported(db, {QStringLiteral("--format=long")}, m_dir.filePath(QStringLiteral("l.csv")))) {
        if (row.value(QStringLiteral("key")) == u"proactive.via_website") {
            field = row;
        }
    }
    QCOMPARE(field.value(QStringLiteral("value_reviewed")), QStringLiteral("199693"));
    QCOMPARE(field.value(QStringLiteral("value_extracted")), QStringLiteral("1996930000"));
    QCOMPARE(field.value(QStringLiteral("value_final")), QStringLiteral("199693"));
    QCOMPARE(field.value(QStringLiteral("status")), QStringLiteral("corrected"));
    QCOMPARE(field.value(QStringLiteral("content_hash")), m_hash);

    QHash<QString, QString> flag;
    const auto flags = exported(db, {QStringLiteral("--format=flags")}, m_dir.filePath(QStringLiteral("f.csv")));
    for (const auto& row : flags) {
        if (row.value(QStringLiteral("id")) == m_sumFlag) {
            flag = row;
        }
    }
    QCOMPARE(flag.value(QStringLiteral("decision")), QStringLiteral("source_error"));
    QCOMPARE(flag.value(QStringLiteral("reason")), QStringLiteral("35+1081≠1103 as printed"));
    QCOMPARE(flag.value(QStringLiteral("numbers")), QStringLiteral("1103, 35, 1081"));
    QVERIFY(!flag.value(QStringLiteral("reviewer")).isEmpty());
    QVERIFY(flag.value(QStringLiteral("evidence")).contains(QStringLiteral("1103")));
    QVERIFY(!flag.value(QStringLiteral("decided_at")).isEmpty());
    // The unit slip the correction took care of is no longer raised and was not decided: not listed.
    for (const auto& row : flags) {
        QVERIFY(row.value(QStringLiteral("raised")) == u"1" || row.value(QStringLiteral("decision")) != u"open");
    }

    // Headers and codes for people: Chinese words.
    bool sourceErrorInChinese = false;
    for (const auto& row : exported(db, {QStringLiteral("--format=flags"), QStringLiteral("--headers=zh")},
                                    m_dir.filePath(QStringLiteral("fz.csv")))) {
        sourceErrorInChinese = sourceErrorInChinese || (row.value(QStringLiteral("问题编号")) == m_sumFlag &&
                                                        row.value(QStringLiteral("处理结果")) == u"原文有误" &&
                                                        row.value(QStringLiteral("理由")).startsWith(u"35+1081"));
    }
    QVERIFY(sourceErrorInChinese);
    bool correctedInEnglish = false;
    for (const auto& row : exported(db, {QStringLiteral("--format=long"), QStringLiteral("--headers=en")},
                                    m_dir.filePath(QStringLiteral("le.csv")))) {
        correctedInEnglish =
            correctedInEnglish || (row.value(QStringLiteral("Field key")) == u"proactive.via_website" &&
                                   row.value(QStringLiteral("Status")) == u"corrected" &&
                                   row.value(QStringLiteral("Reviewed value")) == u"199693");
    }
    QVERIFY(correctedInEnglish);

    // Applying the same file again changes nothing: no audit entry.
    const int audit = auditRows(db);
    const Run again =
        runJiaohe({QStringLiteral("decisions"), QStringLiteral("apply"), QStringLiteral("--db"), db, file});
    QCOMPARE(again.status, 0);
    QVERIFY2(again.out.contains(QStringLiteral("0 decisions applied, 3 already taken")), qPrintable(again.out));
    QCOMPARE(auditRows(db), audit);
}

void TestDecisions::exportApplyReproduces()
{
    const QString first = importedDatabase(QStringLiteral("first.sqlite"));
    QVERIFY(!first.isEmpty());
    // A field the extractor did not fill, assigned from the text: the 16 of 查阅点16个, in code points.
    QString missing;
    {
        Database db;
        QVERIFY(db.open(first));
        ReviewStore store(db);
        QSet<QString> have;
        for (const StoredField& f : store.fields(*store.reportWithHash(m_hash.toLatin1()))) {
            have.insert(f.key);
        }
        for (const QString& key : FieldCatalogue::builtin().keys()) {
            if (!have.contains(key) && missing.isEmpty()) {
                missing = key;
            }
        }
    }
    QVERIFY(!missing.isEmpty());
    const QString text = QString::fromUtf8(readAll(seed002));
    const qsizetype at = text.indexOf(QStringLiteral("查阅点16个"));
    QVERIFY(at > 0);
    const qsizetype start = QStringView(text).left(at + 3).toUcs4().size();
    const QString about = QStringLiteral("{\"report\": \"%1\", ").arg(m_hash);
    const QByteArray assigned = (about + QStringLiteral("\"field\": \"%1\", \"action\": \"correct\", \"value\": 16, "
                                                        "\"evidence\": [%2, %3], \"unit\": \"个\"}\n")
                                             .arg(missing)
                                             .arg(start)
                                             .arg(start + 2))
                                    .toUtf8();
    const QByteArray more =
        (about + QStringLiteral("\"field\": \"org.offices\", \"action\": \"not_applicable\", \"note\": \"无\"}\n") +
         about +
         QStringLiteral("\"field\": \"org.reading_points\", \"action\": \"source_error\", \"value\": 17, "
                        "\"reviewer\": \"张三\", \"at\": \"2024-03-01T08:00:00Z\"}\n") +
         about + QStringLiteral("\"action\": \"note\", \"note\": \"表三已电话核实\"}\n") + about +
         QStringLiteral("\"action\": \"reviewed\"}\n"))
            .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("more.jsonl"));
    QVERIFY(writeAll(file, m_scenario + more + assigned));
    Run r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("apply"), QStringLiteral("--db"), first, file});
    QVERIFY2(r.status == 0, qPrintable(r.err + r.out));

    const QString exportedFile = m_dir.filePath(QStringLiteral("exported.jsonl"));
    r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("export"), QStringLiteral("--db"), first,
                   QStringLiteral("--out"), exportedFile});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QByteArray lines = readAll(exportedFile);
    // correction, not applicable, source error, the assigned field, flag, note, reviewed
    QCOMPARE(lines.count('\n'), 7);
    QVERIFY(lines.contains(QStringLiteral("\"evidence\":[%1,%2],\"unit\":\"个\"").arg(start).arg(start + 2).toUtf8()));
    QVERIFY(lines.contains("\"reviewer\":\"张三\",\"at\":\"2024-03-01T08:00:00.000Z\""));

    const QString second = importedDatabase(QStringLiteral("second.sqlite"));
    QVERIFY(!second.isEmpty());
    r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("apply"), QStringLiteral("--db"), second, exportedFile});
    QVERIFY2(r.status == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("7 decisions applied")), qPrintable(r.out));
    const QString again = m_dir.filePath(QStringLiteral("again.jsonl"));
    r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("export"), QStringLiteral("--db"), second,
                   QStringLiteral("--out"), again});
    QCOMPARE(r.status, 0);
    QCOMPARE(QString::fromUtf8(readAll(again)), QString::fromUtf8(lines)); // the same decisions, who and when

    const QStringList wide{QStringLiteral("--format=long")};
    const auto a = exported(first, wide, m_dir.filePath(QStringLiteral("a.csv")));
    const auto b = exported(second, wide, m_dir.filePath(QStringLiteral("b.csv")));
    QCOMPARE(a.size(), b.size());
    QVERIFY(!a.isEmpty());
    for (qsizetype i = 0; i < a.size(); ++i) {
        for (const char* column : {"key", "status", "value_final", "value_reviewed", "note", "reviewer"}) {
            QCOMPARE(b.at(i).value(QString::fromLatin1(column)), a.at(i).value(QString::fromLatin1(column)));
        }
    }
}

void TestDecisions::badLinesReportedOthersApplied()
{
    const QString db = importedDatabase(QStringLiteral("bad.sqlite"));
    QVERIFY(!db.isEmpty());
    const QString about = QStringLiteral("{\"report\": \"%1\", ").arg(m_hash);
    const QByteArray lines =
        (about + QStringLiteral("\"field\": \"org.offices\", \"action\": \"confirm\"}\n") +
         QStringLiteral("{\"report\": \"%1\", \"file\": \"gone.txt\", \"field\": \"org.offices\", \"action\": "
                        "\"confirm\"}\n")
             .arg(QString(64, u'e')) +
         about + QStringLiteral("\"field\": \"org.no_such_field\", \"action\": \"confirm\"}\n") + about +
         QStringLiteral("\"field\": \"org.offices\", \"action\": \"approve\"}\n") + QStringLiteral("\n") + about +
         QStringLiteral("\"field\": \"org.reading_points\", \"action\": \"correct\"}\n") + about +
         QStringLiteral("\"flag\": \"0000000000000000\", \"action\": \"dismiss\", \"reason\": \"x\"}\n") + about +
         QStringLiteral("\"field\": \"org.reading_points\", \"action\": \"correct\", \"value\": 17}\n"))
            .toUtf8();
    const QString file = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QVERIFY(writeAll(file, lines));
    const Run r = runJiaohe({QStringLiteral("decisions"), QStringLiteral("apply"), QStringLiteral("--db"), db, file});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.contains(QStringLiteral("2 decisions applied, 0 already taken, 5 could not be applied")),
             qPrintable(r.out));
    for (const QString& expected :
         {QStringLiteral("bad.jsonl:2: no report in the database has the SHA-256 eeee"), QStringLiteral("(gone.txt)"),
          QStringLiteral("bad.jsonl:3: the report has no field “org.no_such_field”"),
          QStringLiteral("bad.jsonl:4: unknown action “approve”"),
          QStringLiteral("bad.jsonl:6: “correct” needs a \"value\""),
          QStringLiteral("bad.jsonl:7: the report has no flag “0000000000000000”")}) {
        QVERIFY2(r.err.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + r.err));
    }
    QVERIFY(!r.err.contains(QStringLiteral(":1:")) && !r.err.contains(QStringLiteral(":8:")));
    // The good lines were applied.
    bool confirmed = false;
    bool corrected = false;
    for (const auto& row : exported(db, {QStringLiteral("--format=long")}, m_dir.filePath(QStringLiteral("bad.csv")))) {
        confirmed = confirmed || (row.value(QStringLiteral("key")) == u"org.offices" &&
                                  row.value(QStringLiteral("status")) == u"confirmed");
        corrected = corrected || (row.value(QStringLiteral("key")) == u"org.reading_points" &&
                                  row.value(QStringLiteral("value_reviewed")) == u"17");
    }
    QVERIFY(confirmed);
    QVERIFY(corrected);
}

// The window's export dialog calls Exporter::exportToFile; headers in words are unique (a label two fields share
// gets its key) and the codes are words; an unknown --headers is refused.
void TestDecisions::headersInWords()
{
    const QString path = importedDatabase(QStringLiteral("words.sqlite"));
    QVERIFY(!path.isEmpty());
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        ReviewStore store(db);
        const qint64 id = *store.reportWithHash(m_hash.toLatin1());
        QVERIFY(store.setReportStatus(id, ReportStatus::Reviewed));
        Exporter::Options options;
        options.headers = Exporter::Headers::Zh;
        QString error;
        int rows = 0;
        const QString out = m_dir.filePath(QStringLiteral("wide-zh.csv"));
        QVERIFY2(Exporter::exportToFile(db, out, options, &error, &rows), qPrintable(error));
        QCOMPARE(rows, 1);
        const QList<QStringList> table = test::parseCsv(readAll(out));
        QCOMPARE(table.size(), 2);
        QCOMPARE(table.first().mid(0, 6),
                 (QStringList{QStringLiteral("文件"), QStringLiteral("文件SHA-256"), QStringLiteral("地区"),
                              QStringLiteral("年度"), QStringLiteral("审核状态"), QStringLiteral("待处理问题")}));
        QCOMPARE(QSet<QString>(table.first().cbegin(), table.first().cend()).size(), table.first().size());
        QVERIFY(!table.first().contains(QStringLiteral("proactive.via_website")));
        QCOMPARE(table.at(1).at(4), QStringLiteral("已审核"));
        options.headers = Exporter::Headers::En;
        options.format = Exporter::Format::Flags;
        QVERIFY2(Exporter::exportToFile(db, out, options, &error, &rows), qPrintable(error));
        const QList<QStringList> flags = test::parseCsv(readAll(out));
        QVERIFY(flags.size() > 1);
        QCOMPARE(flags.first().at(12), QStringLiteral("Decision"));
        QCOMPARE(flags.at(1).at(12), QStringLiteral("open"));
        QCOMPARE(flags.at(1).at(17), QStringLiteral("yes"));
    }
    const Run bad = runJiaohe({QStringLiteral("export"), QStringLiteral("--db"), path, QStringLiteral("--out"),
                               m_dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--headers=fr")});
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--headers must be keys, zh or en")), qPrintable(bad.err));
}

void TestDecisions::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no verb") << QStringList{} << 2 << "say export or apply";
    QTest::newRow("another verb") << QStringList{QStringLiteral("undo")} << 2 << "say export or apply";
    QTest::newRow("apply without a file") << QStringList{QStringLiteral("apply")} << 2 << "give one file";
    QTest::newRow("export with a stray argument")
        << QStringList{QStringLiteral("export"), QStringLiteral("x.jsonl")} << 2 << "unexpected argument";
    QTest::newRow("apply to a database that does not exist")
        << QStringList{QStringLiteral("apply"), QStringLiteral("--db"), QStringLiteral("/nonexistent/r.sqlite"),
                       QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")}
        << 1 << "no such review database";
    QTest::newRow("a file of decisions that does not exist")
        << QStringList{QStringLiteral("apply"), QStringLiteral("/nonexistent/d.jsonl")} << 1 << "d.jsonl";
}

void TestDecisions::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Run r = runJiaohe(QStringList{QStringLiteral("decisions")} + args);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "TestDecisions.moc"
