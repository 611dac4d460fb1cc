// SPDX-License-Identifier: GPL-3.0-or-later
// The history panel and the report's status, as a reviewer meets them with the keyboard: the audit trail of
// seed 002 newest first, following each decision at once (an undo adds its own row and removes none), fields
// named by their labels and codes shown as words; a field reverted from the history — also for decisions made
// before a restart, when the undo stack is empty — as a new step that Ctrl+Z undoes; Ctrl+Return on a report
// with open work asking first, both answers. Every test has its own database and checks it afterwards.
#include "FieldsModel.h"
#include "HistoryModel.h"
#include "MainWindow.h"
#include "ReviewActionHandler.h"
#include "TestSupport.h"
#include "extract/FieldCatalogue.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/HistoryPanel.h"
#include "store/ReviewStore.h"
#include "support/MessageBox.h"

#include "common/StatusPrinting.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace jiaohe;

namespace {

const QString website = QStringLiteral("proactive.via_website");
const QString weibo = QStringLiteral("proactive.via_weibo");

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString cell(HistoryModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void historyFollowsDecisions();
    void historyNamesFlagsAndStatuses();
    void revertAfterRestart();
    void revertStatusFromContextMenuAction();
    void markReviewedAsksWhatIsOpen();

private:
    std::unique_ptr<MainWindow> openWindow();
    std::optional<StoredField> stored(MainWindow& w, const QString& key);
    QList<AuditEntry> audit(MainWindow& w) { return w.store()->auditEntries(m_seed); }
    // Focuses the fields list on `key` and types F2, the value, Return: a correction as a reviewer makes it.
    void typeValue(MainWindow& w, const QString& key, const QString& value);

    QTemporaryDir m_settings;
    std::unique_ptr<test::TemporaryDatabase> m_db;
    qint64 m_seed = 0;
};

void TestHistoryPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestHistoryPanel"));
    // A box no test answered is answered Cancel (and never blocks); what it said is in shown().
    MessageBox::setAnswerForAll(QMessageBox::Cancel);
}

void TestHistoryPanel::init()
{
    QSettings().clear();
    MessageBox::clearShown();
    const QString seeds = QStringLiteral(JIAOHE_TEST_DATA "/seeds/");
    m_db = std::make_unique<test::TemporaryDatabase>(QStringList{seeds + QStringLiteral("002_a82df7ab5fee8c06.txt"),
                                                                 seeds + QStringLiteral("000_c883efa86247e151.txt")});
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_seed = m_db->idOf(QStringLiteral("002_"));
    QVERIFY(m_seed > 0);
}

std::unique_ptr<MainWindow> TestHistoryPanel::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_db->path())) {
        return nullptr;
    }
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->selectReport(m_seed)) {
        return nullptr;
    }
    return w;
}

std::optional<StoredField> TestHistoryPanel::stored(MainWindow& w, const QString& key)
{
    return test::fieldOf(*w.store(), m_seed, key);
}

void TestHistoryPanel::typeValue(MainWindow& w, const QString& key, const QString& value)
{
    QVERIFY(w.fieldsPanel()->selectField(key));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    tree->setFocus();
    QTest::keyClick(focused(), Qt::Key_F2);
    auto* editor = tree->findChild<QLineEdit*>(QStringLiteral("fieldValueEditor"));
    QVERIFY(editor && editor->hasFocus());
    const QPointer<QLineEdit> open(editor);
    editor->selectAll();
    QTest::keyClicks(focused(), value);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY(!open || !open->isVisible()); // committed: the editor is closed
}

// The trail of seed 002 newest first: each decision appears at once, an undo adds its row and takes none away,
// the field is named by its label (not its key) and the statuses are words.
void TestHistoryPanel::historyFollowsDecisions()
{
    auto w = openWindow();
    QVERIFY(w);
    HistoryModel* model = w->historyPanel()->historyModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1); // the import
    QCOMPARE(cell(model, 0, HistoryModel::ActionColumn), QStringLiteral("Imported"));

    QVERIFY(w->fieldsPanel()->selectField(weibo));
    w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
    QTest::keyClick(focused(), Qt::Key_Return); // confirm
    QCOMPARE(stored(*w, weibo)->status, FieldStatus::Confirmed);
    QCOMPARE(model->rowCount(), 2);
    const QString label = FieldCatalogue::builtin().find(weibo)->labelEn;
    QCOMPARE(cell(model, 0, HistoryModel::SubjectColumn), label);
    QCOMPARE(cell(model, 0, HistoryModel::ActionColumn), QStringLiteral("Status"));
    QCOMPARE(cell(model, 0, HistoryModel::ChangeColumn), QStringLiteral("unreviewed → confirmed"));
    QCOMPARE(cell(model, 0, HistoryModel::WhoColumn), w->store()->reviewer());
    QVERIFY(!cell(model, 0, HistoryModel::WhenColumn).isEmpty());

    typeValue(*w, website, QStringLiteral("17"));
    QTRY_COMPARE(stored(*w, website)->correctedValue, std::optional<double>(17));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(model, 0, HistoryModel::SubjectColumn), FieldCatalogue::builtin().find(website)->labelEn);
    QCOMPARE(cell(model, 0, HistoryModel::ChangeColumn), QStringLiteral("1996930000 → 17"));

    // Undo from the keyboard: the field is back, and the history has one row more, not one less.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored(*w, website)->correctedValue);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(cell(model, 0, HistoryModel::ActionColumn), QStringLiteral("Put back (undo)"));
    QCOMPARE(cell(model, 1, HistoryModel::ChangeColumn), QStringLiteral("1996930000 → 17"));
    for (int row = 0; row < model->rowCount(); ++row) { // no internal key is shown anywhere
        for (int c = 0; c < HistoryModel::ColumnCount; ++c) {
            QVERIFY2(!cell(model, row, c).contains(QStringLiteral("proactive.")), qPrintable(cell(model, row, c)));
        }
    }
    // The rows are the database's audit entries, newest first.
    const QList<AuditEntry> entries = audit(*w);
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.last().action, QStringLiteral("field_restore"));
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model->index(row, 0).data(HistoryModel::AuditIdRole).toLongLong(), entries.at(3 - row).id);
    }
    // Another report: its own trail.
    QVERIFY(w->selectReport(m_db->idOf(QStringLiteral("000_"))));
    QCOMPARE(model->rowCount(), 1);
}

// A flag's decision names the flag by its kind and message, the resolution as a word and the reason; the report
// status rows say "in review" and "reviewed".
void TestHistoryPanel::historyNamesFlagsAndStatuses()
{
    auto w = openWindow();
    QVERIFY(w);
    HistoryModel* model = w->historyPanel()->historyModel();
    const QList<qint64> open = w->flagsPanel()->openFlagIds();
    QVERIFY(!open.isEmpty());
    QVERIFY(w->flagsPanel()->selectFlag(open.first()));
    QVERIFY(w->actions()->dismissCurrentFlag(QStringLiteral("counted twice in the report")));
    QCOMPARE(cell(model, 0, HistoryModel::ActionColumn), QStringLiteral("Flag decision"));
    QCOMPARE(cell(model, 0, HistoryModel::ChangeColumn), QStringLiteral("open → dismissed"));
    QCOMPARE(cell(model, 0, HistoryModel::ReasonColumn), QStringLiteral("counted twice in the report"));
    const StoredFlag* flag = w->flagsPanel()->currentFlag();
    QVERIFY(flag);
    QVERIFY(cell(model, 0, HistoryModel::SubjectColumn).contains(flag->messageEn));
    QVERIFY(!model->revertTarget(0)); // a flag's row reverts no field
    auto* label = w->findChild<QLabel*>(QStringLiteral("reportStatusLabel"));
    QVERIFY(label->text().contains(QStringLiteral("in review")));
    QCOMPARE(w->store()->report(m_seed)->status, ReportStatus::InReview);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(w->actions()->markReviewedAndNext());
    QVERIFY(w->selectReport(m_seed));
    QCOMPARE(cell(model, 0, HistoryModel::ActionColumn), QStringLiteral("Report status"));
    QCOMPARE(cell(model, 0, HistoryModel::ChangeColumn), QStringLiteral("in review → reviewed"));
    QVERIFY(label->text().startsWith(QStringLiteral("Report: reviewed")));
}

// Decisions of an earlier session: the new window has no undo history, but the history panel takes the field
// back — to an earlier correction (a correction again) or to the value as printed (the correction taken away) —
// each a new step that Ctrl+Z undoes.
void TestHistoryPanel::revertAfterRestart()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        typeValue(*w, website, QStringLiteral("17"));
        QTRY_COMPARE(stored(*w, website)->correctedValue, std::optional<double>(17));
        typeValue(*w, website, QStringLiteral("18"));
        QTRY_COMPARE(stored(*w, website)->correctedValue, std::optional<double>(18));
    }
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->undoStack()->count(), 0);
    const int before = int(audit(*w).size());
    // Ctrl+Shift+H shows the history with its newest row selected: "17 → 18".
    QTest::keyClick(focused(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HistoryPanel* panel = w->historyPanel();
    QCOMPARE(w->findChild<QTabWidget*>(QStringLiteral("lowerTabs"))->currentWidget(), panel);
    QCOMPARE(focused(), panel->view());
    QCOMPARE(cell(panel->historyModel(), 0, HistoryModel::ChangeColumn), QStringLiteral("17 → 18"));
    QVERIFY(w->findChild<QPushButton*>(QStringLiteral("revertButton"))->isEnabled());
    QTest::keyClick(focused(), Qt::Key_Backspace, Qt::ControlModifier);
    std::optional<StoredField> f = stored(*w, website);
    QCOMPARE(f->status, FieldStatus::Corrected);
    QCOMPARE(f->correctedValue, std::optional<double>(17));
    QCOMPARE(audit(*w).size(), before + 1);
    QCOMPARE(audit(*w).last().action, QStringLiteral("field_correct"));
    QCOMPARE(w->undoStack()->count(), 1);

    // The first correction's row ("1996930000 → 17", now third from the top): back to the printed value.
    QCOMPARE(cell(panel->historyModel(), 2, HistoryModel::ChangeColumn), QStringLiteral("1996930000 → 17"));
    QVERIFY(panel->selectRow(2));
    panel->view()->setFocus();
    QTest::keyClick(focused(), Qt::Key_Backspace, Qt::ControlModifier);
    f = stored(*w, website);
    QCOMPARE(f->status, FieldStatus::Unreviewed);
    QVERIFY(!f->correctedValue);
    QCOMPARE(f->finalValue(), std::optional<double>(1996930000));
    QCOMPARE(audit(*w).size(), before + 2);
    QCOMPARE(panel->historyModel()->rowCount(), before + 2);

    // Ctrl+Z undoes the reverts one by one: 17, then 18 again.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(*w, website)->correctedValue, std::optional<double>(17));
    QCOMPARE(stored(*w, website)->status, FieldStatus::Corrected);
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(*w, website)->correctedValue, std::optional<double>(18));
    QCOMPARE(audit(*w).size(), before + 4); // every step is in the trail, the undos too
}

// A status decision reverted with the context menu's action: the field gets its earlier status back; a row
// that is not about a field offers nothing and says so.
void TestHistoryPanel::revertStatusFromContextMenuAction()
{
    {
        auto w = openWindow();
        QVERIFY(w);
        QVERIFY(w->fieldsPanel()->selectField(weibo));
        w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(stored(*w, weibo)->status, FieldStatus::Confirmed);
    }
    auto w = openWindow();
    QVERIFY(w);
    HistoryPanel* panel = w->historyPanel();
    QVERIFY(panel->selectRow(panel->historyModel()->rowCount() - 1)); // the import
    QVERIFY(!panel->revertAction()->isEnabled());
    QVERIFY(!panel->revertCurrent());
    QVERIFY(panel->selectRow(0));
    QVERIFY(panel->revertAction()->isEnabled());
    QVERIFY(panel->revertAction()->text().contains(FieldCatalogue::builtin().find(weibo)->labelEn));
    panel->revertAction()->trigger();
    QCOMPARE(stored(*w, weibo)->status, FieldStatus::Unreviewed);
    QCOMPARE(audit(*w).last().action, QStringLiteral("field_status"));
    QCOMPARE(audit(*w).last().newValue, QStringLiteral("unreviewed"));
    QCOMPARE(cell(panel->historyModel(), 0, HistoryModel::ChangeColumn), QStringLiteral("confirmed → unreviewed"));
    // Reverting the same row again changes nothing: the field is unreviewed already.
    QVERIFY(panel->selectRow(1));
    const int steps = w->undoStack()->count();
    panel->revertAction()->trigger();
    QCOMPARE(w->undoStack()->count(), steps);
    QVERIFY(w->actions()->error().contains(QStringLiteral("already")));
}

// Ctrl+Return with flags open and fields unreviewed asks, saying what is open; Cancel changes nothing, Yes marks
// the report reviewed and opens the next one.
void TestHistoryPanel::markReviewedAsksWhatIsOpen()
{
    auto w = openWindow();
    QVERIFY(w);
    int openFlags = 0;
    for (const StoredFlag& f : w->store()->flags(m_seed)) {
        openFlags += f.resolution == Resolution::Open ? 1 : 0;
    }
    int unreviewed = 0;
    for (const StoredField& f : w->store()->fields(m_seed)) {
        unreviewed += f.status == FieldStatus::Unreviewed ? 1 : 0;
    }
    QVERIFY(openFlags > 1);
    QVERIFY(unreviewed > 1);
    const QString open = QStringLiteral("%1 flag(s) open, %2 field(s) unreviewed").arg(openFlags).arg(unreviewed);
    QCOMPARE(w->findChild<QLabel*>(QStringLiteral("reportStatusLabel"))->text(),
             QStringLiteral("Report: unreviewed — %1").arg(open));
    const int auditRows = int(audit(*w).size());

    w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(MessageBox::shown().last().text, QStringLiteral("%1 — mark the report reviewed anyway?").arg(open));
    QCOMPARE(w->currentReportId(), m_seed);
    QCOMPARE(w->store()->report(m_seed)->status, ReportStatus::Unreviewed);
    QCOMPARE(w->undoStack()->count(), 0);
    QCOMPARE(audit(*w).size(), auditRows);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(MessageBox::shown().size(), 2);
    QCOMPARE(w->store()->report(m_seed)->status, ReportStatus::Reviewed);
    QCOMPARE(audit(*w).last().action, QStringLiteral("report_status"));
    QCOMPARE(audit(*w).last().newValue, QStringLiteral("reviewed"));
    QCOMPARE(w->currentReportId(), m_db->idOf(QStringLiteral("000_")));
    // Undo: the report is as it was.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w->store()->report(m_seed)->status, ReportStatus::Unreviewed);
}

QTEST_MAIN(TestHistoryPanel)
#include "TestHistoryPanel.moc"
