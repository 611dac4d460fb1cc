// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export findings… and File → Print findings… driven as a reviewer does (Alt+F, then the item's key;
// Ctrl+P), the target file answered through the FileDialog seam, the written workbook and PDF read back.
#include "MainWindow.h"
#include "dialogs/SelfCheckDialog.h"
#include "support/FileDialog.h"
#include "support/MessageBox.h"

#include <ProgramRun.h>
#include <TestSupport.h>

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString reason = QStringLiteral("原文印错，以更正后的数字为准");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFindingsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportFindingsFromTheMenu();
    void printFindingsWithCtrlP();
    void withoutADatabase();
    void selfCheckADraft();

private:
    // Opens the File menu with Alt+F and presses `key` in it.
    static void chooseFromFileMenu(MainWindow& w, Qt::Key key);
    QTemporaryDir m_dir;
    QString m_pristine;
    QString m_db;
    int m_copies = 0;
};

void TestFindingsWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestFindingsWindow"));
    MessageBox::setAnswerForAll(QMessageBox::Ok);
    // The window writes in its interface language: Chinese here.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
    {
        const test::TemporaryDatabase temporary({seed002});
        QVERIFY2(temporary.isValid(), qPrintable(temporary.error()));
        QVERIFY(QFile::copy(temporary.path(), m_pristine));
    }
    Database db;
    QVERIFY(db.open(m_pristine));
    ReviewStore store(db);
    const qint64 id = store.reports().first().id;
    const QList<StoredFlag> flags = test::flagsOf(store, id, QStringLiteral("sum"));
    QVERIFY(!flags.isEmpty());
    QVERIFY(store.resolveFlag(flags.first().id, Resolution::SourceError, reason));
}

void TestFindingsWindow::init()
{
    QSettings().clear();
    MessageBox::clearShown();
    m_db = m_dir.filePath(QStringLiteral("review-%1.sqlite").arg(++m_copies));
    QVERIFY(QFile::copy(m_pristine, m_db));
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
}

void TestFindingsWindow::chooseFromFileMenu(MainWindow& w, Qt::Key key)
{
    QTest::keyClick(&w, Qt::Key_F, Qt::AltModifier);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QTest::keyClick(menu, key);
}

void TestFindingsWindow::exportFindingsFromTheMenu()
{
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db), qPrintable(w.error()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QString out = m_dir.filePath(QStringLiteral("window-findings.xlsx"));
    FileDialog::setNextFileName(out);
    chooseFromFileMenu(w, Qt::Key_I); // Export f&indings…
    QTRY_VERIFY(QFile::exists(out));
    QVERIFY(FileDialog::lastSuggested().endsWith(QStringLiteral("findings.xlsx")));
    QVERIFY2(MessageBox::shown().isEmpty(), "an error was shown");
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        QSKIP("python3 is not installed");
    }
    const test::ProgramRun py = test::runProgram(QStringLiteral("python3"),
                                                 {QStringLiteral(JIAOHE_TEST_DATA "/findings/read_workbook.py"), out});
    QVERIFY2(py.status == 0, qPrintable(py.err));
    const QJsonObject book = QJsonDocument::fromJson(py.out.toUtf8()).object();
    // Chinese sheets and headers (the interface's language), and the decided flag with its reason.
    const QJsonArray rows = book.value(u"rows").toObject().value(u"问题清单").toArray();
    QVERIFY(rows.size() > 1);
    QVERIFY(rows.first().toArray().toVariantList().contains(QStringLiteral("理由")));
    bool found = false;
    for (const QJsonValue& row : rows) {
        found = found || (row.toArray().toVariantList().contains(reason) &&
                          row.toArray().toVariantList().contains(QStringLiteral("原文有误")));
    }
    QVERIFY2(found, py.out.left(2000).toUtf8().constData());
}

void TestFindingsWindow::printFindingsWithCtrlP()
{
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db), qPrintable(w.error()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.selectReport(w.store()->reports().first().id));
    const QString out = m_dir.filePath(QStringLiteral("window-findings.pdf"));
    FileDialog::setNextFileName(out);
    QWidget* focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : &w, Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(out));
    // The suggested name is the open report's body and year; the report is that body's.
    QVERIFY2(FileDialog::lastSuggested().endsWith(QStringLiteral("findings-钦州市2016.pdf")),
             qPrintable(FileDialog::lastSuggested()));
    QVERIFY(readAll(out).startsWith("%PDF"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("poppler-utils is not installed");
    }
    const test::ProgramRun text = test::runProgram(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    const QString flat = text.out.normalized(QString::NormalizationForm_KC).remove(u'\n');
    QVERIFY2(flat.contains(QStringLiteral("钦州市2016年")), qPrintable(text.out.left(300)));
    QVERIFY2(flat.contains(reason.normalized(QString::NormalizationForm_KC)), qPrintable(text.out.left(1200)));
}

void TestFindingsWindow::withoutADatabase()
{
    // No database open: the action says so through the message box and writes nothing.
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QString out = m_dir.filePath(QStringLiteral("nothing.xlsx"));
    FileDialog::setNextFileName(out);
    chooseFromFileMenu(w, Qt::Key_I);
    QTRY_COMPARE(MessageBox::shown().size(), 1);
    QVERIFY(!QFile::exists(out));
    FileDialog::setNextFileName(QString()); // the answer not taken stays for no one else
}

void TestFindingsWindow::selfCheckADraft()
{
    // File → Self-check a draft… (Alt+F, S): a .txt draft with one table error, on screen, then saved as PDF with
    // the dialog's button; the open database gains no report.
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db), qPrintable(w.error()));
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const qsizetype reports = w.store()->reports().size();
    FileDialog::setNextFileName(QStringLiteral(JIAOHE_TEST_DATA "/findings/draft-hongze-2024.txt"));
    chooseFromFileMenu(w, Qt::Key_S);
    SelfCheckDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<SelfCheckDialog*>(QStringLiteral("selfCheckDialog"))) != nullptr);
    const QString shown = dialog->browser()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("表中为 90,应为 95")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("自查报告")), qPrintable(shown));
    const QString out = m_dir.filePath(QStringLiteral("self-check.pdf"));
    FileDialog::setNextFileName(out);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(out));
    QVERIFY(readAll(out).startsWith("%PDF"));
    QCOMPARE(w.store()->reports().size(), reports);
    dialog->close();
}

QTEST_MAIN(TestFindingsWindow)
#include "TestFindingsWindow.moc"
