// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About Jiaohe names the licence (GPL-3.0-or-later) with its warranty disclaimer and the project's address,
// and its Close button closes it.
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/AboutDialog.h"
#include "support/MessageBox.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace jiaohe;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpMenuShowsLicence();

private:
    QTemporaryDir m_dir;
};

void TestAboutDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestAboutDialog"));
    MessageBox::setAnswerForAll(QMessageBox::Ok);
}

void TestAboutDialog::helpMenuShowsLicence()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QAction* about = w.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    // It is in the Help menu, the last menu of the bar.
    QMenu* help = w.menuBar()->actions().last()->menu();
    QVERIFY(help);
    QVERIFY(help->actions().contains(about));
    about->trigger();
    auto* dialog = w.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("WITHOUT ANY WARRANTY")));
    QVERIFY(text.contains(QLatin1String(AboutDialog::Homepage)));
    QVERIFY(text.contains(QLatin1String(AboutDialog::LicenceUrl)));
    // Shown again, it is the same dialog, not a second one.
    about->trigger();
    QCOMPARE(w.findChildren<AboutDialog*>().size(), 1);
    QPushButton* close =
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("aboutButtons"))->button(QDialogButtonBox::Close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
