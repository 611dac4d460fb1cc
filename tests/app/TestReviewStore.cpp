// SPDX-License-Identifier: GPL-3.0-or-later
// The reviewer's record: reports stored whole and once, new versions that keep the old review, every
// action one transaction with one audit entry, corrections that re-run the checks without losing a
// decision, injected failures that leave no trace, refused input, an append-only audit log, SQL
// parameters only, and statistics that agree with the rows.
#include "check/Checker.h"
#include "pipeline/Analysis.h"
#include "document/BodyName.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"
#include "TestBackend.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "common/StatusPrinting.h"

#include <cmath>
#include <limits>
#include <memory>

using namespace jiaohe;

namespace {

const QString seedDir = QStringLiteral(JIAOHE_TEST_DATA "/seeds");
const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");

const QDateTime importTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
const QDateTime actionTime(QDate(2024, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
const QString actionTimeText = QStringLiteral("2024-05-06T07:08:09.123Z");

Analysis analyse(const QString& path)
{
    return Analysis::ofFile(path, Extractor(), Checker());
}

QStringList seedFiles()
{
    QStringList files = QDir(seedDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (QString& f : files) {
        f = seedDir + u'/' + f;
    }
    return files;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A project database in a temporary folder with a fixed clock and system user.
struct Project
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReviewStore> store;
    QDateTime clock = importTime;

    bool open()
    {
        if (!dir.isValid() || !db.open(test::freshDatabase(dir.path()))) {
            return false;
        }
        store = std::make_unique<ReviewStore>(db);
        store->setClock([this] { return clock; });
        store->setSystemUser(QStringLiteral("sys-user"));
        return true;
    }
    // A copy of a report in the project's folder (to change it, or to give it a strange name).
    QString copy(const QString& from, const QString& name)
    {
        const QString to = dir.filePath(name);
        QFile::remove(to);
        if (!QFile::copy(from, to)) {
            return QString();
        }
        // The copy keeps the source's permissions, which may be read-only for us.
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        return to;
    }
    ReviewStore::ImportOutcome import(const QString& path) { return store->importAnalysis(analyse(path)); }

    QVariant value(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant& b : binds) {
            q.addBindValue(b);
        }
        if (q.exec() && q.next()) {
            return q.value(0);
        }
        return QVariant();
    }
    int count(const QString& sql, const QVariantList& binds = {}) { return value(sql, binds).toInt(); }

    // Every row of every table, to prove that nothing changed.
    QStringList snapshot()
    {
        QStringList out;
        for (const QString& table :
             {QStringLiteral("reports"), QStringLiteral("fields"), QStringLiteral("flags"), QStringLiteral("audit"),
              QStringLiteral("settings"), QStringLiteral("report_boxes")}) {
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
                out.append(QStringLiteral("%1: cannot read: %2").arg(table, q.lastError().text()));
                continue;
            }
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i) {
                    cells.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
                }
                out.append(table + QStringLiteral(": ") + cells.join(u'|'));
            }
        }
        return out;
    }
};

struct AuditRow
{
    QString at, who, fieldKey, action, oldValue, newValue, reason;
    qint64 reportId = 0, flagId = 0;
};

AuditRow lastAudit(Project& p)
{
    AuditRow e;
    QSqlQuery q(p.db.connection());
    if (q.exec(QStringLiteral("SELECT at, who, report_id, field_key, flag_id, action, old_value, new_value, reason "
                              "FROM audit ORDER BY id DESC LIMIT 1")) &&
        q.next()) {
        e.at = q.value(0).toString();
        e.who = q.value(1).toString();
        e.reportId = q.value(2).toLongLong();
        e.fieldKey = q.value(3).toString();
        e.flagId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.oldValue = q.value(6).toString();
        e.newValue = q.value(7).toString();
        e.reason = q.value(8).toString();
    }
    return e;
}

std::optional<StoredField> fieldOf(ReviewStore& store, qint64 reportId, const QString& key)
{
    for (const StoredField& f : store.fields(reportId)) {
        if (f.key == key) {
            return f;
        }
    }
    return std::nullopt;
}

// Seed 002's flags: the sum 1103 = 35 + 1081 (really 1116), the sum 2482 and the unit slip 199693万条.
std::optional<StoredFlag> flagOf(ReviewStore& store, qint64 reportId, const QString& kind, double firstNumber,
                                 bool includeInactive = true)
{
    for (const StoredFlag& f : store.flags(reportId, includeInactive)) {
        if (f.kind == kind && (std::isnan(firstNumber) || (!f.numbers.isEmpty() && f.numbers.first() == firstNumber))) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<StoredFlag> unitFlag(ReviewStore& store, qint64 reportId, bool includeInactive = true)
{
    return flagOf(store, reportId, QStringLiteral("unit"), std::numeric_limits<double>::quiet_NaN(), includeInactive);
}

QSet<QString> identitiesOf(const QList<Flag>& flags)
{
    QSet<QString> s;
    for (const Flag& f : flags) {
        s.insert(storedIdentity(f));
    }
    return s;
}

} // namespace

class TestReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importIdempotent_data();
    void importIdempotent();
    void boxesStoredWithPdf_data();
    void boxesStoredWithPdf();
    void storedWhole_data();
    void storedWhole();
    void batchKeepsGoodReports();
    void newVersion_data();
    void newVersion();
    void auditEntry_data();
    void auditEntry();
    void correctionRerunsChecks_data();
    void correctionRerunsChecks();
    void assignFromText();
    void sameBody_data();
    void sameBody();
    void checksAcrossYears();
    void blankCellsRemembered();
    void rerunWithoutCorrectionKeepsFlags_data();
    void rerunWithoutCorrectionKeepsFlags();
    void injectedFailureLeavesNoTrace_data();
    void injectedFailureLeavesNoTrace();
    void databaseErrors_data();
    void databaseErrors();
    void firstDecisionStartsTheReview();
    void statusKeepsTheCorrection_data();
    void statusKeepsTheCorrection();
    void statusCodes_data();
    void statusCodes();
    void invalidInput_data();
    void invalidInput();
    void auditAppendOnly_data();
    void auditAppendOnly();
    void sqlIsParameterised_data();
    void sqlIsParameterised();
    void stats_data();
    void stats();
};

// ---------------------------------------------------------------------------------------------

void TestReviewStore::importIdempotent_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("otherPath");
    for (const QString& f : seedFiles()) {
        QTest::addRow("%s imported twice is stored once, with one import entry", qPrintable(QFileInfo(f).fileName()))
            << f << false;
    }
    QTest::newRow("the same bytes under another file name are the report already present") << seed002 << true;
}

void TestReviewStore::importIdempotent()
{
    QFETCH(QString, file);
    QFETCH(bool, otherPath);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const ReviewStore::ImportOutcome first = p.import(file);
    QCOMPARE(first.result, ReviewStore::Imported::Added);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(first.reportId > 0);
    const QStringList before = p.snapshot();

    p.clock = actionTime;
    const QString again = otherPath ? p.copy(file, QStringLiteral("copy of the report.txt")) : file;
    QVERIFY(!again.isEmpty());
    const ReviewStore::ImportOutcome second = p.import(again);
    QCOMPARE(second.result, ReviewStore::Imported::AlreadyPresent);
    QCOMPARE(second.reportId, first.reportId);
    QCOMPARE(p.snapshot(), before);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM reports")), 1);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'import'")), 1);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit")), 1);
    QCOMPARE(p.store->reports().size(), 1);
    QCOMPARE(p.store->reportWithHash(analyse(file).document.contentHash), std::optional<qint64>(first.reportId));
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::boxesStoredWithPdf_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("boxes");
    QTest::newRow("a PDF: its pages and character boxes are stored with it")
        << QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf") << true;
    QTest::newRow("a text report: none") << seed002 << false;
    QTest::newRow("a web page: none") << QStringLiteral(JIAOHE_TEST_DATA "/cases/template2021-html-county/report.html")
                                      << false;
}

// The window boxes a PDF report's evidence from the database: the importer stores the boxes in the report's own
// transaction, and they read back into the same boxes as the file gives.
void TestReviewStore::boxesStoredWithPdf()
{
    QFETCH(QString, file);
    QFETCH(bool, boxes);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const Analysis a = analyse(file);
    QVERIFY2(a.ok(), qPrintable(a.error));
    const ReviewStore::ImportOutcome imported = p.store->importAnalysis(a);
    QCOMPARE(imported.result, ReviewStore::Imported::Added);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM report_boxes")), boxes ? 1 : 0);
    const std::optional<BoxCodec::Encoded> stored = p.store->reportBoxes(imported.reportId);
    QCOMPARE(stored.has_value(), boxes);
    if (!boxes) {
        return;
    }
    QCOMPARE(stored->format, BoxCodec::Format);
    const QString text = p.store->originalText(imported.reportId);
    QCOMPARE(text, a.document.original);
    const std::optional<BoxCodec::Decoded> decoded = BoxCodec::decode(*stored, text.size());
    QVERIFY(decoded);
    QCOMPARE(decoded->pages.size(), a.document.pages.size());
    QCOMPARE(decoded->boxes.size(), a.document.charBoxes.size());
    for (qsizetype i = 0; i < decoded->boxes.size(); ++i) {
        const PdfCharBox& in = a.document.charBoxes.at(i);
        const PdfCharBox& out = decoded->boxes.at(i);
        QCOMPARE(out.isEmpty(), in.isEmpty());
        if (!in.isEmpty()) {
            QCOMPARE(out.x, BoxCodec::quantised(in.x));
            QCOMPARE(out.y, BoxCodec::quantised(in.y));
        }
    }
    // A field's evidence lands on the same page from the stored boxes as from the file.
    const std::optional<StoredField> f = fieldOf(*p.store, imported.reportId, QStringLiteral("t3.new.total"));
    QVERIFY(f);
    Document fromDb;
    fromDb.original = text;
    fromDb.pages = decoded->pages;
    fromDb.charBoxes = decoded->boxes;
    const auto fromFile = a.document.boxes(f->evidenceStart, f->evidenceEnd);
    QVERIFY(!fromFile.isEmpty());
    QCOMPARE(fromDb.boxes(f->evidenceStart, f->evidenceEnd).size(), fromFile.size());
    QCOMPARE(fromDb.boxes(f->evidenceStart, f->evidenceEnd).first().first, fromFile.first().first);
    // Imported again: the same report, no second row of boxes.
    QCOMPARE(p.import(file).result, ReviewStore::Imported::AlreadyPresent);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM report_boxes")), 1);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::storedWhole_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& f : seedFiles()) {
        QTest::addRow("%s: every field and every distinct flag is stored as analysed",
                      qPrintable(QFileInfo(f).fileName()))
            << f;
    }
    QDirIterator it(QStringLiteral(JIAOHE_TEST_DATA "/cases"), {QStringLiteral("report.*")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList cases;
    while (it.hasNext()) {
        cases.append(it.next());
    }
    cases.sort();
    for (const QString& f : std::as_const(cases)) {
        QTest::addRow("case %s: every field and every distinct flag is stored as analysed",
                      qPrintable(QFileInfo(f).dir().dirName() + u'/' + QFileInfo(f).fileName()))
            << f;
    }
}

void TestReviewStore::storedWhole()
{
    QFETCH(QString, file);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const Analysis a = analyse(file);
    QVERIFY2(a.ok(), qPrintable(a.error));
    const ReviewStore::ImportOutcome out = p.store->importAnalysis(a);
    QCOMPARE(out.result, ReviewStore::Imported::Added);
    const qint64 id = out.reportId;

    // The report.
    const std::optional<StoredReport> r = p.store->report(id);
    QVERIFY(r);
    QCOMPARE(r->filePath, a.filePath);
    QCOMPARE(r->fileName, QFileInfo(file).fileName());
    QCOMPARE(r->contentHash, QString::fromLatin1(a.document.contentHash));
    QCOMPARE(r->encoding, a.document.encoding);
    QCOMPARE(r->year, a.extraction.year);
    QCOMPARE(r->region, a.extraction.region);
    QCOMPARE(r->status, ReportStatus::Unreviewed);
    QCOMPARE(r->importedAt, QStringLiteral("2024-01-02T03:04:05.006Z"));
    QCOMPARE(p.store->originalText(id), a.document.original);

    // The fields: as many as extracted, each with its value, unit and evidence on the original text.
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM fields WHERE report_id = ?"), {id}),
             int(a.extraction.fields.size()));
    const QList<StoredField> fields = p.store->fields(id);
    QCOMPARE(fields.size(), a.extraction.fields.size());
    for (const ExtractedField& e : a.extraction.fields) {
        const std::optional<StoredField> s = fieldOf(*p.store, id, e.key);
        QVERIFY2(s, qPrintable(e.key));
        QCOMPARE(s->value, e.value);
        QCOMPARE(s->unit, e.unit);
        QCOMPARE(s->approx, e.approx);
        QCOMPARE(s->evidenceStart, e.start);
        QCOMPARE(s->evidenceEnd, e.end);
        QCOMPARE(s->evidenceText, a.document.original.mid(e.start, e.end - e.start));
        QCOMPARE(s->status, FieldStatus::Unreviewed);
        QCOMPARE(s->finalValue(), std::optional<double>(e.value));
    }

    // The flags: one per identity, with their numbers, spans and suggestion.
    const QSet<QString> identities = identitiesOf(a.flags);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM flags WHERE report_id = ?"), {id}), int(identities.size()));
    const QList<StoredFlag> flags = p.store->flags(id);
    QCOMPARE(flags.size(), identities.size());
    for (const Flag& f : a.flags) {
        const auto stored = std::find_if(flags.cbegin(), flags.cend(),
                                         [&](const StoredFlag& s) { return s.identity == storedIdentity(f); });
        QVERIFY2(stored != flags.cend(), qPrintable(f.messageEn));
        QCOMPARE(stored->rule, f.rule);
        QCOMPARE(stored->kind, f.kind);
        QCOMPARE(stored->severity, severityName(f.severity));
        QCOMPARE(stored->messageZh, f.messageZh);
        QCOMPARE(stored->messageEn, f.messageEn);
        QCOMPARE(stored->numbers, f.values);
        QCOMPARE(stored->spans, f.spans);
        QCOMPARE(bool(stored->suggestion), bool(f.suggestion));
        if (f.suggestion) {
            QCOMPARE(stored->suggestion->value, f.suggestion->value);
            QCOMPARE(stored->suggestion->start, f.suggestion->start);
            QCOMPARE(stored->suggestion->end, f.suggestion->end);
        }
        QCOMPARE(stored->resolution, Resolution::Open);
        QVERIFY(stored->active);
    }
    QCOMPARE(r->openFlags, int(identities.size()));
    // Deduplication merges only the same finding: every distinct message of the analysis is stored
    // (several missing sections, which have no span, are several flags).
    QSet<QString> messages;
    for (const Flag& f : a.flags) {
        messages.insert(f.rule + u'|' + f.messageZh);
    }
    QSet<QString> storedMessages;
    for (const StoredFlag& f : flags) {
        storedMessages.insert(f.rule + u'|' + f.messageZh);
    }
    QCOMPARE(storedMessages, messages);
    QCOMPARE(p.value(QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

// A batch with a file that cannot be read stores the others whole and says which one failed.
void TestReviewStore::batchKeepsGoodReports()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const QString empty = p.dir.filePath(QStringLiteral("empty.txt"));
    QVERIFY(writeFile(empty, QByteArray()));
    const QList<Analysis> analyses = {analyse(seedFiles().at(0)), analyse(empty), analyse(seed002)};
    QVERIFY(!analyses.at(1).ok());
    const QList<ReviewStore::ImportOutcome> outcomes =
        p.store->importBatch({&analyses.at(0), &analyses.at(1), &analyses.at(2)});
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).result, ReviewStore::Imported::Added);
    QCOMPARE(outcomes.at(1).result, ReviewStore::Imported::Failed);
    QCOMPARE(outcomes.at(1).error, analyses.at(1).error);
    QCOMPARE(outcomes.at(2).result, ReviewStore::Imported::Added);
    QCOMPARE(p.store->reports().size(), 2);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM fields")),
             int(analyses.at(0).extraction.fields.size() + analyses.at(2).extraction.fields.size()));
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'import'")), 2);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::newVersion_data()
{
    QTest::addColumn<QString>("previousStatus");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<bool>("relativePath");
    QTest::newRow("a reviewed report's new version carries the review over and is in review again")
        << QStringLiteral("reviewed") << QStringLiteral("in_review") << false;
    QTest::newRow("a report in review stays in review in its new version")
        << QStringLiteral("in_review") << QStringLiteral("in_review") << false;
    QTest::newRow("decisions put an unreviewed report in review; its new version is in review, decisions carried")
        << QStringLiteral("unreviewed") << QStringLiteral("in_review") << false;
    QTest::newRow("the same file named by a relative path is recognised as the same file")
        << QStringLiteral("reviewed") << QStringLiteral("in_review") << true;
}

void TestReviewStore::newVersion()
{
    QFETCH(QString, previousStatus);
    QFETCH(QString, expectedStatus);
    QFETCH(bool, relativePath);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const QString path = p.copy(seed002, QStringLiteral("report.txt"));
    QVERIFY(!path.isEmpty());
    const ReviewStore::ImportOutcome first = p.import(path);
    QCOMPARE(first.result, ReviewStore::Imported::Added);
    const qint64 oldId = first.reportId;

    // The review of the first version.
    p.clock = actionTime;
    QVERIFY2(p.store->setFieldStatus(oldId, QStringLiteral("org.offices"), FieldStatus::Confirmed,
                                     QStringLiteral("seen in the table")),
             qPrintable(p.store->error()));
    QVERIFY2(p.store->correctField(oldId, QStringLiteral("proactive.via_website"), 199693, FieldStatus::Corrected,
                                   QStringLiteral("unit slip")),
             qPrintable(p.store->error()));
    QVERIFY2(p.store->setFieldStatus(oldId, QStringLiteral("org.reading_points"), FieldStatus::Confirmed),
             qPrintable(p.store->error()));
    const std::optional<StoredFlag> sum = flagOf(*p.store, oldId, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    QVERIFY2(p.store->resolveFlag(sum->id, Resolution::SourceError, QStringLiteral("the total is misprinted")),
             qPrintable(p.store->error()));
    if (previousStatus != u"unreviewed") {
        QVERIFY2(p.store->setReportStatus(oldId, *reportStatusFromString(previousStatus)), qPrintable(p.store->error()));
    }
    QVERIFY(!unitFlag(*p.store, oldId, false)); // the correction took the unit slip off the list

    // The file changes at the same path: 16 reading points become 17.
    QByteArray bytes = bytesOf(path);
    const QByteArray from = QStringLiteral("查阅点16个").toUtf8();
    QVERIFY(bytes.contains(from));
    bytes.replace(from, QStringLiteral("查阅点17个").toUtf8());
    QVERIFY(writeFile(path, bytes));

    QString importPath = path;
    const QString cwd = QDir::currentPath();
    if (relativePath) {
        QVERIFY(QDir::setCurrent(p.dir.path()));
        importPath = QStringLiteral("./report.txt");
    }
    const ReviewStore::ImportOutcome second = p.import(importPath);
    QDir::setCurrent(cwd);
    QCOMPARE(second.result, ReviewStore::Imported::NewVersion);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    const qint64 newId = second.reportId;
    QVERIFY(newId != oldId);

    // The old version is kept but no longer listed; the new one points back to it.
    const QList<StoredReport> listed = p.store->reports();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, newId);
    QCOMPARE(p.store->reports(true).size(), 2);
    QCOMPARE(p.count(QStringLiteral("SELECT superseded FROM reports WHERE id = ?"), {oldId}), 1);
    const std::optional<StoredReport> r = p.store->report(newId);
    QVERIFY(r);
    QCOMPARE(r->previousId, oldId);
    QCOMPARE(toString(r->status), expectedStatus);
    QCOMPARE(r->filePath, path);

    // Field decisions carried over where the extracted value is unchanged, not where it changed.
    const std::optional<StoredField> offices = fieldOf(*p.store, newId, QStringLiteral("org.offices"));
    QVERIFY(offices);
    QCOMPARE(offices->status, FieldStatus::Confirmed);
    QCOMPARE(offices->note, QStringLiteral("seen in the table"));
    const std::optional<StoredField> website = fieldOf(*p.store, newId, QStringLiteral("proactive.via_website"));
    QVERIFY(website);
    QCOMPARE(website->status, FieldStatus::Corrected);
    QCOMPARE(website->correctedValue, std::optional<double>(199693));
    QCOMPARE(website->finalValue(), std::optional<double>(199693));
    const std::optional<StoredField> points = fieldOf(*p.store, newId, QStringLiteral("org.reading_points"));
    QVERIFY(points);
    QCOMPARE(points->value, 17.0);
    QCOMPARE(points->status, FieldStatus::Unreviewed);

    // Flag resolutions carried over for the same rule and numbers.
    const std::optional<StoredFlag> newSum = flagOf(*p.store, newId, QStringLiteral("sum"), 1103, false);
    QVERIFY(newSum);
    QCOMPARE(newSum->resolution, Resolution::SourceError);
    QCOMPARE(newSum->reason, QStringLiteral("the total is misprinted"));
    const std::optional<StoredFlag> otherSum = flagOf(*p.store, newId, QStringLiteral("sum"), 2482, false);
    QVERIFY(otherSum);
    QCOMPARE(otherSum->resolution, Resolution::Open);
    // The carried correction is applied to the new version's checks too: the unit slip is not back.
    QVERIFY2(!unitFlag(*p.store, newId, false), "the corrected unit slip is listed again in the new version");
    QCOMPARE(r->openFlags, 1);

    // One audit entry for the new version, naming the old one.
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'new_version'")), 1);
    const AuditRow e = lastAudit(p);
    QCOMPARE(e.action, QStringLiteral("new_version"));
    QCOMPARE(e.reportId, newId);
    QCOMPARE(e.oldValue, QString::number(oldId));
    QCOMPARE(e.newValue, r->contentHash);
    if (!test::onServer()) {
        QCOMPARE(p.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::auditEntry_data()
{
    QTest::addColumn<QString>("action");   // what to do
    QTest::addColumn<QString>("reviewer"); // set in the settings; empty: the system user
    QTest::addColumn<QString>("expectedAction");
    QTest::addColumn<QString>("expectedOld");
    QTest::addColumn<QString>("expectedNew");
    QTest::addColumn<QString>("expectedReason");
    QTest::newRow("setFieldStatus: one field_status entry, unreviewed -> confirmed, note as reason, system user")
        << QStringLiteral("confirm") << QString() << QStringLiteral("field_status") << QStringLiteral("unreviewed")
        << QStringLiteral("confirmed") << QStringLiteral("matches the table");
    QTest::newRow("setFieldStatus: not_applicable by the reviewer named in the settings")
        << QStringLiteral("not_applicable") << QStringLiteral("王审核") << QStringLiteral("field_status")
        << QStringLiteral("unreviewed") << QStringLiteral("not_applicable") << QStringLiteral("not this year");
    QTest::newRow("correctField: one field_correct entry, printed 1996930000 -> 199693, with the note")
        << QStringLiteral("correct") << QString() << QStringLiteral("field_correct") << QStringLiteral("1996930000")
        << QStringLiteral("199693") << QStringLiteral("unit slip");
    QTest::newRow("correctField again: the old value is the earlier correction")
        << QStringLiteral("correct twice") << QStringLiteral("李") << QStringLiteral("field_correct")
        << QStringLiteral("199000") << QStringLiteral("199693") << QStringLiteral("unit slip");
    QTest::newRow("correctField as printed: one field_as_printed entry")
        << QStringLiteral("as_printed") << QString() << QStringLiteral("field_as_printed")
        << QStringLiteral("1996930000") << QStringLiteral("199693") << QStringLiteral("the report says so");
    QTest::newRow("resolveFlag: one flag_resolve entry, open -> source_error, with the reason")
        << QStringLiteral("resolve") << QString() << QStringLiteral("flag_resolve") << QStringLiteral("open")
        << QStringLiteral("source_error") << QStringLiteral("misprinted total");
    QTest::newRow("resolveFlag: dismissed with its reason by the reviewer named in the settings")
        << QStringLiteral("dismiss") << QStringLiteral("Zhang") << QStringLiteral("flag_resolve")
        << QStringLiteral("open") << QStringLiteral("dismissed") << QStringLiteral("different years");
    QTest::newRow("setReportStatus: one report_status entry, unreviewed -> reviewed")
        << QStringLiteral("reviewed") << QString() << QStringLiteral("report_status") << QStringLiteral("unreviewed")
        << QStringLiteral("reviewed") << QString();
}

void TestReviewStore::auditEntry()
{
    QFETCH(QString, action);
    QFETCH(QString, reviewer);
    QFETCH(QString, expectedAction);
    QFETCH(QString, expectedOld);
    QFETCH(QString, expectedNew);
    QFETCH(QString, expectedReason);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(id > 0);
    const QString who = reviewer.isEmpty() ? QStringLiteral("sys-user") : reviewer;
    if (!reviewer.isEmpty()) {
        QVERIFY(p.store->setReviewer(reviewer));
    }
    QCOMPARE(p.store->reviewer(), who);
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    const QString website = QStringLiteral("proactive.via_website");
    if (action == u"correct twice") {
        QVERIFY(p.store->correctField(id, website, 199000));
    }
    const int before = p.count(QStringLiteral("SELECT count(*) FROM audit"));
    p.clock = actionTime;

    bool ok = false;
    QString fieldKey;
    qint64 flagId = 0;
    if (action == u"confirm" || action == u"not_applicable") {
        fieldKey = QStringLiteral("org.offices");
        ok = p.store->setFieldStatus(id, fieldKey, action == u"confirm" ? FieldStatus::Confirmed : FieldStatus::NotApplicable,
                                     expectedReason);
    } else if (action == u"correct" || action == u"correct twice" || action == u"as_printed") {
        fieldKey = website;
        ok = p.store->correctField(id, fieldKey, 199693,
                                   action == u"as_printed" ? FieldStatus::AsPrinted : FieldStatus::Corrected,
                                   expectedReason);
    } else if (action == u"resolve" || action == u"dismiss") {
        flagId = sum->id;
        ok = p.store->resolveFlag(flagId, *resolutionFromString(expectedNew), expectedReason);
    } else if (action == u"reviewed") {
        ok = p.store->setReportStatus(id, ReportStatus::Reviewed);
    }
    QVERIFY2(ok, qPrintable(p.store->error()));
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit")), before + 1);
    const AuditRow e = lastAudit(p);
    QCOMPARE(e.at, actionTimeText);
    QCOMPARE(e.who, who);
    QCOMPARE(e.reportId, id);
    QCOMPARE(e.fieldKey, fieldKey);
    QCOMPARE(e.flagId, flagId);
    QCOMPARE(e.action, expectedAction);
    QCOMPARE(e.oldValue, expectedOld);
    QCOMPARE(e.newValue, expectedNew);
    QCOMPARE(e.reason, expectedReason);

    // The row itself records the decision, with the same who and when.
    if (!fieldKey.isEmpty()) {
        const std::optional<StoredField> f = fieldOf(*p.store, id, fieldKey);
        QVERIFY(f);
        QCOMPARE(f->reviewedBy, who);
        QCOMPARE(f->reviewedAt, actionTimeText);
        QCOMPARE(f->note, expectedReason);
    } else if (flagId) {
        const std::optional<StoredFlag> f = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
        QCOMPARE(toString(f->resolution), expectedNew);
        QCOMPARE(f->reason, expectedReason);
    } else {
        const std::optional<StoredReport> r = p.store->report(id);
        QCOMPARE(toString(r->status), expectedNew);
        QCOMPARE(r->reviewedBy, who);
        QCOMPARE(r->reviewedAt, actionTimeText);
    }
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::correctionRerunsChecks_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("unitFlagListed");
    QTest::newRow("corrected to 199693: the unit slip leaves the list; the sum decision stays with its id")
        << QStringLiteral("corrected") << false;
    QTest::newRow("kept as printed: the unit slip stays listed; the sum decision stays with its id")
        << QStringLiteral("as_printed") << true;
}

void TestReviewStore::correctionRerunsChecks()
{
    QFETCH(QString, status);
    QFETCH(bool, unitFlagListed);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(id > 0);
    const QList<StoredFlag> initial = p.store->flags(id, true);
    QCOMPARE(initial.size(), 3);
    const std::optional<StoredFlag> unit = unitFlag(*p.store, id);
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    const std::optional<StoredFlag> otherSum = flagOf(*p.store, id, QStringLiteral("sum"), 2482);
    QVERIFY(unit && sum && otherSum);
    QVERIFY(unit->suggestion);
    QCOMPARE(unit->suggestion->value, 199693.0);
    QCOMPARE(sum->numbers, (QList<double>{1103, 35, 1081}));

    QVERIFY(p.store->resolveFlag(sum->id, Resolution::SourceError, QStringLiteral("1116 in the source table")));
    QVERIFY2(
        p.store->correctField(id, QStringLiteral("proactive.via_website"), 199693, *fieldStatusFromString(status),
                              QStringLiteral("unit slip")),
        qPrintable(p.store->error()));

    const QList<StoredFlag> listed = p.store->flags(id);
    const bool unitListed =
        std::any_of(listed.cbegin(), listed.cend(), [&](const StoredFlag& f) { return f.id == unit->id; });
    QCOMPARE(unitListed, unitFlagListed);
    const std::optional<StoredFlag> unitAfter = unitFlag(*p.store, id, true);
    QVERIFY(unitAfter);
    QCOMPARE(unitAfter->id, unit->id);
    QCOMPARE(unitAfter->active, unitFlagListed);
    QCOMPARE(unitAfter->resolution, Resolution::Open);
    // The decision on the sum that still stands survives the re-run, on the same row.
    const std::optional<StoredFlag> sumAfter = flagOf(*p.store, id, QStringLiteral("sum"), 1103, false);
    QVERIFY(sumAfter);
    QCOMPARE(sumAfter->id, sum->id);
    QCOMPARE(sumAfter->resolution, Resolution::SourceError);
    QCOMPARE(sumAfter->reason, QStringLiteral("1116 in the source table"));
    QVERIFY(sumAfter->active);
    const std::optional<StoredFlag> otherAfter = flagOf(*p.store, id, QStringLiteral("sum"), 2482, false);
    QVERIFY(otherAfter);
    QCOMPARE(otherAfter->id, otherSum->id);
    // The corrected list adds up: no new flag appeared.
    QCOMPARE(p.store->flags(id, true).size(), initial.size());
    QCOMPARE(p.store->report(id)->openFlags, unitFlagListed ? 2 : 1);

    // Undoing the correction brings the unit slip back on the same row, the sum decision untouched.
    QVERIFY(p.store->setFieldStatus(id, QStringLiteral("proactive.via_website"), FieldStatus::Unreviewed));
    const std::optional<StoredFlag> unitBack = unitFlag(*p.store, id, false);
    QVERIFY(unitBack);
    QCOMPARE(unitBack->id, unit->id);
    QCOMPARE(flagOf(*p.store, id, QStringLiteral("sum"), 1103)->resolution, Resolution::SourceError);
    QCOMPARE(p.store->report(id)->openFlags, 2);
}

// Assign from text: a number picked in the text becomes a field's value and evidence — a new row for a field
// the extractor missed, the evidence moved for one it found — and restoreField puts every column back.
void TestReviewStore::assignFromText()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(id > 0);
    const QString text = p.store->originalText(id);
    const QStringList before = p.snapshot();

    // Refused: a span outside the text, an empty span, a value that is not a number. Nothing changes.
    QVERIFY(!p.store->assignField(id, QStringLiteral("fees.amount"), 1, QString(), text.size() - 1, text.size() + 3));
    QVERIFY(p.store->error().contains(QStringLiteral("not inside")));
    QVERIFY(!p.store->assignField(id, QStringLiteral("fees.amount"), 1, QString(), 10, 10));
    QVERIFY(!p.store->assignField(id, QStringLiteral("fees.amount"), std::nan(""), QString(), 10, 12));
    QCOMPARE(p.snapshot(), before);

    // A field the extractor did not fill gets its row, value and evidence from the text.
    QString missing;
    for (const FieldDef& def : FieldCatalogue::builtin().fields()) {
        if (!fieldOf(*p.store, id, def.key)) {
            missing = def.key;
            break;
        }
    }
    QVERIFY(!missing.isEmpty());
    const qsizetype at = text.indexOf(QStringLiteral("1081"));
    QVERIFY(at > 0);
    p.clock = actionTime;
    QVERIFY2(p.store->assignField(id, missing, 1081, QStringLiteral("件"), at, at + 4), qPrintable(p.store->error()));
    std::optional<StoredField> f = fieldOf(*p.store, id, missing);
    QVERIFY(f);
    QVERIFY(!f->extracted);
    QCOMPARE(f->status, FieldStatus::Corrected);
    QCOMPARE(f->finalValue(), std::optional<double>(1081));
    QCOMPARE(f->evidenceStart, at);
    QCOMPARE(f->evidenceEnd, at + 4);
    QCOMPARE(f->evidenceText, QStringLiteral("1081"));
    QCOMPARE(f->unit, QStringLiteral("件"));
    AuditRow e = lastAudit(p);
    QCOMPARE(e.action, QStringLiteral("field_assign"));
    QCOMPARE(e.fieldKey, missing);
    QVERIFY(e.oldValue.isEmpty());
    QCOMPARE(e.newValue, QStringLiteral("1081 「1081」"));
    QCOMPARE(e.at, actionTimeText);
    // Confirming an assigned field keeps its value (there is no extracted value to fall back on).
    QVERIFY(p.store->setFieldStatus(id, missing, FieldStatus::Confirmed));
    QCOMPARE(fieldOf(*p.store, id, missing)->finalValue(), std::optional<double>(1081));
    // Undo: the row goes away again.
    QVERIFY2(p.store->restoreField(id, missing, std::nullopt), qPrintable(p.store->error()));
    QVERIFY(!fieldOf(*p.store, id, missing));
    QCOMPARE(lastAudit(p).action, QStringLiteral("field_restore"));

    // A field found by the extractor: re-picking its own number without 万 is the unit fix; the unit flag
    // leaves the list because the checks re-run with the assigned value on that number.
    const std::optional<StoredField> website = fieldOf(*p.store, id, QStringLiteral("proactive.via_website"));
    QVERIFY(website);
    QVERIFY(unitFlag(*p.store, id, false));
    const qsizetype digits = website->evidenceStart + website->evidenceText.indexOf(QStringLiteral("199693"));
    QVERIFY(digits >= website->evidenceStart);
    QVERIFY(p.store->assignField(id, website->key, 199693, QStringLiteral("条"), digits, digits + 6));
    f = fieldOf(*p.store, id, website->key);
    QCOMPARE(f->evidenceText, QStringLiteral("199693"));
    QVERIFY(f->extracted);
    QCOMPARE(f->finalValue(), std::optional<double>(199693));
    QVERIFY(!unitFlag(*p.store, id, false));
    // Restored exactly as it was, the flag back on its row.
    QVERIFY(p.store->restoreField(id, website->key, website));
    f = fieldOf(*p.store, id, website->key);
    QCOMPARE(f->evidenceStart, website->evidenceStart);
    QCOMPARE(f->evidenceText, website->evidenceText);
    QCOMPARE(f->status, website->status);
    QCOMPARE(f->correctedValue, website->correctedValue);
    QCOMPARE(f->finalValue(), website->finalValue());
    QVERIFY(unitFlag(*p.store, id, false));
    // Restoring a field that is not there is refused.
    QVERIFY(!p.store->restoreField(id, QStringLiteral("no.such.key"), website));
}

void TestReviewStore::sameBody_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("same");
    QTest::newRow("district with and without its city") << "洪泽区人民政府" << "淮安市洪泽区人民政府" << "洪泽区" << true;
    QTest::newRow("province, city, district") << "江苏省淮安市洪泽区" << "洪泽区" << "洪泽区" << true;
    QTest::newRow("same name, other cities") << "北京市朝阳区" << "长春市朝阳区" << "朝阳区" << false;
    QTest::newRow("city and its district") << "淮安市" << "淮安市洪泽区" << "淮安市" << false;
    QTest::newRow("a city named with 州") << "杭州市西湖区人民政府" << "西湖区" << "西湖区" << true;
    QTest::newRow("autonomous region") << "新疆维吾尔自治区博乐市" << "博乐市人民政府" << "博乐市" << true;
    QTest::newRow("a department keeps its city") << "淮安市财政局" << "淮安市财政局" << "淮安市财政局" << true;
    QTest::newRow("departments of two cities") << "淮安市财政局" << "扬州市财政局" << "淮安市财政局" << false;
    QTest::newRow("traditional script") << "洪澤區人民政府" << "洪泽区" << "洪泽区" << true;
    QTest::newRow("empty") << "" << "洪泽区" << "" << false;
}

void TestReviewStore::sameBody()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, key);
    QFETCH(bool, same);
    QCOMPARE(bodyKey(a), key);
    QCOMPARE(jiaohe::sameBody(a, b), same);
    QCOMPARE(jiaohe::sameBody(b, a), same);
}

// Last year's report of the same body, in whichever order the two are imported: this year's figures are
// checked against last year's as reviewed, and the flag points at last year's report.
void TestReviewStore::checksAcrossYears()
{
    const QString reports = QStringLiteral(JIAOHE_TEST_DATA "/reports/");
    for (const bool lastYearFirst : {true, false}) {
        Project p;
        QVERIFY2(p.open(), qPrintable(p.db.error()));
        QStringList order = {reports + QStringLiteral("hongze-2024.pdf"), reports + QStringLiteral("hongze-2023.pdf")};
        if (lastYearFirst) {
            std::reverse(order.begin(), order.end());
        }
        qint64 id2023 = 0;
        qint64 id2024 = 0;
        for (const QString& f : order) {
            const ReviewStore::ImportOutcome out = p.import(f);
            QCOMPARE(out.result, ReviewStore::Imported::Added);
            (f.endsWith(u"2023.pdf") ? id2023 : id2024) = out.reportId;
        }
        QCOMPARE(p.value(QStringLiteral("SELECT body_key FROM reports WHERE id = ?"), {id2023}).toString(),
                 QStringLiteral("洪泽区"));
        // Licensing decisions went from 550 to 9487: a jump worth a look, on the 2024 report only.
        auto yearFlags = [&](qint64 id) {
            QList<StoredFlag> out;
            for (const StoredFlag& f : p.store->flags(id)) {
                if (f.kind == u"year") {
                    out.append(f);
                }
            }
            return out;
        };
        QCOMPARE(yearFlags(id2023).size(), 0);
        const QList<StoredFlag> jump = yearFlags(id2024);
        QCOMPARE(jump.size(), 1);
        QCOMPARE(jump.first().relatedReport, id2023);
        QVERIFY2(jump.first().messageZh.contains(QStringLiteral("550")) &&
                     jump.first().messageZh.contains(QStringLiteral("9487")),
                 qPrintable(jump.first().messageZh));
        // The stock identity holds (5 in force + 3 issued − 0 repealed = 8): no flag. Last year's figure as
        // reviewed counts: correcting it re-runs next year's checks.
        QVERIFY(p.store->correctField(id2023, QStringLiteral("t2.normative.in_force"), 6));
        bool stock = false;
        for (const StoredFlag& f : yearFlags(id2024)) {
            stock = stock || f.rule == u"year-stock";
        }
        QVERIFY(stock);
        QVERIFY(p.store->setFieldStatus(id2023, QStringLiteral("t2.normative.in_force"), FieldStatus::Unreviewed));
        for (const StoredFlag& f : yearFlags(id2024)) {
            QVERIFY2(f.rule != u"year-stock", qPrintable(f.messageEn));
        }
    }
    // A report of another body with the same district name in another city is not last year's.
    Project p;
    QVERIFY(p.open());
    const qint64 id2024 = p.import(reports + QStringLiteral("hongze-2024.pdf")).reportId;
    QVERIFY(p.store->sameBodyReport(id2024, QStringLiteral("淮安市洪泽区人民政府"), 2023) == std::optional<qint64>(0));
}

// A template table cell printed blank is stored as 0 and remembered as blank; a filled cell is not blank.
void TestReviewStore::blankCellsRemembered()
{
    Project p;
    QVERIFY(p.open());
    const qint64 id =
        p.import(QStringLiteral(JIAOHE_TEST_DATA "/cases/template2021-html-notes-blanks/report.html")).reportId;
    QVERIFY(id > 0);
    const std::optional<StoredField> blank = fieldOf(*p.store, id, QStringLiteral("t4.lawsuit_after_review.total"));
    QVERIFY(blank);
    QVERIFY(blank->blank);
    QCOMPARE(blank->finalValue(), std::optional<double>(0));
    const std::optional<StoredField> filled = fieldOf(*p.store, id, QStringLiteral("t3.new.total"));
    QVERIFY(filled);
    QVERIFY(!filled->blank);
}

// A re-run of the checks from the stored text finds exactly the flags of the import: the stored report
// is enough to check it again (same text, same format, same spans).
void TestReviewStore::rerunWithoutCorrectionKeepsFlags_data()
{
    storedWhole_data();
}

void TestReviewStore::rerunWithoutCorrectionKeepsFlags()
{
    QFETCH(QString, file);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const ReviewStore::ImportOutcome out = p.import(file);
    QCOMPARE(out.result, ReviewStore::Imported::Added);
    const QList<StoredField> fields = p.store->fields(out.reportId);
    if (fields.isEmpty()) {
        QSKIP("no field to confirm in this report");
    }
    const QStringList before = p.snapshot().filter(QStringLiteral("flags: "));
    QVERIFY2(p.store->setFieldStatus(out.reportId, fields.first().key, FieldStatus::Confirmed),
             qPrintable(p.store->error()));
    QCOMPARE(p.snapshot().filter(QStringLiteral("flags: ")), before);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::injectedFailureLeavesNoTrace_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("import: no report, field, flag or audit entry") << QStringLiteral("import");
    QTest::newRow("import of a batch: none of the batch") << QStringLiteral("import batch");
    QTest::newRow("import of a new version: the old one not superseded, nothing carried")
        << QStringLiteral("new version");
    QTest::newRow("setFieldStatus: status, note, reviewer, flags and audit unchanged")
        << QStringLiteral("field_status");
    QTest::newRow("correctField: value, status, re-run flags and audit unchanged") << QStringLiteral("field_correct");
    QTest::newRow("resolveFlag: resolution, reason and audit unchanged") << QStringLiteral("flag_resolve");
    QTest::newRow("setReportStatus: status, reviewed at/by and audit unchanged") << QStringLiteral("report_status");
}

void TestReviewStore::injectedFailureLeavesNoTrace()
{
    QFETCH(QString, action);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const QString path = p.copy(seed002, QStringLiteral("report.txt"));
    const qint64 id = p.import(path).reportId;
    QVERIFY(id > 0);
    QVERIFY(p.store->setFieldStatus(id, QStringLiteral("org.offices"), FieldStatus::Confirmed));
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    if (action == u"new version") {
        QByteArray bytes = bytesOf(path);
        bytes.append("\n补充说明。\n");
        QVERIFY(writeFile(path, bytes));
    }
    const QStringList before = p.snapshot();

    QStringList asked;
    p.store->setFaultInjector([&](const QString& a) {
        asked.append(a);
        return false;
    });
    p.clock = actionTime;
    bool ok = true;
    QString expectedAsk = action;
    if (action == u"import" || action == u"new version") {
        const Analysis a = analyse(action == u"import" ? seedFiles().at(0) : path);
        const ReviewStore::ImportOutcome out = p.store->importAnalysis(a);
        ok = out.result != ReviewStore::Imported::Failed;
        QCOMPARE(out.reportId, 0);
        QVERIFY2(out.error.contains(u"injected"), qPrintable(out.error));
        expectedAsk = QStringLiteral("import");
    } else if (action == u"import batch") {
        const QList<Analysis> analyses = {analyse(seedFiles().at(0)), analyse(seedFiles().at(1))};
        const QList<ReviewStore::ImportOutcome> outs = p.store->importBatch({&analyses.at(0), &analyses.at(1)});
        for (const ReviewStore::ImportOutcome& o : outs) {
            QCOMPARE(o.result, ReviewStore::Imported::Failed);
            QVERIFY2(o.error.contains(u"injected"), qPrintable(o.error));
        }
        ok = false;
        expectedAsk = QStringLiteral("import");
    } else if (action == u"field_status") {
        ok = p.store->setFieldStatus(id, QStringLiteral("org.offices"), FieldStatus::NotApplicable,
                                     QStringLiteral("note"));
    } else if (action == u"field_correct") {
        ok = p.store->correctField(id, QStringLiteral("proactive.via_website"), 199693);
    } else if (action == u"flag_resolve") {
        ok = p.store->resolveFlag(sum->id, Resolution::Dismissed, QStringLiteral("a reason"));
    } else if (action == u"report_status") {
        ok = p.store->setReportStatus(id, ReportStatus::Reviewed);
    }
    QVERIFY(!ok);
    QCOMPARE(asked, QStringList{expectedAsk});
    QVERIFY2(p.store->error().contains(u"injected failure"), qPrintable(p.store->error()));
    QCOMPARE(p.snapshot(), before);

    // Without the fault, the same store works again.
    p.store->setFaultInjector({});
    QVERIFY2(p.store->setReportStatus(id, ReportStatus::InReview), qPrintable(p.store->error()));
    QVERIFY2(p.store->error().isEmpty(), qPrintable(p.store->error()));
}

// ---------------------------------------------------------------------------------------------

// Real database errors, not injected ones: the action fails whole, says why, and leaves no trace.
void TestReviewStore::databaseErrors_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("import while another program holds the file: fails saying locked, nothing stored")
        << QStringLiteral("locked") << QStringLiteral("import") << QStringLiteral("locked by another program");
    QTest::newRow("a correction while another program holds the file: fails saying locked")
        << QStringLiteral("locked") << QStringLiteral("correct") << QStringLiteral("locked by another program");
    QTest::newRow("a flag decision while another program holds the file: fails saying locked")
        << QStringLiteral("locked") << QStringLiteral("resolve") << QStringLiteral("locked by another program");
    QTest::newRow("import on a full disk: fails saying the disk is full, no partial report")
        << QStringLiteral("full") << QStringLiteral("import") << QStringLiteral("the disk is full");
}

void TestReviewStore::databaseErrors()
{
    QFETCH(QString, condition);
    QFETCH(QString, action);
    QFETCH(QString, expectedError);
    if (test::onServer()) {
        QSKIP("another program's lock on the file and a full disk are SQLite's; a server's errors are its own");
    }
    const int savedTimeout = Database::busyTimeout();
    Database::setBusyTimeout(200);
    Project p;
    const bool opened = p.open();
    Database::setBusyTimeout(savedTimeout);
    QVERIFY2(opened, qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(id > 0);
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    const QStringList before = p.snapshot();

    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(p.db.path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        if (condition == u"locked") {
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        } else {
            QSqlQuery mine(p.db.connection());
            QVERIFY(mine.exec(QStringLiteral("PRAGMA page_count")) && mine.next());
            const int pages = mine.value(0).toInt();
            QVERIFY(mine.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));
        }
        bool ok = true;
        QString error;
        if (action == u"import") {
            const ReviewStore::ImportOutcome out = p.import(seedFiles().at(3));
            ok = out.result != ReviewStore::Imported::Failed;
            error = out.error;
            QCOMPARE(out.reportId, 0);
        } else if (action == u"correct") {
            ok = p.store->correctField(id, QStringLiteral("proactive.via_website"), 199693);
            error = p.store->error();
        } else if (action == u"resolve") {
            ok = p.store->resolveFlag(sum->id, Resolution::Fixed);
            error = p.store->error();
        }
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY2(error.contains(p.db.path()), qPrintable(error));
        if (condition == u"locked") {
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        }
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(p.snapshot(), before);
    if (!test::onServer()) {
        QCOMPARE(p.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
}

// ---------------------------------------------------------------------------------------------

// The first decision on an unreviewed report puts it in review (the queue tells a half-done report from an
// untouched one); a report already reviewed stays reviewed; a failed action changes nothing.
void TestReviewStore::firstDecisionStartsTheReview()
{
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QCOMPARE(p.store->report(id)->status, ReportStatus::Unreviewed);
    QVERIFY(!p.store->setFieldStatus(id, QStringLiteral("org.nothing"), FieldStatus::Confirmed));
    QCOMPARE(p.store->report(id)->status, ReportStatus::Unreviewed);
    QVERIFY(p.store->setFieldStatus(id, QStringLiteral("org.offices"), FieldStatus::Confirmed));
    QCOMPARE(p.store->report(id)->status, ReportStatus::InReview);
    QVERIFY(p.store->setReportStatus(id, ReportStatus::Reviewed));
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    QVERIFY(p.store->resolveFlag(sum->id, Resolution::SourceError, QStringLiteral("misprinted")));
    QCOMPARE(p.store->report(id)->status, ReportStatus::Reviewed);
    // Setting a report back to unreviewed is the reviewer's word: it stays so.
    QVERIFY(p.store->setReportStatus(id, ReportStatus::Unreviewed));
    QCOMPARE(p.store->report(id)->status, ReportStatus::Unreviewed);
}

void TestReviewStore::statusKeepsTheCorrection_data()
{
    QTest::addColumn<int>("then");           // FieldStatus set after the correction
    QTest::addColumn<int>("expectedStatus"); // FieldStatus stored
    QTest::addColumn<double>("expectedFinal"); // -1: none
    QTest::addColumn<bool>("unitFlagListed");
    QTest::addColumn<bool>("audited"); // false: the decision changed nothing, no audit entry
    QTest::newRow("confirming a corrected field confirms the correction: 199693 stays, the unit slip stays closed, "
                  "nothing is written")
        << int(FieldStatus::Confirmed) << int(FieldStatus::Corrected) << 199693.0 << false << false;
    QTest::newRow("as printed after a correction keeps the intended value beside the printed one")
        << int(FieldStatus::AsPrinted) << int(FieldStatus::AsPrinted) << 1996930000.0 << true << true;
    QTest::newRow("not applicable after a correction keeps the value for a later change of mind")
        << int(FieldStatus::NotApplicable) << int(FieldStatus::NotApplicable) << -1.0 << true << true;
}

// The data-loss bug of the trusted-review issue: a status set after a correction silently threw the reviewer's
// value away (Return on a corrected field put 1996930000 back and reopened the unit flag).
void TestReviewStore::statusKeepsTheCorrection()
{
    QFETCH(int, then);
    QFETCH(int, expectedStatus);
    QFETCH(double, expectedFinal);
    QFETCH(bool, unitFlagListed);
    QFETCH(bool, audited);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    const QString key = QStringLiteral("proactive.via_website");
    QVERIFY2(p.store->correctField(id, key, 199693), qPrintable(p.store->error()));
    QVERIFY(!unitFlag(*p.store, id, false));
    QVERIFY2(p.store->setFieldStatus(id, key, FieldStatus(then)), qPrintable(p.store->error()));
    const std::optional<StoredField> f = fieldOf(*p.store, id, key);
    QVERIFY(f);
    QCOMPARE(f->status, FieldStatus(expectedStatus));
    QCOMPARE(f->correctedValue, std::optional<double>(199693));
    QCOMPARE(f->value, 1996930000.0);
    QCOMPARE(f->finalValue(), expectedFinal < 0 ? std::nullopt : std::optional<double>(expectedFinal));
    QCOMPARE(bool(unitFlag(*p.store, id, false)), unitFlagListed);
    const AuditRow e = lastAudit(p);
    if (!audited) {
        // The last entry is still the correction's.
        QCOMPARE(e.action, QStringLiteral("field_correct"));
        QCOMPARE(e.newValue, QStringLiteral("199693"));
        return;
    }
    QCOMPARE(e.action, QStringLiteral("field_status"));
    QCOMPARE(e.oldValue, QStringLiteral("corrected"));
    QCOMPARE(e.newValue, toString(FieldStatus(expectedStatus)));
}

void TestReviewStore::statusCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("field");      // FieldStatus, -1: not one
    QTest::addColumn<int>("resolution"); // Resolution, -1: not one
    QTest::addColumn<int>("report");     // ReportStatus, -1: not one
    QTest::newRow("unreviewed: a field's and a report's") << QStringLiteral("unreviewed") << 0 << -1 << 0;
    QTest::newRow("confirmed") << QStringLiteral("confirmed") << 1 << -1 << -1;
    QTest::newRow("corrected") << QStringLiteral("corrected") << 2 << -1 << -1;
    QTest::newRow("as_printed") << QStringLiteral("as_printed") << 3 << -1 << -1;
    QTest::newRow("not_applicable") << QStringLiteral("not_applicable") << 4 << -1 << -1;
    QTest::newRow("open") << QStringLiteral("open") << -1 << 0 << -1;
    QTest::newRow("fixed") << QStringLiteral("fixed") << -1 << 1 << -1;
    QTest::newRow("source_error") << QStringLiteral("source_error") << -1 << 2 << -1;
    QTest::newRow("dismissed") << QStringLiteral("dismissed") << -1 << 3 << -1;
    QTest::newRow("in_review") << QStringLiteral("in_review") << -1 << -1 << 1;
    QTest::newRow("reviewed") << QStringLiteral("reviewed") << -1 << -1 << 2;
    QTest::newRow("an unknown code is none of them") << QStringLiteral("approved") << -1 << -1 << -1;
    QTest::newRow("codes are lower case") << QStringLiteral("Confirmed") << -1 << -1 << -1;
    QTest::newRow("the empty code is none of them") << QString() << -1 << -1 << -1;
}

// Each code reads as its enum and the enum writes the same code back (the database keeps the codes).
void TestReviewStore::statusCodes()
{
    QFETCH(QString, code);
    QFETCH(int, field);
    QFETCH(int, resolution);
    QFETCH(int, report);
    const std::optional<FieldStatus> f = fieldStatusFromString(code);
    QCOMPARE(f.has_value(), field >= 0);
    if (f) {
        QCOMPARE(int(*f), field);
        QCOMPARE(toString(*f), code);
    }
    const std::optional<Resolution> r = resolutionFromString(code);
    QCOMPARE(r.has_value(), resolution >= 0);
    if (r) {
        QCOMPARE(int(*r), resolution);
        QCOMPARE(toString(*r), code);
    }
    const std::optional<ReportStatus> s = reportStatusFromString(code);
    QCOMPARE(s.has_value(), report >= 0);
    if (s) {
        QCOMPARE(int(*s), report);
        QCOMPARE(toString(*s), code);
    }
}

void TestReviewStore::invalidInput_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text"); // status or resolution
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expectedError");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    // (Unknown status and resolution codes cannot reach the store: they are not enum values; statusCodes
    // checks that reading a code refuses them.)
    QTest::newRow("'corrected' without a value is refused")
        << QStringLiteral("field_status") << QStringLiteral("org.offices") << QStringLiteral("corrected") << 0.0
        << QString() << QStringLiteral("needs a value");
    QTest::newRow("an unknown field key is refused")
        << QStringLiteral("field_status") << QStringLiteral("org.nothing") << QStringLiteral("confirmed") << 0.0
        << QString() << QStringLiteral("no field org.nothing");
    QTest::newRow("a field of a report that does not exist is refused")
        << QStringLiteral("field_status other report") << QStringLiteral("org.offices") << QStringLiteral("confirmed")
        << 0.0 << QString() << QStringLiteral("no field org.offices");
    QTest::newRow("correcting an unknown field key is refused")
        << QStringLiteral("correct") << QStringLiteral("org.nothing") << QStringLiteral("corrected") << 5.0 << QString()
        << QStringLiteral("no field org.nothing");
    QTest::newRow("correcting with NaN is refused")
        << QStringLiteral("correct") << QStringLiteral("org.offices") << QStringLiteral("corrected") << nan << QString()
        << QStringLiteral("not a number");
    QTest::newRow("correcting with infinity is refused")
        << QStringLiteral("correct") << QStringLiteral("org.offices") << QStringLiteral("corrected") << inf << QString()
        << QStringLiteral("not a number");
    QTest::newRow("a correction recorded as 'confirmed' is refused")
        << QStringLiteral("correct") << QStringLiteral("org.offices") << QStringLiteral("confirmed") << 5.0 << QString()
        << QStringLiteral("not “confirmed”");
    QTest::newRow("dismissing a flag without a reason is refused")
        << QStringLiteral("resolve") << QString() << QStringLiteral("dismissed") << 0.0 << QString()
        << QStringLiteral("needs a reason");
    QTest::newRow("dismissing a flag with a blank reason is refused")
        << QStringLiteral("resolve") << QString() << QStringLiteral("dismissed") << 0.0 << QStringLiteral("  \t ")
        << QStringLiteral("needs a reason");
    QTest::newRow("resolving a flag that does not exist is refused")
        << QStringLiteral("resolve missing") << QString() << QStringLiteral("fixed") << 0.0 << QString()
        << QStringLiteral("no flag");
    QTest::newRow("the status of a report that does not exist is refused")
        << QStringLiteral("report_status missing") << QString() << QStringLiteral("reviewed") << 0.0 << QString()
        << QStringLiteral("no report");
}

void TestReviewStore::invalidInput()
{
    QFETCH(QString, action);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, reason);
    QFETCH(QString, expectedError);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(id > 0);
    const std::optional<StoredFlag> sum = flagOf(*p.store, id, QStringLiteral("sum"), 1103);
    QVERIFY(sum);
    // An earlier failure must not be what error() reports.
    QVERIFY(!p.store->setReportStatus(id + 987654, ReportStatus::Reviewed));
    const QStringList before = p.snapshot();
    bool ok = true;
    if (action == u"field_status") {
        ok = p.store->setFieldStatus(id, key, *fieldStatusFromString(text), reason);
    } else if (action == u"field_status other report") {
        ok = p.store->setFieldStatus(id + 100, key, *fieldStatusFromString(text), reason);
    } else if (action == u"correct") {
        ok = p.store->correctField(id, key, value, *fieldStatusFromString(text), reason);
    } else if (action == u"resolve") {
        ok = p.store->resolveFlag(sum->id, *resolutionFromString(text), reason);
    } else if (action == u"resolve missing") {
        ok = p.store->resolveFlag(sum->id + 100, *resolutionFromString(text), reason);
    } else if (action == u"report_status missing") {
        ok = p.store->setReportStatus(id + 100, *reportStatusFromString(text));
    }
    QVERIFY(!ok);
    QVERIFY2(p.store->error().contains(expectedError), qPrintable(p.store->error()));
    QVERIFY2(!p.store->error().contains(QString::number(id + 987654)), qPrintable(p.store->error()));
    QCOMPARE(p.snapshot(), before);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::auditAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("UPDATE of who fails") << QStringLiteral("UPDATE audit SET who = 'someone else'");
    QTest::newRow("UPDATE of one entry's new value fails")
        << QStringLiteral("UPDATE audit SET new_value = 'x' WHERE id = (SELECT max(id) FROM audit)");
    QTest::newRow("DELETE of the whole log fails") << QStringLiteral("DELETE FROM audit");
    QTest::newRow("DELETE of one entry fails") << QStringLiteral("DELETE FROM audit WHERE id = 1");
    if (test::onServer()) {
        QTest::newRow("TRUNCATE of the log fails") << QStringLiteral("TRUNCATE audit");
    } else { // SQLite's own ways of writing over a row
        QTest::newRow("INSERT OR REPLACE over an existing entry fails")
            << QStringLiteral("INSERT OR REPLACE INTO audit(id, at, who, action) VALUES (1, 'now', 'me', 'forged')");
        QTest::newRow("REPLACE over an existing entry fails")
            << QStringLiteral("REPLACE INTO audit(id, at, who, action) VALUES (1, 'now', 'me', 'forged')");
    }
    QTest::newRow("an upsert over an existing entry fails")
        << QStringLiteral("INSERT INTO audit(id, at, who, action) VALUES (1, 'now', 'me', 'forged') "
                          "ON CONFLICT(id) DO UPDATE SET who = excluded.who");
}

void TestReviewStore::auditAppendOnly()
{
    QFETCH(QString, sql);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const qint64 id = p.import(seed002).reportId;
    QVERIFY(p.store->setReportStatus(id, ReportStatus::InReview));
    const QStringList before = p.snapshot().filter(QStringLiteral("audit: "));
    QCOMPARE(before.size(), 2);
    QSqlQuery q(p.db.connection());
    QVERIFY2(!q.exec(sql), "the audit log was changed through SQL");
    QVERIFY2(q.lastError().databaseText().contains(u"append-only"), qPrintable(q.lastError().databaseText()));
    QCOMPARE(p.snapshot().filter(QStringLiteral("audit: ")), before);
    // Appending still works.
    QVERIFY(p.store->setReportStatus(id, ReportStatus::Reviewed));
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit")), 3);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::sqlIsParameterised_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("injectedText");
    QTest::addColumn<QString>("reviewer");
    QTest::addColumn<QString>("note");
    QTest::newRow("a file name with a quote and DROP TABLE, text with DELETE FROM fields")
        << QStringLiteral("x'); DROP TABLE reports;--.txt") << QStringLiteral("'; DELETE FROM fields;--")
        << QStringLiteral("sys") << QStringLiteral("ok");
    QTest::newRow("double quotes, a comment and * in the name, UNION SELECT in the text")
        << QStringLiteral("报告\"); DELETE FROM audit; -- *.txt")
        << QStringLiteral("\" UNION SELECT * FROM settings; -- 1' OR '1'='1") << QStringLiteral("sys")
        << QStringLiteral("ok");
    QTest::newRow("a reviewer's name and a note made of SQL are stored as written")
        << QStringLiteral("plain.txt") << QString() << QStringLiteral("O'Brien'); DELETE FROM audit;--")
        << QStringLiteral("it's 1'; DROP TABLE flags;--");
}

void TestReviewStore::sqlIsParameterised()
{
    QFETCH(QString, fileName);
    QFETCH(QString, injectedText);
    QFETCH(QString, reviewer);
    QFETCH(QString, note);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    const QString path = p.dir.filePath(fileName);
    QByteArray bytes = bytesOf(seed002);
    if (!injectedText.isEmpty()) {
        bytes = injectedText.toUtf8() + "\n" + bytes + "\n" + injectedText.toUtf8() + "\n";
    }
    QVERIFY(writeFile(path, bytes));
    const Analysis a = analyse(path);
    QVERIFY2(a.ok(), qPrintable(a.error));
    const ReviewStore::ImportOutcome out = p.store->importAnalysis(a);
    QCOMPARE(out.result, ReviewStore::Imported::Added);
    QVERIFY(p.store->setReviewer(reviewer));
    QVERIFY(p.store->setFieldStatus(out.reportId, QStringLiteral("org.offices"), FieldStatus::Confirmed, note));
    // An unknown key made of SQL is just an unknown key.
    QVERIFY(!p.store->setFieldStatus(out.reportId, QStringLiteral("x' OR '1'='1"), FieldStatus::Confirmed));

    const QList<StoredReport> reports = p.store->reports();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().fileName, fileName);
    QCOMPARE(reports.first().filePath, path);
    QCOMPARE(p.store->originalText(out.reportId), a.document.original);
    QVERIFY(p.store->originalText(out.reportId).contains(injectedText));
    QCOMPARE(p.store->fields(out.reportId).size(), a.extraction.fields.size());
    QCOMPARE(p.store->flags(out.reportId).size(), identitiesOf(a.flags).size());
    QCOMPARE(p.store->reviewer(), reviewer);
    const AuditRow e = lastAudit(p);
    QCOMPARE(e.who, reviewer);
    QCOMPARE(e.reason, note);
    QCOMPARE(fieldOf(*p.store, out.reportId, QStringLiteral("org.offices"))->note, note);
    QCOMPARE(p.count(QStringLiteral("SELECT count(*) FROM audit")), 2);
    // reports, fields, flags, audit, settings, derived, claims, report_boxes
    QCOMPARE(p.count(test::tableCountSql()), 8);
}

// ---------------------------------------------------------------------------------------------

void TestReviewStore::stats_data()
{
    QTest::addColumn<int>("steps");
    QTest::newRow("after importing the seeds: all unreviewed, every flag open") << 0;
    QTest::newRow("after status changes and flag decisions") << 1;
    QTest::newRow("after a correction that retires a flag") << 2;
    QTest::newRow("after a new version: the superseded one is not counted") << 3;
}

void TestReviewStore::stats()
{
    QFETCH(int, steps);
    Project p;
    QVERIFY2(p.open(), qPrintable(p.db.error()));
    QHash<QString, qint64> ids;
    QString path002;
    for (const QString& f : seedFiles()) {
        const QString local = p.copy(f, QFileInfo(f).fileName());
        if (f == seed002) {
            path002 = local;
        }
        const ReviewStore::ImportOutcome out = p.import(local);
        QCOMPARE(out.result, ReviewStore::Imported::Added);
        ids.insert(QFileInfo(f).fileName().left(3), out.reportId);
    }
    const qint64 id002 = ids.value(QStringLiteral("002"));
    if (steps >= 1) {
        QVERIFY(p.store->setReportStatus(ids.value(QStringLiteral("000")), ReportStatus::Reviewed));
        QVERIFY(p.store->setReportStatus(ids.value(QStringLiteral("001")), ReportStatus::InReview));
        QVERIFY(p.store->setReportStatus(id002, ReportStatus::InReview));
        const QList<StoredFlag> flags = p.store->flags(ids.value(QStringLiteral("003")));
        QVERIFY(flags.size() >= 2);
        QVERIFY(p.store->resolveFlag(flags.at(0).id, Resolution::Fixed));
        QVERIFY(p.store->resolveFlag(flags.at(1).id, Resolution::Dismissed, QStringLiteral("not an error")));
    }
    if (steps >= 2) {
        QVERIFY(p.store->correctField(id002, QStringLiteral("proactive.via_website"), 199693));
    }
    if (steps >= 3) {
        QByteArray bytes = bytesOf(path002);
        bytes.append("\n补充说明。\n");
        QVERIFY(writeFile(path002, bytes));
        QCOMPARE(p.import(path002).result, ReviewStore::Imported::NewVersion);
    }

    // What the rows say, counted through the listing API.
    QHash<QString, int> byStatus;
    QHash<QString, int> openByKind;
    int fields = 0;
    const QList<StoredReport> reports = p.store->reports();
    for (const StoredReport& r : reports) {
        ++byStatus[toString(r.status)];
        fields += int(p.store->fields(r.id).size());
        int open = 0;
        for (const StoredFlag& f : p.store->flags(r.id)) {
            if (f.resolution == Resolution::Open) {
                ++openByKind[f.kind];
                ++open;
            }
        }
        QCOMPARE(r.openFlags, open);
    }
    const StoreStats s = p.store->stats();
    QCOMPARE(s.reports, int(reports.size()));
    QCOMPARE(s.reports, 5);
    QCOMPARE(s.fields, fields);
    QCOMPARE(s.auditEntries, p.count(QStringLiteral("SELECT count(*) FROM audit")));
    QHash<QString, int> statsByStatus;
    int sum = 0;
    for (const auto& [status, n] : s.reportsByStatus) {
        QVERIFY2(!statsByStatus.contains(status), qPrintable(status));
        statsByStatus.insert(status, n);
        sum += n;
    }
    QCOMPARE(sum, s.reports);
    QCOMPARE(statsByStatus, byStatus);
    QHash<QString, int> statsByKind;
    int previous = std::numeric_limits<int>::max();
    for (const auto& [kind, n] : s.openFlagsByKind) {
        statsByKind.insert(kind, n);
        QVERIFY2(n <= previous, "open flags by kind are not listed most first");
        previous = n;
    }
    QCOMPARE(statsByKind, openByKind);
    if (steps == 0) {
        QCOMPARE(statsByStatus, (QHash<QString, int>{{QStringLiteral("unreviewed"), 5}}));
    }
    if (steps >= 1) {
        QCOMPARE(statsByStatus.value(QStringLiteral("reviewed")), 1);
        // 001 and 002 set in review; 003 put in review by its flag decisions
        QCOMPARE(statsByStatus.value(QStringLiteral("in_review")), 3);
    }
    if (steps >= 2) {
        QVERIFY(!statsByKind.contains(QStringLiteral("unit")) ||
                statsByKind.value(QStringLiteral("unit")) <
                    p.count(QStringLiteral(
                        "SELECT count(*) FROM flags f JOIN reports r ON r.id = f.report_id WHERE f.kind = 'unit' "
                        "AND r.superseded = 0")));
    }
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "TestReviewStore.moc"
