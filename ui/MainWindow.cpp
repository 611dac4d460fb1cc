// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ClaimKeeper.h"
#include "EvidenceSpans.h"
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "ImportController.h"
#include "PaneNavigator.h"
#include "Preferences.h"
#include "ReportQueueModel.h"
#include "ReviewActionHandler.h"
#include "ReviewSession.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/ExportOptionsDialog.h"
#include "dialogs/OpenServerDialog.h"
#include "FindingsActions.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "panels/ClaimBanner.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagDetailPane.h"
#include "panels/FlagsPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/QueuePanel.h"
#include "panels/ReportNoteLabel.h"
#include "panels/ReportPanel.h"
#include "panels/TemplateGridView.h"
#include "panels/TemplateTablesPanel.h"
#include "store/CsvWriter.h"
#include "store/Exporter.h"
#include "store/ServerAddress.h"
#include "support/Config.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"
#include "support/ScreenFit.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace jiaohe {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("Jiaohe — annual report review"));
    setAcceptDrops(true);
    m_session = new ReviewSession(this);
    // The models inside the panels follow the session; they are made before anything else listens to it, so
    // they hold the new state when the window and the report panel hear of a change.
    m_queue = new QueuePanel(m_session, this);
    m_fields = new FieldsPanel(m_session, this);
    m_flags = new FlagsPanel(m_session, this);
    m_history = new HistoryPanel(m_session, this);
    m_tables = new TemplateTablesPanel(m_session, this);
    m_report = new ReportPanel(m_session, m_fields->fieldsModel(), m_flags->flagsModel(), this);
    m_actions = new ReviewActionHandler(m_session, {m_queue, m_report, m_fields, m_flags}, this);
    m_importer = new ImportController(m_session, this, statusBar());
    m_findings = new FindingsActions(m_session, this);
    m_claims = new ClaimKeeper(m_session, this); // claims the report opened; the queue shows everyone's claims
    connect(m_claims, &ClaimKeeper::claimsMayHaveChanged, m_queue, &QueuePanel::refresh);
    connect(m_findings, &FindingsActions::message, statusBar(), [this](const QString& t) { statusBar()->showMessage(t); });
    connect(m_findings, &FindingsActions::filterQueue, m_queue, &QueuePanel::showOnly);
    buildLayout();
    buildNavigator();
    buildMenus();
    connectPanels();
    restoreLayout();
    statusBar()->showMessage(tr("Open a review database with File → Open review database…"));
}

MainWindow::~MainWindow()
{
    delete m_importer; // stops a running import before the session closes the database
    m_importer = nullptr;
    delete takeCentralWidget(); // the panels and their models read the session: they go before it
}

void MainWindow::buildLayout()
{
    m_reportSplitter = new QSplitter(Qt::Horizontal, this);
    m_reportSplitter->setObjectName(QStringLiteral("reportSplitter"));
    m_reportSplitter->addWidget(m_report);
    // The fields as a list, and the template's tables 2–4 as printed: two views of the same fields.
    m_fieldsTabs = new QTabWidget(this);
    m_fieldsTabs->setObjectName(QStringLiteral("fieldsTabs"));
    m_fieldsTabs->addTab(m_fields, tr("Fields"));
    m_fieldsTabs->addTab(m_tables, tr("Template ta&bles")); // Alt+B (Alt+T is the report's text)
    m_reportSplitter->addWidget(m_fieldsTabs);
    m_reportSplitter->setStretchFactor(0, 3);
    m_reportSplitter->setStretchFactor(1, 2);
    m_reportSplitter->setSizes({480, 420});

    m_workSplitter = new QSplitter(Qt::Vertical, this);
    m_workSplitter->setObjectName(QStringLiteral("workSplitter"));
    m_workSplitter->addWidget(m_reportSplitter);
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(QStringLiteral("lowerTabs"));
    // The flags list with the selected flag's detail (its decision, reason, who and when) beside it.
    m_flagsSplitter = new QSplitter(Qt::Horizontal, this);
    m_flagsSplitter->setObjectName(QStringLiteral("flagsSplitter"));
    m_flagsSplitter->addWidget(m_flags);
    m_flagsSplitter->addWidget(new FlagDetailPane(m_flags, this));
    m_flagsSplitter->setStretchFactor(0, 2);
    m_flagsSplitter->setStretchFactor(1, 1);
    m_flagsSplitter->setSizes({640, 240});
    m_lowerTabs->addTab(m_flagsSplitter, tr("Flags"));
    m_lowerTabs->addTab(m_history, tr("History"));
    m_lowerTabs->setCornerWidget(new ReportNoteLabel(m_session, m_lowerTabs), Qt::TopRightCorner);
    m_workSplitter->addWidget(m_lowerTabs);
    m_workSplitter->setStretchFactor(0, 4);
    m_workSplitter->setStretchFactor(1, 1);
    m_workSplitter->setSizes({600, 160});

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_queue);
    m_mainSplitter->addWidget(ClaimBanner::above(m_workSplitter, m_session, m_claims)); // who holds the report
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({380, 900});
    setCentralWidget(m_mainSplitter);
}

void MainWindow::buildNavigator()
{
    m_navigator = new PaneNavigator({{m_queue, [this] { return static_cast<QWidget*>(m_queue->view()); }},
                                     {m_report, [this] { return m_report->focusTarget(); }},
                                     {m_fieldsTabs, [this] { return fieldsFocusTarget(); }},
                                     {m_lowerTabs,
                                      [this] {
                                          return m_lowerTabs->currentWidget() == m_history
                                                     ? static_cast<QWidget*>(m_history->view())
                                                     : static_cast<QWidget*>(m_flags);
                                      }}},
                                    this);
    connect(m_report, &ReportPanel::pdfShown, m_navigator, &PaneNavigator::updateTabOrder);
}

QWidget* MainWindow::fieldsFocusTarget() const
{
    // The fields list, or the grid of the template table shown when the tables tab is in front.
    if (m_fieldsTabs->currentWidget() == m_tables) {
        if (QWidget* grid = m_tables->view(m_tables->currentTable())) {
            return grid;
        }
    }
    return m_fields;
}

void MainWindow::connectPanels()
{
    auto say = [this](const QString& text) { statusBar()->showMessage(text); };
    connect(m_session, &ReviewSession::actionDone, this, [this](bool ok, const QString& error) {
        setError(ok ? QString() : error);
        statusBar()->showMessage(ok ? tr("Saved") : tr("Not saved: %1").arg(error));
    });
    connect(m_session, &ReviewSession::currentReportChanged, this, &MainWindow::onReportChanged);
    // A decision changed a report: its queue row (status, open flags) and the progress.
    connect(m_session, &ReviewSession::fieldChanged, m_queue, &QueuePanel::refresh);
    connect(m_session, &ReviewSession::flagChanged, m_queue, &QueuePanel::refresh);
    connect(m_session, &ReviewSession::reportStatusChanged, m_queue, &QueuePanel::refresh);
    connect(m_session, &ReviewSession::changedElsewhere, m_queue, &QueuePanel::refresh); // others' (LiveUpdates)
    connect(m_actions, &ReviewActionHandler::message, this, say);
    // F6 selected a field: the focus goes to it, in the fields list or in the template table in front.
    connect(m_actions, &ReviewActionHandler::fieldsFocusWanted, this, [this] { m_navigator->focusPane(m_fieldsTabs); });
    connect(m_actions, &ReviewActionHandler::errorChanged, this, &MainWindow::setError);
    connect(m_fields, &FieldsPanel::message, this, say);
    connect(m_fields, &FieldsPanel::inputRefused, this, &MainWindow::setError);
    connect(m_report, &ReportPanel::message, this, say);
    connect(m_importer, &ImportController::reportsChanged, m_queue, &QueuePanel::refresh);
    // The reports an import brought in are what the reviewer wants to see next: the first of them is opened.
    connect(m_importer, &ImportController::importFinished, this, [this] {
        if (const QList<qint64> ids = m_importer->lastReportIds(); !ids.isEmpty()) {
            const QString outcome = statusBar()->currentMessage(); // what the import says stays in view
            if (!selectReport(ids.first())) {
                m_session->setCurrentReport(ids.first()); // hidden by the queue's filter: open it all the same
            }
            statusBar()->showMessage(outcome);
        }
    });

    // Selecting a field or a flag shows its evidence; clicking a number in the text or a box on a page
    // selects its field.
    connect(m_fields, &FieldsPanel::currentFieldChanged, this, [this](const QString& key, int start, int end) {
        // A summary of template cells shows its first cell (all of its cells are marked), not the rows between.
        if (const QList<EvidenceSpan> spans = evidenceSpans(m_fields->fieldsModel()->fields(), key); !spans.isEmpty()) {
            m_report->showEvidence(int(spans.first().first), int(spans.first().second));
        } else if (start >= 0) {
            m_report->showEvidence(start, end);
        }
        m_report->setCurrentField(key);
    });
    connect(m_flags, &FlagsPanel::currentFlagChanged, this, [this](const StoredFlag* flag, int start, int end) {
        if (start >= 0) { // a flag's first span, like a field's evidence
            m_report->showEvidence(start, end);
        }
        if (flag) {
            m_report->setCurrentFlagSpans(flag->spans);
        } else {
            m_report->setCurrentField(m_fields->currentKey());
        }
    });
    connect(m_report, &ReportPanel::positionClicked, this, [this](qsizetype at) {
        if (const QString key = m_fields->fieldAt(at); !key.isEmpty()) {
            m_fields->selectField(key);
        }
    });
    connect(m_report, &ReportPanel::fieldBoxClicked, m_fields, &FieldsPanel::selectField);

    // The history reverts a field through the action handler (an undoable decision).
    connect(m_history, &HistoryPanel::revertRequested, m_actions, &ReviewActionHandler::revertField);
    connect(m_history, &HistoryPanel::message, this, say);
    // A flag selected (F8, a click in the text) while the history is shown: the flags come to the front, unless
    // the reviewer is working in the history (a revert there may move the flags' selection).
    connect(m_flags, &FlagsPanel::currentFlagChanged, this, [this](const StoredFlag* flag) {
        if (flag && m_lowerTabs->currentWidget() != m_flagsSplitter && !m_history->isAncestorOf(focusWidget())) {
            m_lowerTabs->setCurrentWidget(m_flagsSplitter);
        }
    });
    // A cell of the template tables is its field: selecting one selects the other (the fields list then shows
    // the evidence as for any field).
    connect(m_tables, &TemplateTablesPanel::currentFieldChanged, this, [this](const QString& key) {
        if (!key.isEmpty()) {
            m_fields->selectField(key);
        }
    });
    connect(m_fields, &FieldsPanel::currentFieldChanged, m_tables,
            [this](const QString& key) { m_tables->selectField(key); });
    connect(m_tables, &TemplateTablesPanel::message, this, say);
    connect(m_tables, &TemplateTablesPanel::inputRefused, this, &MainWindow::setError);
}

void MainWindow::showHistory()
{
    m_lowerTabs->setCurrentWidget(m_history);
    m_history->view()->setFocus();
    if (!m_history->view()->currentIndex().isValid()) {
        m_history->selectRow(0);
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New review database…"), this, [this] { newFromDialog(); });
    create->setObjectName(QStringLiteral("newDatabaseAction"));
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open review database…"), this, [this] { openFromDialog(); });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Recent &databases"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { fillRecentMenu(); });
    file->addAction(tr("Open ser&ver…"), this, [this] { openServerFromDialog(); })
        ->setObjectName(QStringLiteral("openServerAction"));
    file->addSeparator();
    // Reports are imported in the background (as are folders and files dropped on the window).
    QAction* openReports = file->addAction(tr("Open &reports…"), m_importer, &ImportController::importFromDialog);
    openReports->setObjectName(QStringLiteral("openReportsAction"));
    openReports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* openFolder = file->addAction(tr("Open &folder…"), m_importer, &ImportController::importFolderFromDialog);
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    file->addSeparator();
    QAction* exportCsvAction = file->addAction(tr("&Export CSV…"), this, [this] { exportCsv(); });
    exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_findings->addTo(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(tr("&Find report"), m_queue, &QueuePanel::focusSearch);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    QAction* findText = go->addAction(tr("F&ind in report"), m_report, &ReportPanel::showFindBar);
    findText->setObjectName(QStringLiteral("findInReportAction"));
    findText->setShortcut(QKeySequence::Find);
    findText->setShortcutContext(Qt::WindowShortcut);
    m_actions->addGoActions(go);
    m_findings->addOverviewTo(go);
    QAction* history = go->addAction(tr("Report &history"), this, &MainWindow::showHistory);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    go->addSeparator();
    go->addAction(m_navigator->nextPaneAction());
    go->addAction(m_navigator->previousPaneAction());
    for (QAction* a : {create, open, openReports, exportCsvAction, quit, find, findText, history}) {
        a->setShortcutVisibleInContextMenu(true);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                    a->shortcut().toString(QKeySequence::NativeText)));
    }

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction* a : {undo, redo}) {
        a->setShortcutVisibleInContextMenu(true);
        edit->addAction(a);
    }
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        if (const std::optional<Preferences> p = PreferencesDialog::ask(this, Preferences::load())) {
            applyPreferences(*p);
        }
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcutVisibleInContextMenu(true);

    m_actions->addReviewActions(menuBar()->addMenu(tr("&Review")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setShortcutVisibleInContextMenu(true);
    help->addAction(tr("&About Jiaohe"), this, [this] { AboutDialog::showFor(this); })
        ->setObjectName(QStringLiteral("aboutAction"));
}

ReviewStore* MainWindow::store() const
{
    return m_session->store();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_session->undoStack();
}

qint64 MainWindow::currentReportId() const
{
    return m_session->currentReport();
}

ReportQueueModel* MainWindow::queueModel() const
{
    return m_queue->model();
}

bool MainWindow::selectReport(qint64 reportId)
{
    return m_queue->selectReport(reportId);
}

QString MainWindow::databasePath() const
{
    return m_session->path();
}

bool MainWindow::hasDatabase() const
{
    return m_session->isOpen();
}

bool MainWindow::openDatabase(const QString& path)
{
    m_error.clear();
    // The reviewer's name from the preferences goes to every database opened: the audit trail names the person.
    m_session->setReviewer(Preferences::load().reviewer);
    if (!m_session->open(path)) {
        // The database that was open (if any) stays open, with its title.
        m_error = m_session->error();
        statusBar()->showMessage(m_error);
        if (!m_session->isOpen()) {
            setWindowTitle(tr("Jiaohe — annual report review"));
        }
        return false;
    }
    rememberDatabase(path);
    setWindowTitle(tr("%1 — Jiaohe").arg(m_session->title()));
    statusBar()->showMessage(
        tr("%n report(s) in %1", nullptr, queueModel()->totalCount()).arg(QDir::toNativeSeparators(path)));
    if (!m_session->database().warning().isEmpty()) {
        statusBar()->showMessage(m_session->database().warning()); // a network share: said before any saving
    }
    return true;
}

void MainWindow::onReportChanged(qint64 reportId)
{
    if (reportId <= 0) {
        return;
    }
    const std::optional<StoredReport>& report = m_session->currentReportRow();
    const QString name = report ? report->fileName : QString();
    setWindowTitle(tr("%1 — %2 — Jiaohe").arg(name, m_session->title()));
    statusBar()->showMessage(tr("%1: %n field(s)", nullptr, int(m_fields->fieldsModel()->fields().size())).arg(name) +
                             tr(", %n flag(s)", nullptr, m_flags->flagsModel()->rowCount()));
}

void MainWindow::openFromDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open review database"), databasePath(),
                                                     tr("Review databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && !openDatabase(path)) {
        MessageBox::warning(this, tr("Open review database"), m_error);
    }
}

void MainWindow::openServerFromDialog()
{
    const QStringList recent = recentDatabases();
    const auto server = std::find_if(recent.cbegin(), recent.cend(), &ServerAddress::isServer);
    const std::optional<QString> uri = OpenServerDialog::ask(this, server != recent.cend() ? *server : QString());
    if (uri && !openDatabase(*uri)) {
        MessageBox::warning(this, tr("Open server"), m_error);
    }
}

void MainWindow::newFromDialog()
{
    const QString path = FileDialog::getSaveFileName(this, tr("New review database"),
                                                     QFileInfo(databasePath()).dir().filePath(tr("review.sqlite")),
                                                     tr("Review databases (*.sqlite *.db)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog asked before replacing it
        MessageBox::warning(this, tr("New review database"), tr("Cannot replace %1").arg(path));
        return;
    }
    if (!openDatabase(path)) {
        MessageBox::warning(this, tr("New review database"), m_error);
    }
}

QStringList MainWindow::recentDatabases() const
{
    return Config::instance()->get(Config::RecentDatabases).toStringList();
}

void MainWindow::rememberDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    // A server is remembered by its address without a password (Database::path), a file by its absolute path.
    const QString absolute =
        m_session->database().isServer() ? m_session->database().path() : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    Config::instance()->set(Config::RecentDatabases, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                             this, [this, path] {
                                                 if (!openDatabase(path)) {
                                                     MessageBox::warning(this, tr("Open review database"), m_error);
                                                 }
                                             });
        a->setEnabled(Database::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    }
}

bool MainWindow::applyPreferences(const Preferences& preferences)
{
    const Preferences before = Preferences::load();
    preferences.save();
    if (!preferences.reviewer.isEmpty() && !m_session->setReviewer(preferences.reviewer)) {
        m_error = m_session->error();
        statusBar()->showMessage(m_error);
        return false;
    }
    statusBar()->showMessage(preferences.language != before.language
                                 ? tr("Preferences saved. The new language takes effect when Jiaohe is started again")
                                 : tr("Preferences saved"));
    return true;
}

bool MainWindow::exportCsv()
{
    if (!m_session->isOpen()) {
        m_error = tr("Open a review database first.");
        MessageBox::showErrors(this, tr("Export CSV"), {m_error});
        return false;
    }
    const std::optional<Exporter::Options> options = ExportOptionsDialog::ask(this);
    if (!options) {
        return false;
    }
    const QString name = options->format == Exporter::Format::Wide   ? QStringLiteral("review-wide.csv")
                         : options->format == Exporter::Format::Long ? QStringLiteral("review-long.csv")
                                                                     : QStringLiteral("review-flags.csv");
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export CSV"), QFileInfo(databasePath()).dir().filePath(name), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    int rows = 0;
    if (!Exporter::exportToFile(m_session->database(), path, *options, &error, &rows)) {
        m_error = error.isEmpty() ? tr("Nothing to export.") : error;
        statusBar()->showMessage(m_error);
        MessageBox::showErrors(this, tr("Export CSV"), {m_error});
        return false;
    }
    statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    return ShortcutsDialog::shortcutList(this);
}

QDialog* MainWindow::showShortcuts()
{
    return ShortcutsDialog::showFor(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    Config* config = Config::instance();
    config->set(Config::WindowGeometry, saveGeometry());
    config->set(Config::WindowState, saveState());
    config->set(Config::MainSplitter, m_mainSplitter->saveState());
    config->set(Config::WorkSplitter, m_workSplitter->saveState());
    config->set(Config::ReportSplitter, m_reportSplitter->saveState());
}

void MainWindow::restoreLayout()
{
    const Config* config = Config::instance();
    if (!restoreGeometry(config->get(Config::WindowGeometry).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(config->get(Config::WindowState).toByteArray());
    m_mainSplitter->restoreState(config->get(Config::MainSplitter).toByteArray());
    m_workSplitter->restoreState(config->get(Config::WorkSplitter).toByteArray());
    m_reportSplitter->restoreState(config->get(Config::ReportSplitter).toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_fittedOnScreen) {
        m_fittedOnScreen = true;
        // Once shown, the frame's size is known: a size remembered on a larger screen is shrunk to this one.
        QTimer::singleShot(0, this, [this] { fitWindowToScreen(this); });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_importer->acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (m_importer->importDrop(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dropEvent(event);
}

} // namespace jiaohe
