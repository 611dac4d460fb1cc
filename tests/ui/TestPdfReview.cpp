// SPDX-License-Identifier: GPL-3.0-or-later
// A PDF report in the review window: its pages rendered on demand, every field's evidence a box on the page,
// the selected field's box brought into view, a click on a box selecting its field, Alt+click assigning the
// number under it; when the file has moved, the pages drawn from the boxes kept in the database, evidence and all,
// saying the page images are unavailable (and, for a report imported before the boxes were kept, the text instead).
#include "PdfPageView.h"
#include "ReportQueueModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "support/MessageBox.h"
#include "ReviewActionHandler.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportPanel.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "common/StatusPrinting.h"
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace jiaohe;

namespace {

const QString reportPdf = QStringLiteral(JIAOHE_TEST_DATA "/reports/hongze-2024.pdf");

std::optional<StoredField> storedField(MainWindow& w, const QString& key)
{
    return test::fieldOf(*w.store(), w.currentReportId(), key);
}

QList<PdfPageView::Box> boxesOf(const PdfPageView& view, PdfPageView::BoxKind kind, const QString& key = QString())
{
    QList<PdfPageView::Box> out;
    for (const PdfPageView::Box& b : view.boxes()) {
        if (b.kind == kind && (key.isEmpty() || b.key == key)) {
            out.append(b);
        }
    }
    return out;
}

} // namespace

class TestPdfReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesWithBoxes();
    void clickAndAssignOnPage();
    void textReportHasNoPages();
    void movedFileShowsStoredBoxes();
    void missingFileFallsBackToText();
    void otherReadingShowsPagesWithoutBoxes();

private:
    std::unique_ptr<MainWindow> openWindow(const QStringList& files);
    bool waitForPages(MainWindow& w);

    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestPdfReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    MessageBox::setAnswerForAll(QMessageBox::Ok); // no box ever blocks a test
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestPdfReview"));
    QVERIFY(QFile::exists(reportPdf));
}

std::unique_ptr<MainWindow> TestPdfReview::openWindow(const QStringList& files)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_dir.filePath(QStringLiteral("review%1.sqlite").arg(++m_databases)))) {
        return nullptr;
    }
    const QList<qint64> ids = w->importer()->importReports(files);
    if (ids.size() != files.size()) {
        qWarning() << w->importer()->failures();
        return nullptr;
    }
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->selectReport(ids.first())) {
        return nullptr;
    }
    return w;
}

bool TestPdfReview::waitForPages(MainWindow& w)
{
    return QTest::qWaitFor([&] { return w.reportPanel()->isPdfShown(); }, 20000);
}

void TestPdfReview::pagesWithBoxes()
{
    auto w = openWindow({reportPdf});
    QVERIFY(w);
    QVERIFY(waitForPages(*w));
    PdfPageView* view = w->reportPanel()->pageView();
    QVERIFY(view->isVisible());
    QVERIFY(view->pageCount() >= 4);
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("reportTabs"));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(tabs->isTabVisible(1)); // the text stays available
    // Pages are rendered on demand: only those in view, not the whole report.
    QTRY_VERIFY(view->renderedPages() >= 1);
    QVERIFY2(view->renderedPages() < view->pageCount(), qPrintable(QString::number(view->renderedPages())));
    // Every field with evidence has a box.
    QVERIFY(boxesOf(*view, PdfPageView::BoxKind::Field).size() + boxesOf(*view, PdfPageView::BoxKind::Flag).size() >=
            50);

    // Selecting a table cell brings its box into view, drawn as the current one.
    const QString key = QStringLiteral("t3.new.total");
    QVERIFY(w->fieldsPanel()->selectField(key));
    const QList<PdfPageView::Box> current = boxesOf(*view, PdfPageView::BoxKind::Current, key);
    QCOMPARE(current.size(), 1);
    const QRect onScreen = view->viewportRect(current.first().page, current.first().rect);
    QVERIFY2(view->viewport()->rect().contains(onScreen.center()), "the current box is in view");
    QCOMPARE(view->currentPage(), current.first().page);
    // The box lies where the number is: the page text at its centre is that number.
    const std::optional<StoredField> f = storedField(*w, key);
    QVERIFY(f);
    QCOMPARE(f->evidenceText, QStringLiteral("95"));

    // Zoom keeps the current page in view; fit width comes back.
    const double fitted = view->zoom();
    view->zoomIn();
    QVERIFY(view->zoom() > fitted);
    QVERIFY(!view->fitsWidth());
    view->fitWidth();
    QCOMPARE(view->zoom(), fitted);
    // Take a look (a person checks this picture when the test changes).
    view->grab().save(m_dir.filePath(QStringLiteral("pdf-view.png")));
}

void TestPdfReview::clickAndAssignOnPage()
{
    auto w = openWindow({reportPdf});
    QVERIFY(w);
    QVERIFY(waitForPages(*w));
    PdfPageView* view = w->reportPanel()->pageView();
    const QString target = QStringLiteral("t4.reconsideration.upheld");
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("t3.new.total")));
    // Bring the table-4 box into view, then click it: its field is selected.
    QList<PdfPageView::Box> boxes = boxesOf(*view, PdfPageView::BoxKind::Field, target) +
                                    boxesOf(*view, PdfPageView::BoxKind::Flag, target);
    QCOMPARE(boxes.size(), 1);
    view->ensureVisible(boxes.first().page, boxes.first().rect);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->viewportRect(boxes.first().page, boxes.first().rect).center());
    QCOMPARE(w->fieldsPanel()->currentKey(), target);
    QCOMPARE(w->undoStack()->count(), 0);

    // Alt+click on the number of another cell assigns it to the selected field, evidence and all.
    const QString other = QStringLiteral("t3.granted.total"); // 50
    const std::optional<StoredField> source = storedField(*w, other);
    QVERIFY(source);
    boxes = boxesOf(*view, PdfPageView::BoxKind::Field, other) + boxesOf(*view, PdfPageView::BoxKind::Flag, other);
    QCOMPARE(boxes.size(), 1);
    view->ensureVisible(boxes.first().page, boxes.first().rect);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::AltModifier,
                      view->viewportRect(boxes.first().page, boxes.first().rect).center());
    QCOMPARE(w->undoStack()->count(), 1);
    const std::optional<StoredField> assigned = storedField(*w, target);
    QCOMPARE(assigned->finalValue(), std::optional<double>(50));
    QCOMPARE(assigned->evidenceStart, source->evidenceStart);
    QCOMPARE(assigned->status, FieldStatus::Corrected);
    // The page still shows after the change (no reload of the file), the box moved with the evidence.
    QVERIFY(w->reportPanel()->isPdfShown());
    QCOMPARE(boxesOf(*view, PdfPageView::BoxKind::Current, target).size(), 1);
    QCOMPARE(boxesOf(*view, PdfPageView::BoxKind::Current, target).first().rect, boxes.first().rect);
    w->undoStack()->undo();
    QCOMPARE(storedField(*w, target)->evidenceText, QStringLiteral("1"));
}

void TestPdfReview::textReportHasNoPages()
{
    auto w = openWindow({QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt"), reportPdf});
    QVERIFY(w);
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("reportTabs"));
    QVERIFY(!tabs->isTabVisible(0));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("reportView"));
    QVERIFY(!w->reportPanel()->isPdfShown());
    // Switching to the PDF and back: pages, then none.
    const QList<StoredReport> reports = w->store()->reports();
    qint64 pdf = 0;
    qint64 text = 0;
    for (const StoredReport& r : reports) {
        (r.format == u"pdf" ? pdf : text) = r.id;
    }
    QVERIFY(w->selectReport(pdf));
    QVERIFY(waitForPages(*w));
    QVERIFY(tabs->isTabVisible(0));
    QVERIFY(w->selectReport(text));
    QVERIFY(!tabs->isTabVisible(0));
    QVERIFY(!w->reportPanel()->isPdfShown());
}

// The file moved away after the import: the pages are drawn from the boxes stored with the report (no page image),
// every field's evidence boxed on them, a click on a box selects its field, and the window says why there is no
// image.
void TestPdfReview::movedFileShowsStoredBoxes()
{
    const QString copy = m_dir.filePath(QStringLiteral("moving.pdf"));
    QVERIFY(QFile::copy(reportPdf, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto w = openWindow({QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt"), copy});
    QVERIFY(w);
    QVERIFY(QFile::rename(copy, m_dir.filePath(QStringLiteral("elsewhere.pdf"))));
    qint64 pdf = 0;
    for (const StoredReport& r : w->store()->reports()) {
        if (r.format == u"pdf") {
            pdf = r.id;
        }
    }
    QVERIFY(w->selectReport(pdf));
    QVERIFY(waitForPages(*w));
    PdfPageView* view = w->reportPanel()->pageView();
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("reportTabs"));
    QVERIFY(tabs->isTabVisible(0));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!view->hasImages());
    QVERIFY(view->pageCount() >= 4);
    QVERIFY2(view->unavailableNote().contains(QStringLiteral("moved")), qPrintable(view->unavailableNote()));
    const QString status = w->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("moving.pdf")) && status.contains(QStringLiteral("unavailable")),
             qPrintable(status));
    QVERIFY(boxesOf(*view, PdfPageView::BoxKind::Field).size() + boxesOf(*view, PdfPageView::BoxKind::Flag).size() >=
            50);
    view->grab().save(m_dir.filePath(QStringLiteral("pdf-view-moved.png")));
    QCOMPARE(view->renderedPages(), 0);

    // The boxes are where the file put them: the same as when the file is there.
    auto there = openWindow({reportPdf});
    QVERIFY(there);
    QVERIFY(waitForPages(*there));
    const QString target = QStringLiteral("t4.reconsideration.upheld");
    const QList<PdfPageView::Box> fromFile =
        boxesOf(*there->reportPanel()->pageView(), PdfPageView::BoxKind::Field, target) +
        boxesOf(*there->reportPanel()->pageView(), PdfPageView::BoxKind::Flag, target);
    there.reset();
    QList<PdfPageView::Box> boxes =
        boxesOf(*view, PdfPageView::BoxKind::Field, target) + boxesOf(*view, PdfPageView::BoxKind::Flag, target);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(fromFile.size(), 1);
    QCOMPARE(boxes.first().page, fromFile.first().page);
    QVERIFY(std::abs(boxes.first().rect.left() - fromFile.first().rect.left()) < 0.1);
    QVERIFY(std::abs(boxes.first().rect.top() - fromFile.first().rect.top()) < 0.1);
    // A click on the box selects its field, as on a page with its image.
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("t3.new.total")));
    view->ensureVisible(boxes.first().page, boxes.first().rect);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->viewportRect(boxes.first().page, boxes.first().rect).center());
    QCOMPARE(w->fieldsPanel()->currentKey(), target);
    QCOMPARE(boxesOf(*view, PdfPageView::BoxKind::Current, target).size(), 1);
    // The text tab keeps the evidence highlighted too.
    QVERIFY(tabs->isTabVisible(1));
}

// A report imported before the boxes were kept (none in the database) whose file is gone: the text instead.
void TestPdfReview::missingFileFallsBackToText()
{
    const QString copy = m_dir.filePath(QStringLiteral("moved.pdf"));
    QVERIFY(QFile::copy(reportPdf, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto w = openWindow({QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt"), copy});
    QVERIFY(w);
    QVERIFY(QFile::remove(copy));
    QVERIFY(w->store()->database().transaction([&] {
        return QSqlQuery(w->store()->database().connection()).exec(QStringLiteral("DELETE FROM report_boxes"));
    }));
    qint64 pdf = 0;
    for (const StoredReport& r : w->store()->reports()) {
        if (r.format == u"pdf") {
            pdf = r.id;
        }
    }
    QVERIFY(!w->store()->reportBoxes(pdf));
    QVERIFY(w->selectReport(pdf));
    QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().contains(QStringLiteral("cannot be shown")), 20000);
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("moved.pdf")));
    QVERIFY(!w->reportPanel()->isPdfShown());
    auto* tabs = w->findChild<QTabWidget*>(QStringLiteral("reportTabs"));
    QVERIFY(!tabs->isTabVisible(0));
    // The review goes on in the text: fields and evidence are there.
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("t3.new.total")));
}

// The same bytes read into another text (imported by another version of Jiaohe): the pages are shown, the
// evidence boxes, whose offsets belong to the other reading, are not.
void TestPdfReview::otherReadingShowsPagesWithoutBoxes()
{
    const QString db = m_dir.filePath(QStringLiteral("other-reading.sqlite"));
    {
        MainWindow w;
        QVERIFY(w.openDatabase(db));
        QCOMPARE(w.importer()->importReports({reportPdf}).size(), 1);
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("UPDATE reports SET original_text = '　' || original_text")));
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    MainWindow w;
    QVERIFY(w.openDatabase(db));
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.selectReport(w.queueModel()->reportId(0)));
    QVERIFY(waitForPages(w));
    QVERIFY(w.reportPanel()->pageView()->pageCount() >= 4);
    QVERIFY(w.reportPanel()->pageView()->boxes().isEmpty());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("another version")));
}

QTEST_MAIN(TestPdfReview)
#include "TestPdfReview.moc"
