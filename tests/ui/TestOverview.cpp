// SPDX-License-Identifier: GPL-3.0-or-later
// Go → Overview… (Ctrl+Shift+O): the charts drawn from the database, and a click on a bar or a point filtering the
// queue as a reviewer would expect — on the seed reports and the two Hongze template PDFs (2023, 2024), whose
// year-on-year jump is a cross-year flag marked on the series.
#include "MainWindow.h"
#include "ReportQueueModel.h"
#include "dialogs/OverviewDialog.h"
#include "findings/Overview.h"
#include "support/MessageBox.h"

#include <TestSupport.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QScatterSeries>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace jiaohe;

class TestOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clickFilters_data();
    void clickFilters();
    void crossYearSeries();

private:
    // Opens the overview as a reviewer does: Ctrl+Shift+O in the window.
    OverviewDialog* openOverview(MainWindow& w);
    // Clicks the middle of bar `index` of the first bar series of `view`.
    static void clickBar(QChartView* view, int index);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestOverview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestOverview"));
    MessageBox::setAnswerForAll(QMessageBox::Ok);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_db = m_dir.filePath(QStringLiteral("review.sqlite"));
    const test::TemporaryDatabase temporary(test::seedFiles() +
                                            QStringList{QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2023.pdf"),
                                                        QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf")});
    QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
    QVERIFY(QFile::copy(temporary.path(), m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    // One report in review, so that the status chart has two bars.
    Database db;
    QVERIFY(db.open(m_db));
    ReviewStore store(db);
    QVERIFY(store.setReportStatus(temporary.ids().first(), ReportStatus::InReview));
}

OverviewDialog* TestOverview::openOverview(MainWindow& w)
{
    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : &w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = w.findChild<OverviewDialog*>(QStringLiteral("overviewDialog"));
    if (dialog) {
        QTest::qWaitForWindowExposed(dialog);
    }
    return dialog;
}

void TestOverview::clickBar(QChartView* view, int index)
{
    auto* series = qobject_cast<QBarSeries*>(view->chart()->series().value(0));
    QVERIFY(series && !series->barSets().isEmpty());
    const double value = series->barSets().first()->at(index);
    const QPointF scene = view->chart()->mapToPosition(QPointF(index, value / 2), series);
    const QPoint at = view->mapFromScene(scene);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
}

void TestOverview::clickFilters_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("combo"); // the queue's filter the click sets; empty: the search text
    QTest::newRow("a status bar filters the queue by status") << "statusChartView"
                                                              << "statusFilterCombo";
    QTest::newRow("a kind bar filters by open flag kind") << "kindChartView"
                                                          << "flagKindFilterCombo";
    QTest::newRow("a body bar searches the queue for the body") << "bodiesChartView"
                                                                << "";
}

void TestOverview::clickFilters()
{
    QFETCH(QString, chart);
    QFETCH(QString, combo);
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db), qPrintable(w.error()));
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    OverviewDialog* dialog = openOverview(w);
    QVERIFY(dialog);
    auto* view = dialog->findChild<QChartView*>(chart);
    QVERIFY(view);
    auto* series = qobject_cast<QBarSeries*>(view->chart()->series().value(0));
    QVERIFY(series);
    QBarSet* set = series->barSets().first();
    // The last bar: for the status chart "in review" (one report), for the others the smallest count.
    const int index = int(set->count()) - 1;
    QVERIFY(index >= 0);
    const int expected = int(set->at(index));
    clickBar(view, index);
    QTableView* queue = w.findChild<QTableView*>(QStringLiteral("queueView"));
    if (combo.isEmpty()) {
        // The body under the bar is searched for, and its reports are what the queue shows.
        auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTRY_COMPARE(search->text(), axis->categories().at(index));
        QTRY_VERIFY(queue->model()->rowCount() >= 1);
        return;
    }
    auto* filter = w.findChild<QComboBox*>(combo);
    QVERIFY(filter);
    QTRY_VERIFY(filter->currentIndex() > 0);
    if (chart == u"statusChartView") {
        QCOMPARE(filter->currentData().toString(), QStringLiteral("in_review"));
        QTRY_COMPARE(queue->model()->rowCount(), expected);
    } else {
        QTRY_VERIFY(queue->model()->rowCount() >= 1);
        QVERIFY(queue->model()->rowCount() <= expected);
    }
}

void TestOverview::crossYearSeries()
{
    // The core: Hongze's two years, the 2024 year-jump flag marked on the field it is about.
    Database db;
    QVERIFY(db.open(m_db));
    ReviewStore store(db);
    QVERIFY(OverviewReader::bodiesAcrossYears(store).first() == QStringLiteral("洪泽区"));
    const QString key = OverviewReader::suggestedField(store, QStringLiteral("洪泽区"));
    const FieldSeries s = OverviewReader::series(store, QStringLiteral("洪泽区"), key);
    QCOMPARE(s.values.size(), 2);
    QCOMPARE(s.values.first().first, 2023);
    QCOMPARE(s.flaggedYears, QList<int>{2024});

    // The window: the series chart shows that field with the flagged year as a red point; clicking it searches
    // the queue for the body.
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db), qPrintable(w.error()));
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    OverviewDialog* dialog = openOverview(w);
    QVERIFY(dialog);
    QCOMPARE(dialog->bodyCombo()->currentText(), QStringLiteral("洪泽区"));
    QCOMPARE(dialog->fieldCombo()->currentData().toString(), key);
    QChartView* view = dialog->seriesView();
    QScatterSeries* flagged = nullptr;
    for (QAbstractSeries* series : view->chart()->series()) {
        flagged = flagged ? flagged : qobject_cast<QScatterSeries*>(series);
    }
    QVERIFY(flagged);
    QCOMPARE(flagged->count(), 1);
    QCOMPARE(int(flagged->at(0).x()), 2024);
    const QPoint at = view->mapFromScene(view->chart()->mapToPosition(flagged->at(0), flagged));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTRY_COMPARE(search->text(), QStringLiteral("洪泽区"));
    QTableView* queue = w.findChild<QTableView*>(QStringLiteral("queueView"));
    QTRY_COMPARE(queue->model()->rowCount(), 2);
}

QTEST_MAIN(TestOverview)
#include "TestOverview.moc"
