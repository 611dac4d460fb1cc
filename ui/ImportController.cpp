// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "ImportWorker.h"
#include "ReviewSession.h"
#include "import/ImportService.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace jiaohe {

ImportController::ImportController(ReviewSession* session, QWidget* window, QStatusBar* statusBar)
    : QObject(window), m_session(session), m_window(window), m_statusBar(statusBar)
{}

ImportController::~ImportController()
{
    if (m_worker) { // stop the import: what was stored stays stored
        m_worker->disconnect(this);
        m_worker->cancel();
        m_worker->wait();
        delete m_worker;
    }
}

QList<qint64> ImportController::importReports(const QStringList& paths)
{
    QList<qint64> ids;
    m_failures.clear();
    ReviewStore* store = m_session->store();
    if (!store || paths.isEmpty()) {
        return ids;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportService service(*store);
    const ImportSummary summary = service.run(paths);
    ids = summary.reportIds;
    m_failures = summary.failures;
    Q_EMIT reportsChanged();
    QApplication::restoreOverrideCursor();
    m_statusBar->showMessage(
        m_failures.isEmpty() ? tr("%n report(s) imported", nullptr, int(ids.size()))
                             : tr("%n report(s) imported, %1 failed", nullptr, int(ids.size())).arg(m_failures.size()));
    return ids;
}

bool ImportController::startImport(const QStringList& paths)
{
    if (!m_session->isOpen() || paths.isEmpty() || m_worker) {
        if (m_worker) {
            m_statusBar->showMessage(tr("An import is running already."));
        }
        return false;
    }
    m_failures.clear();
    m_worker = new ImportWorker(m_session->path(), paths, this);
    m_progress = new QProgressBar(m_statusBar);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(240);
    m_cancel = new QPushButton(tr("Cancel import"), m_statusBar);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_statusBar->addPermanentWidget(m_progress);
    m_statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ImportController::cancelImport);
    connect(m_worker, &ImportWorker::progress, this, [this](int done, int total, const QString& file) {
        if (m_progress) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        }
        m_statusBar->showMessage(tr("Importing %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
    });
    connect(m_worker, &ImportWorker::importFinished, this, &ImportController::onImportFinished);
    m_statusBar->showMessage(tr("Importing reports…"));
    Q_EMIT importStarted(m_worker);
    m_worker->start();
    return true;
}

void ImportController::cancelImport()
{
    if (m_worker) {
        m_worker->cancel();
        if (m_cancel) {
            m_cancel->setEnabled(false);
        }
        m_statusBar->showMessage(tr("Cancelling the import…"));
    }
}

void ImportController::removeProgress()
{
    delete m_progress;
    m_progress = nullptr;
    delete m_cancel;
    m_cancel = nullptr;
}

void ImportController::onImportFinished(int added, int alreadyPresent, const QStringList& failures)
{
    const bool cancelled = m_worker && m_worker->isCancelled();
    m_lastReportIds.clear();
    if (m_worker) {
        m_worker->wait();
        m_lastReportIds = m_worker->reportIds();
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    removeProgress();
    m_failures = failures;
    Q_EMIT reportsChanged();
    QString message = tr("%n report(s) imported", nullptr, added);
    if (alreadyPresent > 0) {
        message += tr(", %n already present", nullptr, alreadyPresent);
    }
    if (!failures.isEmpty()) {
        // The first reason in the status bar too: the list of all of them is in the box shown below.
        message += tr(", %n failed", nullptr, int(failures.size())) + QStringLiteral(" — ") + failures.first();
    }
    if (cancelled) {
        message += tr(" (cancelled)");
    }
    m_statusBar->showMessage(message);
    if (!failures.isEmpty()) {
        MessageBox::showErrors(m_window, tr("Import reports"), failures);
    }
    Q_EMIT importFinished(added, alreadyPresent, failures);
}

void ImportController::importFromDialog()
{
    if (!m_session->isOpen()) {
        MessageBox::information(m_window, tr("Open reports"), tr("Open a review database first."));
        return;
    }
    const QStringList paths = FileDialog::getOpenFileNames(
        m_window, tr("Open reports"), QString(),
        tr("Reports (*.txt *.md *.htm *.html *.mht *.mhtml *.pdf *.docx *.doc *.wps);;All files (*)"));
    if (!paths.isEmpty()) {
        startImport(paths);
    }
}

void ImportController::importFolderFromDialog()
{
    if (!m_session->isOpen()) {
        MessageBox::information(m_window, tr("Open folder"), tr("Open a review database first."));
        return;
    }
    const QString folder = FileDialog::getExistingDirectory(m_window, tr("Open folder of reports"));
    if (!folder.isEmpty()) {
        startImport({folder});
    }
}

bool ImportController::acceptsDrop(const QMimeData* data) const
{
    if (m_session->isOpen() && !m_worker && data->hasUrls()) {
        for (const QUrl& url : data->urls()) {
            if (url.isLocalFile()) {
                return true;
            }
        }
    }
    return false;
}

bool ImportController::importDrop(const QMimeData* data)
{
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return !paths.isEmpty() && startImport(paths);
}

} // namespace jiaohe
