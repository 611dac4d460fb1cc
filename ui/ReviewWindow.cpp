#include "ReviewWindow.h"

#include "ImportWorker.h"
#include "ReportQueueModel.h"
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "ReviewSession.h"
#include "pipeline/FlagTargets.h"
#include "Preferences.h"
#include "PdfPageView.h"
#include "ReviewCommands.h"
#include "document/DocumentLoader.h"
#include "document/TextNormaliser.h"
#include "check/Checker.h"
#include "cli/Analysis.h"
#include "common/NumberText.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"
#include "numbers/NumberParser.h"
#include "store/CsvWriter.h"
#include "store/ReviewStore.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextCursor>
#include <QTextEdit>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QPdfDocument>
#include <QSpinBox>
#include <QtConcurrent>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace jiaohe {

namespace {

// The window's settings, in one place.
namespace settingKeys {
const QString geometry = QStringLiteral("reviewWindow/geometry");
const QString state = QStringLiteral("reviewWindow/state");
const QString mainSplitter = QStringLiteral("reviewWindow/mainSplitter");
const QString workSplitter = QStringLiteral("reviewWindow/workSplitter");
const QString reportSplitter = QStringLiteral("reviewWindow/reportSplitter");
} // namespace settingKeys

bool english()
{
    return !QLocale().name().startsWith(u"zh");
}

} // namespace

ReviewWindow::ReviewWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("reviewWindow"));
    setWindowTitle(tr("Jiaohe — annual report review"));
    m_session = new ReviewSession(this);
    m_correctionPrompt = &ReviewWindow::askCorrection;
    m_reasonPrompt = &ReviewWindow::askReason;
    m_fieldPrompt = &ReviewWindow::askField;
    m_preferencesPrompt = &askPreferences;
    m_exportOptionsPrompt = &ReviewWindow::askExportOptions;
    m_savePathPrompt = &ReviewWindow::askSavePath;
    m_errorReport = &ReviewWindow::showErrors;
    setAcceptDrops(true);
    buildUi();
    buildMenus();
    restoreLayout();
    connect(m_session, &ReviewSession::actionDone, this, &ReviewWindow::onActionDone);
    connect(m_session, &ReviewSession::currentReportChanged, this, &ReviewWindow::onReportChanged);
    // A decision changed the report: the queue row (status, open flags), the marks in the text and the boxes.
    auto changed = [this](qint64 reportId) {
        refresh();
        if (reportId == currentReportId()) {
            showMarks();
            updatePdfBoxes();
        }
    };
    connect(m_session, &ReviewSession::fieldChanged, this, changed);
    connect(m_session, &ReviewSession::flagChanged, this, changed);
    connect(m_session, &ReviewSession::flagsChanged, this, changed);
    connect(m_session, &ReviewSession::reportStatusChanged, this, changed);
    statusBar()->showMessage(tr("Open a review database with File → Open review database…"));
}

ReviewWindow::~ReviewWindow()
{
    if (m_worker) { // stop the import: what was stored stays stored
        m_worker->disconnect(this);
        m_worker->cancel();
        m_worker->wait();
        delete m_worker;
    }
}

void ReviewWindow::buildUi()
{
    // Queue: filter row, table, progress.
    auto* queuePanel = new QWidget(this);
    queuePanel->setObjectName(QStringLiteral("queuePanel"));
    m_statusFilter = new QComboBox(queuePanel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All reports"), QString());
    for (const QString& status :
         {QStringLiteral("unreviewed"), QStringLiteral("in_review"), QStringLiteral("reviewed")}) {
        m_statusFilter->addItem(ReportQueueModel::statusText(status), status);
    }
    m_searchEdit = new QLineEdit(queuePanel);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setAccessibleName(tr("Search reports"));
    m_searchEdit->setPlaceholderText(tr("Search name or region (Ctrl+Shift+F)"));
    m_searchEdit->setClearButtonEnabled(true);

    m_queueView = new QTableView(queuePanel);
    m_queueView->setObjectName(QStringLiteral("queueView"));
    m_queueView->setAccessibleName(tr("Report queue"));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setSortingEnabled(true);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(false);
    m_queueView->horizontalHeader()->setSortIndicatorShown(true);
    m_queueView->setWordWrap(false);
    m_queueView->setTextElideMode(Qt::ElideMiddle);
    m_queueView->setToolTip(tr("F8 / Shift+F8: next / previous open flag, across the queue"));

    m_progress = new QProgressBar(queuePanel);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Reviewed reports"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);

    m_kindFilter = new QComboBox(queuePanel);
    m_kindFilter->setObjectName(QStringLiteral("flagKindFilterCombo"));
    m_kindFilter->setAccessibleName(tr("Filter by open flag kind"));
    m_kindFilter->addItem(tr("Any flags"), QString());
    for (const auto& [kind, text] : flagKinds()) {
        m_kindFilter->addItem(text, kind);
    }
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_searchEdit, 1);
    auto* queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_queueView, 1);
    queueLayout->addWidget(m_progress);

    // Report, fields, flags.
    m_reportView = new QPlainTextEdit(this);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_reportView->setAccessibleName(tr("Report text"));
    m_reportView->setReadOnly(true);
    m_reportView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reportView->setToolTip(tr("Click a highlighted number: select its field · Alt+click or select and Ctrl+T: "
                                "assign the number to the selected field"));
    // Clicks on the text: a highlighted number selects its field, Alt+click assigns a number (eventFilter).
    m_reportView->viewport()->installEventFilter(this);

    // A PDF report's pages, with a page and zoom bar; the text stays in the other tab.
    m_pdf = new QPdfDocument(this);
    m_pageView = new PdfPageView(this);
    m_pageView->setToolTip(tr("Click a box: select its field · Alt+click a number: assign it to the selected field · "
                              "Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width"));
    m_pagesPanel = new QWidget(this);
    m_pageSpin = new QSpinBox(m_pagesPanel);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setMinimum(1);
    m_pageCount = new QLabel(m_pagesPanel);
    auto* zoomOut = new QToolButton(m_pagesPanel);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto* zoomIn = new QToolButton(m_pagesPanel);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto* fit = new QToolButton(m_pagesPanel);
    fit->setText(tr("Fit width"));
    fit->setToolTip(tr("Fit the page width (Ctrl+0)"));
    auto* zoomLabel = new QLabel(m_pagesPanel);
    auto* pageBar = new QHBoxLayout;
    pageBar->setContentsMargins(4, 2, 4, 2);
    pageBar->addWidget(new QLabel(tr("Page"), m_pagesPanel));
    pageBar->addWidget(m_pageSpin);
    pageBar->addWidget(m_pageCount);
    pageBar->addStretch(1);
    pageBar->addWidget(zoomOut);
    pageBar->addWidget(zoomLabel);
    pageBar->addWidget(zoomIn);
    pageBar->addWidget(fit);
    auto* pagesLayout = new QVBoxLayout(m_pagesPanel);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addLayout(pageBar);
    pagesLayout->addWidget(m_pageView, 1);
    connect(zoomOut, &QToolButton::clicked, m_pageView, &PdfPageView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_pageView, &PdfPageView::zoomIn);
    connect(fit, &QToolButton::clicked, m_pageView, &PdfPageView::fitWidth);
    connect(m_pageView, &PdfPageView::zoomChanged, zoomLabel,
            [zoomLabel](double zoom) { zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(zoom * 100))); });
    connect(m_pageView, &PdfPageView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page + 1);
    });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) { m_pageView->goToPage(page - 1); });
    connect(m_pageView, &PdfPageView::boxClicked, this, [this](const QString& key) { selectField(key); });
    connect(m_pageView, &PdfPageView::pointPicked, this, [this](int page, QPointF point) { pickOnPage(page, point); });

    m_reportTabs = new QTabWidget(this);
    m_reportTabs->setObjectName(QStringLiteral("reportTabs"));
    m_reportTabs->setDocumentMode(true);
    m_reportTabs->addTab(m_pagesPanel, tr("&Pages"));
    m_reportTabs->addTab(m_reportView, tr("&Text"));
    m_reportTabs->setTabVisible(0, false);

    // Find in the report (Ctrl+F): Return / Shift+Return next / previous, Escape closes.
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findInReportEdit"));
    m_findEdit->setAccessibleName(tr("Find in report"));
    m_findEdit->setPlaceholderText(tr("Find in report (simplified or traditional script)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findCount = new QLabel(m_findBar);
    auto* findPrevious = new QToolButton(m_findBar);
    findPrevious->setArrowType(Qt::UpArrow);
    findPrevious->setToolTip(tr("Previous match (Shift+Return)"));
    auto* findNext = new QToolButton(m_findBar);
    findNext->setArrowType(Qt::DownArrow);
    findNext->setToolTip(tr("Next match (Return)"));
    auto* findClose = new QToolButton(m_findBar);
    findClose->setText(QStringLiteral("✕"));
    findClose->setToolTip(tr("Close (Escape)"));
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(findPrevious);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] { findInReport(m_findEdit->text(), 0); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findInReport(m_findEdit->text(), QGuiApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1);
    });
    connect(findNext, &QToolButton::clicked, this, [this] { findInReport(m_findEdit->text(), 1); });
    connect(findPrevious, &QToolButton::clicked, this, [this] { findInReport(m_findEdit->text(), -1); });
    connect(findClose, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_findBar->hide();
        m_reportTabs->currentWidget()->setFocus();
    });
    m_reportPanel = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(m_reportPanel);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->setSpacing(0);
    reportLayout->addWidget(m_findBar);
    reportLayout->addWidget(m_reportTabs, 1);

    m_fieldsModel = new FieldsModel(m_session, this);
    m_fieldsTree = new QTreeView(this);
    m_fieldsTree->setObjectName(QStringLiteral("fieldsTree"));
    m_fieldsTree->setAccessibleName(tr("Fields"));
    m_fieldsTree->setModel(m_fieldsModel);
    m_fieldsTree->setUniformRowHeights(true);
    m_fieldsTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsTree->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 (and typing a digit on a field) edits the value in place; a double click does too.
    m_fieldsTree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::AnyKeyPressed);
    m_fieldsTree->setToolTip(tr("Return: confirm · F2 or type: edit the value · F6: next unreviewed field"));
    auto* valueDelegate = new FieldValueDelegate(m_fieldsTree);
    m_fieldsTree->setItemDelegateForColumn(FieldsModel::ValueColumn, valueDelegate);
    connect(valueDelegate, &FieldValueDelegate::preview, this,
            [this](const QString& message, bool) { statusBar()->showMessage(message); });
    connect(m_fieldsModel, &QAbstractItemModel::modelReset, this, [this] {
        m_fieldsTree->expandAll();
        m_fieldsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < FieldsModel::ColumnCount; ++c) {
            m_fieldsTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        }
        m_fieldsTree->header()->setStretchLastSection(false);
    });
    connect(m_fieldsModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        m_fieldsTree->expand(parent.isValid() ? parent : QModelIndex());
        m_fieldsTree->expandAll();
    });
    connect(m_fieldsModel, &FieldsModel::inputRefused, this, [this](const QString&, const QString& reason) {
        m_error = reason;
        statusBar()->showMessage(tr("Not taken: %1").arg(reason));
    });

    m_flagsModel = new FlagsModel(m_session, this);
    m_flagsTree = new QTreeView(this);
    m_flagsTree->setObjectName(QStringLiteral("flagsTree"));
    m_flagsTree->setAccessibleName(tr("Flags"));
    m_flagsTree->setModel(m_flagsModel);
    m_flagsTree->setRootIsDecorated(false);
    m_flagsTree->setUniformRowHeights(true);
    m_flagsTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagsTree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flagsTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 0; c < FlagsModel::ColumnCount; ++c) {
        m_flagsTree->header()->setSectionResizeMode(
            c, c == FlagsModel::MessageColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    }
    m_flagsTree->header()->setStretchLastSection(false);

    m_reportSplitter = new QSplitter(Qt::Horizontal, this);
    m_reportSplitter->setObjectName(QStringLiteral("reportSplitter"));
    m_reportSplitter->addWidget(m_reportPanel);
    m_reportSplitter->addWidget(m_fieldsTree);
    m_reportSplitter->setStretchFactor(0, 3);
    m_reportSplitter->setStretchFactor(1, 2);
    m_reportSplitter->setSizes({480, 420});

    m_workSplitter = new QSplitter(Qt::Vertical, this);
    m_workSplitter->setObjectName(QStringLiteral("workSplitter"));
    m_workSplitter->addWidget(m_reportSplitter);
    m_workSplitter->addWidget(m_flagsTree);
    m_workSplitter->setStretchFactor(0, 4);
    m_workSplitter->setStretchFactor(1, 1);
    m_workSplitter->setSizes({600, 160});

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(queuePanel);
    m_mainSplitter->addWidget(m_workSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({380, 900});
    setCentralWidget(m_mainSplitter);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_fieldsTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex first = current.siblingAtColumn(0);
                if (current.isValid() && current.column() != FieldsModel::ValueColumn &&
                    !m_fieldsModel->keyAt(current).isEmpty()) {
                    // On a field the current cell is its value, so F2 or typing a digit edits the value.
                    m_fieldsTree->setCurrentIndex(current.siblingAtColumn(FieldsModel::ValueColumn));
                    return;
                }
                if (first.data(FieldsModel::StartRole).isValid()) {
                    showEvidence(first.data(FieldsModel::StartRole).toInt(), first.data(FieldsModel::EndRole).toInt());
                }
                m_flagSpansCurrent = false;
                m_findSpan.reset();
                updatePdfBoxes();
            });
    connect(m_flagsTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& item) {
        if (item.isValid() && item.data(FlagsModel::StartRole).isValid()) { // a flag's first span, like a field's evidence
            showEvidence(item.data(FlagsModel::StartRole).toInt(), item.data(FlagsModel::EndRole).toInt());
        }
        m_flagSpansCurrent = item.isValid();
        m_findSpan.reset();
        updatePdfBoxes();
    });
}

void ReviewWindow::buildMenus()
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
    file->addSeparator();
    // Reports are imported in the background (as are folders and files dropped on the window).
    QAction* openReports = file->addAction(tr("Open &reports…"), this, [this] { importFromDialog(); });
    openReports->setObjectName(QStringLiteral("openReportsAction"));
    openReports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* openFolder = file->addAction(tr("Open &folder…"), this, [this] { importFolderFromDialog(); });
    openFolder->setObjectName(QStringLiteral("openFolderAction"));
    file->addSeparator();
    QAction* exportCsvAction = file->addAction(tr("&Export CSV…"), this, [this] { exportCsv(); });
    exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(tr("&Find report"), this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setShortcutContext(Qt::WindowShortcut);
    QAction* findText = go->addAction(tr("F&ind in report"), this, [this] {
        m_findBar->show();
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    findText->setObjectName(QStringLiteral("findInReportAction"));
    findText->setShortcut(QKeySequence::Find);
    findText->setShortcutContext(Qt::WindowShortcut);
    QAction* next = go->addAction(tr("&Next open flag"), this, [this] { selectNextFlagged(); });
    next->setShortcut(QKeySequence(Qt::Key_F8));
    QAction* previous =
        go->addAction(tr("&Previous open flag"), this, [this] { selectPreviousFlagged(); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction* related = go->addAction(tr("&Related report of the flag"), this, [this] { openRelatedReport(); });
    related->setObjectName(QStringLiteral("relatedReportAction"));
    related->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    for (QAction* a : {create, open, openReports, exportCsvAction, quit, find, findText, next, previous, related}) {
        a->setShortcutVisibleInContextMenu(true);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(a->text().remove(QLatin1Char('&')),
                                                    a->shortcut().toString(QKeySequence::NativeText)));
    }
    buildReviewActions();
}

void ReviewWindow::buildReviewActions()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        if (const std::optional<Preferences> p = m_preferencesPrompt(this, Preferences::load())) {
            applyPreferences(*p);
        }
    });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setShortcutVisibleInContextMenu(true);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    QList<QAction*> actions;
    auto add = [&](const char* name, const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = review->addAction(text, this, slot);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutVisibleInContextMenu(true);
        actions.append(a);
        return a;
    };
    QAction* confirm =
        add("confirmFieldAction", tr("&Confirm field"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
            [this] { confirmAndNext(); });
    // Return confirms (and moves on to the next unreviewed field) only while the fields list has the focus (elsewhere it keeps its usual meaning).
    confirm->setShortcutContext(Qt::WidgetShortcut);
    m_fieldsTree->addAction(confirm);
    add("editValueAction", tr("&Edit value in place"), {QKeySequence(Qt::Key_F2)}, [this] { editCurrentValue(); });
    add("correctFieldAction", tr("C&orrect field…"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)},
        [this] { correctFromDialog(); });
    add("assignFromTextAction", tr("&Assign selected number to field"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
        [this] { assignFromSelection(false); });
    add("assignToFieldAction", tr("Assign selected number to &another field…"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, [this] { assignFromSelection(true); });
    add("nextUnreviewedFieldAction", tr("Next &unreviewed field"), {QKeySequence(Qt::Key_F6)},
        [this] { selectNextUnreviewedField(1); });
    add("previousUnreviewedFieldAction", tr("Previous unreviewed field"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        [this] { selectNextUnreviewedField(-1); });
    add("asPrintedAction", tr("Mark field as &printed"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        [this] { setCurrentFieldStatus(FieldStatus::AsPrinted); });
    add("notApplicableAction", tr("Field &not applicable"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        [this] { setCurrentFieldStatus(FieldStatus::NotApplicable); });
    add("unreviewedFieldAction", tr("Mark field &unreviewed"), {},
        [this] { setCurrentFieldStatus(FieldStatus::Unreviewed); });
    review->addSeparator();
    add("acceptSuggestionAction", tr("&Accept suggested fix"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        [this] { acceptSuggestion(); });
    add("sourceErrorAction", tr("Flag is a &source error"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        [this] { resolveCurrentFlag(Resolution::SourceError); });
    add("dismissFlagAction", tr("&Dismiss flag…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        [this] { dismissFromDialog(); });
    add("reopenFlagAction", tr("R&eopen flag"), {}, [this] { resolveCurrentFlag(Resolution::Open); });
    review->addSeparator();
    add("reviewedNextAction", tr("Report &reviewed, open next"),
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        [this] { markReviewedAndNext(); });
    for (QAction* a : actions) {
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        const QString text = a->text().remove(QLatin1Char('&'));
        a->setToolTip(keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys));
    }
    for (QAction* a : {undo, redo}) {
        a->setShortcutVisibleInContextMenu(true);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setShortcutVisibleInContextMenu(true);
}

QString ReviewWindow::currentFieldKey() const
{
    return m_fieldsModel->keyAt(m_fieldsTree->currentIndex());
}

qint64 ReviewWindow::currentFlagId() const
{
    return m_flagsModel->flagId(m_flagsTree->currentIndex().row());
}

qint64 ReviewWindow::currentReportId() const
{
    return m_session->currentReport();
}

QUndoStack* ReviewWindow::undoStack() const
{
    return m_session->undoStack();
}

ReviewStore* ReviewWindow::store() const
{
    return m_session->store();
}

bool ReviewWindow::selectField(const QString& key)
{
    const QModelIndex index = key.isEmpty() ? QModelIndex() : m_fieldsModel->indexOfKey(key);
    if (!index.isValid()) {
        return false;
    }
    m_fieldsTree->setCurrentIndex(index);
    m_fieldsTree->scrollTo(index);
    return true;
}

bool ReviewWindow::selectFlag(qint64 flagId)
{
    const int row = flagId > 0 ? m_flagsModel->rowOf(flagId) : -1;
    if (row < 0) {
        return false;
    }
    m_flagsTree->setCurrentIndex(m_flagsModel->index(row, 0));
    m_flagsTree->scrollTo(m_flagsModel->index(row, 0));
    return true;
}

bool ReviewWindow::needReport()
{
    if (store() && currentReportId() > 0) {
        return true;
    }
    m_error = tr("Open a report first");
    statusBar()->showMessage(m_error);
    return false;
}

bool ReviewWindow::push(ReviewCommand* command)
{
    return m_session->push(command);
}

void ReviewWindow::onActionDone(bool ok, const QString& error)
{
    if (ok) {
        m_error.clear();
        statusBar()->showMessage(tr("Saved"));
    } else {
        m_error = error;
        statusBar()->showMessage(tr("Not saved: %1").arg(error));
    }
}

bool ReviewWindow::setCurrentFieldStatus(FieldStatus status)
{
    if (!needReport()) {
        return false;
    }
    const QString key = currentFieldKey();
    if (key.isEmpty()) {
        m_error = tr("Select a field first");
        statusBar()->showMessage(m_error);
        return false;
    }
    return push(new SetFieldStatusCommand(*m_session, currentReportId(), key, status));
}

bool ReviewWindow::correctCurrentField(double value, FieldStatus status)
{
    if (!needReport()) {
        return false;
    }
    const QString key = currentFieldKey();
    if (key.isEmpty()) {
        m_error = tr("Select a field first");
        statusBar()->showMessage(m_error);
        return false;
    }
    return push(new CorrectFieldCommand(*m_session, currentReportId(), key, value, status));
}

bool ReviewWindow::editFieldValue(const QString& key, const QString& text)
{
    const QModelIndex index = m_fieldsModel->indexOfKey(key, FieldsModel::ValueColumn);
    if (!index.isValid()) {
        m_error = tr("Report has no field %1").arg(key);
        return false;
    }
    m_error.clear();
    // The model pushes the correction itself; m_error holds the reason when it refused or the store did.
    return m_fieldsModel->setData(index, text, Qt::EditRole) && m_error.isEmpty();
}

bool ReviewWindow::openRelatedReport()
{
    const qint64 related = m_flagsTree->currentIndex().data(FlagsModel::RelatedRole).toLongLong();
    if (related <= 0) {
        m_error = tr("The selected flag does not point at another report");
        statusBar()->showMessage(m_error);
        return false;
    }
    if (!selectReport(related)) {
        loadReport(related); // not shown by the queue's filter: open it all the same
    }
    return currentReportId() == related;
}

int ReviewWindow::findInReport(const QString& query, int step)
{
    m_findSpan.reset();
    m_findCount->clear();
    const QString wanted = normaliseText(query.trimmed()).text;
    if (wanted.isEmpty() || currentReportId() <= 0) {
        updatePdfBoxes();
        return -1;
    }
    // Matched on the normalised text (full-width, traditional script), shown on the text as written.
    if (m_findReport != currentReportId() || !m_findDoc) {
        m_findDoc = std::make_unique<Document>(Document::fromPlainText(m_reportView->toPlainText()));
        m_findReport = currentReportId();
    }
    QList<qsizetype> hits;
    for (qsizetype at = m_findDoc->normalised.indexOf(wanted, 0, Qt::CaseInsensitive); at >= 0;
         at = m_findDoc->normalised.indexOf(wanted, at + 1, Qt::CaseInsensitive)) {
        hits.append(at);
    }
    if (hits.isEmpty()) {
        m_findCount->setText(tr("not found"));
        statusBar()->showMessage(tr("“%1” is not in this report").arg(query.trimmed()));
        updatePdfBoxes();
        return -1;
    }
    // From the current selection: the match at or after it (step 0, while typing), the next or the previous
    // one, wrapping round.
    const qsizetype from = m_reportView->textCursor().selectionStart();
    auto startOf = [&](qsizetype i) { return m_findDoc->originalSpan(hits[i], hits[i] + wanted.size()).first; };
    qsizetype pick = step < 0 ? hits.size() - 1 : 0;
    if (step < 0) {
        for (qsizetype i = hits.size() - 1; i >= 0; --i) {
            if (startOf(i) < from) {
                pick = i;
                break;
            }
        }
    } else {
        for (qsizetype i = 0; i < hits.size(); ++i) {
            if (step == 0 ? startOf(i) >= from : startOf(i) > from) {
                pick = i;
                break;
            }
        }
    }
    const auto [start, end] = m_findDoc->originalSpan(hits[pick], hits[pick] + wanted.size());
    showEvidence(int(start), int(end));
    m_findSpan = std::pair<qsizetype, qsizetype>(start, end);
    m_findCount->setText(tr("%1 of %2").arg(pick + 1).arg(hits.size()));
    updatePdfBoxes();
    return int(start);
}

void ReviewWindow::confirmAndNext()
{
    if (setCurrentFieldStatus(FieldStatus::Confirmed)) {
        selectNextUnreviewedField(1);
    }
}

void ReviewWindow::editCurrentValue()
{
    const QModelIndex index = m_fieldsTree->currentIndex().siblingAtColumn(FieldsModel::ValueColumn);
    if (m_fieldsModel->keyAt(index).isEmpty()) {
        statusBar()->showMessage(tr("Select a field first"));
        return;
    }
    m_fieldsTree->setFocus(Qt::ShortcutFocusReason);
    m_fieldsTree->edit(index);
}

bool ReviewWindow::selectNextUnreviewedField(int step)
{
    const QList<QModelIndex> all = m_fieldsModel->fieldIndexes();
    if (all.isEmpty()) {
        return false;
    }
    const QString current = currentFieldKey();
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_fieldsModel->keyAt(all[i]) == current) {
            at = i;
            break;
        }
    }
    const qsizetype n = all.size();
    for (qsizetype k = 1; k <= n; ++k) {
        const qsizetype i = ((at < 0 ? (step > 0 ? -1 : 0) : at) + step * k % n + 2 * n) % n;
        if (all[i].data(FieldsModel::StatusRole).toString() == u"unreviewed" &&
            m_fieldsModel->keyAt(all[i]) != current) {
            m_fieldsTree->setCurrentIndex(all[i]);
            m_fieldsTree->scrollTo(all[i]);
            return true;
        }
    }
    statusBar()->showMessage(tr("Every field of this report has been reviewed"));
    return false;
}

QString ReviewWindow::fieldAt(qsizetype position) const
{
    // The narrowest evidence that holds the position (a field's number inside a longer one's).
    QString best;
    qsizetype bestLength = std::numeric_limits<qsizetype>::max();
    for (const QModelIndex& index : m_fieldsModel->fieldIndexes()) {
        const qsizetype start = index.data(FieldsModel::StartRole).toLongLong();
        const qsizetype end = index.data(FieldsModel::EndRole).toLongLong();
        if (start <= position && position < end && end - start < bestLength) {
            best = m_fieldsModel->keyAt(index);
            bestLength = end - start;
        }
    }
    return best;
}

bool ReviewWindow::assignFromText(qsizetype start, qsizetype end, const QString& toKey)
{
    if (!needReport()) {
        return false;
    }
    const QString key = toKey.isEmpty() ? currentFieldKey() : toKey;
    if (key.isEmpty()) {
        m_error = tr("Select the field first, then the number in the text");
        statusBar()->showMessage(m_error);
        return false;
    }
    // The number under the selection (or the click): scanned on its line of the text as written.
    const QString text = m_reportView->toPlainText();
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    const qsizetype lineStart = text.lastIndexOf(u'\n', start > 0 ? start - 1 : 0) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', std::max(start, end - 1));
    if (lineEnd < 0) {
        lineEnd = text.size();
    }
    const QList<Quantity> found = scanQuantities(QStringView(text).mid(lineStart, lineEnd - lineStart));
    std::optional<Quantity> pick;
    for (Quantity q : found) {
        q.start += lineStart;
        q.end += lineStart;
        const bool hit = start == end ? (q.start <= start && start < q.end) : (q.start < end && q.end > start);
        if (hit) {
            if (pick) {
                m_error = tr("The selection holds more than one number; select just one");
                statusBar()->showMessage(m_error);
                return false;
            }
            pick = q;
        }
    }
    if (!pick) {
        m_error = tr("There is no number there to assign");
        statusBar()->showMessage(m_error);
        return false;
    }
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    const QString unit = pick->unit.isEmpty() && def ? def->unit : pick->unit;
    if (def && (pick->unit == u"%") != (def->unit == u"%")) {
        m_error = pick->unit == u"%" ? tr("%1 is a percentage; the field counts %2").arg(pick->text, def->unit)
                                     : tr("%1 is not a percentage; the field is one").arg(pick->text);
        statusBar()->showMessage(m_error);
        return false;
    }
    if (!push(new AssignFieldCommand(*m_session, currentReportId(), key, pick->value, unit, pick->start, pick->end))) {
        return false;
    }
    selectField(key);
    return true;
}

bool ReviewWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_reportView->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QTextCursor cursor = m_reportView->textCursor();
            const int at = m_reportView->cursorForPosition(mouse->position().toPoint()).position();
            if (mouse->modifiers() & Qt::AltModifier) {
                if (cursor.hasSelection()) {
                    assignFromText(cursor.selectionStart(), cursor.selectionEnd());
                } else {
                    assignFromText(at, at);
                }
            } else if (!cursor.hasSelection()) {
                const QString key = fieldAt(at);
                if (!key.isEmpty()) {
                    selectField(key);
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void ReviewWindow::assignFromSelection(bool chooseField)
{
    const QTextCursor cursor = m_reportView->textCursor();
    QString key;
    if (chooseField || currentFieldKey().isEmpty()) {
        // Any field of the catalogue, also one the extractor did not fill.
        const bool en = english();
        QList<std::pair<QString, QString>> choices;
        for (const FieldDef& def : FieldCatalogue::builtin().fields()) {
            choices.append({def.key, QStringLiteral("%1 — %2").arg(def.label(en ? QStringLiteral("en") : QStringLiteral("zh")), def.key)});
        }
        key = m_fieldPrompt(this, choices);
        if (key.isEmpty()) {
            return;
        }
    }
    assignFromText(cursor.selectionStart(), cursor.selectionEnd(), key);
}

QString ReviewWindow::askField(QWidget* parent, const QList<std::pair<QString, QString>>& choices)
{
    QStringList labels;
    for (const auto& c : choices) {
        labels.append(c.second);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, tr("Assign to field"),
                                                 tr("The selected number becomes the value of:"), labels, 0, false, &ok);
    const qsizetype i = labels.indexOf(chosen);
    return ok && i >= 0 ? choices[i].first : QString();
}

bool ReviewWindow::acceptSuggestion()
{
    if (!needReport()) {
        return false;
    }
    const StoredFlag* flag = m_flagsModel->flagAt(m_flagsTree->currentIndex().row());
    if (!flag || !flag->suggestion) {
        m_error = flag ? tr("This flag has no suggested fix") : tr("Select a flag first");
        statusBar()->showMessage(m_error);
        return false;
    }
    const Suggestion s = *flag->suggestion;
    const QString key = FlagTargets::fieldForSuggestion(s, m_fieldsModel->fields());
    if (key.isEmpty()) {
        m_error = tr("No field holds the number this fix is for");
        statusBar()->showMessage(m_error);
        return false;
    }
    auto* command = new CorrectFieldCommand(*m_session, currentReportId(), key, s.value);
    command->setText(tr("Accept suggested fix: %1").arg(command->text()));
    if (!push(command)) {
        return false;
    }
    selectField(key);
    return true;
}

bool ReviewWindow::resolveCurrentFlag(Resolution resolution, const QString& reason)
{
    if (!needReport()) {
        return false;
    }
    const qint64 flagId = currentFlagId();
    if (flagId <= 0) {
        m_error = tr("Select a flag first");
        statusBar()->showMessage(m_error);
        return false;
    }
    return push(new ResolveFlagCommand(*m_session, currentReportId(), flagId, resolution, reason));
}

bool ReviewWindow::dismissCurrentFlag(const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_error = tr("Dismissing a flag needs a reason");
        statusBar()->showMessage(m_error);
        return false;
    }
    return resolveCurrentFlag(Resolution::Dismissed, reason.trimmed());
}

bool ReviewWindow::markReviewedAndNext()
{
    if (!needReport() || !m_model) {
        return false;
    }
    const qint64 done = currentReportId();
    const int row = std::max(m_model->rowOf(done), 0);
    if (!push(new SetReportStatusCommand(*m_session, done, ReportStatus::Reviewed))) {
        return false;
    }
    // The next unreviewed report after this one in the queue's order (the filter may have hidden this one).
    const int rows = m_model->rowCount();
    const int from = m_model->rowOf(done) >= 0 ? row + 1 : row;
    for (int n = 0; n < rows; ++n) {
        const int r = (from + n) % rows;
        const qint64 id = m_model->reportId(r);
        if (id != done && m_model->index(r, 0).data(ReportQueueModel::StatusRole).toString() == u"unreviewed") {
            selectReport(id);
            statusBar()->showMessage(tr("Saved"));
            return true;
        }
    }
    statusBar()->showMessage(tr("Saved. No unreviewed report left"));
    return true;
}

void ReviewWindow::correctFromDialog()
{
    if (!needReport()) {
        return;
    }
    const QModelIndex index = m_fieldsTree->currentIndex();
    if (currentFieldKey().isEmpty()) {
        statusBar()->showMessage(tr("Select a field first"));
        return;
    }
    if (const std::optional<Correction> c = m_correctionPrompt(
            this, index.siblingAtColumn(FieldsModel::LabelColumn).data().toString(),
            index.siblingAtColumn(FieldsModel::ValueColumn).data().toString())) {
        correctCurrentField(c->value, c->status);
    }
}

void ReviewWindow::dismissFromDialog()
{
    if (!needReport()) {
        return;
    }
    const QModelIndex item = m_flagsTree->currentIndex();
    if (!item.isValid() || currentFlagId() <= 0) {
        statusBar()->showMessage(tr("Select a flag first"));
        return;
    }
    const QString reason = m_reasonPrompt(this, item.siblingAtColumn(FlagsModel::MessageColumn).data().toString());
    if (!reason.trimmed().isEmpty()) {
        dismissCurrentFlag(reason);
    }
}

std::optional<ReviewWindow::Correction> ReviewWindow::askCorrection(QWidget* parent, const QString& field,
                                                                    const QString& current)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("correctionDialog"));
    dialog.setWindowTitle(tr("Correct field"));
    auto* edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("valueEdit"));
    edit->setAccessibleName(tr("New value"));
    edit->setPlaceholderText(tr("e.g. 1.2万, １２３, 一千二百"));
    QString start = current;
    start.remove(QStringLiteral("≈"));
    edit->setText(start == QStringLiteral("—") ? QString() : start);
    auto* parsed = new QLabel(&dialog);
    parsed->setObjectName(QStringLiteral("parsedLabel"));
    auto* asPrinted = new QCheckBox(tr("The report itself is wrong: keep the printed value (as printed)"), &dialog);
    asPrinted->setObjectName(QStringLiteral("asPrintedCheck"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("New value for %1:").arg(field), &dialog));
    layout->addWidget(edit);
    layout->addWidget(parsed);
    layout->addWidget(asPrinted);
    layout->addWidget(buttons);
    std::optional<double> value;
    auto update = [&] {
        const QString text = edit->text().trimmed();
        const std::optional<Quantity> q = text.isEmpty() ? std::nullopt : parseQuantity(text);
        value = q ? std::optional<double>(q->value) : std::nullopt;
        if (text.isEmpty()) {
            parsed->setText(tr("Type a number as the report writes it."));
        } else if (!q) {
            parsed->setText(tr("Not a number: “%1” cannot be read as a quantity.").arg(text));
        } else {
            parsed->setText(tr("= %1").arg(numberText(q->value)));
        }
        buttons->button(QDialogButtonBox::Ok)->setEnabled(value.has_value());
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, update);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted || !value) {
        return std::nullopt;
    }
    return Correction{*value, asPrinted->isChecked() ? FieldStatus::AsPrinted : FieldStatus::Corrected};
}

QString ReviewWindow::askReason(QWidget* parent, const QString& flagMessage)
{
    return QInputDialog::getText(parent, tr("Dismiss flag"), tr("Why is this not a problem?\n%1").arg(flagMessage))
        .trimmed();
}

QList<std::pair<QString, QString>> ReviewWindow::flagKinds()
{
    return FlagsModel::kinds();
}

bool ReviewWindow::openDatabase(const QString& path)
{
    if (m_model) {
        m_queueView->setModel(nullptr);
        delete m_model;
        m_model = nullptr;
    }
    m_session->close();
    m_error.clear();
    m_session->setReviewer(Preferences::load().reviewer); // the audit trail names the person set in the preferences
    if (!m_session->open(path)) {
        m_error = m_session->error();
        statusBar()->showMessage(m_error);
        updateProgress();
        setWindowTitle(tr("Jiaohe — annual report review"));
        return false;
    }
    rememberDatabase(path);
    m_model = new ReportQueueModel(m_session->database(), this);
    m_queueView->setModel(m_model);
    m_queueView->horizontalHeader()->setSectionResizeMode(ReportQueueModel::FileNameColumn, QHeaderView::Stretch);
    for (int c = ReportQueueModel::RegionColumn; c < ReportQueueModel::ColumnCount; ++c) {
        m_queueView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_queueView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_model, &ReportQueueModel::countsChanged, this, [this] { updateProgress(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The filter changed the rows: keep the open report selected when it is still shown.
        const int row = m_model->rowOf(currentReportId());
        if (row >= 0) {
            m_queueView->selectRow(row);
        }
    });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    const qint64 id = m_model->reportId(current.row());
                    loadReport(id);
                }
            });
    applyFilter();
    updateProgress();
    setWindowTitle(tr("%1 — Jiaohe").arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(
        tr("%n report(s) in %1", nullptr, m_model->totalCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString ReviewWindow::databasePath() const
{
    return m_session->path();
}

bool ReviewWindow::hasDatabase() const
{
    return m_session->isOpen();
}

QList<qint64> ReviewWindow::importReports(const QStringList& paths)
{
    QList<qint64> ids;
    m_failures.clear();
    if (!store() || paths.isEmpty()) {
        return ids;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Extractor extractor;
    const Checker checker;
    QList<Analysis> analyses;
    analyses.reserve(paths.size());
    QList<const Analysis*> readable;
    for (const QString& path : paths) {
        analyses.append(Analysis::ofFile(path, extractor, checker));
    }
    for (const Analysis& a : analyses) {
        if (a.ok()) {
            readable.append(&a);
        } else {
            m_failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(a.filePath), a.error));
        }
    }
    QList<ReviewStore::ImportOutcome> outcomes = store()->importBatch(readable);
    bool batchFailed = false;
    for (const ReviewStore::ImportOutcome& o : outcomes) {
        batchFailed = batchFailed || o.result == ReviewStore::Imported::Failed;
    }
    if (batchFailed && readable.size() > 1) { // one bad report fails alone
        for (qsizetype k = 0; k < readable.size(); ++k) {
            outcomes[k] = store()->importAnalysis(*readable.at(k));
        }
    }
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        if (outcomes.at(k).result == ReviewStore::Imported::Failed) {
            m_failures.append(
                tr("%1: %2").arg(QDir::toNativeSeparators(readable.at(k)->filePath), outcomes.at(k).error));
        } else {
            ids.append(outcomes.at(k).reportId);
        }
    }
    refresh();
    QApplication::restoreOverrideCursor();
    statusBar()->showMessage(
        m_failures.isEmpty() ? tr("%n report(s) imported", nullptr, int(ids.size()))
                             : tr("%n report(s) imported, %1 failed", nullptr, int(ids.size())).arg(m_failures.size()));
    return ids;
}

void ReviewWindow::refresh()
{
    if (m_model) {
        m_model->refresh();
        updateProgress();
    }
}

bool ReviewWindow::selectReport(qint64 reportId)
{
    if (!m_model) {
        return false;
    }
    const int row = m_model->rowOf(reportId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_queueView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queueView->scrollTo(index);
    loadReport(reportId);
    return true;
}

bool ReviewWindow::selectNextFlagged()
{
    return selectFlagged(1);
}

bool ReviewWindow::selectPreviousFlagged()
{
    return selectFlagged(-1);
}

QList<qint64> ReviewWindow::openFlagIds() const
{
    QList<qint64> ids;
    for (const StoredFlag& f : m_flagsModel->flags()) {
        if (resolutionFromString(f.resolution) == Resolution::Open) {
            ids.append(f.id);
        }
    }
    return ids;
}

bool ReviewWindow::selectFlagged(int step)
{
    // First the open flags of the report shown, in list order, then the next report with open flags.
    const QList<qint64> here = openFlagIds();
    const qsizetype at = here.indexOf(currentFlagId());
    const qsizetype want = at < 0 ? (step > 0 ? 0 : here.size() - 1) : at + step;
    if (want >= 0 && want < here.size() && here[want] != currentFlagId()) {
        return selectFlag(here[want]);
    }
    if (!m_model || m_model->rowCount() == 0) {
        return false;
    }
    const int rows = m_model->rowCount();
    const int current = m_model->rowOf(currentReportId());
    int row = current < 0 ? (step > 0 ? -1 : rows) : current;
    for (int n = 0; n < rows; ++n) {
        row = (row + step + rows) % rows;
        if (m_model->index(row, 0).data(ReportQueueModel::OpenFlagsRole).toInt() > 0) {
            if (row == current && here.size() <= 1) {
                break;
            }
            if (!selectReport(m_model->reportId(row))) {
                return false;
            }
            const QList<qint64> there = openFlagIds();
            if (!there.isEmpty()) {
                selectFlag(step > 0 ? there.first() : there.last());
            }
            return true;
        }
    }
    statusBar()->showMessage(tr("No other open flag"));
    return false;
}

bool ReviewWindow::isPdfShown() const
{
    return m_pdfDoc && m_pdfReport == currentReportId() && currentReportId() > 0;
}

void ReviewWindow::loadPdf(qint64 reportId, const QString& path, const QString& text)
{
    const int generation = ++m_pdfGeneration;
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [=, this] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        if (generation == m_pdfGeneration && reportId == currentReportId()) {
            showPdf(reportId, path, text, result.document, result.error);
        }
    });
    // Read again in the background (a long report takes a while): the page boxes are not in the database.
    watcher->setFuture(QtConcurrent::run([path] { return DocumentLoader::loadFile(path, DocumentLoader::Hash::Yes); }));
    statusBar()->showMessage(tr("Reading the pages of %1…").arg(QFileInfo(path).fileName()));
}

void ReviewWindow::showPdf(qint64 reportId, const QString& path, const QString& text, const Document& doc,
                           const QString& error)
{
    QString problem = error;
    // The same bytes read into another text (a report imported by another version of Jiaohe): the pages are
    // shown, but the evidence offsets do not fit this reading, so no boxes.
    const std::optional<StoredReport> stored = store()->report(reportId);
    const bool sameFile = stored && stored->contentHash == QString::fromLatin1(doc.contentHash);
    const bool boxesFit = doc.original == text;
    if (problem.isEmpty() && !boxesFit && !sameFile) {
        problem = tr("the file has changed since it was imported");
    }
    if (problem.isEmpty() && m_pdf->load(path) != QPdfDocument::Error::None) {
        problem = tr("Qt PDF cannot open it");
    }
    if (!problem.isEmpty()) {
        m_pdfDoc.reset();
        m_pdfReport = 0;
        m_pageView->setDocument(nullptr, {});
        m_reportTabs->setTabVisible(0, false);
        statusBar()->showMessage(tr("The pages of %1 cannot be shown (%2); the text is shown instead")
                                     .arg(QFileInfo(path).fileName(), problem));
        return;
    }
    m_pdfDoc = std::make_unique<Document>(doc);
    if (!boxesFit) {
        m_pdfDoc->charBoxes.clear(); // pages without boxes
        statusBar()->showMessage(tr("%1 was imported by another version of Jiaohe: its pages are shown without the "
                                    "evidence boxes")
                                     .arg(QFileInfo(path).fileName()));
    }
    m_pdfReport = reportId;
    QList<QSizeF> sizes;
    for (const PdfPage& page : std::as_const(m_pdfDoc->pages)) {
        sizes.append(page.size);
    }
    m_pageView->setDocument(m_pdf, sizes);
    m_pageSpin->setMaximum(std::max<int>(1, int(sizes.size())));
    m_pageCount->setText(tr("of %1").arg(sizes.size()));
    m_reportTabs->setTabVisible(0, true);
    m_reportTabs->setCurrentIndex(0);
    updatePdfBoxes();
    Q_EMIT pdfShown(reportId);
}

void ReviewWindow::updatePdfBoxes()
{
    if (!isPdfShown()) {
        return;
    }
    QList<PdfPageView::Box> boxes;
    const QString current = currentFieldKey();
    QList<std::pair<qsizetype, qsizetype>> currentSpans;
    for (const QModelIndex& index : m_fieldsModel->fieldIndexes()) {
        const QString key = m_fieldsModel->keyAt(index);
        const qsizetype start = index.data(FieldsModel::StartRole).toLongLong();
        const qsizetype end = index.data(FieldsModel::EndRole).toLongLong();
        const bool flagged = index.data(FieldsModel::FlaggedRole).toBool();
        if (key == current) {
            currentSpans.append({start, end});
        }
        for (const auto& [page, rect] : m_pdfDoc->boxes(start, end)) {
            boxes.append({page, rect, flagged ? PdfPageView::BoxKind::Flag : PdfPageView::BoxKind::Field, key});
        }
    }
    // The selected flag's numbers (when a flag was selected last) or the selected field's evidence.
    if (const StoredFlag* flag = m_flagsModel->flagAt(m_flagsTree->currentIndex().row()); flag && m_flagSpansCurrent) {
        currentSpans = flag->spans;
    }
    if (m_findSpan) { // a match of Find in report
        currentSpans = {*m_findSpan};
    }
    std::optional<std::pair<int, QRectF>> first;
    for (const auto& [start, end] : std::as_const(currentSpans)) {
        for (const auto& [page, rect] : m_pdfDoc->boxes(start, end)) {
            boxes.append({page, rect, PdfPageView::BoxKind::Current, current});
            if (!first) {
                first = std::pair<int, QRectF>(page, rect);
            }
        }
    }
    m_pageView->setBoxes(boxes);
    if (first) {
        m_pageView->ensureVisible(first->first, first->second);
    }
}

void ReviewWindow::pickOnPage(int page, QPointF point)
{
    if (!isPdfShown()) {
        return;
    }
    const qsizetype at = m_pdfDoc->charAt(page, point);
    if (at < 0) {
        statusBar()->showMessage(tr("There is no number there to assign"));
        return;
    }
    assignFromText(at, at);
}

void ReviewWindow::loadReport(qint64 reportId)
{
    m_session->setCurrentReport(store() ? reportId : 0);
}

void ReviewWindow::onReportChanged(qint64 reportId)
{
    // Also a command's undo on another report: the queue shows the report the window shows.
    if (m_model && reportId > 0) {
        const int row = m_model->rowOf(reportId);
        if (row >= 0 && m_queueView->currentIndex().row() != row) {
            m_queueView->selectionModel()->setCurrentIndex(
                m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_queueView->scrollTo(m_model->index(row, 0));
        }
    }
    m_findSpan.reset();
    m_reportView->setPlainText(m_session->currentText());
    showMarks();
    if (reportId <= 0) {
        return;
    }
    const std::optional<StoredReport> report = store()->report(reportId);
    const QString name = report ? report->fileName : QString();
    setWindowTitle(tr("%1 — %2 — Jiaohe").arg(name, QFileInfo(databasePath()).fileName()));
    if (report && report->format == u"pdf") {
        if (m_pdfReport == reportId && m_pdfDoc) {
            m_reportTabs->setTabVisible(0, true);
            updatePdfBoxes();
        } else {
            m_pdfDoc.reset();
            m_pdfReport = 0;
            loadPdf(reportId, report->filePath, m_session->currentText());
        }
    } else {
        ++m_pdfGeneration; // a PDF still being read for an earlier report is not shown
        m_pdfDoc.reset();
        m_pdfReport = 0;
        m_pageView->setDocument(nullptr, {});
        m_reportTabs->setTabVisible(0, false);
    }
    statusBar()->showMessage(tr("%1: %n field(s), %2 flag(s)", nullptr, int(m_fieldsModel->fields().size()))
                                 .arg(name)
                                 .arg(m_flagsModel->rowCount()));
}

void ReviewWindow::showMarks()
{
    // Every field's evidence in one colour, every active flag's spans in another (drawn over the first).
    const qsizetype length = m_session->currentText().size();
    auto clamp = [length](qsizetype v) { return int(std::clamp<qsizetype>(v, 0, length)); };
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor fieldColour = dark ? QColor(60, 120, 220, 110) : QColor(80, 160, 255, 70);
    const QColor flagColour = dark ? QColor(230, 90, 40, 150) : QColor(255, 110, 60, 110);
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](qsizetype start, qsizetype end, const QColor& colour) {
        if (end <= start) {
            return;
        }
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_reportView->document());
        sel.cursor.setPosition(clamp(start));
        sel.cursor.setPosition(clamp(end), QTextCursor::KeepAnchor);
        sel.format.setBackground(colour);
        marks.append(sel);
    };
    for (const StoredField& f : m_fieldsModel->fields()) {
        mark(f.evidenceStart, f.evidenceEnd, fieldColour);
    }
    for (const StoredFlag& f : m_flagsModel->flags()) {
        if (f.active) {
            for (const auto& [start, end] : f.spans) {
                mark(start, end, flagColour);
            }
        }
    }
    m_reportView->setExtraSelections(marks);
}

void ReviewWindow::showEvidence(int start, int end)
{
    QTextCursor c(m_reportView->document());
    c.setPosition(std::clamp(start, 0, m_reportView->document()->characterCount() - 1));
    c.setPosition(std::clamp(end, 0, m_reportView->document()->characterCount() - 1), QTextCursor::KeepAnchor);
    m_reportView->setTextCursor(c);
    m_reportView->centerCursor();
}

void ReviewWindow::applyFilter()
{
    if (!m_model) {
        return;
    }
    m_model->setFilter(m_statusFilter->currentData().toString(), m_kindFilter->currentData().toString(),
                       m_searchEdit->text().trimmed());
}

void ReviewWindow::updateProgress()
{
    const int total = m_model ? m_model->totalCount() : 0;
    const int reviewed = m_model ? m_model->reviewedCount() : 0;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(reviewed);
    m_progress->setFormat(tr("%1 / %2 reviewed").arg(reviewed).arg(total));
    m_progress->setProperty("total", total);
    m_progress->setAccessibleDescription(m_progress->format());
}

void ReviewWindow::openFromDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open review database"), databasePath(),
                                                      tr("Review databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty() && !openDatabase(path)) {
        QMessageBox::warning(this, tr("Open review database"), m_error);
    }
}

void ReviewWindow::newFromDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New review database"),
                                                      QFileInfo(databasePath()).dir().filePath(tr("review.sqlite")),
                                                      tr("Review databases (*.sqlite *.db)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog asked before replacing it
        QMessageBox::warning(this, tr("New review database"), tr("Cannot replace %1").arg(path));
        return;
    }
    if (!openDatabase(path)) {
        QMessageBox::warning(this, tr("New review database"), m_error);
    }
}

QStringList ReviewWindow::recentDatabases() const
{
    return QSettings().value(QStringLiteral("recentDatabases")).toStringList();
}

void ReviewWindow::rememberDatabase(const QString& path)
{
    QStringList recent = recentDatabases();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    QSettings().setValue(QStringLiteral("recentDatabases"), recent);
}

void ReviewWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)),
                                             this, [this, path] {
                                                 if (!openDatabase(path)) {
                                                     QMessageBox::warning(this, tr("Open review database"), m_error);
                                                 }
                                             });
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    }
}

bool ReviewWindow::applyPreferences(const Preferences& preferences)
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

void ReviewWindow::importFromDialog()
{
    if (!store()) {
        QMessageBox::information(this, tr("Open reports"), tr("Open a review database first."));
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open reports"), QString(),
                                                            tr("Reports (*.txt *.htm *.html *.pdf);;All files (*)"));
    if (!paths.isEmpty()) {
        startImport(paths);
    }
}

void ReviewWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void ReviewWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingKeys::geometry, saveGeometry());
    settings.setValue(settingKeys::state, saveState());
    settings.setValue(settingKeys::mainSplitter, m_mainSplitter->saveState());
    settings.setValue(settingKeys::workSplitter, m_workSplitter->saveState());
    settings.setValue(settingKeys::reportSplitter, m_reportSplitter->saveState());
}

void ReviewWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(settingKeys::geometry).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(settingKeys::state).toByteArray());
    m_mainSplitter->restoreState(settings.value(settingKeys::mainSplitter).toByteArray());
    m_workSplitter->restoreState(settings.value(settingKeys::workSplitter).toByteArray());
    m_reportSplitter->restoreState(settings.value(settingKeys::reportSplitter).toByteArray());
}

bool ReviewWindow::startImport(const QStringList& paths)
{
    if (!store() || paths.isEmpty() || m_worker) {
        if (m_worker) {
            statusBar()->showMessage(tr("An import is running already."));
        }
        return false;
    }
    m_failures.clear();
    m_worker = new ImportWorker(databasePath(), paths, this);
    m_importProgress = new QProgressBar(statusBar());
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setAccessibleName(tr("Import progress"));
    m_importProgress->setRange(0, 0);
    m_importProgress->setMaximumWidth(240);
    m_importCancel = new QPushButton(tr("Cancel import"), statusBar());
    m_importCancel->setObjectName(QStringLiteral("importCancelButton"));
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_importCancel);
    connect(m_importCancel, &QPushButton::clicked, this, &ReviewWindow::cancelImport);
    connect(m_worker, &ImportWorker::progress, this, [this](int done, int total, const QString& file) {
        if (m_importProgress) {
            m_importProgress->setRange(0, total);
            m_importProgress->setValue(done);
        }
        statusBar()->showMessage(tr("Importing %1 of %2: %3").arg(done).arg(total).arg(QFileInfo(file).fileName()));
    });
    connect(m_worker, &ImportWorker::importFinished, this, &ReviewWindow::onImportFinished);
    statusBar()->showMessage(tr("Importing reports…"));
    Q_EMIT importStarted(m_worker);
    m_worker->start();
    return true;
}

void ReviewWindow::cancelImport()
{
    if (m_worker) {
        m_worker->cancel();
        if (m_importCancel) {
            m_importCancel->setEnabled(false);
        }
        statusBar()->showMessage(tr("Cancelling the import…"));
    }
}

void ReviewWindow::onImportFinished(int added, int alreadyPresent, const QStringList& failures)
{
    const bool cancelled = m_worker && m_worker->isCancelled();
    if (m_worker) {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    delete m_importProgress;
    m_importProgress = nullptr;
    delete m_importCancel;
    m_importCancel = nullptr;
    m_failures = failures;
    refresh();
    QString message = tr("%n report(s) imported", nullptr, added);
    if (alreadyPresent > 0) {
        message += tr(", %n already present", nullptr, alreadyPresent);
    }
    if (!failures.isEmpty()) {
        message += tr(", %n failed", nullptr, int(failures.size()));
    }
    if (cancelled) {
        message += tr(" (cancelled)");
    }
    statusBar()->showMessage(message);
    if (!failures.isEmpty()) {
        m_errorReport(this, tr("Import reports"), failures);
    }
    Q_EMIT importFinished(added, alreadyPresent, failures);
}

void ReviewWindow::importFolderFromDialog()
{
    if (!store()) {
        QMessageBox::information(this, tr("Open folder"), tr("Open a review database first."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open folder of reports"));
    if (!folder.isEmpty()) {
        startImport({folder});
    }
}

void ReviewWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (store() && !m_worker && event->mimeData()->hasUrls()) {
        for (const QUrl& url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void ReviewWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty() && startImport(paths)) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dropEvent(event);
}

QList<std::pair<QString, QString>> ReviewWindow::shortcutList() const
{
    QList<std::pair<QString, QString>> list;
    QList<const QAction*> seen;
    auto add = [&](const QAction* a) {
        if (seen.contains(a) || a->shortcuts().isEmpty()) {
            return;
        }
        seen.append(a);
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        list.append({a->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
    };
    // In menu order first, then any other action of the window.
    for (const QAction* menuAction : menuBar()->actions()) {
        if (const QMenu* menu = menuAction->menu()) {
            for (const QAction* a : menu->actions()) {
                add(a);
            }
        }
    }
    for (const QAction* a : findChildren<QAction*>()) {
        add(a);
    }
    return list;
}

QDialog* ReviewWindow::showShortcuts()
{
    auto* dialog = findChild<QDialog*>(QStringLiteral("shortcutsDialog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("shortcutsDialog"));
        dialog->setWindowTitle(tr("Keyboard shortcuts"));
        auto* tree = new QTreeWidget(dialog);
        tree->setObjectName(QStringLiteral("shortcutsTree"));
        tree->setAccessibleName(tr("Keyboard shortcuts"));
        tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
        tree->setRootIsDecorated(false);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(tree);
        layout->addWidget(buttons);
        dialog->resize(480, 420);
    }
    // Rebuilt on every showing, from the actions as they are now (so it never goes stale).
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
    tree->clear();
    for (const auto& [text, keys] : shortcutList()) {
        tree->addTopLevelItem(new QTreeWidgetItem({text, keys}));
    }
    tree->resizeColumnToContents(0);
    dialog->show();
    dialog->raise();
    return dialog;
}

std::optional<Exporter::Options> ReviewWindow::askExportOptions(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export CSV"));
    auto* format = new QComboBox(&dialog);
    format->setAccessibleName(tr("Format"));
    format->addItem(tr("Wide: one row per report"), int(Exporter::Format::Wide));
    format->addItem(tr("Long: one row per field"), int(Exporter::Format::Long));
    auto* bom = new QCheckBox(tr("Byte order mark (for Excel)"), &dialog);
    bom->setChecked(true);
    auto* reviewedOnly = new QCheckBox(tr("Reviewed reports only"), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Format:"), format);
    form->addRow(bom);
    form->addRow(reviewedOnly);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    Exporter::Options options;
    options.format = Exporter::Format(format->currentData().toInt());
    options.bom = bom->isChecked();
    options.reviewedOnly = reviewedOnly->isChecked();
    options.lang = english() ? QStringLiteral("en") : QStringLiteral("zh");
    return options;
}

QString ReviewWindow::askSavePath(QWidget* parent, const QString& suggested)
{
    return QFileDialog::getSaveFileName(parent, tr("Export CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
}

void ReviewWindow::showErrors(QWidget* parent, const QString& title, const QStringList& lines)
{
    QMessageBox box(QMessageBox::Warning, title, tr("%n problem(s):", nullptr, int(lines.size())), QMessageBox::Ok,
                    parent);
    box.setInformativeText(lines.mid(0, 20).join(QLatin1Char('\n')));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

bool ReviewWindow::exportCsv()
{
    if (!store()) {
        m_error = tr("Open a review database first.");
        m_errorReport(this, tr("Export CSV"), {m_error});
        return false;
    }
    const std::optional<Exporter::Options> options = m_exportOptionsPrompt(this);
    if (!options) {
        return false;
    }
    const QString suggested =
        QFileInfo(databasePath())
            .dir()
            .filePath(options->format == Exporter::Format::Wide ? QStringLiteral("review-wide.csv")
                                                                : QStringLiteral("review-long.csv"));
    const QString path = m_savePathPrompt(this, suggested);
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    int rows = 0;
    const QByteArray data = Exporter::exportCsv(m_session->database(), *options, &error, &rows);
    if (data.isEmpty() || !error.isEmpty() || !CsvWriter::writeFile(path, data, &error)) {
        m_error = error.isEmpty() ? tr("Nothing to export.") : error;
        statusBar()->showMessage(m_error);
        m_errorReport(this, tr("Export CSV"), {m_error});
        return false;
    }
    statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace jiaohe
