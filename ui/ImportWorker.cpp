#include "ImportWorker.h"

#include "check/Checker.h"
#include "cli/Analysis.h"
#include "cli/CheckCommand.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <thread>
#include <vector>

namespace jiaohe {

ImportWorker::ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent)
    : QThread(parent), m_databasePath(databasePath), m_paths(paths)
{}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::run()
{
    int added = 0;
    int present = 0;
    QStringList failures;
    auto failure = [](const QString& path, const QString& reason) {
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    };
    const QStringList files = collectReportFiles(m_paths);
    const int total = int(files.size());
    {
        // The connection is opened, used and closed on this thread.
        Database db;
        if (!db.open(m_databasePath)) {
            for (const QString& path : files) {
                failures.append(failure(path, db.error()));
            }
            Q_EMIT importFinished(0, 0, failures);
            return;
        }
        ReviewStore store(db);
        // Files already in the database (the same bytes) are recognised by their hash before any extraction:
        // importing a folder again costs a read per file, not an analysis.
        QSet<QByteArray> known;
        {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (q.exec(QStringLiteral("SELECT content_hash FROM reports"))) {
                while (q.next()) {
                    known.insert(q.value(0).toString().toLatin1());
                }
            }
        }
        const Extractor extractor;
        const Checker checker;
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
        const qsizetype chunk = qsizetype(threads) * 4; // extracted together, then stored in one transaction
        int done = 0;
        for (qsizetype start = 0; start < total && !m_cancelled; start += chunk) {
            const qsizetype end = std::min<qsizetype>(total, start + chunk);
            // Each slot is filled by one extracting thread; a slot left unfilled (cancelled) is not stored.
            std::vector<Analysis> analyses(size_t(end - start));
            std::vector<char> filled(size_t(end - start), 0);
            std::atomic<qsizetype> next{start};
            auto extract = [&] {
                while (!m_cancelled) {
                    const qsizetype i = next.fetch_add(1);
                    if (i >= end) {
                        return;
                    }
                    QFile file(files.at(i));
                    if (file.size() <= DocumentLoader::MaxFileBytes && file.open(QIODevice::ReadOnly) &&
                        known.contains(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())) {
                        filled[size_t(i - start)] = 2; // already in the database
                        continue;
                    }
                    file.close();
                    analyses[size_t(i - start)] = Analysis::ofFile(files.at(i), extractor, checker);
                    m_analysed.fetch_add(1);
                    filled[size_t(i - start)] = 1;
                }
            };
            std::vector<std::thread> pool;
            for (int t = 0; t < threads; ++t) {
                pool.emplace_back(extract);
            }
            for (std::thread& t : pool) {
                t.join();
            }
            QList<const Analysis*> readable;
            for (size_t k = 0; k < analyses.size(); ++k) {
                if (filled[k] != 1) {
                    present += filled[k] == 2;
                    continue;
                }
                if (analyses[k].ok()) {
                    readable.append(&analyses[k]);
                } else {
                    failures.append(failure(files.at(start + qsizetype(k)), analyses[k].error));
                }
            }
            QList<ReviewStore::ImportOutcome> outcomes = store.importBatch(readable);
            // A batch is one transaction: when the database refused one report none was stored; store them
            // one by one then, so that a bad report fails alone.
            const bool batchFailed = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const auto& o) {
                return o.result == ReviewStore::Imported::Failed;
            });
            if (batchFailed && readable.size() > 1) {
                for (qsizetype k = 0; k < readable.size(); ++k) {
                    outcomes[k] = store.importAnalysis(*readable.at(k));
                }
            }
            for (qsizetype k = 0; k < outcomes.size(); ++k) {
                switch (outcomes.at(k).result) {
                case ReviewStore::Imported::Added:
                case ReviewStore::Imported::NewVersion:
                    ++added;
                    break;
                case ReviewStore::Imported::AlreadyPresent:
                    ++present;
                    break;
                case ReviewStore::Imported::Failed:
                    failures.append(failure(readable.at(k)->filePath, outcomes.at(k).error));
                    break;
                }
            }
            for (size_t k = 0; k < filled.size(); ++k) {
                done += filled[k] ? 1 : 0;
            }
            Q_EMIT progress(done, total, files.at(end - 1));
        }
    }
    Q_EMIT importFinished(added, present, failures);
}

} // namespace jiaohe
