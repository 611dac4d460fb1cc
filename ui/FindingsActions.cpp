// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsActions.h"

#include "ReviewSession.h"
#include "dialogs/OverviewDialog.h"
#include "dialogs/SelfCheckDialog.h"
#include "findings/Findings.h"
#include "findings/FindingsReport.h"
#include "findings/FindingsWorkbook.h"
#include "store/Exporter.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>

namespace jiaohe {

namespace {

// The interface's language for the headers, words and messages of what the window writes.
FindingsLanguage interfaceLanguage()
{
    const QString lang = QLocale().name().startsWith(u"zh") ? QStringLiteral("zh") : QStringLiteral("en");
    return FindingsLanguage{lang, lang};
}

QString suggestedPath(const QString& databasePath, const QString& name)
{
    return QFileInfo(databasePath).dir().filePath(name);
}

} // namespace

FindingsActions::FindingsActions(ReviewSession* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

void FindingsActions::addTo(QMenu* file)
{
    QAction* workbook = file->addAction(tr("Export f&indings…"), this, [this] { exportWorkbook(); });
    workbook->setObjectName(QStringLiteral("exportFindingsAction"));
    QAction* print = file->addAction(tr("&Print findings…"), this, [this] { printReport(); });
    print->setObjectName(QStringLiteral("printFindingsAction"));
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    print->setShortcutVisibleInContextMenu(true);
    QAction* selfCheck = file->addAction(tr("&Self-check a draft…"), this, [this] { selfCheckDraft(); });
    selfCheck->setObjectName(QStringLiteral("selfCheckAction"));
}

SelfCheckDialog* FindingsActions::selfCheckDraft()
{
    const QString title = tr("Self-check a draft");
    const QString path = FileDialog::getOpenFileName(m_window, title, QString(),
                                                     tr("Reports (*.docx *.txt *.htm *.html *.pdf);;All files (*)"));
    if (path.isEmpty()) {
        m_error = tr("Cancelled.");
        return nullptr;
    }
    QString error;
    std::optional<SelfCheckResult> result =
        SelfCheck::run(path, m_session->isOpen() ? m_session->store() : nullptr, &error);
    if (!result) {
        m_error = error;
        MessageBox::showErrors(m_window, title, {QDir::toNativeSeparators(path) + QStringLiteral(": ") + error});
        return nullptr;
    }
    m_error.clear();
    auto* dialog = new SelfCheckDialog(std::move(*result), interfaceLanguage().messages, m_window);
    dialog->show();
    return dialog;
}

void FindingsActions::addOverviewTo(QMenu* go)
{
    QAction* overview = go->addAction(tr("&Overview…"), this, [this] { showOverview(); });
    overview->setObjectName(QStringLiteral("overviewAction"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    overview->setShortcutVisibleInContextMenu(true);
}

OverviewDialog* FindingsActions::showOverview()
{
    if (!ready(tr("Overview"))) {
        return nullptr;
    }
    if (!m_overview) {
        m_overview = new OverviewDialog(m_session, m_window);
        connect(m_overview, &OverviewDialog::filterRequested, this, &FindingsActions::filterQueue);
    } else {
        m_overview->refresh();
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    return m_overview;
}

bool FindingsActions::ready(const QString& title)
{
    if (m_session->isOpen()) {
        return true;
    }
    m_error = tr("Open a review database first.");
    MessageBox::showErrors(m_window, title, {m_error});
    return false;
}

bool FindingsActions::exportWorkbook()
{
    const QString title = tr("Export findings");
    if (!ready(title)) {
        return false;
    }
    const QString path =
        FileDialog::getSaveFileName(m_window, title, suggestedPath(m_session->path(), QStringLiteral("findings.xlsx")),
                                    tr("Excel workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty()) {
        m_error = tr("Cancelled.");
        return false;
    }
    QString error;
    const QList<ReportFindings> findings = FindingsReader::read(*m_session->store(), FindingsFilter{}, &error);
    if (error.isEmpty()) {
        FindingsWorkbook::writeFile(path, findings, interfaceLanguage(), Exporter::databaseFiles(m_session->path()),
                                    &error);
    }
    if (!error.isEmpty()) {
        m_error = error;
        MessageBox::showErrors(m_window, title, {m_error});
        return false;
    }
    m_error.clear();
    Q_EMIT message(tr("Findings of %n report(s) exported to %1", nullptr, int(findings.size()))
                       .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FindingsActions::printReport()
{
    const QString title = tr("Print findings");
    if (!ready(title)) {
        return false;
    }
    // The open report's body and year: the report sent to that body; without one, every report.
    FindingsFilter filter;
    QString name = QStringLiteral("findings.pdf");
    if (const std::optional<StoredReport>& current = m_session->currentReportRow()) {
        filter.body = current->region.isEmpty() ? current->fileName : current->region;
        filter.year = current->year;
        name = QStringLiteral("findings-%1%2.pdf")
                   .arg(filter.body, current->year ? QString::number(*current->year) : QString());
    }
    const QString path = FileDialog::getSaveFileName(m_window, title, suggestedPath(m_session->path(), name),
                                                     tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty()) {
        m_error = tr("Cancelled.");
        return false;
    }
    QString error;
    const QList<ReportFindings> findings = FindingsReader::read(*m_session->store(), filter, &error);
    if (error.isEmpty()) {
        FindingsReport::writeFile(path, findings, interfaceLanguage(), Exporter::databaseFiles(m_session->path()),
                                  &error);
    }
    if (!error.isEmpty()) {
        m_error = error;
        MessageBox::showErrors(m_window, title, {m_error});
        return false;
    }
    m_error.clear();
    Q_EMIT message(tr("Findings printed to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace jiaohe
