// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportService.h"

#include "ReportFiles.h"
#include "check/Checker.h"
#include "common/FileNames.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace jiaohe {

namespace {

// One file's way through the import: read, hash, and analysed unless the same bytes are stored already.
struct Job
{
    QString path;
    Analysis analysis;
    bool known = false; // the same bytes are in the database: only hashed
};

// The bytes first: a file stored before is found by its hash without being decoded at all. Otherwise the
// loader reads them (or says why it cannot: it has the messages for that).
Job analyse(const QString& path, const QSet<QByteArray>& known, const Extractor& extractor, const Checker& checker)
{
    Job job;
    job.path = path;
    QByteArray bytes;
    QByteArray hash;
    {
        QFile file;
        if (fileStatus(path).isFile && openForReading(file, path, nullptr)) {
            bytes = file.read(DocumentLoader::MaxFileBytes + 1);
            if (file.error() == QFileDevice::NoError && !bytes.isEmpty() &&
                bytes.size() <= DocumentLoader::MaxFileBytes) {
                hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
            }
        }
    }
    if (!hash.isEmpty() && known.contains(hash)) {
        job.known = true;
        job.analysis.filePath = path;
        job.analysis.document.contentHash = hash;
        return job;
    }
    LoadResult loaded = hash.isEmpty() ? DocumentLoader::loadFile(path)
                                       : DocumentLoader::loadBytes(bytes, path, DocumentLoader::Hash::No);
    if (!hash.isEmpty()) {
        loaded.document.contentHash = hash;
    }
    bytes = QByteArray();
    if (!loaded.ok()) {
        job.analysis.filePath = path;
        job.analysis.error = loaded.error;
    } else {
        loaded.document.filePath = QFileInfo(path).absoluteFilePath();
        job.analysis = Analysis::ofDocument(std::move(loaded.document), extractor, checker);
    }
    return job;
}

QSet<QByteArray> storedHashes(Database& db)
{
    QSet<QByteArray> hashes;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT content_hash FROM reports"))) {
        while (q.next()) {
            hashes.insert(q.value(0).toString().toLatin1());
        }
    }
    return hashes;
}

QString failureLine(const QString& path, const QString& reason)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// The analysing threads and the results they hand to the writer, in file order.
class Workers
{
public:
    Workers(const QStringList& files, const QSet<QByteArray>& known, const std::atomic<bool>& cancelled)
        : m_files(files), m_known(known), m_cancelled(cancelled)
    {}
    ~Workers()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_space.notify_all();
        for (std::thread& t : m_threads) {
            t.join();
        }
    }

    void start(int jobs)
    {
        for (int t = 0; t < jobs; ++t) {
            m_threads.emplace_back([this] { work(); });
        }
    }

    // The next file's result, in file order; nothing when the import was cancelled before it was analysed.
    std::optional<Job> next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done.count(m_taken) > 0 || m_skipped.count(m_taken) > 0; });
        if (m_skipped.count(m_taken) > 0) {
            return std::nullopt;
        }
        auto it = m_done.find(m_taken);
        Job job = std::move(it->second);
        m_done.erase(it);
        ++m_taken;
        lock.unlock();
        m_space.notify_all();
        return job;
    }

private:
    static constexpr qsizetype Window = 256; // results waiting to be stored, at most

    void work()
    {
        const Extractor extractor;
        const Checker checker;
        while (true) {
            const qsizetype i = m_next.fetch_add(1);
            if (i >= m_files.size()) {
                return;
            }
            {
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [&] { return m_stopping || i < m_taken + Window; });
            }
            if (m_cancelled || m_stopping) {
                {
                    std::lock_guard lock(m_mutex);
                    m_skipped.insert({i, true});
                }
                m_ready.notify_all();
                return;
            }
            Job job = analyse(m_files.at(i), m_known, extractor, checker);
            {
                std::lock_guard lock(m_mutex);
                m_done.emplace(i, std::move(job));
            }
            m_ready.notify_all();
        }
    }

    const QStringList& m_files;
    const QSet<QByteArray>& m_known;
    const std::atomic<bool>& m_cancelled;
    std::vector<std::thread> m_threads;
    std::atomic<qsizetype> m_next{0};
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::map<qsizetype, Job> m_done;
    std::map<qsizetype, bool> m_skipped;
    qsizetype m_taken = 0;
    bool m_stopping = false;
};

// Whether another program holds the database's write lock now: a write transaction begun without waiting.
// Asked only after a batch failed, so that a lock is told from a bad report.
bool writeLocked(Database& db)
{
    if (db.isServer()) {
        return false; // a server locks rows, not the database: a batch it refused is stored report by report
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const bool free = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    const QString code = q.lastError().nativeErrorCode();
    if (free) {
        q.exec(QStringLiteral("ROLLBACK"));
    }
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(db.waitLimit()));
    return !free && (code == u"5" || code == u"6" || code.startsWith(u"5") || code.startsWith(u"6"));
}

// Stores one batch (one transaction); a batch the database refused is stored again report by report — unless
// the database is locked by another program: then every report would wait the busy timeout in turn (3,000
// files, 8 hours), so the import stops at once with one message (`lockedOut`), and false is returned.
bool storeBatch(ReviewStore& store, QList<Job>& batch, ImportSummary& summary)
{
    QList<const Analysis*> analyses;
    QList<qsizetype> slots;
    for (qsizetype k = 0; k < batch.size(); ++k) {
        if (!batch.at(k).known) {
            analyses.append(&batch.at(k).analysis);
            slots.append(k);
        }
    }
    QList<ReviewStore::ImportOutcome> outcomes = store.importBatch(analyses);
    bool batchFailed = false;
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        batchFailed = batchFailed || (analyses.at(k)->ok() && outcomes.at(k).result == ReviewStore::Imported::Failed);
    }
    if (batchFailed && writeLocked(store.database())) {
        const QString reason = outcomes.isEmpty() ? QString() : outcomes.first().error;
        summary.lockedOut = reason.isEmpty() ? QCoreApplication::translate("jiaohe::ImportService",
                                                                           "the database is locked by another program")
                                             : reason;
        return false;
    }
    if (batchFailed && analyses.size() > 1) {
        for (qsizetype k = 0; k < outcomes.size(); ++k) {
            if (analyses.at(k)->ok()) {
                outcomes[k] = store.importAnalysis(*analyses.at(k));
            }
        }
    }
    qsizetype o = 0;
    for (qsizetype k = 0; k < batch.size(); ++k) {
        if (batch.at(k).known) {
            ++summary.present;
            if (auto id = store.reportWithHash(batch.at(k).analysis.document.contentHash)) {
                summary.reportIds.append(*id);
            }
            continue;
        }
        const ReviewStore::ImportOutcome& outcome = outcomes.at(o++);
        switch (outcome.result) {
        case ReviewStore::Imported::Added:
            ++summary.added;
            break;
        case ReviewStore::Imported::NewVersion:
            ++summary.versions;
            break;
        case ReviewStore::Imported::AlreadyPresent:
            ++summary.present;
            break;
        case ReviewStore::Imported::Failed:
            ++summary.failed;
            summary.failures.append(failureLine(batch.at(k).path, outcome.error));
            continue;
        }
        summary.reportIds.append(outcome.reportId);
    }
    batch.clear();
    return true;
}

} // namespace

// A lock that does not go away ends the import once: one line saying so and how many files were not stored
// (those before were; the next run takes the rest, recognising what is in).
void ImportService::stopLocked(ImportSummary& summary, qsizetype stored)
{
    const qsizetype left = summary.total - stored;
    summary.failed += int(left);
    summary.failures.append(QCoreApplication::translate("jiaohe::ImportService",
                                                        "import stopped, %n file(s) not imported: %1", nullptr,
                                                        int(left))
                                .arg(summary.lockedOut));
    for (const QString& sql : m_store.database().dialect().importEnds()) {
        QSqlQuery(m_store.database().connection()).exec(sql);
    }
}

void ImportService::setJobs(int jobs)
{
    m_jobs = std::clamp(jobs, 1, 64);
}

ImportSummary ImportService::run(const QStringList& paths)
{
    ImportSummary summary;
    const QStringList files = collectReportFiles(paths);
    summary.total = files.size();
    Database& db = m_store.database();
    const QSet<QByteArray> known = storedHashes(db);
    for (const QString& sql : db.dialect().importBegins()) {
        QSqlQuery(db.connection()).exec(sql);
    }
    {
        Workers workers(files, known, m_cancelled);
        workers.start(m_jobs > 0 ? m_jobs : std::clamp(QThread::idealThreadCount(), 1, 64));
        QList<Job> batch;
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        qsizetype handled = 0;
        auto report = [&](const QString& current) {
            if (m_progress) {
                m_progress(ImportProgress{handled, summary.total, summary.failed, current});
            }
        };
        while (handled < summary.total) {
            std::optional<Job> job = workers.next();
            if (!job) {
                summary.cancelled = true;
                break;
            }
            ++handled;
            summary.analysed += job->known ? 0 : 1;
            const QString current = job->path;
            batch.append(std::move(*job));
            // A transaction per 100 reports or half a second: a crash loses at most that for the next run
            // to redo. (Each commit writes the index pages again: 200 is no faster, 50 is 8% slower.)
            if (batch.size() >= m_batchSize || sinceCommit.elapsed() > 500 || handled == summary.total) {
                if (!storeBatch(m_store, batch, summary)) {
                    stopLocked(summary, handled - batch.size());
                    return summary;
                }
                sinceCommit.restart();
                report(current);
                if (m_cancelled && handled < summary.total) {
                    summary.cancelled = true; // what was stored stays; the files analysed ahead are not stored
                    break;
                }
            }
        }
        if (!batch.isEmpty()) {
            const QString current = batch.last().path;
            if (!storeBatch(m_store, batch, summary)) {
                stopLocked(summary, handled - batch.size());
                return summary;
            }
            report(current);
        }
    }
    for (const QString& sql : db.dialect().importEnds()) {
        QSqlQuery(db.connection()).exec(sql);
    }
    return summary;
}

} // namespace jiaohe
