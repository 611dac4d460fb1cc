// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QThread>

#include <atomic>
#include <mutex>

namespace jiaohe {

class ImportService;

// The window's import: the one ImportService (import/) run on a thread of its own, so the window stays
// responsive, through the worker's own connection to the database file (a Qt SQL connection stays in the
// thread that opened it). Progress and the end arrive as signals. cancel() stops taking new files: what was
// stored stays stored.
class ImportWorker : public QThread
{
    Q_OBJECT

public:
    ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent = nullptr);
    ~ImportWorker() override;

    // Thread-safe: no new file is started; what was analysed is still stored.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // How many files were read and analysed (files already in the database are only hashed).
    int analysedFiles() const { return m_analysed; }
    // After importFinished: the reports the files are now (added, new versions, already present), in file order.
    QList<qint64> reportIds() const { return m_reportIds; }

Q_SIGNALS:
    // `done` of `total` files handled; `currentFile` the last one.
    void progress(int done, int total, const QString& currentFile);
    // At the end (also after cancel): reports added (new or new versions), already present, and the files
    // that failed as "file: reason".
    void importFinished(int added, int alreadyPresent, const QStringList& failures);

protected:
    void run() override;

private:
    QString m_databasePath;
    QStringList m_paths;
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_analysed{0};
    QList<qint64> m_reportIds;
    std::mutex m_serviceMutex;
    ImportService* m_service = nullptr; // while run() runs
};

} // namespace jiaohe
