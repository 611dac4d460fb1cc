// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWorker.h"

#include "import/ImportService.h"
#include "import/ReportFiles.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QDir>

#include <algorithm>

namespace jiaohe {

ImportWorker::ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent)
    : QThread(parent), m_databasePath(databasePath), m_paths(paths)
{}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::cancel()
{
    m_cancelled = true;
    std::lock_guard lock(m_serviceMutex);
    if (m_service) {
        m_service->cancel();
    }
}

void ImportWorker::run()
{
    // The connection is opened, used and closed on this thread.
    Database db;
    if (!db.open(m_databasePath)) {
        QStringList failures;
        for (const QString& path : collectReportFiles(m_paths)) {
            failures.append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), db.error()));
        }
        Q_EMIT importFinished(0, 0, failures);
        return;
    }
    ReviewStore store(db);
    ImportService service(store);
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    service.setJobs(threads);
    service.setBatchSize(threads * 4);
    service.setProgress([this](const ImportProgress& p) { Q_EMIT progress(int(p.done), int(p.total), p.currentFile); });
    {
        std::lock_guard lock(m_serviceMutex);
        m_service = &service;
        if (m_cancelled) {
            service.cancel();
        }
    }
    const ImportSummary summary = service.run(m_paths);
    {
        std::lock_guard lock(m_serviceMutex);
        m_service = nullptr;
    }
    m_analysed = summary.analysed;
    m_reportIds = summary.reportIds;
    Q_EMIT importFinished(summary.added + summary.versions, summary.present, summary.failures);
}

} // namespace jiaohe
