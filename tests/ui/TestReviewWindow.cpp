// The review window on the offscreen platform, over a database holding the five seed reports: the queue and
// its progress, a seed opened with its text, fields and flags, a field selecting its evidence, F8 to the next
// report with open flags, the search box filtering the queue, and the layout remembered between windows.
#include "ReportQueueModel.h"
#include "ReviewWindow.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

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

QTEST_MAIN(TestReviewWindow)
#include "TestReviewWindow.moc"
