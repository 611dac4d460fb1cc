// SPDX-License-Identifier: GPL-3.0-or-later
// A whole report reviewed with the keyboard alone, as a reviewer who never touches the mouse does it: every key
// goes to whatever widget has the focus at that moment (never to a widget the test picked), dialogs included.
// The test reads the screen as a person does (which field, which flag is selected) to choose the next key, and
// asserts the database afterwards. Seed 002 has 28 fields and three flags: the 199693万 unit slip (accepted),
// 35 + 1081 ≠ 1103 (a source error) and a sum off by 2 (dismissed with a reason).
#include "MainWindow.h"
#include "PaneNavigator.h"
#include "TestSupport.h"
#include "common/StatusPrinting.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/QueuePanel.h"
#include "panels/ReportPanel.h"
#include "FieldsModel.h"
#include "store/Database.h"
#include "store/LockHolder.h"
#include "store/ReviewStore.h"
#include "support/MessageBox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace jiaohe;

namespace {

const QString seed001 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/001_2d20e57966d07fd9.txt");
const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");

// The key goes where a keyboard's would: to the focus widget (the window when nothing has the focus yet).
void press(QWidget* window, QKeyCombination key)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, key.key(), key.keyboardModifiers());
    // What the key set off in the event loop (an editor commits its value queued) happens before the next key,
    // as it does between a person's keystrokes.
    QCoreApplication::processEvents();
}

// Latin text as key presses; Chinese as the input method delivers it: one committed string.
void type(QWidget* window, const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    target = target ? target : window;
    bool latin = true;
    for (const QChar c : text) {
        latin = latin && c.unicode() < 0x80;
    }
    if (latin) {
        QTest::keyClicks(target, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(target, &commit);
}

bool focusIn(const QWidget* pane)
{
    const QWidget* focus = QApplication::focusWidget();
    return focus && (focus == pane || pane->isAncestorOf(focus));
}

} // namespace

class TestKeyboardReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewSeed002ByKeys();
    void tabAndCtrlTabVisitThePanes();
    void lockedDatabaseRefusesAtOnce();
    void decisionOnARowChangedElsewhereIsRefusedAndReloaded();

private:
    std::unique_ptr<MainWindow> openWindow(test::TemporaryDatabase& db);
    QTemporaryDir m_settings;
};

void TestKeyboardReview::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestKeyboardReview"));
    // A question the window asks is answered Yes/OK as a reviewer going on would; none is expected here.
    MessageBox::setAnswerForAll(QMessageBox::Ok);
}

std::unique_ptr<MainWindow> TestKeyboardReview::openWindow(test::TemporaryDatabase& db)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(db.path())) {
        qWarning() << w->error();
        return nullptr;
    }
    w->resize(1400, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get())) {
        return nullptr;
    }
    return w;
}

void TestKeyboardReview::reviewSeed002ByKeys()
{
    test::TemporaryDatabase db({seed001, seed002});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const qint64 id = db.idOf(QStringLiteral("002_"));
    auto w = openWindow(db);
    QVERIFY(w);
    QWidget* win = w.get();

    // Find the report: Ctrl+Shift+F, its name, Tab to the queue, Down to open the one row left.
    press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    type(win, QStringLiteral("002"));
    press(win, QKeyCombination(Qt::Key_Tab));
    QVERIFY(focusIn(w->queuePanel()->view()));
    press(win, QKeyCombination(Qt::Key_Down));
    QTRY_COMPARE(w->currentReportId(), id);

    // The flags: F8 selects the next open one and puts the focus on it, where its keys act.
    press(win, QKeyCombination(Qt::Key_F8));
    QVERIFY(focusIn(w->flagsPanel()));
    for (int decided = 0; decided < 3; ++decided) {
        const StoredFlag* flag = w->flagsPanel()->currentFlag();
        QVERIFY(flag);
        QCOMPARE(flag->resolution, Resolution::Open);
        if (flag->suggestion) {
            press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_A); // the 199693万 fix
        } else if (flag->numbers.contains(1103)) {
            press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_S); // the report printed it wrong
        } else {
            // The dismissal asks why, in a dialog that takes the focus: the reason is typed there.
            QTimer::singleShot(0, win, [win] {
                // Once the dialog is up and has the focus (its event loop runs this), as a person waits for it.
                const bool up = QTest::qWaitFor([] {
                    const QWidget* dialog = QApplication::activeModalWidget();
                    return dialog && dialog->isAncestorOf(QApplication::focusWidget());
                });
                if (!up) {
                    qWarning() << "the dismissal dialog did not take the focus";
                    if (QWidget* dialog = QApplication::activeModalWidget()) {
                        dialog->close();
                    }
                    return;
                }
                type(win, QStringLiteral("两项合计按原文核对无误"));
                press(win, QKeyCombination(Qt::Key_Return));
            });
            press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_D);
            QVERIFY(!QApplication::activeModalWidget());
            // A desktop's window manager activates the window again when its dialog closes; the offscreen
            // platform has none, so the test does it. The focus comes back where it was.
            win->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(win));
            QVERIFY(focusIn(w->flagsPanel()));
        }
        if (decided < 2) {
            press(win, QKeyCombination(Qt::Key_F8));
        }
    }
    QVERIFY(w->flagsPanel()->openFlagIds().isEmpty());

    // Undo from the find bar undoes the last decision, not the text typed there; redo brings it back.
    const int steps = w->undoStack()->count();
    press(win, Qt::CTRL | Qt::Key_F);
    type(win, QStringLiteral("公开"));
    auto* findEdit = w->findChild<QLineEdit*>(QStringLiteral("findInReportEdit"));
    QVERIFY(findEdit->hasFocus());
    press(win, Qt::CTRL | Qt::Key_Z);
    QCOMPARE(findEdit->text(), QStringLiteral("公开"));
    QCOMPARE(w->undoStack()->index(), steps - 1);
    QCOMPARE(w->flagsPanel()->openFlagIds().size(), 1);
    press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QCOMPARE(w->undoStack()->index(), steps);
    QVERIFY(w->flagsPanel()->openFlagIds().isEmpty());
    // Escape leaves the find bar for the report.
    press(win, QKeyCombination(Qt::Key_Escape));
    QVERIFY(!findEdit->isVisible());
    QVERIFY(focusIn(w->reportPanel()));

    // The fields: F6 goes to the first unreviewed one, with the focus; Return confirms and moves on.
    press(win, QKeyCombination(Qt::Key_F6));
    QVERIFY(focusIn(w->fieldsPanel()));
    // Return on the report confirms the selected field as well (the reviewer reads the evidence there).
    const QString first = w->fieldsPanel()->currentKey();
    press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_Tab); // fields → report
    QVERIFY(focusIn(w->reportPanel()));
    press(win, QKeyCombination(Qt::Key_Return));
    QCOMPARE(test::fieldOf(*w->store(), id, first)->status, FieldStatus::Confirmed);
    QVERIFY(w->fieldsPanel()->currentKey() != first);
    press(win, Qt::CTRL | Qt::Key_Tab); // report → fields
    QVERIFY(focusIn(w->fieldsPanel()));
    bool corrected = false;
    bool skipped = false;
    for (int guard = 0; guard < 60; ++guard) {
        const QString key = w->fieldsPanel()->currentKey();
        const std::optional<StoredField> field = test::fieldOf(*w->store(), id, key);
        QVERIFY2(field, qPrintable(key));
        if (field->status != FieldStatus::Unreviewed) {
            break; // F6 found nothing left: the selection stayed on a reviewed field
        }
        if (key == u"org.reading_points" && !corrected) {
            // F2 opens the value with its text selected; the typed value replaces it; Return stores it.
            press(win, QKeyCombination(Qt::Key_F2));
            type(win, QStringLiteral("17"));
            press(win, QKeyCombination(Qt::Key_Return));
            QVERIFY(focusIn(w->fieldsPanel()));
            // Return again confirms: the correction stays (the data-loss bug of issue 12).
            press(win, QKeyCombination(Qt::Key_Return));
            corrected = true;
        } else if (key == u"fees.amount" && !skipped) {
            press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_N); // not applicable; stays on the field
            press(win, QKeyCombination(Qt::Key_F6));
            skipped = true;
        } else {
            press(win, QKeyCombination(Qt::Key_Return));
        }
    }
    QVERIFY(corrected);
    QVERIFY(skipped);

    // Done: Ctrl+Return marks the report reviewed (nothing is open, so nothing is asked).
    const int asked = int(MessageBox::shown().size());
    press(win, Qt::CTRL | Qt::Key_Return);
    QCOMPARE(int(MessageBox::shown().size()), asked);

    // The database holds every decision.
    ReviewStore& store = *w->store();
    QCOMPARE(store.report(id)->status, ReportStatus::Reviewed);
    for (const StoredField& f : store.fields(id)) {
        QVERIFY2(f.status != FieldStatus::Unreviewed, qPrintable(f.key));
    }
    const std::optional<StoredField> website = test::fieldOf(store, id, QStringLiteral("proactive.via_website"));
    QCOMPARE(website->status, FieldStatus::Corrected);
    QCOMPARE(website->correctedValue, std::optional<double>(199693));
    const std::optional<StoredField> points = test::fieldOf(store, id, QStringLiteral("org.reading_points"));
    QCOMPARE(points->status, FieldStatus::Corrected);
    QCOMPARE(points->value, 16.0);
    QCOMPARE(points->correctedValue, std::optional<double>(17));
    QCOMPARE(test::fieldOf(store, id, QStringLiteral("fees.amount"))->status, FieldStatus::NotApplicable);
    int sourceErrors = 0;
    int dismissed = 0;
    for (const StoredFlag& f : store.flags(id, true)) {
        if (!f.active) {
            continue;
        }
        QVERIFY2(f.resolution != Resolution::Open, qPrintable(f.messageEn));
        sourceErrors += f.resolution == Resolution::SourceError;
        if (f.resolution == Resolution::Dismissed) {
            ++dismissed;
            QCOMPARE(f.reason, QStringLiteral("两项合计按原文核对无误"));
        }
    }
    QCOMPARE(sourceErrors, 1);
    QCOMPARE(dismissed, 1);
}

void TestKeyboardReview::tabAndCtrlTabVisitThePanes()
{
    test::TemporaryDatabase db({seed002});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    auto w = openWindow(db);
    QVERIFY(w);
    QWidget* win = w.get();
    QVERIFY(w->selectReport(db.ids().first()));
    const QList<QWidget*> panes = {w->queuePanel(), w->reportPanel(), w->fieldsPanel(), w->flagsPanel()};

    // Ctrl+Tab: queue → report → fields → flags → queue; Ctrl+Shift+Tab back.
    w->queuePanel()->view()->setFocus();
    for (int i = 1; i <= 4; ++i) {
        press(win, Qt::CTRL | Qt::Key_Tab);
        QVERIFY2(focusIn(panes[i % 4]), qPrintable(QString::number(i)));
    }
    press(win, Qt::CTRL | Qt::SHIFT | Qt::Key_Tab);
    QVERIFY(focusIn(panes[3]));
    QCOMPARE(w->navigator()->currentPane(), 3);

    // Tab leaves the queue for the report, and the report for the fields: no pane keeps it for its cells.
    w->queuePanel()->view()->setFocus();
    press(win, QKeyCombination(Qt::Key_Tab));
    QVERIFY(focusIn(w->reportPanel()));
    press(win, QKeyCombination(Qt::Key_Tab));
    QVERIFY(focusIn(w->fieldsPanel()));
    press(win, QKeyCombination(Qt::Key_Tab));
    QVERIFY(focusIn(w->flagsPanel()));
}

// Another program holds the database's write lock (a batch import in a terminal, a sqlite3 shell): Return on a
// field is refused within the window's short wait — not after the import's ten seconds of a frozen window —
// saying which program holds it; the field stays as it was, and once the lock is gone the same key stores it.
void TestKeyboardReview::lockedDatabaseRefusesAtOnce()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        QSKIP("the sqlite3 command-line tool is not installed (packaging/setup-debian.sh installs it)");
    }
    test::TemporaryDatabase db({seed002});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const qint64 id = db.idOf(QStringLiteral("002_"));
    auto w = openWindow(db);
    QVERIFY(w);
    QWidget* win = w.get();
    QVERIFY(w->selectReport(id));
    press(win, QKeyCombination(Qt::Key_F6)); // the first unreviewed field, with the focus
    QVERIFY(focusIn(w->fieldsPanel()));
    const QString key = w->fieldsPanel()->currentKey();
    QCOMPARE(test::fieldOf(*w->store(), id, key)->status, FieldStatus::Unreviewed);

    QProcess other;
    other.start(QStringLiteral("sqlite3"), {db.path()});
    QVERIFY(other.waitForStarted());
    other.write("BEGIN EXCLUSIVE;\nINSERT INTO settings(key, value) VALUES ('other', 'x');\n");
    const QString holder = QStringLiteral("sqlite3, process %1").arg(other.processId());
    QTRY_COMPARE(LockHolder::describe(db.path()), holder);

    QElapsedTimer clock;
    clock.start();
    press(win, QKeyCombination(Qt::Key_Return));
    // The window waits ReviewSession::WindowWaitMs (1 s); the default wait is 10 s. A loose bound for busy machines.
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(test::fieldOf(*w->store(), id, key)->status, FieldStatus::Unreviewed);
    const QString said = w->statusBar()->currentMessage();
    QVERIFY2(said.contains(holder), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("1 s")), qPrintable(said));
    QCOMPARE(w->fieldsPanel()->currentKey(), key); // the selection did not move on

    other.closeWriteChannel(); // sqlite3 rolls back and quits
    QVERIFY(other.waitForFinished());
    QVERIFY(focusIn(w->fieldsPanel()));
    press(win, QKeyCombination(Qt::Key_Return));
    QVERIFY2(test::fieldOf(*w->store(), id, key)->status == FieldStatus::Confirmed,
             qPrintable(w->statusBar()->currentMessage()));
}

// Another window on the same file (the same reviewer's, or a colleague's once the claim is theirs) corrects the field this reviewer is looking
// at. Return here would confirm a value that is no longer there: it is refused, the status bar names who changed it
// and to what, the fields list shows their value at once, and Return again confirms what is now shown.
void TestKeyboardReview::decisionOnARowChangedElsewhereIsRefusedAndReloaded()
{
    test::TemporaryDatabase db({seed002});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const qint64 id = db.idOf(QStringLiteral("002_"));
    auto w = openWindow(db);
    QVERIFY(w);
    QWidget* win = w.get();
    QVERIFY(w->selectReport(id));
    press(win, QKeyCombination(Qt::Key_F6));
    QVERIFY(focusIn(w->fieldsPanel()));
    const QString key = w->fieldsPanel()->currentKey();
    auto* fields = qobject_cast<FieldsModel*>(w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->model());
    QVERIFY(fields);
    auto shown = [&] { return fields->indexOfKey(key, FieldsModel::ValueColumn).data().toString(); };
    QVERIFY(!shown().contains(u"4321"));

    // The same reviewer in a second window (another reviewer would be refused by this window's claim; taking it over
    // makes this window read-only, TestClaimsWindow).
    Database otherDb;
    QVERIFY2(otherDb.open(db.path()), qPrintable(otherDb.error()));
    ReviewStore other(otherDb);
    other.setSystemUser(w->store()->claims().who());
    QVERIFY2(other.correctField(id, key, 4321), qPrintable(other.error()));
    const QString who = other.reviewer();
    QVERIFY(!who.isEmpty());

    // No event loop between their change and the key (a window that follows changes live would read it first).
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Return);
    const QString said = w->statusBar()->currentMessage();
    QVERIFY2(said.contains(who) && said.contains(u"4321") && said.contains(u"after you loaded it"), qPrintable(said));
    std::optional<StoredField> now = test::fieldOf(*w->store(), id, key);
    QCOMPARE(now->status, FieldStatus::Corrected); // theirs, not overwritten by the confirmation
    QCOMPARE(now->correctedValue, std::optional<double>(4321));
    QVERIFY2(shown().contains(u"4321"), qPrintable(shown())); // the window shows their value
    QCOMPARE(w->fieldsPanel()->currentKey(), key);
    QCOMPARE(w->undoStack()->count(), 0); // a refused action leaves nothing to undo

    press(win, QKeyCombination(Qt::Key_Return)); // now the reviewer confirms what is shown
    now = test::fieldOf(*w->store(), id, key);
    QCOMPARE(now->status, FieldStatus::Corrected); // confirming a corrected field keeps the correction
    QCOMPARE(now->correctedValue, std::optional<double>(4321));
    QCOMPARE(w->undoStack()->count(), 1);
}

QTEST_MAIN(TestKeyboardReview)
#include "TestKeyboardReview.moc"
