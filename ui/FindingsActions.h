// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace jiaohe {

class OverviewDialog;
class SelfCheckDialog;
class ReviewSession;

// File → Export findings… (the workbook of every current report) and File → Print findings… (the printable
// report of the current report's body and year, or of every report when none is open): the window's side of
// findings/, in the interface's language. The target file comes through the FileDialog seam, errors through
// MessageBox, as File → Export CSV….
class FindingsActions : public QObject
{
    Q_OBJECT

public:
    FindingsActions(ReviewSession* session, QWidget* window);

    void addTo(QMenu* file);
    // Go → Overview…: the charts (dialogs/OverviewDialog), made on first use and refreshed on every showing.
    void addOverviewTo(QMenu* go);
    OverviewDialog* showOverview();
    // File → Self-check a draft…: a draft chosen through the FileDialog seam, checked against the open database
    // (last year's report of its body) when there is one, shown in a SelfCheckDialog; nothing is imported.
    SelfCheckDialog* selfCheckDraft();
    // Each returns false (the reason in error()) when cancelled or when the file cannot be written.
    bool exportWorkbook();
    bool printReport();
    QString error() const { return m_error; }

Q_SIGNALS:
    void message(const QString& text);
    // The overview asks the queue to show only some reports (QueuePanel::showOnly).
    void filterQueue(const QString& status, const QString& kind, const QString& search);

private:
    bool ready(const QString& title);

    ReviewSession* m_session;
    QWidget* m_window;
    QString m_error;
    OverviewDialog* m_overview = nullptr;
};

} // namespace jiaohe
