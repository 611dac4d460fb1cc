// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QProgressBar;
class QTableView;

namespace jiaohe {

class ReportQueueModel;
class ReviewSession;

// The review queue: the filter row (status, open flag kind, search), the reports of the open database and the
// progress (reviewed / all). Selecting a row opens that report in the session; the session's report switch
// (an undo on another report) selects its row.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(ReviewSession* session, QWidget* parent = nullptr);

    ReportQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Selects a report (and opens it). False when it is not shown by the current filter.
    bool selectReport(qint64 reportId);
    // Re-reads the queue after a change (a decision, an import).
    void refresh();
    void focusSearch();
    // Shows only the reports of a status, with open flags of a kind, matching a search (the overview's clicks);
    // an empty part clears that filter.
    void showOnly(const QString& status, const QString& kind, const QString& search);

private:
    void databaseChanged();
    void applyFilter();
    void updateProgress();
    void showCurrent(qint64 reportId);

    ReviewSession* m_session = nullptr;
    ReportQueueModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace jiaohe
