// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>

namespace jiaohe {

class ReviewStore;

// Where an import stands: `done` of `total` files handled (stored, known or failed), the last of them.
struct ImportProgress
{
    qsizetype done = 0;
    qsizetype total = 0;
    int failed = 0;
    QString currentFile;
};

// What an import did, file by file counted once.
struct ImportSummary
{
    qsizetype total = 0; // files found
    int added = 0;
    int versions = 0; // new versions of a file imported before (its review carried over)
    int present = 0;  // the same bytes were in the database already
    int failed = 0;
    int analysed = 0; // files read and analysed (files already present are only hashed)
    bool cancelled = false;
    QString lockedOut;       // set when another program's lock on the database stopped the import: why
    QStringList failures;    // "file: reason", in file order
    QList<qint64> reportIds; // the report each stored or present file is now, in file order
};

// The one import of Jiaohe: `jiaohe import`, the window's background import and its first run all use it.
// Files are read, hashed and analysed on N threads at once; a file whose bytes are stored already is
// recognised by its hash before any analysis. The calling thread is the one writer: it stores the results in
// file order through the store (whose database connection belongs to that thread), many reports per
// transaction (a batch of 100 reports or half a second) and every report whole. When the database refuses a batch, its
// reports are stored one by one, so that one bad report fails alone — unless another program holds the database's
// lock: then the import stops at once with one message (`lockedOut`). Commits skip the fsync while the import
// runs (WAL keeps the file consistent through a crash; a power cut may lose the last batches, which a re-run
// imports again).
class ImportService
{
public:
    explicit ImportService(ReviewStore& store) : m_store(store) {}

    // Threads analysing reports (1 to 64; default: the machine's cores).
    void setJobs(int jobs);
    int jobs() const { return m_jobs; }
    // Reports per transaction (default 100; the window takes fewer, for a progress bar that moves and a cancel
    // that stops soon).
    void setBatchSize(int reports) { m_batchSize = std::max(1, reports); }
    // Called on the writing thread after each stored batch, and once at the end.
    void setProgress(std::function<void(const ImportProgress&)> callback) { m_progress = std::move(callback); }
    // Thread-safe: no new file is started; what was analysed before is stored, then run() returns.
    void cancel() { m_cancelled = true; }

    // Imports the files the paths name (folders are walked for reports: collectReportFiles).
    ImportSummary run(const QStringList& paths);

private:
    void stopLocked(ImportSummary& summary, qsizetype stored);

    ReviewStore& m_store;
    int m_jobs = 0;
    int m_batchSize = 100;
    std::function<void(const ImportProgress&)> m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace jiaohe
