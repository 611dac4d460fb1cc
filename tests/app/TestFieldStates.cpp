// SPDX-License-Identifier: GPL-3.0-or-later
// The state table of a field (ARCHITECTURE.md, "A field's two values"): every status a field can be in × every
// decision, each row saying the status, the printed value, the reviewer's value, the final value and the audit
// entry that follow; an identical decision changes nothing and writes no audit entry. Then the flag decisions as
// records: accepting a suggested fix corrects the field and records the decision together, and its undo puts
// both back.
#include "check/Checker.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"
#include "TestBackend.h"
#include "store/Database.h"
#include "store/FieldState.h"
#include "store/ReviewStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "common/StatusPrinting.h"

#include <memory>

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString key = QStringLiteral("proactive.via_website");
constexpr double printed = 1996930000; // 199693万条 read as a count: the unit slip of seed 002
constexpr double intended = 199693;
const QDateTime actionTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);

struct Project
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReviewStore> store;
    qint64 reportId = 0;

    bool open(bool importSeed = true)
    {
        if (!dir.isValid() || !db.open(test::freshDatabase(dir.path()))) {
            return false;
        }
        store = std::make_unique<ReviewStore>(db);
        store->setClock([] { return actionTime; });
        store->setSystemUser(QStringLiteral("li"));
        if (!importSeed) {
            return true;
        }
        reportId = store->importAnalysis(Analysis::ofFile(seed002, Extractor(), Checker())).reportId;
        return reportId > 0;
    }
    int auditRows()
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next() ? q.value(0).toInt() : -1;
    }
    QStringList lastAudit()
    {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT action, old_value, new_value, field_key, who, at FROM audit "
                                  "ORDER BY id DESC LIMIT 1")) &&
            q.next()) {
            return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        }
        return {};
    }
    std::optional<StoredField> field()
    {
        for (const StoredField& f : store->fields(reportId)) {
            if (f.key == key) {
                return f;
            }
        }
        return std::nullopt;
    }
    // The seed's 1103 = 35 + 1081 flag (the sum is 1116), or the unit slip on 199693万.
    std::optional<StoredFlag> flag(const QString& kind)
    {
        for (const StoredFlag& f : store->flags(reportId, true)) {
            if (f.kind == kind && (kind != u"sum" || (!f.numbers.isEmpty() && f.numbers.first() == 1103))) {
                return f;
            }
        }
        return std::nullopt;
    }
};

// A decision of the table, by name: confirm, correct:V, source_error:V, source_error, not_applicable, unreviewed.
bool decide(ReviewStore& store, qint64 reportId, const QString& decision)
{
    const QString action = decision.section(u':', 0, 0);
    const double value = decision.section(u':', 1).toDouble();
    if (action == u"confirm") {
        return store.setFieldStatus(reportId, key, FieldStatus::Confirmed);
    }
    if (action == u"correct") {
        return store.correctField(reportId, key, value);
    }
    if (action == u"source_error" && decision.contains(u':')) {
        return store.correctField(reportId, key, value, FieldStatus::AsPrinted);
    }
    if (action == u"source_error") {
        return store.setFieldStatus(reportId, key, FieldStatus::AsPrinted);
    }
    if (action == u"not_applicable") {
        return store.setFieldStatus(reportId, key, FieldStatus::NotApplicable);
    }
    return action == u"unreviewed" && store.setFieldStatus(reportId, key, FieldStatus::Unreviewed);
}

// The decision that puts a fresh field in each starting status (the reviewer's value 199693 where there is one).
QString reach(const QString& from)
{
    if (from == u"corrected") {
        return QStringLiteral("correct:199693");
    }
    if (from == u"as_printed") {
        return QStringLiteral("source_error:199693");
    }
    return from == u"unreviewed" ? QString() : (from == u"confirmed" ? QStringLiteral("confirm") : from);
}

} // namespace

class TestFieldStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transition_data();
    void transition();
    void afterIsThePureStateTable();
    void acceptSuggestionRecordsTheDecision();
    void flagDecisionsAreRecordsAndIdempotent();
    void reportNote();
    void newVersionCarriesDecisionRecords();
};

void TestFieldStates::transition_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("status");
    QTest::addColumn<double>("reviewerValue"); // -1: none
    QTest::addColumn<double>("finalValue");    // -1: none (not applicable)
    QTest::addColumn<QStringList>("audit");    // action, old, new; empty: no new audit entry, nothing changed

    using S = FieldStatus;
    auto row = [](const char* from, const char* decision, S status, double reviewer, double final,
                  std::initializer_list<const char*> audit) {
        QStringList entry;
        for (const char* part : audit) {
            entry.append(QString::fromUtf8(part));
        }
        QTest::addRow("%s + %s", from, decision)
            << QString::fromLatin1(from) << QString::fromLatin1(decision) << int(status) << reviewer << final << entry;
    };
    const char* p = "1996930000";
    const char* c = "199693";
    const char* fs = "field_status";
    const char* fc = "field_correct";
    const char* fp = "field_as_printed";

    row("unreviewed", "confirm", S::Confirmed, -1, printed, {fs, "unreviewed", "confirmed"});
    row("unreviewed", "correct:199693", S::Corrected, intended, intended, {fc, p, c});
    row("unreviewed", "correct:5", S::Corrected, 5, 5, {fc, p, "5"});
    row("unreviewed", "source_error:7", S::AsPrinted, 7, printed, {fp, p, "7"});
    row("unreviewed", "source_error", S::AsPrinted, -1, printed, {fs, "unreviewed", "as_printed"});
    row("unreviewed", "not_applicable", S::NotApplicable, -1, -1, {fs, "unreviewed", "not_applicable"});
    row("unreviewed", "unreviewed", S::Unreviewed, -1, printed, {});

    row("confirmed", "confirm", S::Confirmed, -1, printed, {}); // Return on a confirmed field
    row("confirmed", "correct:199693", S::Corrected, intended, intended, {fc, p, c});
    row("confirmed", "correct:5", S::Corrected, 5, 5, {fc, p, "5"});
    row("confirmed", "source_error:7", S::AsPrinted, 7, printed, {fp, p, "7"});
    row("confirmed", "source_error", S::AsPrinted, -1, printed, {fs, "confirmed", "as_printed"});
    row("confirmed", "not_applicable", S::NotApplicable, -1, -1, {fs, "confirmed", "not_applicable"});
    row("confirmed", "unreviewed", S::Unreviewed, -1, printed, {fs, "confirmed", "unreviewed"});

    // Confirming a correction confirms it: nothing changes (the data-loss bug was a status dropping the value).
    row("corrected", "confirm", S::Corrected, intended, intended, {});
    row("corrected", "correct:199693", S::Corrected, intended, intended, {});
    row("corrected", "correct:5", S::Corrected, 5, 5, {fc, c, "5"});
    row("corrected", "source_error:7", S::AsPrinted, 7, printed, {fp, c, "7"});
    row("corrected", "source_error", S::AsPrinted, intended, printed, {fs, "corrected", "as_printed"});
    row("corrected", "not_applicable", S::NotApplicable, intended, -1, {fs, "corrected", "not_applicable"});
    row("corrected", "unreviewed", S::Unreviewed, intended, printed, {fs, "corrected", "unreviewed"});

    // Source error (code as_printed): the printed value is final, the intended one kept beside it.
    row("as_printed", "confirm", S::Confirmed, intended, printed, {fs, "as_printed", "confirmed"});
    row("as_printed", "correct:199693", S::Corrected, intended, intended, {fc, p, c});
    row("as_printed", "correct:5", S::Corrected, 5, 5, {fc, p, "5"});
    row("as_printed", "source_error:7", S::AsPrinted, 7, printed, {fp, p, "7"});
    row("as_printed", "source_error:199693", S::AsPrinted, intended, printed, {});
    row("as_printed", "source_error", S::AsPrinted, intended, printed, {});
    row("as_printed", "not_applicable", S::NotApplicable, intended, -1, {fs, "as_printed", "not_applicable"});
    row("as_printed", "unreviewed", S::Unreviewed, intended, printed, {fs, "as_printed", "unreviewed"});

    row("not_applicable", "confirm", S::Confirmed, -1, printed, {fs, "not_applicable", "confirmed"});
    row("not_applicable", "correct:199693", S::Corrected, intended, intended, {fc, "", c});
    row("not_applicable", "correct:5", S::Corrected, 5, 5, {fc, "", "5"});
    row("not_applicable", "source_error:7", S::AsPrinted, 7, printed, {fp, "", "7"});
    row("not_applicable", "source_error", S::AsPrinted, -1, printed, {fs, "not_applicable", "as_printed"});
    row("not_applicable", "not_applicable", S::NotApplicable, -1, -1, {});
    row("not_applicable", "unreviewed", S::Unreviewed, -1, printed, {fs, "not_applicable", "unreviewed"});
}

void TestFieldStates::transition()
{
    QFETCH(QString, from);
    QFETCH(QString, decision);
    QFETCH(int, status);
    QFETCH(double, reviewerValue);
    QFETCH(double, finalValue);
    QFETCH(QStringList, audit);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    if (!reach(from).isEmpty()) {
        QVERIFY2(decide(*p.store, p.reportId, reach(from)), qPrintable(p.store->error()));
    }
    QCOMPARE(p.field()->status, fieldStatusFromString(from).value());
    const int rowsBefore = p.auditRows();
    const QStringList lastBefore = p.lastAudit();
    const std::optional<StoredField> before = p.field();

    QVERIFY2(decide(*p.store, p.reportId, decision), qPrintable(p.store->error()));

    const std::optional<StoredField> f = p.field();
    QVERIFY(f);
    QCOMPARE(f->status, FieldStatus(status));
    QCOMPARE(f->value, printed); // the printed value never changes with a decision
    QVERIFY(f->extracted);
    QCOMPARE(f->correctedValue, reviewerValue < 0 ? std::nullopt : std::optional<double>(reviewerValue));
    QCOMPARE(f->finalValue(), finalValue < 0 ? std::nullopt : std::optional<double>(finalValue));
    if (audit.isEmpty()) {
        QCOMPARE(p.auditRows(), rowsBefore);
        QCOMPARE(p.lastAudit(), lastBefore);
        QCOMPARE(f->reviewedAt, before->reviewedAt);
    } else {
        QCOMPARE(p.auditRows(), rowsBefore + 1);
        const QStringList e = p.lastAudit();
        QCOMPARE(e.mid(0, 3), audit);
        QCOMPARE(e.at(3), key);
        QCOMPARE(e.at(4), QStringLiteral("li"));
        QCOMPARE(f->reviewedBy, QStringLiteral("li"));
    }
}

// FieldState::after is the table without a database: a note given is kept, an empty one keeps the old note.
void TestFieldStates::afterIsThePureStateTable()
{
    const FieldState corrected{FieldStatus::Corrected, 5.0, QStringLiteral("checked with the office")};
    QCOMPARE(corrected.after(FieldStatus::Confirmed, std::nullopt, QString()), corrected);
    QCOMPARE(corrected.after(FieldStatus::NotApplicable, std::nullopt, QString()),
             (FieldState{FieldStatus::NotApplicable, 5.0, QStringLiteral("checked with the office")}));
    QCOMPARE(corrected.after(FieldStatus::AsPrinted, 6.0, QStringLiteral("meant 6")),
             (FieldState{FieldStatus::AsPrinted, 6.0, QStringLiteral("meant 6")}));
    const FieldState fresh;
    QCOMPARE(fresh.after(FieldStatus::Confirmed, std::nullopt, QString()).status, FieldStatus::Confirmed);
    QVERIFY(!fresh.after(FieldStatus::Confirmed, std::nullopt, QString()).reviewerValue);
}

void TestFieldStates::acceptSuggestionRecordsTheDecision()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const std::optional<StoredFlag> unit = p.flag(QStringLiteral("unit"));
    QVERIFY(unit && unit->suggestion && unit->active);
    QCOMPARE(unit->suggestion->value, intended);
    const std::optional<StoredField> fieldBefore = p.field();
    const int rows = p.auditRows();

    QString fieldKey;
    QVERIFY2(p.store->acceptSuggestion(unit->id, &fieldKey), qPrintable(p.store->error()));
    QCOMPARE(fieldKey, key);
    QCOMPARE(p.field()->status, FieldStatus::Corrected);
    QCOMPARE(p.field()->correctedValue, std::optional<double>(intended));
    const std::optional<StoredFlag> decided = p.flag(QStringLiteral("unit"));
    QCOMPARE(decided->resolution, Resolution::Fixed);
    QCOMPARE(decided->acceptedValue, std::optional<double>(intended));
    QCOMPARE(decided->decidedBy, QStringLiteral("li"));
    QCOMPARE(decided->decidedAt, QStringLiteral("2024-05-06T07:08:09.123Z"));
    QVERIFY(!decided->active);         // the corrected value is no unit slip: the checks no longer raise it
    QCOMPARE(p.auditRows(), rows + 2); // the field's correction and the flag's decision
    QCOMPARE(p.lastAudit().mid(0, 3),
             (QStringList{QStringLiteral("flag_accept"), QStringLiteral("open"), QStringLiteral("fixed")}));
    QCOMPARE(p.store->report(p.reportId)->status, ReportStatus::InReview);

    // Accepting again, or confirming the field: nothing more.
    QVERIFY(p.store->acceptSuggestion(unit->id));
    QVERIFY(p.store->setFieldStatus(p.reportId, key, FieldStatus::Confirmed));
    QCOMPARE(p.auditRows(), rows + 2);

    // A later decision undone (restoreFlag): the acceptance is back with its value, reviewer and time.
    const StoredFlag accepted = *p.flag(QStringLiteral("unit"));
    p.store->setClock([] { return actionTime.addDays(1); });
    QVERIFY(p.store->resolveFlag(unit->id, Resolution::Dismissed, QStringLiteral("changed my mind")));
    QVERIFY(!p.flag(QStringLiteral("unit"))->acceptedValue);
    QVERIFY2(p.store->restoreFlag(unit->id, accepted), qPrintable(p.store->error()));
    const std::optional<StoredFlag> back = p.flag(QStringLiteral("unit"));
    QCOMPARE(back->resolution, Resolution::Fixed);
    QCOMPARE(back->acceptedValue, std::optional<double>(intended));
    QCOMPARE(back->decidedAt, QStringLiteral("2024-05-06T07:08:09.123Z"));
    QCOMPARE(p.lastAudit().mid(0, 3),
             (QStringList{QStringLiteral("flag_restore"), QStringLiteral("dismissed"), QStringLiteral("fixed")}));
    QCOMPARE(p.auditRows(), rows + 4);

    // The undo: field and flag as they were, in one step.
    QVERIFY2(p.store->restoreAccepted(p.reportId, key, fieldBefore, unit->id, *unit), qPrintable(p.store->error()));
    QCOMPARE(p.field()->status, FieldStatus::Unreviewed);
    QVERIFY(!p.field()->correctedValue);
    const std::optional<StoredFlag> reopened = p.flag(QStringLiteral("unit"));
    QCOMPARE(reopened->resolution, Resolution::Open);
    QVERIFY(reopened->decidedBy.isEmpty() && reopened->decidedAt.isEmpty() && !reopened->acceptedValue);
    QVERIFY(reopened->active); // the checks raise it again
    QCOMPARE(p.auditRows(), rows + 6);

    // A flag without a suggestion is refused, and says so.
    const std::optional<StoredFlag> sum = p.flag(QStringLiteral("sum"));
    QVERIFY(sum && !sum->suggestion);
    QVERIFY(!p.store->acceptSuggestion(sum->id));
    QVERIFY2(p.store->error().contains(QStringLiteral("no suggested fix")), qPrintable(p.store->error()));
}

void TestFieldStates::flagDecisionsAreRecordsAndIdempotent()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const std::optional<StoredFlag> sum = p.flag(QStringLiteral("sum"));
    QVERIFY(sum);
    QCOMPARE(p.store->flagWithIdentity(p.reportId, sum->identity)->id, sum->id);
    QVERIFY(!p.store->flagWithIdentity(p.reportId, QStringLiteral("0000000000000000")));

    QVERIFY(!p.store->resolveFlag(sum->id, Resolution::Dismissed, QStringLiteral("  ")));
    QVERIFY2(p.store->error().contains(QStringLiteral("needs a reason")), qPrintable(p.store->error()));
    const int rows = p.auditRows();
    const QString reason = QStringLiteral("35+1081≠1103 as printed");
    QVERIFY(p.store->resolveFlag(sum->id, Resolution::SourceError, reason));
    std::optional<StoredFlag> f = p.flag(QStringLiteral("sum"));
    QCOMPARE(f->resolution, Resolution::SourceError);
    QCOMPARE(f->reason, reason);
    QCOMPARE(f->decidedBy, QStringLiteral("li"));
    QCOMPARE(f->decidedAt, QStringLiteral("2024-05-06T07:08:09.123Z"));
    QCOMPARE(p.auditRows(), rows + 1);
    QVERIFY(p.store->resolveFlag(sum->id, Resolution::SourceError, reason)); // the same again
    QCOMPARE(p.auditRows(), rows + 1);
    QVERIFY(p.store->resolveFlag(sum->id, Resolution::Open));
    f = p.flag(QStringLiteral("sum"));
    QVERIFY(f->decidedBy.isEmpty() && f->decidedAt.isEmpty());
    QCOMPARE(p.auditRows(), rows + 2);
}

void TestFieldStates::reportNote()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const int rows = p.auditRows();
    QVERIFY(p.store->setReportNote(p.reportId, QStringLiteral("表三合计有误，已电话核实")));
    QCOMPARE(p.store->report(p.reportId)->note, QStringLiteral("表三合计有误，已电话核实"));
    QCOMPARE(p.lastAudit().mid(0, 3),
             (QStringList{QStringLiteral("report_note"), QString(), QStringLiteral("表三合计有误，已电话核实")}));
    QVERIFY(p.store->setReportNote(p.reportId, QStringLiteral("表三合计有误，已电话核实")));
    QCOMPARE(p.auditRows(), rows + 1);
    QVERIFY(!p.store->setReportNote(p.reportId + 100, QStringLiteral("x")));
    // A field's note alone, and a status decision with no note keeps it.
    QVERIFY(p.store->setFieldNote(p.reportId, key, QStringLiteral("网站数据")));
    QVERIFY(p.store->setFieldStatus(p.reportId, key, FieldStatus::Confirmed));
    QCOMPARE(p.field()->note, QStringLiteral("网站数据"));
    QCOMPARE(p.auditRows(), rows + 3);
}

// A changed file becomes a new version: its flags' decisions keep who, when and the value taken, and the report
// keeps its note.
void TestFieldStates::newVersionCarriesDecisionRecords()
{
    Project p;
    QVERIFY2(p.open(false), qPrintable(p.db.error()));
    const QString path = p.dir.filePath(QStringLiteral("report.txt"));
    QFile source(seed002);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly) && copy.write(bytes) == bytes.size());
    copy.close();
    const qint64 oldId = p.store->importAnalysis(Analysis::ofFile(path, Extractor(), Checker())).reportId;
    QVERIFY(oldId > 0);
    p.reportId = oldId;
    QVERIFY(p.store->acceptSuggestion(p.flag(QStringLiteral("unit"))->id));
    QVERIFY(p.store->resolveFlag(p.flag(QStringLiteral("sum"))->id, Resolution::SourceError, QStringLiteral("印错")));
    QVERIFY(p.store->setReportNote(oldId, QStringLiteral("已核实")));

    const QByteArray from = QStringLiteral("查阅点16个").toUtf8();
    QVERIFY(bytes.contains(from));
    bytes.replace(from, QStringLiteral("查阅点17个").toUtf8());
    QVERIFY(copy.open(QIODevice::WriteOnly | QIODevice::Truncate) && copy.write(bytes) == bytes.size());
    copy.close();
    const ReviewStore::ImportOutcome next = p.store->importAnalysis(Analysis::ofFile(path, Extractor(), Checker()));
    QCOMPARE(next.result, ReviewStore::Imported::NewVersion);
    p.reportId = next.reportId;
    QCOMPARE(p.store->report(p.reportId)->note, QStringLiteral("已核实"));
    const std::optional<StoredFlag> unit = p.flag(QStringLiteral("unit"));
    QCOMPARE(unit->resolution, Resolution::Fixed);
    QCOMPARE(unit->acceptedValue, std::optional<double>(intended));
    QCOMPARE(unit->decidedBy, QStringLiteral("li"));
    QCOMPARE(unit->decidedAt, QStringLiteral("2024-05-06T07:08:09.123Z"));
    const std::optional<StoredFlag> sum = p.flag(QStringLiteral("sum"));
    QCOMPARE(sum->resolution, Resolution::SourceError);
    QCOMPARE(sum->decidedBy, QStringLiteral("li"));
}

QTEST_GUILESS_MAIN(TestFieldStates)
#include "TestFieldStates.moc"
