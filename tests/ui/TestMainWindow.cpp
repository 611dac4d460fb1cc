// The first window, on the offscreen platform: a seed report opens with its fields and flags, and
// selecting a field selects its evidence in the report text.
#include "MainWindow.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace jiaohe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensSeed();
    void fieldSelectsEvidence();
    void unreadableFileIsSaid();
    void shipsInChinese();
};

void TestMainWindow::opensSeed()
{
    MainWindow w;
    QVERIFY(w.openReport(QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")));
    QVERIFY2(w.fieldCount() >= 25, qPrintable(QString::number(w.fieldCount())));
    QVERIFY(w.flagCount() >= 3);
    auto* view = w.findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(u"钦州市2016年政府信息公开工作年度报告"));
}

void TestMainWindow::fieldSelectsEvidence()
{
    MainWindow w;
    QVERIFY(w.openReport(QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")));
    auto* tree = w.findChild<QTreeWidget*>(QStringLiteral("fieldsTree"));
    auto* view = w.findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QTreeWidgetItem* website = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->toolTip(0) == u"proactive.via_website") {
            website = *it;
        }
    }
    QVERIFY(website);
    tree->setCurrentItem(website);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("199693万条"));
}

void TestMainWindow::unreadableFileIsSaid()
{
    MainWindow w;
    QVERIFY(!w.openReport(QStringLiteral("/nonexistent/report.txt")));
    auto* view = w.findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QVERIFY(view->toPlainText().contains(u"report.txt"));
    QCOMPARE(w.fieldCount(), 0);
}

void TestMainWindow::shipsInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/jiaohe_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    {
        MainWindow w;
        QVERIFY2(w.windowTitle().contains(u"校核"), qPrintable(w.windowTitle()));
        QVERIFY(w.openReport(QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")));
        auto* flags = w.findChild<QTreeWidget*>(QStringLiteral("flagsTree"));
        QCOMPARE(flags->headerItem()->text(0), QStringLiteral("级别"));
        QCOMPARE(flags->topLevelItem(0)->text(0), QStringLiteral("错误"));
    }
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
