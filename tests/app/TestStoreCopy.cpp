// SPDX-License-Identifier: GPL-3.0-or-later
// `jiaohe copy`: a review database with decisions (corrected and confirmed fields, notes, a dismissed flag, a report
// marked reviewed, a claim) and its audit copied from a file to a second database and back to a file — the second a
// PostgreSQL server when run as TestStoreCopy_PostgreSQL, a file otherwise — gives the same exports and the same
// audit entries, prints each table's counts, leaves the source's bytes as they were, refuses a target that holds a
// review, and rolls back a copy whose rows differ.
#include "ProgramRun.h"
#include "TestBackend.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/ReviewStore.h"
#include "store/StoreCopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

namespace {

const QString program = QStringLiteral(JIAOHE_BINARY);

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every row of a query as text, a value's type left out (an id is an int on one backend, a long on the other).
QStringList rowsOf(const QString& database, const QString& sql)
{
    Database db;
    if (!db.openForReading(database)) {
        return {QStringLiteral("cannot open: ") + db.error()};
    }
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        return {QStringLiteral("cannot read: ") + sql};
    }
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            values.append(q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        }
        rows.append(values.join(u'|'));
    }
    return rows;
}

qint64 countOf(const QString& database, const QString& sql)
{
    const QStringList rows = rowsOf(database, sql);
    bool ok = false;
    const qint64 n = rows.value(0).toLongLong(&ok);
    return ok ? n : -1;
}

const QString auditSql = QStringLiteral("SELECT id, at, who, report_id, field_key, flag_id, action, old_value, "
                                        "new_value, reason, db_user FROM audit ORDER BY id");

test::ProgramRun copy(const QString& from, const QString& to)
{
    return test::runProgram(program,
                            {QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
}

} // namespace

class TestStoreCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsDecisionsAndAudit();
    void targetHoldingAReviewIsRefused();
    void differenceRollsTheCopyBack();
    void badUsage();

private:
    // The three CSV exports of a database, one after another.
    QString exportsOf(const QString& database);

    QTemporaryDir m_dir;
    test::TemporaryDatabase m_source;
    qint64 m_auditRows = 0;
};

void TestStoreCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_source.isValid(), qPrintable(m_source.error()));
    Database db;
    QVERIFY2(db.open(m_source.path()), qPrintable(db.error()));
    ReviewStore store(db);
    store.setSystemUser(QStringLiteral("li"));
    QVERIFY(store.setReviewer(QStringLiteral("张三")));
    const qint64 report = m_source.ids().at(1);
    const QList<StoredField> fields = store.fields(report);
    QVERIFY(fields.size() >= 3);
    QVERIFY2(store.correctField(report, fields.at(0).key, 1234.5), qPrintable(store.error()));
    QVERIFY2(store.setFieldStatus(report, fields.at(1).key, FieldStatus::Confirmed), qPrintable(store.error()));
    QVERIFY2(store.setFieldNote(report, fields.at(2).key, QStringLiteral("原文第二页")), qPrintable(store.error()));
    QVERIFY2(store.setReportNote(report, QStringLiteral("已电话核实")), qPrintable(store.error()));
    bool dismissed = false;
    for (const qint64 id : m_source.ids()) {
        const QList<StoredFlag> flags = store.flags(id);
        if (!flags.isEmpty() && !dismissed) {
            QVERIFY2(store.resolveFlag(flags.first().id, Resolution::Dismissed, QStringLiteral("口径不同")),
                     qPrintable(store.error()));
            dismissed = true;
        }
    }
    QVERIFY(dismissed);
    QVERIFY2(store.setReportStatus(m_source.ids().at(2), ReportStatus::Reviewed), qPrintable(store.error()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO claims(report_id, claimed_by, since) VALUES (%1, '李四', "
                                  "'2026-12-06T10:32:00Z')")
                       .arg(m_source.ids().at(3))));
    q.finish();
    db.close();
    m_auditRows = countOf(m_source.path(), QStringLiteral("SELECT count(*) FROM audit"));
    QVERIFY(m_auditRows >= 10); // five imports and the decisions
}

QString TestStoreCopy::exportsOf(const QString& database)
{
    QString all;
    for (const QString& format : {QStringLiteral("wide"), QStringLiteral("long"), QStringLiteral("flags")}) {
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        const test::ProgramRun run = test::runProgram(
            program, {QStringLiteral("export"), QStringLiteral("--db"), database, QStringLiteral("--format"), format,
                      QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--out"), csv});
        if (run.status != 0) {
            return QStringLiteral("export failed: ") + run.err;
        }
        all += QString::fromUtf8(bytesOf(csv));
    }
    return all;
}

void TestStoreCopy::roundTripKeepsDecisionsAndAudit()
{
    const QByteArray sourceBytes = bytesOf(m_source.path());
    const QString middle = test::freshDatabase(m_dir.path(), QStringLiteral("middle.sqlite"));
    QVERIFY(!middle.isEmpty());
    const test::ProgramRun there = copy(m_source.path(), middle);
    QVERIFY2(there.status == 0, qPrintable(there.out + there.err));
    // The counts, table by table: as many rows copied as the source holds.
    QVERIFY2(QRegularExpression(QStringLiteral("\\nreports +5 +5\\n")).match(there.out).hasMatch(),
             qPrintable(there.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\naudit +%1 +%1\\n").arg(m_auditRows)).match(there.out).hasMatch(),
             qPrintable(there.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nclaims +1 +1\\n")).match(there.out).hasMatch(),
             qPrintable(there.out));
    QVERIFY2(there.out.contains(u"the same in both"), qPrintable(there.out));
    // The source is only read.
    QCOMPARE(bytesOf(m_source.path()), sourceBytes);

    const QString sourceExports = exportsOf(m_source.path());
    QVERIFY2(sourceExports.contains(u"1234.5") && sourceExports.contains(u"口径不同") &&
                 sourceExports.contains(u"原文第二页"),
             qPrintable(sourceExports.left(2000)));
    QCOMPARE(exportsOf(middle), sourceExports);
    QCOMPARE(rowsOf(middle, auditSql), rowsOf(m_source.path(), auditSql));
    QCOMPARE(rowsOf(middle, QStringLiteral("SELECT report_id, claimed_by, since FROM claims")),
             rowsOf(m_source.path(), QStringLiteral("SELECT report_id, claimed_by, since FROM claims")));
    QCOMPARE(rowsOf(middle, QStringLiteral("SELECT value FROM settings WHERE key = 'reviewer'")),
             QStringList{QStringLiteral("张三")});

    // The copy is a database to work in: a decision there is numbered after the copied entries (a server's
    // sequences were set) and, on a server, names its database user.
    {
        Database db;
        QVERIFY2(db.open(middle), qPrintable(db.error()));
        ReviewStore store(db);
        QVERIFY2(store.setReportNote(m_source.ids().at(0), QStringLiteral("复制后补记")), qPrintable(store.error()));
    }
    const QStringList latest = rowsOf(middle, QStringLiteral("SELECT max(id), count(*) FROM audit"));
    QCOMPARE(latest, QStringList{QStringLiteral("%1|%1").arg(m_auditRows + 1)});

    // And back to a file, for an offline snapshot.
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const test::ProgramRun home = copy(middle, back);
    QVERIFY2(home.status == 0, qPrintable(home.out + home.err));
    QVERIFY2(QRegularExpression(QStringLiteral("\\naudit +%1 +%1\\n").arg(m_auditRows + 1)).match(home.out).hasMatch(),
             qPrintable(home.out));
    QCOMPARE(exportsOf(back), exportsOf(middle));
    QCOMPARE(rowsOf(back, auditSql), rowsOf(middle, auditSql));
    QCOMPARE(rowsOf(back, auditSql).mid(0, int(m_auditRows)), rowsOf(m_source.path(), auditSql));
    if (test::onServer()) {
        QVERIFY2(rowsOf(back, auditSql).last().endsWith(u"|jiaohe_admin"), qPrintable(rowsOf(back, auditSql).last()));
    }
    QCOMPARE(bytesOf(m_source.path()), sourceBytes);
}

void TestStoreCopy::targetHoldingAReviewIsRefused()
{
    const QString target = test::freshDatabase(m_dir.path(), QStringLiteral("held.sqlite"));
    QVERIFY(!target.isEmpty());
    const test::ProgramRun first = copy(m_source.path(), target);
    QVERIFY2(first.status == 0, qPrintable(first.out + first.err));
    const QStringList audit = rowsOf(target, auditSql);
    const QString exports = exportsOf(target);
    const test::ProgramRun again = copy(m_source.path(), target);
    QCOMPARE(again.status, 1);
    QVERIFY2(again.err.contains(u"already holds a review (5 reports"), qPrintable(again.err));
    QCOMPARE(rowsOf(target, auditSql), audit);
    QCOMPARE(exportsOf(target), exports);
    // Nor into itself.
    const test::ProgramRun itself = copy(m_source.path(), m_source.path());
    QCOMPARE(itself.status, 1);
    QVERIFY2(itself.err.contains(u"the same database"), qPrintable(itself.err));
}

void TestStoreCopy::differenceRollsTheCopyBack()
{
    const QString target = test::freshDatabase(m_dir.path(), QStringLiteral("tampered.sqlite"));
    QVERIFY(!target.isEmpty());
    StoreCopy copier;
    // A row changed between writing and comparing, as a faulty driver or a trigger would: same count, other values.
    copier.setBeforeCompare([](Database& db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("UPDATE fields SET note = 'changed' WHERE id = (SELECT min(id) FROM fields)"));
    });
    QVERIFY(!copier.run(m_source.path(), target));
    QVERIFY2(copier.error().contains(u"differs from the source in the table(s) fields"), qPrintable(copier.error()));
    bool fieldsDiffer = false;
    for (const StoreCopy::Table& t : copier.tables()) {
        QCOMPARE(t.targetRows, t.sourceRows);
        QCOMPARE(t.matches(), t.name != u"fields");
        fieldsDiffer = fieldsDiffer || t.name == u"fields";
    }
    QVERIFY(fieldsDiffer);
    // Rolled back: a file the copy made is gone, a server's database holds no review.
    if (test::onServer()) {
        QCOMPARE(countOf(target, QStringLiteral("SELECT count(*) FROM reports")), 0);
        QCOMPARE(countOf(target, QStringLiteral("SELECT count(*) FROM audit")), 0);
    } else {
        QVERIFY(!QFile::exists(target));
    }
}

void TestStoreCopy::badUsage()
{
    const test::ProgramRun noTarget =
        test::runProgram(program, {QStringLiteral("copy"), QStringLiteral("--from"), m_source.path()});
    QCOMPARE(noTarget.status, 2);
    QVERIFY2(noTarget.err.contains(u"usage: jiaohe copy"), qPrintable(noTarget.err));
    const test::ProgramRun help = test::runProgram(program, {QStringLiteral("copy"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY2(help.out.contains(u"--from") && help.out.contains(u"--to"), qPrintable(help.out));
    const test::ProgramRun missing =
        copy(m_dir.filePath(QStringLiteral("none.sqlite")), m_dir.filePath(QStringLiteral("new.sqlite")));
    QCOMPARE(missing.status, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.sqlite"))));
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "TestStoreCopy.moc"
