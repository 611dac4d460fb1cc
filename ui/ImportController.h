// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QStringList>

class QMimeData;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QWidget;

namespace jiaohe {

class ImportWorker;
class ReviewSession;

// Reports into the open database: in one batch on this thread (the first-run samples, the reports named on
// the command line) or in the background (File → Open reports…, Open folder…, files dropped on the window)
// with progress and a Cancel button in the status bar. Failures are shown through MessageBox; at the end
// reportsChanged() asks the queue to read the database again.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ReviewSession* session, QWidget* window, QStatusBar* statusBar);
    ~ImportController() override;

    // Reads, extracts, checks and stores report files in one batch on this thread (a wait cursor meanwhile).
    // Returns the ids of the reports now in the database, in file order (files that could not be read are
    // left out; their reasons are in failures()).
    QList<qint64> importReports(const QStringList& paths);
    QStringList failures() const { return m_failures; }

    // Starts importing files and folders on a background thread (false when no database is open or an import
    // is running). At the end failures() holds the files that failed and importFinished() is emitted.
    bool startImport(const QStringList& paths);
    bool isImporting() const { return m_worker != nullptr; }
    void cancelImport();

    void importFromDialog();
    void importFolderFromDialog();
    // Drag and drop: whether the drop holds local files the controller would take, and taking them.
    bool acceptsDrop(const QMimeData* data) const;
    bool importDrop(const QMimeData* data);

    // After importFinished: the reports the files of the last background import are now, in file order (also
    // those already in the database).
    QList<qint64> lastReportIds() const { return m_lastReportIds; }

Q_SIGNALS:
    // A background import is about to start (its worker not yet running: connections made now see every signal).
    void importStarted(jiaohe::ImportWorker* worker);
    // A background import ended (also after cancel).
    void importFinished(int added, int alreadyPresent, const QStringList& failures);
    // Reports were added: the queue reads the database again.
    void reportsChanged();

private:
    void onImportFinished(int added, int alreadyPresent, const QStringList& failures);
    void removeProgress();

    ReviewSession* m_session = nullptr;
    QWidget* m_window = nullptr;
    QStatusBar* m_statusBar = nullptr;
    ImportWorker* m_worker = nullptr;
    QProgressBar* m_progress = nullptr; // in the status bar while importing
    QPushButton* m_cancel = nullptr;
    QStringList m_failures;
    QList<qint64> m_lastReportIds;
};

} // namespace jiaohe
