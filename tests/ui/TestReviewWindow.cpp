// SPDX-License-Identifier: GPL-3.0-or-later
// The review window on the offscreen platform, over a database holding the five seed reports: the queue and
// its progress, a seed opened with its text, fields and flags, a field selecting its evidence, F8 to the next
// report with open flags, the search box filtering the queue, and the layout remembered between windows.
// Then the reviewer's actions on seed 002: accept the 199693万 fix with undo and redo, confirm a field, dismiss
// the sum flag and undo it from another report, and a new window finding every decision in the database. Every
// test starts from its own copy of the freshly imported database (init()) and makes the decisions it builds
// on itself, so the tests run in any order and alone.
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "ImportController.h"
#include "dialogs/CorrectionDialog.h"
#include "dialogs/DismissReasonDialog.h"
#include "dialogs/ExportOptionsDialog.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"
#include "ImportWorker.h"
#include "ReportQueueModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "ReviewActionHandler.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportPanel.h"
#include "numbers/NumberParser.h"
#include "store/CsvWriter.h"
#include "store/ReviewStore.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "CsvReader.h"

#include "common/StatusPrinting.h"
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

using namespace jiaohe;

class TestReviewWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsQueue();
    void queueKeepsRoomForFileNames();
    void opensSeed();
    void fieldSelectsEvidence();
    void f8GoesToFlaggedReport();
    void searchFiltersQueue();
    void layoutIsRemembered();
    void acceptSuggestionUndoRedo();
    void confirmField();
    void correctFieldThroughPrompt();
    void dismissFlagUndoAcrossReports();
    void decisionsSurviveRestart();
    void shipsInChinese();
    void backgroundImportOfFolder();
    void cancelledImportKeepsWholeReports();
    void dropImportsFiles();
    void shortcutsWindowListsActions();
    void exportCsvThroughSeams();

private:
    qint64 seedId(const QString& prefix) const;
    std::unique_ptr<MainWindow> openWindow();
    // The decisions some tests build on, made in a window of their own: the 199693万 fix accepted; then a
    // field confirmed, the sum flag dismissed and the report marked reviewed.
    void acceptUnitFix();
    void reviewSeed002();

    QTemporaryDir m_dir;
    QString m_pristinePath; // the seeds as imported, copied for every test
    QString m_dbPath;
    int m_copies = 0;
    QList<qint64> m_ids;
    QStringList m_files;
};

void TestReviewWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to the temporary folder under a test organisation: the real settings are never touched.
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestReviewWindow"));
    MessageBox::setAnswerForAll(QMessageBox::Ok); // no box ever blocks a test; what they said is in shown()

    m_pristinePath = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    const QDir seeds(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        m_files.append(seeds.filePath(name));
    }
    QCOMPARE(m_files.size(), 5);
    MainWindow w;
    QVERIFY2(w.openDatabase(m_pristinePath), qPrintable(w.error()));
    m_ids = w.importer()->importReports(m_files);
    QVERIFY2(w.importer()->failures().isEmpty(), qPrintable(w.importer()->failures().join(u'\n')));
    QCOMPARE(m_ids.size(), 5);
}

void TestReviewWindow::init()
{
    QSettings().clear();
    MessageBox::clearShown();
    m_dbPath = m_dir.filePath(QStringLiteral("review-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_pristinePath, m_dbPath));
}

qint64 TestReviewWindow::seedId(const QString& prefix) const
{
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (QFileInfo(m_files.at(i)).fileName().startsWith(prefix)) {
            return m_ids.at(i);
        }
    }
    return 0;
}

// The UI ships in Simplified Chinese: with the translation installed, the window speaks it.
void TestReviewWindow::shipsInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/jiaohe_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    {
        auto w = openWindow();
        QVERIFY(w);
        w->selectReport(seedId(QStringLiteral("002")));
        auto* flags = w->findChild<QTreeView*>(QStringLiteral("flagsTree"));
        QVERIFY(flags);
        QCOMPARE(flags->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("级别"));
        QVERIFY(flags->model()->rowCount() > 0);
        QCOMPARE(flags->model()->index(0, 0).data().toString(), QStringLiteral("错误"));
        auto* progress = w->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        QVERIFY2(progress->format().contains(u"已审核") || progress->text().contains(u"已审核"),
                 qPrintable(progress->text()));
    }
    QCoreApplication::removeTranslator(&zh);
}

std::unique_ptr<MainWindow> TestReviewWindow::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_dbPath)) {
        qWarning("%s", qPrintable(w->error()));
        return nullptr;
    }
    return w;
}

void TestReviewWindow::showsQueue()
{
    auto w = openWindow();
    QVERIFY(w);
    auto* queue = w->findChild<QTableView*>(QStringLiteral("queueView"));
    auto* progress = w->findChild<QProgressBar*>(QStringLiteral("progressBar"));
    QVERIFY(queue && progress);
    QVERIFY(queue->isSortingEnabled());
    QCOMPARE(queue->model()->rowCount(), 5);
    QCOMPARE(progress->maximum(), 5);
    QCOMPARE(progress->value(), 0);
    QCOMPARE(progress->property("total").toInt(), 5);
    for (const char* name :
         {"queueView", "reportView", "fieldsTree", "flagsTree", "searchEdit", "statusFilterCombo", "progressBar"}) {
        auto* widget = w->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

// Issuers with long names (a county bureau's full name) must not squeeze the file names to "0…t".
void TestReviewWindow::queueKeepsRoomForFileNames()
{
    {
        Database db;
        QVERIFY(db.open(m_dbPath));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE reports SET region = '新疆维吾尔自治区巴音郭楞蒙古自治州和静县发展和改革委员会'")));
    }
    auto w = openWindow();
    QVERIFY(w);
    w->resize(780, 700);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    w->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->setSizes({400, 380});
    auto* queue = w->findChild<QTableView*>(QStringLiteral("queueView"));
    const int file = queue->columnWidth(ReportQueueModel::FileNameColumn);
    const int fileText = queue->fontMetrics().horizontalAdvance(QFileInfo(m_files.first()).fileName());
    QVERIFY2(file >= std::min(fileText, queue->viewport()->width() / 3),
             qPrintable(QStringLiteral("file column %1 px of %2").arg(file).arg(queue->viewport()->width())));
    QVERIFY(queue->columnWidth(ReportQueueModel::RegionColumn) < queue->viewport()->width() / 2);
}

void TestReviewWindow::opensSeed()
{
    auto w = openWindow();
    QVERIFY(w);
    const qint64 id = seedId(QStringLiteral("002_"));
    QVERIFY(w->selectReport(id));
    QCOMPARE(w->currentReportId(), id);
    auto* queue = w->findChild<QTableView*>(QStringLiteral("queueView"));
    QCOMPARE(w->queueModel()->reportId(queue->currentIndex().row()), id);
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QVERIFY(view->toPlainText().contains(u"钦州市2016年政府信息公开工作年度报告"));
    QVERIFY(!view->extraSelections().isEmpty());
    auto* fields = w->findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    int fieldCount = 0;
    for (int i = 0; i < fields->model()->rowCount(); ++i) {
        fieldCount += fields->model()->rowCount(fields->model()->index(i, 0));
    }
    QVERIFY2(fieldCount >= 25, qPrintable(QString::number(fieldCount)));
    auto* flags = w->findChild<QTreeView*>(QStringLiteral("flagsTree"));
    QCOMPARE(flags->model()->rowCount(), 3);
}

namespace {
QModelIndex fieldItem(MainWindow& w, const QString& key);
} // namespace

void TestReviewWindow::fieldSelectsEvidence()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    auto* tree = w->findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    const QModelIndex website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QVERIFY(website.isValid());
    tree->setCurrentIndex(website);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("199693万条"));
}

void TestReviewWindow::f8GoesToFlaggedReport()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    ReportQueueModel* model = w->queueModel();
    // Start on a report without open flags when there is one, so that F8 has to move.
    int start = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ReportQueueModel::OpenFlagsRole).toInt() == 0) {
            start = row;
            break;
        }
    }
    QVERIFY(w->selectReport(model->reportId(start)));
    QTest::keyClick(w.get(), Qt::Key_F8);
    // F8 lands on an open flag (the first of the report shown, or of the next flagged report), selected in
    // the flags list of its own report. The whole walk is in TestFieldEditing::flagsByKeyboardAcrossQueue.
    const qint64 next = w->currentReportId();
    QVERIFY(w->flagsPanel()->currentFlagId() > 0);
    QVERIFY(model->index(model->rowOf(next), 0).data(ReportQueueModel::OpenFlagsRole).toInt() > 0);
    bool own = false;
    for (const StoredFlag& f : w->store()->flags(next)) {
        own = own || (f.id == w->flagsPanel()->currentFlagId() && f.resolution == Resolution::Open);
    }
    QVERIFY(own);
    const qint64 flag = w->flagsPanel()->currentFlagId();
    QTest::keyClick(w.get(), Qt::Key_F8);
    QTest::keyClick(w.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(w->flagsPanel()->currentFlagId(), flag);
}

void TestReviewWindow::searchFiltersQueue()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto* search = w->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* queue = w->findChild<QTableView*>(QStringLiteral("queueView"));
    // Ctrl+Shift+F focuses the search box (Ctrl+F finds in the report).
    queue->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("002_"));
    QCOMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(w->queueModel()->reportId(0), seedId(QStringLiteral("002_")));
    search->setText(QStringLiteral("no such report"));
    QCOMPARE(queue->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(queue->model()->rowCount(), 5);
    // The progress bar counts the whole database whatever the filter.
    QCOMPARE(w->findChild<QProgressBar*>(QStringLiteral("progressBar"))->property("total").toInt(), 5);
}

void TestReviewWindow::layoutIsRemembered()
{
    // The offscreen platform's screen is 800 × 800: the window fits it.
    QList<int> sizes;
    QList<int> workSizes;
    {
        auto w = openWindow();
        QVERIFY(w);
        w->resize(780, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* split = w->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        auto* work = w->findChild<QSplitter*>(QStringLiteral("workSplitter"));
        QVERIFY(split && work);
        split->setSizes({300, 470});
        work->setSizes({300, 350});
        sizes = split->sizes();
        workSizes = work->sizes();
        QVERIFY(w->close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("reviewWindow/geometry")));
    {
        auto w = openWindow();
        QVERIFY(w);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QCOMPARE(w->size(), QSize(780, 700));
        QCOMPARE(w->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(w->findChild<QSplitter*>(QStringLiteral("workSplitter"))->sizes(), workSizes);
        // Remembered from a larger screen: 1600 × 1000 is more than this one holds.
        w->resize(1600, 1000);
        QVERIFY(w->close());
    }
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    const QRect available = w->screen()->availableGeometry();
    QTRY_VERIFY(available.contains(w->frameGeometry()));
    QVERIFY2(available.contains(w->frameGeometry()),
             qPrintable(QStringLiteral("%1×%2 at %3,%4")
                            .arg(w->frameGeometry().width())
                            .arg(w->frameGeometry().height())
                            .arg(w->frameGeometry().x())
                            .arg(w->frameGeometry().y())));
}

namespace {

// The fields list's row of a field (its label cell); invalid when the list does not show it.
QModelIndex fieldItem(MainWindow& w, const QString& key)
{
    auto* model = qobject_cast<FieldsModel*>(w.findChild<QTreeView*>(QStringLiteral("fieldsTree"))->model());
    return model ? model->indexOfKey(key) : QModelIndex();
}

QString cellText(const QModelIndex& field, int column)
{
    return field.siblingAtColumn(column).data().toString();
}

std::optional<StoredField> storedField(MainWindow& w, const QString& key)
{
    return test::fieldOf(*w.store(), w.currentReportId(), key);
}

// The active flags of the open report that pass the test.
std::optional<StoredFlag> activeFlag(MainWindow& w, const std::function<bool(const StoredFlag&)>& test)
{
    for (const StoredFlag& f : w.store()->flags(w.currentReportId())) {
        if (test(f)) {
            return f;
        }
    }
    return std::nullopt;
}

bool isUnitFlag(const StoredFlag& f)
{
    return f.kind == u"unit" && f.suggestion && f.suggestion->value == 199693;
}

bool isSumFlag(const StoredFlag& f)
{
    return f.kind == u"sum" && f.numbers.contains(1103) && f.numbers.contains(35) && f.numbers.contains(1081);
}

// The flags list's row of a stored flag (its first cell), invalid when the list does not show it.
QModelIndex flagItem(MainWindow& w, qint64 flagId)
{
    const QAbstractItemModel* model = w.findChild<QTreeView*>(QStringLiteral("flagsTree"))->model();
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->index(i, 0).data(FlagsModel::FlagIdRole).toLongLong() == flagId) {
            return model->index(i, 0);
        }
    }
    return QModelIndex();
}

} // namespace

void TestReviewWindow::acceptSuggestionUndoRedo()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    const std::optional<StoredFlag> unit = activeFlag(*w, isUnitFlag);
    QVERIFY(unit);
    QVERIFY(flagItem(*w, unit->id).isValid());
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->value, 1996930000.0);
    QSignalSpy index(w->undoStack(), &QUndoStack::indexChanged);

    QVERIFY(w->flagsPanel()->selectFlag(unit->id));
    QVERIFY2(w->actions()->acceptSuggestion(), qPrintable(w->error()));
    QCOMPARE(index.count(), 1);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Saved"));
    // The checks re-ran: the slip is no longer raised, and no longer open; its decision stays in the list.
    QCOMPARE(flagItem(*w, unit->id).data(FlagsModel::ResolutionRole).toString(), QStringLiteral("fixed"));
    QVERIFY(!w->flagsPanel()->openFlagIds().contains(unit->id));
    QVERIFY(!activeFlag(*w, isUnitFlag));
    QModelIndex website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QVERIFY(website.isValid());
    QCOMPARE(cellText(website, 1), QStringLiteral("199693"));
    QCOMPARE(cellText(website, 3), QStringLiteral("corrected"));
    std::optional<StoredField> stored = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(stored->status, FieldStatus::Corrected);
    QCOMPARE(stored->correctedValue, std::optional<double>(199693));

    w->undoStack()->undo();
    QCOMPARE(index.count(), 2);
    website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(cellText(website, 1), QStringLiteral("1996930000"));
    QCOMPARE(cellText(website, 3), QStringLiteral("unreviewed"));
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->status, FieldStatus::Unreviewed);
    QVERIFY(flagItem(*w, unit->id).isValid()); // the flag is back
    QCOMPARE(flagItem(*w, unit->id).data(FlagsModel::ResolutionRole).toString(), QStringLiteral("open"));

    w->undoStack()->redo();
    QCOMPARE(index.count(), 3);
    QCOMPARE(flagItem(*w, unit->id).data(FlagsModel::ResolutionRole).toString(), QStringLiteral("fixed"));
    QVERIFY(!w->flagsPanel()->openFlagIds().contains(unit->id));
    website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(cellText(website, 1), QStringLiteral("199693"));
    QCOMPARE(cellText(website, 3), QStringLiteral("corrected"));
}

void TestReviewWindow::confirmField()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("proactive.total")) || w->fieldsPanel()->selectField(QStringLiteral("proactive.via_weibo")));
    const QString key = w->fieldsPanel()->currentKey();
    QVERIFY(!key.isEmpty());
    QCOMPARE(storedField(*w, key)->status, FieldStatus::Unreviewed);
    // Return in the fields list confirms the selected field and moves on to the next unreviewed one.
    auto* tree = w->findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    tree->setFocus();
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(w->undoStack()->count(), 1);
    QVERIFY(w->fieldsPanel()->currentKey() != key);
    QCOMPARE(storedField(*w, w->fieldsPanel()->currentKey())->status, FieldStatus::Unreviewed);
    QCOMPARE(cellText(fieldItem(*w, key), 3), QStringLiteral("confirmed"));
    QCOMPARE(storedField(*w, key)->status, FieldStatus::Confirmed);
    // A refused action is not pushed: dismissing needs a reason.
    QVERIFY(w->flagsPanel()->selectFlag(activeFlag(*w, [](const StoredFlag&) { return true; })->id));
    QVERIFY(!w->actions()->dismissCurrentFlag(QString()));
    QCOMPARE(w->undoStack()->count(), 1);
}

void TestReviewWindow::acceptUnitFix()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->flagsPanel()->selectFlag(activeFlag(*w, isUnitFlag)->id));
    QVERIFY2(w->actions()->acceptSuggestion(), qPrintable(w->error()));
}

void TestReviewWindow::reviewSeed002()
{
    acceptUnitFix();
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("proactive.via_weibo")));
    QVERIFY(w->actions()->setCurrentFieldStatus(FieldStatus::Confirmed));
    QVERIFY(w->flagsPanel()->selectFlag(activeFlag(*w, isSumFlag)->id));
    QVERIFY(w->actions()->dismissCurrentFlag(QStringLiteral("the report counts one case twice")));
    QVERIFY(w->actions()->markReviewedAndNext());
}

void TestReviewWindow::correctFieldThroughPrompt()
{
    acceptUnitFix(); // the earlier correction the undo below goes back to
    QVERIFY(!QTest::currentTestFailed());
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("proactive.via_website")));
    // The dialog seam: Shift+F2 asks for a value; here it answers "as printed, intended 12000".
    CorrectionDialog::setNextAnswer(CorrectionDialog::Correction{parseQuantity(u"1.2万")->value, FieldStatus::AsPrinted});
    QTest::keyClick(w.get(), Qt::Key_F2, Qt::ShiftModifier);
    QVERIFY(!CorrectionDialog::lastField().isEmpty());
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->status, FieldStatus::AsPrinted);
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->correctedValue, std::optional<double>(12000));
    // Undo puts the earlier correction back (corrected, 199693), not merely the status.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    std::optional<StoredField> f = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(f->status, FieldStatus::Corrected);
    QCOMPARE(f->correctedValue, std::optional<double>(199693));
    QCOMPARE(w->undoStack()->index(), 0);
}

void TestReviewWindow::dismissFlagUndoAcrossReports()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show(); // shortcuts need a shown window
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    const qint64 seed = seedId(QStringLiteral("002_"));
    QVERIFY(w->selectReport(seed));
    const std::optional<StoredFlag> sum = activeFlag(*w, isSumFlag);
    QVERIFY(sum);
    QCOMPARE(sum->resolution, Resolution::Open);
    QVERIFY(w->flagsPanel()->selectFlag(sum->id));
    DismissReasonDialog::setNextAnswer(QStringLiteral("the report counts one case twice"));
    QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->undoStack()->count(), 1);
    std::optional<StoredFlag> now = activeFlag(*w, isSumFlag);
    QCOMPARE(now->resolution, Resolution::Dismissed);
    QCOMPARE(now->reason, QStringLiteral("the report counts one case twice"));
    QCOMPARE(cellText(flagItem(*w, sum->id), 3), QStringLiteral("dismissed"));

    // Another report, then undo: the window goes back to 002 and the flag is open again.
    const qint64 other = seedId(QStringLiteral("000_"));
    QVERIFY(w->selectReport(other));
    QCOMPARE(w->currentReportId(), other);
    w->undoStack()->undo();
    QCOMPARE(w->currentReportId(), seed);
    now = activeFlag(*w, isSumFlag);
    QCOMPARE(now->resolution, Resolution::Open);
    QCOMPARE(cellText(flagItem(*w, sum->id), 3), QStringLiteral("open"));
    // Redo from elsewhere again: dismissed, with its reason.
    QVERIFY(w->selectReport(other));
    w->undoStack()->redo();
    QCOMPARE(w->currentReportId(), seed);
    QCOMPARE(activeFlag(*w, isSumFlag)->resolution, Resolution::Dismissed);

    // Ctrl+Return: the report reviewed, and the next unreviewed one opened.
    QVERIFY(w->selectReport(seed));
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(w->currentReportId() != seed);
    QCOMPARE(w->store()->report(seed)->status, ReportStatus::Reviewed);
    QCOMPARE(w->store()->report(w->currentReportId())->status, ReportStatus::Unreviewed);
}

void TestReviewWindow::decisionsSurviveRestart()
{
    // A new window on the same database: no undo history, every decision still there.
    reviewSeed002();
    QVERIFY(!QTest::currentTestFailed());
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->undoStack()->count(), 0);
    const qint64 seed = seedId(QStringLiteral("002_"));
    QVERIFY(w->selectReport(seed));
    QCOMPARE(w->store()->report(seed)->status, ReportStatus::Reviewed);
    const std::optional<StoredField> website = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(website->status, FieldStatus::Corrected);
    QCOMPARE(website->correctedValue, std::optional<double>(199693));
    QCOMPARE(cellText(fieldItem(*w, QStringLiteral("proactive.via_website")), 1), QStringLiteral("199693"));
    QVERIFY(!activeFlag(*w, isUnitFlag));
    QCOMPARE(activeFlag(*w, isSumFlag)->resolution, Resolution::Dismissed);
    int confirmed = 0;
    for (const StoredField& f : w->store()->fields(seed)) {
        confirmed += f.status == FieldStatus::Confirmed ? 1 : 0;
    }
    QCOMPARE(confirmed, 1);
}

// File → Open folder… on a folder holding the seeds and a broken (empty) file: imported in the background, the
// queue shows the reports, the broken file is listed through the error seam (no blocking dialog).
void TestReviewWindow::backgroundImportOfFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("import-folder"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString& file : m_files) {
        QVERIFY(QFile::copy(file, QDir(folder).filePath(QFileInfo(file).fileName())));
    }
    QFile broken(QDir(folder).filePath(QStringLiteral("broken.txt")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.close();

    MainWindow w;
    QVERIFY2(w.openDatabase(m_dir.filePath(QStringLiteral("background.sqlite"))), qPrintable(w.error()));
    MessageBox::clearShown();
    // The lines of the last error box (none: empty).
    auto shownLines = [] { return MessageBox::shown().isEmpty() ? QStringList() : MessageBox::shown().last().details; };
    QSignalSpy finished(w.importer(), &ImportController::importFinished);
    QVERIFY(w.importer()->startImport({folder}));
    QVERIFY(w.importer()->isImporting());
    QVERIFY(!w.importer()->startImport({folder})); // one import at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(!w.importer()->isImporting());
    QCOMPARE(finished.first().at(0).toInt(), 5);
    QCOMPARE(w.queueModel()->rowCount(), 5);
    QCOMPARE(shownLines().size(), 1);
    QVERIFY2(shownLines().first().contains(QStringLiteral("broken.txt")), qPrintable(shownLines().first()));
    QCOMPARE(w.importer()->failures(), shownLines());
    // The status bar says why too, and the first report brought in is open (issue 12, item 8).
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("broken.txt")),
             qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.currentReportId(), w.importer()->lastReportIds().first());

    // Again: everything is already there, recognised by its hash before any analysis.
    MessageBox::clearShown();
    int analysed = -1;
    connect(w.importer(), &ImportController::importStarted, this, [&](ImportWorker* worker) {
        connect(
            worker, &ImportWorker::importFinished, worker, [&, worker] { analysed = worker->analysedFiles(); },
            Qt::DirectConnection);
    });
    QVERIFY(w.importer()->startImport(m_files));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toInt(), 0);
    QCOMPARE(finished.last().at(1).toInt(), 5);
    QCOMPARE(analysed, 0);
    QVERIFY(shownLines().isEmpty());
    QCOMPARE(w.queueModel()->rowCount(), 5);
}

// Cancelling at once: the import ends early, every report stored is whole and the file is sound.
void TestReviewWindow::cancelledImportKeepsWholeReports()
{
    const QString folder = m_dir.filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    QFile seed(m_files.at(1));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QByteArray text = seed.readAll();
    constexpr int count = 50;
    for (int i = 0; i < count; ++i) {
        QFile out(QDir(folder).filePath(QStringLiteral("report-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text + "\n" + QByteArray::number(i) + "\n");
    }

    MainWindow w;
    QVERIFY2(w.openDatabase(m_dir.filePath(QStringLiteral("cancelled.sqlite"))), qPrintable(w.error()));
    MessageBox::clearShown();
    QSignalSpy finished(w.importer(), &ImportController::importFinished);
    QVERIFY(w.importer()->startImport({folder}));
    w.importer()->cancelImport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(MessageBox::shown().isEmpty(), qPrintable(MessageBox::shown().value(0).details.join(u'\n')));
    const int added = finished.first().at(0).toInt();
    QVERIFY2(added < count, qPrintable(QString::number(added)));

    const QList<StoredReport> reports = w.store()->reports();
    QCOMPARE(reports.size(), added);
    QCOMPARE(w.queueModel()->rowCount(), added);
    for (const StoredReport& r : reports) {
        QVERIFY2(!w.store()->fields(r.id).isEmpty(), qPrintable(r.fileName));
    }
    Database check;
    QVERIFY(check.open(m_dir.filePath(QStringLiteral("cancelled.sqlite"))));
    QSqlQuery integrity(check.connection());
    QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(integrity.next());
    QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));

    // Cancelled after the first stored batch: that batch stays, whole; the rest is not imported.
    MainWindow w2;
    QVERIFY2(w2.openDatabase(m_dir.filePath(QStringLiteral("cancelled-later.sqlite"))), qPrintable(w2.error()));
    QSignalSpy finished2(w2.importer(), &ImportController::importFinished);
    // Directly in the worker's thread, so that no second batch starts before the cancel arrives.
    connect(w2.importer(), &ImportController::importStarted, &w2, [](ImportWorker* worker) {
        connect(
            worker, &ImportWorker::progress, worker, [worker] { worker->cancel(); }, Qt::DirectConnection);
    });
    QVERIFY(w2.importer()->startImport({folder}));
    QVERIFY(finished2.wait(60000));
    const int added2 = finished2.first().at(0).toInt();
    QVERIFY2(added2 > 0 && added2 < count, qPrintable(QString::number(added2)));
    const QList<StoredReport> reports2 = w2.store()->reports();
    QCOMPARE(reports2.size(), added2);
    const int expectedFields = int(w.store()->fields(reports.isEmpty() ? 0 : reports.first().id).size());
    for (const StoredReport& r : reports2) {
        const int fields = int(w2.store()->fields(r.id).size());
        QVERIFY2(fields > 0, qPrintable(r.fileName));
        if (expectedFields > 0) {
            QCOMPARE(fields, expectedFields);
        }
    }
    Database check2;
    QVERIFY(check2.open(m_dir.filePath(QStringLiteral("cancelled-later.sqlite"))));
    QSqlQuery q2(check2.connection());
    QVERIFY(q2.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(q2.next());
    QCOMPARE(q2.value(0).toString(), QStringLiteral("ok"));
}

// Files dropped on the window are imported in the background.
void TestReviewWindow::dropImportsFiles()
{
    MainWindow w;
    QVERIFY2(w.openDatabase(m_dir.filePath(QStringLiteral("dropped.sqlite"))), qPrintable(w.error()));
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& file : m_files) {
        urls.append(QUrl::fromLocalFile(file));
    }
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(w.importer(), &ImportController::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QVERIFY(w.importer()->isImporting());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toInt(), 5);
    QCOMPARE(w.queueModel()->rowCount(), 5);
}

// Help → Keyboard shortcuts lists the window's actions with their shortcuts in native text.
void TestReviewWindow::shortcutsWindowListsActions()
{
    MainWindow w;
    QDialog* dialog = w.showShortcuts();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
    QVERIFY(tree);
    QStringList keys;
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        texts.append(tree->topLevelItem(i)->text(0));
        keys.append(tree->topLevelItem(i)->text(1).split(QStringLiteral(", ")));
    }
    for (const QString& key : {QStringLiteral("F2"), QStringLiteral("F8"), QStringLiteral("Shift+F8"),
                               QStringLiteral("Ctrl+Z"), QStringLiteral("Ctrl+Return")}) {
        QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" missing in ") + keys.join(u' ')));
    }
    for (const QString& text : texts) {
        QVERIFY2(!text.contains(u'&'), qPrintable(text));
    }
    QCOMPARE(tree->topLevelItemCount(), w.shortcutList().size());
    dialog->close();
}

// File → Export CSV… with the options and the file given through the seams.
void TestReviewWindow::exportCsvThroughSeams()
{
    MainWindow w;
    QVERIFY2(w.openDatabase(m_dbPath), qPrintable(w.error()));
    MessageBox::clearShown();
    auto errors = [] {
        QStringList lines;
        for (const MessageBox::Shown& box : MessageBox::shown()) {
            lines += box.details;
        }
        return lines;
    };
    const QString target = m_dir.filePath(QStringLiteral("export.csv"));
    Exporter::Options options;
    options.format = Exporter::Format::Wide;
    ExportOptionsDialog::setNextAnswer(options);
    FileDialog::setNextFileName(target);
    QVERIFY2(w.exportCsv(), qPrintable(w.error()));
    QVERIFY(errors().isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY2(data.startsWith("file,content_hash"), data.left(80).constData());
    QCOMPARE(test::parseCsv(data).size(), 1 + 5);

    // A target that cannot be written: the error goes through the seam, nothing else happens.
    ExportOptionsDialog::setNextAnswer(options);
    FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")));
    QVERIFY(!w.exportCsv());
    QCOMPARE(errors().size(), 1);
    // Cancelled options: nothing.
    ExportOptionsDialog::setNextAnswer(std::nullopt);
    QVERIFY(!w.exportCsv());
    QCOMPARE(errors().size(), 1);

    // The flags with their decisions, Chinese headers: a dismissal and its reason leave the program.
    const qint64 id = seedId(QStringLiteral("002_"));
    const QList<StoredFlag> flags = w.store()->flags(id);
    QVERIFY(!flags.isEmpty());
    QVERIFY(w.store()->resolveFlag(flags.first().id, Resolution::Dismissed, QStringLiteral("按原文核对无误")));
    options.format = Exporter::Format::Flags;
    options.headers = Exporter::Headers::Zh;
    ExportOptionsDialog::setNextAnswer(options);
    const QString flagsTarget = m_dir.filePath(QStringLiteral("flags.csv"));
    FileDialog::setNextFileName(flagsTarget);
    QVERIFY2(w.exportCsv(), qPrintable(w.error()));
    QFile flagsFile(flagsTarget);
    QVERIFY(flagsFile.open(QIODevice::ReadOnly));
    const QList<QStringList> table = test::parseCsv(flagsFile.readAll());
    QVERIFY(table.size() > 1);
    QVERIFY2(table.first().join(u',').contains(QStringLiteral("理由")), qPrintable(table.first().join(u',')));
    bool found = false;
    for (const QStringList& row : table) {
        found = found || row.contains(QStringLiteral("按原文核对无误"));
    }
    QVERIFY(found);
}

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
