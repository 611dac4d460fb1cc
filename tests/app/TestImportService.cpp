// SPDX-License-Identifier: GPL-3.0-or-later
// The one import: files stored in file order with their report ids, known bytes recognised by their hash
// without an analysis, unreadable files listed with their reason while the others are stored, a batch the
// database refused stored again report by report, progress on the writing thread, cancel that keeps what was
// stored whole, and the same result with one thread or several.
#include "import/ImportService.h"
#include "TestBackend.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace jiaohe;

namespace {

const QString seedDir = QStringLiteral(JIAOHE_TEST_DATA "/seeds");

QStringList seedFiles()
{
    QStringList files = QDir(seedDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (QString& f : files) {
        f = seedDir + u'/' + f;
    }
    return files;
}

// `count` distinct copies of a seed report in a folder.
QString writeCopies(const QTemporaryDir& dir, const QString& name, int count)
{
    const QString folder = dir.filePath(name);
    QDir().mkpath(folder);
    QFile seed(seedFiles().at(1));
    seed.open(QIODevice::ReadOnly);
    const QByteArray text = seed.readAll();
    for (int i = 0; i < count; ++i) {
        QFile out(QDir(folder).filePath(QStringLiteral("report-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        out.open(QIODevice::WriteOnly);
        out.write(text + "\n" + QByteArray::number(i) + "\n");
    }
    return folder;
}

struct Project
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReviewStore> store;

    bool open()
    {
        if (!dir.isValid() || !db.open(test::freshDatabase(dir.path()))) {
            return false;
        }
        store = std::make_unique<ReviewStore>(db);
        return true;
    }
    int reportCount()
    {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM reports")) && q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesInFileOrder_data();
    void storesInFileOrder();
    void knownBytesAreNotAnalysed();
    void unreadableFileFailsAlone();
    void refusedBatchIsStoredReportByReport();
    void progressOnTheWritingThread();
    void cancelKeepsWholeReports();
    void lockedDatabaseStopsOnce();
};

void TestImportService::storesInFileOrder_data()
{
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("batch");
    QTest::newRow("one thread, one transaction") << 1 << 100;
    QTest::newRow("four threads, batches of three") << 4 << 3;
    QTest::newRow("eight threads, a report per transaction") << 8 << 1;
}

void TestImportService::storesInFileOrder()
{
    QFETCH(int, jobs);
    QFETCH(int, batch);
    Project p;
    QVERIFY(p.open());
    ImportService service(*p.store);
    service.setJobs(jobs);
    service.setBatchSize(batch);
    const ImportSummary summary = service.run({seedDir});
    QCOMPARE(summary.total, 5);
    QCOMPARE(summary.added, 5);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.analysed, 5);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.reportIds.size(), 5);
    // Stored in file order: ids ascend with the sorted file names, and each id is that file's report.
    const QStringList files = seedFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const std::optional<StoredReport> r = p.store->report(summary.reportIds.at(i));
        QVERIFY(r);
        QCOMPARE(r->fileName, QFileInfo(files.at(i)).fileName());
        QVERIFY(i == 0 || summary.reportIds.at(i) > summary.reportIds.at(i - 1));
        QVERIFY2(!p.store->fields(r->id).isEmpty(), qPrintable(r->fileName));
    }
}

void TestImportService::knownBytesAreNotAnalysed()
{
    Project p;
    QVERIFY(p.open());
    const ImportSummary first = ImportService(*p.store).run(seedFiles());
    QCOMPARE(first.added, 5);
    // The same bytes under another name are the same report: found by their hash, not analysed again.
    QFile::copy(seedFiles().at(2), p.dir.filePath(QStringLiteral("copy.txt")));
    ImportService again(*p.store);
    const ImportSummary second = again.run(seedFiles() << p.dir.filePath(QStringLiteral("copy.txt")));
    QCOMPARE(second.total, 6);
    QCOMPARE(second.added, 0);
    QCOMPARE(second.present, 6);
    QCOMPARE(second.analysed, 0);
    QCOMPARE(second.reportIds.mid(0, 5), first.reportIds);
    QCOMPARE(second.reportIds.at(5), first.reportIds.at(2));
    QCOMPARE(p.reportCount(), 5);
}

void TestImportService::unreadableFileFailsAlone()
{
    Project p;
    QVERIFY(p.open());
    const QString empty = p.dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString missing = p.dir.filePath(QStringLiteral("missing.txt"));
    QStringList files = seedFiles();
    files.insert(2, empty);
    files.append(missing);
    const ImportSummary summary = ImportService(*p.store).run(files);
    QCOMPARE(summary.total, 7);
    QCOMPARE(summary.added, 5);
    QCOMPARE(summary.failed, 2);
    QCOMPARE(summary.failures.size(), 2);
    // In file order, each naming its file and a reason.
    QVERIFY2(summary.failures.at(0).startsWith(QDir::toNativeSeparators(empty) + QStringLiteral(": ")),
             qPrintable(summary.failures.at(0)));
    QVERIFY2(summary.failures.at(1).startsWith(QDir::toNativeSeparators(missing) + QStringLiteral(": ")),
             qPrintable(summary.failures.at(1)));
    QVERIFY(summary.failures.at(0).size() > empty.size() + 4);
    QCOMPARE(p.reportCount(), 5);
}

void TestImportService::refusedBatchIsStoredReportByReport()
{
    Project p;
    QVERIFY(p.open());
    // The database refuses the first transaction (the whole batch), then takes the reports one by one.
    int imports = 0;
    p.store->setFaultInjector([&](const QString& action) { return action != u"import" || ++imports > 1; });
    ImportService service(*p.store);
    service.setBatchSize(100);
    const ImportSummary summary = service.run(seedFiles());
    QCOMPARE(imports, 6); // the batch, then five reports
    QCOMPARE(summary.added, 5);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(p.reportCount(), 5);
}

void TestImportService::progressOnTheWritingThread()
{
    Project p;
    QVERIFY(p.open());
    const QString folder = writeCopies(p.dir, QStringLiteral("many"), 20);
    ImportService service(*p.store);
    service.setJobs(3);
    service.setBatchSize(4);
    QList<ImportProgress> seen;
    bool sameThread = true;
    service.setProgress([&](const ImportProgress& progress) {
        sameThread = sameThread && QThread::currentThread() == this->thread();
        seen.append(progress);
    });
    const ImportSummary summary = service.run({folder});
    QCOMPARE(summary.added, 20);
    QVERIFY(sameThread);
    QCOMPARE(seen.size(), 5); // a batch of four at a time
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).total, 20);
        QCOMPARE(seen.at(i).done, 4 * (i + 1));
        QVERIFY(
            seen.at(i).currentFile.endsWith(QStringLiteral("report-%1.txt").arg(4 * i + 3, 3, 10, QLatin1Char('0'))));
    }
}

void TestImportService::cancelKeepsWholeReports()
{
    Project p;
    QVERIFY(p.open());
    const QString folder = writeCopies(p.dir, QStringLiteral("many"), 30);
    ImportService service(*p.store);
    service.setJobs(2);
    service.setBatchSize(5);
    // Cancelled when the first batch is stored: that batch stays, whole; nothing after it is stored.
    service.setProgress([&](const ImportProgress&) { service.cancel(); });
    const ImportSummary summary = service.run({folder});
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.added, 5);
    QCOMPARE(p.reportCount(), 5);
    QCOMPARE(summary.reportIds.size(), 5);
    for (qint64 id : summary.reportIds) {
        QVERIFY(!p.store->fields(id).isEmpty());
    }
    if (!test::onServer()) {
        QSqlQuery integrity(p.db.connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
    }
}


// Another program holds the database's write lock for the whole import: the first batch waits the busy timeout
// once, then the import stops with one message — it does not retry each of the twelve files alone, each waiting
// the timeout again (issue 15, item 3: 12 files took 99.5 s, 3,000 would take 8 hours).
void TestImportService::lockedDatabaseStopsOnce()
{
    if (test::onServer()) {
        QSKIP("a server locks rows, not the database (TestServerStore races two imports instead)");
    }
    const int savedTimeout = Database::busyTimeout();
    Database::setBusyTimeout(200); // taken when the database is opened
    const auto restore = qScopeGuard([savedTimeout] { Database::setBusyTimeout(savedTimeout); });
    Project p;
    QVERIFY(p.open());
    QTemporaryDir dir;
    const QString folder = writeCopies(dir, QStringLiteral("copies"), 12);

    // The other program: a second connection in a write transaction.
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(p.dir.filePath(QStringLiteral("review.sqlite")));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        ImportService service(*p.store);
        service.setBatchSize(5);
        const ImportSummary summary = service.run({folder});
        QCOMPARE(summary.total, 12);
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.failed, 12);
        QCOMPARE(summary.failures.size(), 1);
        QVERIFY2(summary.failures.first().contains(QStringLiteral("12")), qPrintable(summary.failures.first()));
        QVERIFY2(summary.lockedOut.contains(QStringLiteral("locked")), qPrintable(summary.lockedOut));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    // With the lock gone, the next run stores everything.
    const ImportSummary again = ImportService(*p.store).run({folder});
    QCOMPARE(again.added, 12);
    QCOMPARE(p.reportCount(), 12);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
