// SPDX-License-Identifier: GPL-3.0-or-later
// Before the window: the command line (`jiaohe [--db FILE] [REPORT...]`, --db anywhere) and the translations,
// Qt's own included, so that a Chinese UI has Chinese OK/Cancel buttons and file dialogs (issue 12).
#include "support/ScreenFit.h"
#include "support/Startup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace jiaohe;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arguments_data();
    void arguments();
    void chineseIncludesQtsOwnStrings();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();
    void cleanup();
};

void TestStartup::arguments_data()
{
    QTest::addColumn<QStringList>("line");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("reports");
    QTest::addColumn<bool>("refused");
    const QString db = QStringLiteral("审核.sqlite");
    const QString a = QStringLiteral("a.pdf");
    const QString b = QStringLiteral("报告/");
    QTest::newRow("nothing") << QStringList() << QString() << QStringList() << false;
    QTest::newRow("reports only") << QStringList{a, b} << QString() << QStringList{a, b} << false;
    QTest::newRow("--db first") << QStringList{QStringLiteral("--db"), db, a} << db << QStringList{a} << false;
    QTest::newRow("--db after a report") << QStringList{a, QStringLiteral("--db"), db, b} << db << QStringList{a, b}
                                         << false;
    QTest::newRow("--db last") << QStringList{a, b, QStringLiteral("--db"), db} << db << QStringList{a, b} << false;
    QTest::newRow("--db=FILE") << QStringList{QStringLiteral("--db=") + db, a} << db << QStringList{a} << false;
    QTest::newRow("--db without a file") << QStringList{a, QStringLiteral("--db")} << QString() << QStringList{a}
                                         << true;
}

void TestStartup::arguments()
{
    QFETCH(QStringList, line);
    QFETCH(QString, database);
    QFETCH(QStringList, reports);
    QFETCH(bool, refused);
    const WindowArguments parsed = parseWindowArguments(line);
    QCOMPARE(!parsed.error.isEmpty(), refused);
    if (refused) {
        QVERIFY(parsed.error.contains(QStringLiteral("--db")));
        return;
    }
    QCOMPARE(parsed.database, database);
    QCOMPARE(parsed.reports, reports);
}

void TestStartup::chineseIncludesQtsOwnStrings()
{
    const QStringList loaded = installTranslations(*qApp, QLocale(QLocale::Chinese, QLocale::China));
    // Qt's catalogue comes from Debian's qt6-translations-l10n (packaging/setup-debian.sh, and a dependency of
    // the package): without it Qt's buttons and dialogs stay English in a Chinese UI.
    QVERIFY2(loaded.contains(QStringLiteral("qtbase")), qPrintable(loaded.join(u',')));
    QVERIFY(loaded.contains(QStringLiteral("jiaohe")));

    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    const QString ok = buttons.button(QDialogButtonBox::Ok)->text().remove(u'&');
    const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&');
    QVERIFY2(ok.contains(QStringLiteral("确定")), qPrintable(ok));
    QVERIFY2(cancel.contains(QStringLiteral("取消")), qPrintable(cancel));
    const QString lookIn = QCoreApplication::translate("QFileDialog", "Look in:");
    QVERIFY2(lookIn != QStringLiteral("Look in:") && lookIn.contains(QStringLiteral("查")), qPrintable(lookIn));
    // And Jiaohe's own strings.
    QCOMPARE(QCoreApplication::translate("jiaohe::MainWindow", "&File").remove(u'&').left(2), QStringLiteral("文件"));
}

void TestStartup::windowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1366, 740); // below a 28-pixel panel: starts at y 28 on a real screen
    QTest::newRow("fits: unchanged") << QRect(100, 100, 1000, 600) << laptop << QRect(100, 100, 1000, 600);
    QTest::newRow("from a 4K monitor") << QRect(200, 150, 2400, 1500) << laptop << laptop;
    QTest::newRow("off the right edge") << QRect(1000, 100, 800, 500) << laptop << QRect(566, 100, 800, 500);
    QTest::newRow("above the panel") << QRect(50, 0, 800, 500) << QRect(0, 28, 1366, 740) << QRect(50, 28, 800, 500);
    QTest::newRow("second screen on the left")
        << QRect(-1500, 0, 1200, 700) << QRect(-1920, 0, 1920, 1050) << QRect(-1500, 0, 1200, 700);
    QTest::newRow("taller only") << QRect(10, 10, 800, 900) << laptop << QRect(10, 0, 800, 740);
}

void TestStartup::windowFitsTheScreen()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect fitted = fitToScreen(frame, available);
    QCOMPARE(fitted, expected);
    QVERIFY(available.contains(fitted));
}

void TestStartup::cleanup()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QTEST_MAIN(TestStartup)
#include "TestStartup.moc"
