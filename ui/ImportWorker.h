#pragma once

#include <QStringList>
#include <QThread>

#include <atomic>

namespace jiaohe {

// Imports report files (folders walked for reports) into a review database on a thread of its own, so the
// window stays responsive. Files are read, extracted and checked on a few threads at once, a chunk at a time,
// and stored in file order through the worker's own connection to the database file (a Qt SQL connection
// stays in the thread that opened it), several reports per transaction; every report is stored whole or not
// at all. cancel() stops taking new files: what was stored stays stored.
class ImportWorker : public QThread
{
    Q_OBJECT

public:
    ImportWorker(const QString& databasePath, const QStringList& paths, QObject* parent = nullptr);
    ~ImportWorker() override;

    // Thread-safe; checked between reports.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    // How many files were read and analysed (files already in the database are only hashed).
    int analysedFiles() const { return m_analysed; }

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
};

} // namespace jiaohe
