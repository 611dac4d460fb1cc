#pragma once

#include "store/Database.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace jiaohe {

class ReportQueueModel;
class ReviewStore;

// The review window (first increment): the queue of the open review database on the left, the report as
// written in the centre with every field's evidence and every active flag's spans highlighted, the fields
// grouped by the catalogue's groups on the right and the report's flags at the bottom. Read only for now:
// the reviewer actions, undo and background import come in later increments.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReviewWindow(QWidget* parent = nullptr);
    ~ReviewWindow() override;

    // Opens (creating when missing) a review database and shows its queue. False (the reason in the status
    // bar and in error()) when it cannot be opened; the window is then empty.
    bool openDatabase(const QString& path);
    QString databasePath() const;
    bool hasDatabase() const;
    QString error() const { return m_error; }

    // Reads, extracts, checks and stores report files in one batch on this thread (a wait cursor meanwhile),
    // then refreshes the queue. Returns the ids of the reports now in the database, in file order (files that
    // could not be read are left out; their reasons are in failures()).
    QList<qint64> importReports(const QStringList& paths);
    QStringList failures() const { return m_failures; }

    // Selects a report in the queue (and loads it). False when it is not shown by the current filter.
    bool selectReport(qint64 reportId);
    qint64 currentReportId() const { return m_currentReport; }
    // F8 / Shift+F8: the next / previous report in the queue that has open flags (wrapping round).
    bool selectNextFlagged();
    bool selectPreviousFlagged();
    // Re-reads the queue after a change (an import).
    void refresh();

    ReportQueueModel* queueModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void loadReport(qint64 reportId);
    void clearReport();
    void applyFilter();
    void updateProgress();
    bool selectFlagged(int step);
    void showFieldEvidence(QTreeWidgetItem* item);
    void importFromDialog();
    void openFromDialog();
    void saveLayout() const;
    void restoreLayout();

    Database m_db;
    std::unique_ptr<ReviewStore> m_store;
    ReportQueueModel* m_model = nullptr;
    qint64 m_currentReport = 0;
    QString m_error;
    QStringList m_failures;

    QTableView* m_queueView = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_reportView = nullptr;
    QTreeWidget* m_fieldsTree = nullptr;
    QTreeWidget* m_flagsTree = nullptr;
    QSplitter* m_mainSplitter = nullptr;   // queue | work area
    QSplitter* m_workSplitter = nullptr;   // (report | fields) over flags
    QSplitter* m_reportSplitter = nullptr; // report | fields
};

} // namespace jiaohe
