// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNoteLabel.h"

#include "ReviewSession.h"

namespace jiaohe {

ReportNoteLabel::ReportNoteLabel(ReviewSession* session, QWidget* parent) : QLabel(parent), m_session(session)
{
    setObjectName(QStringLiteral("reportNoteLabel"));
    setTextFormat(Qt::PlainText);
    setContentsMargins(8, 0, 8, 0);
    connect(session, &ReviewSession::currentReportChanged, this, &ReportNoteLabel::refresh);
    connect(session, &ReviewSession::databaseChanged, this, &ReportNoteLabel::refresh);
    connect(session, &ReviewSession::reportNoteChanged, this, [this](qint64 reportId) {
        if (reportId == m_session->currentReport()) {
            refresh();
        }
    });
    refresh();
}

void ReportNoteLabel::refresh()
{
    const std::optional<StoredReport>& report = m_session->isOpen() ? m_session->currentReportRow() : std::nullopt;
    m_note = report ? report->note : QString();
    // One line, cut short: the note is for the reviewer's eye, the whole of it is in the tooltip.
    const QString line = m_note.simplified();
    setText(line.isEmpty() ? QString()
                           : tr("Report note: %1").arg(line.size() > 60 ? line.left(59) + QChar(0x2026) : line));
    setToolTip(m_note.isEmpty() ? QString() : tr("Report note (Ctrl+Shift+M to edit):\n%1").arg(m_note));
    setVisible(!m_note.isEmpty());
}

} // namespace jiaohe
