// The review window on the offscreen platform, over a database holding the five seed reports: the queue and
// its progress, a seed opened with its text, fields and flags, a field selecting its evidence, F8 to the next
// report with open flags, the search box filtering the queue, and the layout remembered between windows.
// Then the reviewer's actions on seed 002, in order (each test builds on the decisions of the one before, as a
// reviewer would): accept the 199693万 fix with undo and redo, confirm a field, dismiss the sum flag and undo
// it from another report, and finally a new window finding every decision in the database.
#include "ReportQueueModel.h"
#include "ReviewWindow.h"
#include "numbers/NumberParser.h"
#include "store/ReviewStore.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

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

private:
    qint64 seedId(const QString& prefix) const;
    std::unique_ptr<ReviewWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_dbPath;
    QList<qint64> m_ids;
    QStringList m_files;
};

void TestReviewWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Settings go to the temporary folder under a test organisation: the real settings are never touched.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("jiaohe-test-review-window"));
    QCoreApplication::setApplicationName(QStringLiteral("TestReviewWindow"));

    m_dbPath = m_dir.filePath(QStringLiteral("review.sqlite"));
    const QDir seeds(QStringLiteral(JIAOHE_TEST_DATA "/seeds"));
    for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        m_files.append(seeds.filePath(name));
    }
    QCOMPARE(m_files.size(), 5);
    ReviewWindow w;
    QVERIFY2(w.openDatabase(m_dbPath), qPrintable(w.error()));
    m_ids = w.importReports(m_files);
    QVERIFY2(w.failures().isEmpty(), qPrintable(w.failures().join(u'\n')));
    QCOMPARE(m_ids.size(), 5);
}

void TestReviewWindow::init()
{
    QSettings().clear();
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
        auto* flags = w->findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
        QVERIFY(flags);
        QCOMPARE(flags->headerItem()->text(0), QStringLiteral("级别"));
        QVERIFY(flags->topLevelItemCount() > 0);
        QCOMPARE(flags->topLevelItem(0)->text(0), QStringLiteral("错误"));
        auto* progress = w->findChild<QProgressBar*>(QStringLiteral("progressBar"));
        QVERIFY2(progress->format().contains(u"已审核") || progress->text().contains(u"已审核"),
                 qPrintable(progress->text()));
    }
    QCoreApplication::removeTranslator(&zh);
}

std::unique_ptr<ReviewWindow> TestReviewWindow::openWindow()
{
    auto w = std::make_unique<ReviewWindow>();
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
    auto* fields = w->findChild<QTreeWidget*>(QStringLiteral("fieldsTree"));
    int fieldCount = 0;
    for (int i = 0; i < fields->topLevelItemCount(); ++i) {
        fieldCount += fields->topLevelItem(i)->childCount();
    }
    QVERIFY2(fieldCount >= 25, qPrintable(QString::number(fieldCount)));
    auto* flags = w->findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
    QCOMPARE(flags->topLevelItemCount(), 3);
}

void TestReviewWindow::fieldSelectsEvidence()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    auto* tree = w->findChild<QTreeWidget*>(QStringLiteral("fieldsTree"));
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QTreeWidgetItem* website = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole + 2).toString() == u"proactive.via_website") { // the field key
            website = *it;
        }
    }
    QVERIFY(website);
    tree->setCurrentItem(website);
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
    const qint64 next = w->currentReportId();
    QVERIFY(next != model->reportId(start));
    QVERIFY(model->index(model->rowOf(next), 0).data(ReportQueueModel::OpenFlagsRole).toInt() > 0);
    // Shift+F8 goes back over the flagged reports; F8 then returns to the same one.
    QTest::keyClick(w.get(), Qt::Key_F8, Qt::ShiftModifier);
    const qint64 previous = w->currentReportId();
    QVERIFY(model->index(model->rowOf(previous), 0).data(ReportQueueModel::OpenFlagsRole).toInt() > 0);
    if (previous != next) {
        QTest::keyClick(w.get(), Qt::Key_F8);
        QCOMPARE(w->currentReportId(), next);
    }
}

void TestReviewWindow::searchFiltersQueue()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto* search = w->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* queue = w->findChild<QTableView*>(QStringLiteral("queueView"));
    // Ctrl+F focuses the search box.
    queue->setFocus();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
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
    QList<int> sizes;
    QList<int> workSizes;
    {
        auto w = openWindow();
        QVERIFY(w);
        w->resize(1100, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto* split = w->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        auto* work = w->findChild<QSplitter*>(QStringLiteral("workSplitter"));
        QVERIFY(split && work);
        split->setSizes({400, 700});
        work->setSizes({300, 350});
        sizes = split->sizes();
        workSizes = work->sizes();
        QVERIFY(w->close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("reviewWindow/geometry")));
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QCOMPARE(w->size(), QSize(1100, 700));
    QCOMPARE(w->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(w->findChild<QSplitter*>(QStringLiteral("workSplitter"))->sizes(), workSizes);
}

namespace {

QTreeWidgetItem* fieldItem(ReviewWindow& w, const QString& key)
{
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("fieldsTree"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole + 2).toString() == key) {
            return *it;
        }
    }
    return nullptr;
}

std::optional<StoredField> storedField(ReviewWindow& w, const QString& key)
{
    for (const StoredField& f : w.store()->fields(w.currentReportId())) {
        if (f.key == key) {
            return f;
        }
    }
    return std::nullopt;
}

// The active flags of the open report that pass the test.
std::optional<StoredFlag> activeFlag(ReviewWindow& w, const std::function<bool(const StoredFlag&)>& test)
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

// The flags tree's row of a stored flag, or null when the tree does not show it.
QTreeWidgetItem* flagItem(ReviewWindow& w, qint64 flagId)
{
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole + 3).toLongLong() == flagId) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace

void TestReviewWindow::acceptSuggestionUndoRedo()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    const std::optional<StoredFlag> unit = activeFlag(*w, isUnitFlag);
    QVERIFY(unit);
    QVERIFY(flagItem(*w, unit->id));
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->value, 1996930000.0);
    QSignalSpy index(w->undoStack(), &QUndoStack::indexChanged);

    QVERIFY(w->selectFlag(unit->id));
    QVERIFY2(w->acceptSuggestion(), qPrintable(w->error()));
    QCOMPARE(index.count(), 1);
    QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("Saved"));
    QVERIFY(!flagItem(*w, unit->id)); // the checks re-ran: the slip is gone from the list
    QVERIFY(!activeFlag(*w, isUnitFlag));
    QTreeWidgetItem* website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QVERIFY(website);
    QCOMPARE(website->text(1), QStringLiteral("199693"));
    QCOMPARE(website->text(3), QStringLiteral("corrected"));
    std::optional<StoredField> stored = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(stored->status, QStringLiteral("corrected"));
    QCOMPARE(stored->correctedValue, std::optional<double>(199693));

    w->undoStack()->undo();
    QCOMPARE(index.count(), 2);
    website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(website->text(1), QStringLiteral("1996930000"));
    QCOMPARE(website->text(3), QStringLiteral("unreviewed"));
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->status, QStringLiteral("unreviewed"));
    QVERIFY(flagItem(*w, unit->id)); // the flag is back

    w->undoStack()->redo();
    QCOMPARE(index.count(), 3);
    QVERIFY(!flagItem(*w, unit->id));
    website = fieldItem(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(website->text(1), QStringLiteral("199693"));
    QCOMPARE(website->text(3), QStringLiteral("corrected"));
}

void TestReviewWindow::confirmField()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->selectField(QStringLiteral("proactive.total")) || w->selectField(QStringLiteral("proactive.via_weibo")));
    const QString key = w->currentFieldKey();
    QVERIFY(!key.isEmpty());
    QCOMPARE(storedField(*w, key)->status, QStringLiteral("unreviewed"));
    // Return in the fields list confirms the selected field.
    auto* tree = w->findChild<QTreeWidget*>(QStringLiteral("fieldsTree"));
    tree->setFocus();
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(w->undoStack()->count(), 1);
    QCOMPARE(w->currentFieldKey(), key);
    QCOMPARE(fieldItem(*w, key)->text(3), QStringLiteral("confirmed"));
    QCOMPARE(storedField(*w, key)->status, QStringLiteral("confirmed"));
    // A refused action is not pushed: dismissing needs a reason.
    QVERIFY(w->selectFlag(activeFlag(*w, [](const StoredFlag&) { return true; })->id));
    QVERIFY(!w->dismissCurrentFlag(QString()));
    QCOMPARE(w->undoStack()->count(), 1);
}

void TestReviewWindow::correctFieldThroughPrompt()
{
    auto w = openWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->selectReport(seedId(QStringLiteral("002_"))));
    QVERIFY(w->selectField(QStringLiteral("proactive.via_website")));
    // The dialog seam: F2 asks for a value; here it answers "as printed, intended 12000".
    QString askedFor;
    w->setCorrectionPrompt([&](QWidget*, const QString& field, const QString&) {
        askedFor = field;
        return std::optional<ReviewWindow::Correction>(
            ReviewWindow::Correction{parseQuantity(u"1.2万")->value, QStringLiteral("as_printed")});
    });
    QTest::keyClick(w.get(), Qt::Key_F2);
    QVERIFY(!askedFor.isEmpty());
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->status, QStringLiteral("as_printed"));
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->correctedValue, std::optional<double>(12000));
    // Undo puts the earlier correction back (corrected, 199693), not merely the status.
    QTest::keyClick(w.get(), Qt::Key_Z, Qt::ControlModifier);
    std::optional<StoredField> f = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(f->status, QStringLiteral("corrected"));
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
    QCOMPARE(sum->resolution, QStringLiteral("open"));
    QVERIFY(w->selectFlag(sum->id));
    w->setReasonPrompt([](QWidget*, const QString&) { return QStringLiteral("the report counts one case twice"); });
    QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->undoStack()->count(), 1);
    std::optional<StoredFlag> now = activeFlag(*w, isSumFlag);
    QCOMPARE(now->resolution, QStringLiteral("dismissed"));
    QCOMPARE(now->reason, QStringLiteral("the report counts one case twice"));
    QCOMPARE(flagItem(*w, sum->id)->text(3), QStringLiteral("dismissed"));

    // Another report, then undo: the window goes back to 002 and the flag is open again.
    const qint64 other = seedId(QStringLiteral("000_"));
    QVERIFY(w->selectReport(other));
    QCOMPARE(w->currentReportId(), other);
    w->undoStack()->undo();
    QCOMPARE(w->currentReportId(), seed);
    now = activeFlag(*w, isSumFlag);
    QCOMPARE(now->resolution, QStringLiteral("open"));
    QCOMPARE(flagItem(*w, sum->id)->text(3), QStringLiteral("open"));
    // Redo from elsewhere again: dismissed, with its reason.
    QVERIFY(w->selectReport(other));
    w->undoStack()->redo();
    QCOMPARE(w->currentReportId(), seed);
    QCOMPARE(activeFlag(*w, isSumFlag)->resolution, QStringLiteral("dismissed"));

    // Ctrl+Return: the report reviewed, and the next unreviewed one opened.
    QVERIFY(w->selectReport(seed));
    QTest::keyClick(w.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(w->currentReportId() != seed);
    QCOMPARE(w->store()->report(seed)->status, QStringLiteral("reviewed"));
    QCOMPARE(w->store()->report(w->currentReportId())->status, QStringLiteral("unreviewed"));
}

void TestReviewWindow::decisionsSurviveRestart()
{
    // A new window on the same database: no undo history, every decision still there.
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->undoStack()->count(), 0);
    const qint64 seed = seedId(QStringLiteral("002_"));
    QVERIFY(w->selectReport(seed));
    QCOMPARE(w->store()->report(seed)->status, QStringLiteral("reviewed"));
    const std::optional<StoredField> website = storedField(*w, QStringLiteral("proactive.via_website"));
    QCOMPARE(website->status, QStringLiteral("corrected"));
    QCOMPARE(website->correctedValue, std::optional<double>(199693));
    QCOMPARE(fieldItem(*w, QStringLiteral("proactive.via_website"))->text(1), QStringLiteral("199693"));
    QVERIFY(!activeFlag(*w, isUnitFlag));
    QCOMPARE(activeFlag(*w, isSumFlag)->resolution, QStringLiteral("dismissed"));
    int confirmed = 0;
    for (const StoredField& f : w->store()->fields(seed)) {
        confirmed += f.status == u"confirmed" ? 1 : 0;
    }
    QCOMPARE(confirmed, 1);
}

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
