#pragma once

#include "store/Database.h"
#include "Preferences.h"
#include "store/Exporter.h"
#include "store/Status.h"

#include <QMainWindow>
#include <QStringList>

#include <QFutureWatcher>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialog;
class QPushButton;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QTableView;
class QTabWidget;
class QLabel;
class QPdfDocument;
class QSpinBox;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace jiaohe {

class FieldsModel;
class FlagsModel;
class ReviewSession;
class PdfPageView;
class Document;
class ImportWorker;
class ReportQueueModel;
class ReviewCommand;
class ReviewStore;

// The review window (first increment): the queue of the open review database on the left, the report as
// written in the centre with every field's evidence and every active flag's spans highlighted, the fields
// grouped by the catalogue's groups on the right and the report's flags at the bottom. The reviewer's actions
// (Review menu) are undo commands on one stack that outlives report switches; each is written to the
// database at once. Reports are imported in the background (File → Open reports…, Open folder…, drag-and-drop)
// with progress and cancel in the status bar.
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
    ReviewSession* session() const { return m_session; }
    QString error() const { return m_error; }

    // Reads, extracts, checks and stores report files in one batch on this thread (a wait cursor meanwhile),
    // then refreshes the queue. Returns the ids of the reports now in the database, in file order (files that
    // could not be read are left out; their reasons are in failures()).
    QList<qint64> importReports(const QStringList& paths);
    QStringList failures() const { return m_failures; }

    // Starts importing files and folders on a background thread (false when no database is open or an import
    // is running). Progress and a Cancel button show in the status bar; at the end the queue is refreshed,
    // failures() holds the files that failed (shown through the error seam) and importFinished() is emitted.
    bool startImport(const QStringList& paths);
    bool isImporting() const { return m_worker != nullptr; }
    void cancelImport();

    // Help → Keyboard shortcuts: every action of the window that has a shortcut, as (text without '&',
    // shortcuts in native text); and the (non-modal) window listing them.
    QList<std::pair<QString, QString>> shortcutList() const;
    QDialog* showShortcuts();

    // File → Export CSV…: asks for the options and the target file (the seams below), then writes the CSV.
    // False (the reason in error() and shown through the error seam) on failure or when cancelled.
    bool exportCsv();

    // Selects a report in the queue (and loads it). False when it is not shown by the current filter.
    bool selectReport(qint64 reportId);
    qint64 currentReportId() const;
    // F8 / Shift+F8: the next / previous open flag — in the report shown, then in the next (previous) report of
    // the queue that has open flags, whose first (last) open flag is selected; wrapping round.
    bool selectNextFlagged();
    bool selectPreviousFlagged();
    // Re-reads the queue after a change (an import).
    void refresh();

    ReportQueueModel* queueModel() const { return m_model; }
    QUndoStack* undoStack() const;
    ReviewStore* store() const;

    // The field (catalogue key) and flag (stored id) selected in the trees; empty / 0 when none.
    QString currentFieldKey() const;
    qint64 currentFlagId() const;
    bool selectField(const QString& key);
    bool selectFlag(qint64 flagId);

    // The reviewer's actions with explicit arguments (the menu actions call these; tests too). Each pushes
    // one undo command; false (the reason in error() and the status bar) when nothing was changed.
    bool setCurrentFieldStatus(FieldStatus status); // confirmed, as printed, not applicable, unreviewed
    bool correctCurrentField(double value, FieldStatus status = FieldStatus::Corrected);
    // The value column edited in place: the text as typed, parsed like the reports' own numbers; refused
    // (false, the reason in error()) when it does not read. Consecutive edits of one field are one undo step.
    bool editFieldValue(const QString& key, const QString& text);
    // Assign from text: the one number inside [start, end) of the report's text (or under the position when
    // start == end) becomes the selected field's value and evidence; a field the extractor missed can be
    // chosen from every catalogue field. Alt+click and Ctrl+T (with a selection) call it.
    bool assignFromText(qsizetype start, qsizetype end, const QString& key = QString());
    // The field whose evidence holds a position of the report's text (the narrowest), empty when none.
    QString fieldAt(qsizetype position) const;
    // F6 / Shift+F6: the next / previous field still unreviewed (wrapping round); false when none is left.
    bool selectNextUnreviewedField(int step);
    // A PDF report is shown as its pages (the text stays a tab away) once the file has been read again in the
    // background: true when the open report's pages are shown. pdfShown() is emitted then.
    bool isPdfShown() const;
    PdfPageView* pageView() const { return m_pageView; }
    // Ctrl+F: finds text in the open report (matched on the normalised text, so simplified finds traditional
    // and １２ finds 12): step 0 the first match from the cursor, 1 the next, -1 the previous; the match is
    // selected in the text and, for a PDF, boxed on its page. Returns its start in the text, -1 when none.
    int findInReport(const QString& query, int step);
    // Ctrl+Shift+R: the report the selected flag points at (last year's, for a check across years).
    bool openRelatedReport();
    bool acceptSuggestion(); // the selected flag's suggested value into the field it points at
    bool resolveCurrentFlag(Resolution resolution, const QString& reason = QString());
    bool dismissCurrentFlag(const QString& reason);
    bool markReviewedAndNext(); // the open report reviewed, then the next unreviewed one in the queue

    // Seams for the two dialogs: the correction (value and status "corrected"/"as_printed", nothing when
    // cancelled) and the reason for dismissing a flag (empty when cancelled). Tests replace them.
    struct Correction
    {
        double value = 0;
        FieldStatus status = FieldStatus::Corrected;
    };
    using CorrectionPrompt =
        std::function<std::optional<Correction>(QWidget* parent, const QString& field, const QString& current)>;
    using ReasonPrompt = std::function<QString(QWidget* parent, const QString& flagMessage)>;
    void setCorrectionPrompt(CorrectionPrompt prompt) { m_correctionPrompt = std::move(prompt); }
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    // Seam for choosing any catalogue field (key, label) to assign a number to; empty when cancelled.
    using FieldPrompt = std::function<QString(QWidget* parent, const QList<std::pair<QString, QString>>& choices)>;
    void setFieldPrompt(FieldPrompt prompt) { m_fieldPrompt = std::move(prompt); }
    static QString askField(QWidget* parent, const QList<std::pair<QString, QString>>& choices);
    // Edit → Preferences…: the dialog seam, and applying what it returns (saved in the settings; the reviewer
    // name also goes into the open database, so the audit trail names the person).
    using PreferencesPrompt = std::function<std::optional<Preferences>(QWidget* parent, const Preferences& current)>;
    void setPreferencesPrompt(PreferencesPrompt prompt) { m_preferencesPrompt = std::move(prompt); }
    bool applyPreferences(const Preferences& preferences);
    // File → Recent databases: the last eight opened, newest first.
    QStringList recentDatabases() const;
    // The flag kinds with their names as the window shows them.
    static QList<std::pair<QString, QString>> flagKinds();
    // Seams for the export dialogs (options, then the target file; nothing / empty when cancelled) and for
    // showing errors (a title and one line per error: import failures, a failed export).
    using ExportOptionsPrompt = std::function<std::optional<Exporter::Options>(QWidget* parent)>;
    using SavePathPrompt = std::function<QString(QWidget* parent, const QString& suggested)>;
    using ErrorReport = std::function<void(QWidget* parent, const QString& title, const QStringList& lines)>;
    void setExportOptionsPrompt(ExportOptionsPrompt prompt) { m_exportOptionsPrompt = std::move(prompt); }
    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setErrorReport(ErrorReport report) { m_errorReport = std::move(report); }
    // The dialogs built in code (the defaults of the seams).
    static std::optional<Exporter::Options> askExportOptions(QWidget* parent);
    static QString askSavePath(QWidget* parent, const QString& suggested);
    static void showErrors(QWidget* parent, const QString& title, const QStringList& lines);
    static std::optional<Correction> askCorrection(QWidget* parent, const QString& field, const QString& current);
    static QString askReason(QWidget* parent, const QString& flagMessage);

Q_SIGNALS:
    // A background import is about to start (its worker not yet running: connections made now see every signal).
    void importStarted(jiaohe::ImportWorker* worker);
    // A background import ended (also after cancel).
    void importFinished(int added, int alreadyPresent, const QStringList& failures);
    // The open report's PDF pages are shown, with the evidence boxes.
    void pdfShown(qint64 reportId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void buildReviewActions();
    bool push(ReviewCommand* command);
    void onActionDone(bool ok, const QString& error);
    void onReportChanged(qint64 reportId);
    void showMarks();
    bool needReport();
    void correctFromDialog();
    void confirmAndNext();
    void editCurrentValue();
    void assignFromSelection(bool chooseField);
    void dismissFromDialog();
    void loadReport(qint64 reportId);
    void applyFilter();
    void updateProgress();
    bool selectFlagged(int step);
    QList<qint64> openFlagIds() const; // the open flags listed for the report shown, in list order
    void showEvidence(int start, int end);
    void loadPdf(qint64 reportId, const QString& path, const QString& text);
    void showPdf(qint64 reportId, const QString& path, const QString& text, const Document& doc, const QString& error);
    void updatePdfBoxes();
    void pickOnPage(int page, QPointF point);
    void importFromDialog();
    void importFolderFromDialog();
    void onImportFinished(int added, int alreadyPresent, const QStringList& failures);
    void openFromDialog();
    void newFromDialog();
    void rememberDatabase(const QString& path);
    void fillRecentMenu();
    void saveLayout() const;
    void restoreLayout();

    ReviewSession* m_session = nullptr;
    ReportQueueModel* m_model = nullptr;
    QString m_error;
    QStringList m_failures;
    CorrectionPrompt m_correctionPrompt;
    ReasonPrompt m_reasonPrompt;
    FieldPrompt m_fieldPrompt;
    PreferencesPrompt m_preferencesPrompt;
    ExportOptionsPrompt m_exportOptionsPrompt;
    SavePathPrompt m_savePathPrompt;
    ErrorReport m_errorReport;
    ImportWorker* m_worker = nullptr;
    QProgressBar* m_importProgress = nullptr; // in the status bar while importing
    QPushButton* m_importCancel = nullptr;

    QTableView* m_queueView = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_reportView = nullptr;
    QTabWidget* m_reportTabs = nullptr; // pages | text
    QWidget* m_reportPanel = nullptr;   // find bar over the tabs
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findCount = nullptr;
    std::unique_ptr<Document> m_findDoc; // the open report's matching text, made on the first search
    qint64 m_findReport = 0;
    std::optional<std::pair<qsizetype, qsizetype>> m_findSpan;
    QWidget* m_pagesPanel = nullptr;
    PdfPageView* m_pageView = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QLabel* m_pageCount = nullptr;
    QPdfDocument* m_pdf = nullptr;
    std::unique_ptr<Document> m_pdfDoc; // the open PDF report read again: pages and character boxes
    qint64 m_pdfReport = 0;             // the report m_pdfDoc belongs to
    int m_pdfGeneration = 0;
    bool m_flagSpansCurrent = false; // a flag was selected after the field: its numbers are drawn as current            // a newer load makes older background results stale
    FieldsModel* m_fieldsModel = nullptr;
    QTreeView* m_fieldsTree = nullptr;
    FlagsModel* m_flagsModel = nullptr;
    QTreeView* m_flagsTree = nullptr;
    QSplitter* m_mainSplitter = nullptr;   // queue | work area
    QSplitter* m_workSplitter = nullptr;   // (report | fields) over flags
    QSplitter* m_reportSplitter = nullptr; // report | fields
};

} // namespace jiaohe
