// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <utility>

class QMenu;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace jiaohe {

class ClaimKeeper;
class FieldsPanel;
class FlagsPanel;
class HistoryPanel;
class ImportController;
class FindingsActions;
class PaneNavigator;
class QueuePanel;
class ReportPanel;
class TemplateTablesPanel;
class ReportQueueModel;
class ReviewActionHandler;
class ReviewSession;
class ReviewStore;
struct Preferences;

// The review window. It hosts; it does not decide: the session (ReviewSession) holds the open database, the
// report under review and the undo stack; the panels show the queue (left), the report (centre), its fields
// (right) and, as tabs at the bottom, its flags and its history and follow the session's change signals; the action
// handler (ReviewActionHandler) owns the Review menu; the import controller the imports. The window itself has the
// menus, the layout, the status bar and opening databases (new, open, recent).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) a review database and shows its queue. False (the reason in the status
    // bar and in error()) when it cannot be opened; the database open before stays open.
    bool openDatabase(const QString& path);
    QString databasePath() const;
    // The title's name of the open database: the file's name, or user@host/database on a server.
    bool hasDatabase() const;
    // The last thing that went wrong (opening, an action, an export); empty after a success.
    QString error() const { return m_error; }

    ReviewSession* session() const { return m_session; }
    ReviewStore* store() const;
    QUndoStack* undoStack() const;
    qint64 currentReportId() const;
    ReportQueueModel* queueModel() const;
    // Selects a report in the queue (and opens it). False when it is not shown by the current filter.
    bool selectReport(qint64 reportId);

    ReviewActionHandler* actions() const { return m_actions; }
    ImportController* importer() const { return m_importer; }
    ClaimKeeper* claims() const { return m_claims; }
    FindingsActions* findings() const { return m_findings; }
    QueuePanel* queuePanel() const { return m_queue; }
    ReportPanel* reportPanel() const { return m_report; }
    FieldsPanel* fieldsPanel() const { return m_fields; }
    FlagsPanel* flagsPanel() const { return m_flags; }
    PaneNavigator* navigator() const { return m_navigator; }
    HistoryPanel* historyPanel() const { return m_history; }
    // Go → History of the report (Ctrl+Shift+H): the history tab shown, its list focused.
    void showHistory();
    TemplateTablesPanel* tablesPanel() const { return m_tables; }

    // File → Export CSV…: asks for the options and the target file, then writes the CSV. False (the reason in
    // error() and shown through MessageBox) on failure or when cancelled.
    bool exportCsv();
    // Edit → Preferences…: saved in Config; the reviewer name also goes to the open database's audit trail.
    bool applyPreferences(const Preferences& preferences);
    // File → Recent databases: the last eight opened, newest first.
    QStringList recentDatabases() const;
    // Help → Keyboard shortcuts: every action with a shortcut, and the (non-modal) window listing them.
    QList<std::pair<QString, QString>> shortcutList() const;
    QDialog* showShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildLayout();
    void buildNavigator();
    void buildMenus();
    void connectPanels();
    void onReportChanged(qint64 reportId);
    void setError(const QString& error) { m_error = error; }
    void openFromDialog();
    void openServerFromDialog(); // File → Open server… (dialogs/OpenServerDialog)
    void newFromDialog();
    void rememberDatabase(const QString& path);
    void fillRecentMenu();
    void saveLayout() const;
    void restoreLayout();
    QWidget* fieldsFocusTarget() const;

    ReviewSession* m_session = nullptr;
    QueuePanel* m_queue = nullptr;
    ReportPanel* m_report = nullptr;
    FieldsPanel* m_fields = nullptr;
    FlagsPanel* m_flags = nullptr;
    HistoryPanel* m_history = nullptr;
    QTabWidget* m_lowerTabs = nullptr;    // flags | history, under the report
    QSplitter* m_flagsSplitter = nullptr; // the flags list | the selected flag's detail
    TemplateTablesPanel* m_tables = nullptr;
    QTabWidget* m_fieldsTabs = nullptr; // fields | template tables, beside the report
    ReviewActionHandler* m_actions = nullptr;
    ImportController* m_importer = nullptr;
    FindingsActions* m_findings = nullptr;
    ClaimKeeper* m_claims = nullptr;
    PaneNavigator* m_navigator = nullptr;
    QMenu* m_recentMenu = nullptr;
    QSplitter* m_mainSplitter = nullptr;   // queue | work area
    QSplitter* m_workSplitter = nullptr;   // (report | fields) over (flags | history)
    QSplitter* m_reportSplitter = nullptr; // report | fields
    QString m_error;
    bool m_fittedOnScreen = false;
};

} // namespace jiaohe
