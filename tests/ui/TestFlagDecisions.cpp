// SPDX-License-Identifier: GPL-3.0-or-later
// Flag decisions and notes as a reviewer meets them: the flags list's decision column and the detail beside it
// (reason, reviewer, time, the value taken) after decisions made by key presses, and undo bringing back
// "Open"; notes on a field and on the report typed into their dialog, stored with an audit entry, shown, and
// taken back by Ctrl+Z. Every key goes to the widget that has the focus; the database is asserted afterwards.
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/DismissReasonDialog.h"
#include "dialogs/NoteDialog.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagDetailPane.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportNoteLabel.h"
#include "store/ReviewStore.h"
#include "support/MessageBox.h"

#include <QApplication>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>
#include <optional>

using namespace jiaohe;

namespace {

const QString website = QStringLiteral("proactive.via_website");
const QString reviewerName = QStringLiteral("Li Wei");

void press(QKeyCombination key)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    QCoreApplication::processEvents();
}

// Runs `inDialog` once a modal dialog is up with the focus inside it (from the dialog's own event loop), as a
// person waits for the dialog before typing; a dialog that does not come closes and the test says so.
void whenDialogUp(QWidget* window, std::function<void(QWidget*)> inDialog)
{
    QTimer::singleShot(0, window, [inDialog = std::move(inDialog)] {
        const bool up = QTest::qWaitFor([] {
            const QWidget* dialog = QApplication::activeModalWidget();
            return dialog && dialog->isAncestorOf(QApplication::focusWidget());
        });
        if (!up) {
            qWarning() << "no dialog took the focus";
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                dialog->close();
            }
            return;
        }
        inDialog(QApplication::activeModalWidget());
    });
}

} // namespace

class TestFlagDecisions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void dismissalShowsReasonWhoAndWhen();
    void acceptedFixShowsValueTaken();
    void fieldNoteTypedInItsDialog();
    void reportNoteShownAndUndone();

private:
    std::unique_ptr<MainWindow> openWindow();
    // F8 until the selected open flag is the one `wanted` picks (the focus is then in the flags list).
    const StoredFlag* selectFlagByKeys(MainWindow& w, const std::function<bool(const StoredFlag&)>& wanted);
    std::optional<StoredFlag> stored(MainWindow& w, qint64 flagId);
    QString decisionCell(MainWindow& w, qint64 flagId);
    QString detail(MainWindow& w) { return w.findChild<FlagDetailPane*>(QStringLiteral("flagDetail"))->toPlainText(); }

    QTemporaryDir m_settings;
    std::unique_ptr<test::TemporaryDatabase> m_db;
    qint64 m_seed = 0;
};

void TestFlagDecisions::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestFlagDecisions"));
    MessageBox::setAnswerForAll(QMessageBox::Cancel);
}

void TestFlagDecisions::init()
{
    const QString seeds = QStringLiteral(JIAOHE_TEST_DATA "/seeds/");
    m_db = std::make_unique<test::TemporaryDatabase>(QStringList{seeds + QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_seed = m_db->idOf(QStringLiteral("002_"));
    QVERIFY(m_seed > 0);
}

std::unique_ptr<MainWindow> TestFlagDecisions::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_db->path()) || !w->store()->setReviewer(reviewerName)) {
        return nullptr;
    }
    w->resize(1400, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()) || !w->selectReport(m_seed)) {
        return nullptr;
    }
    return w;
}

const StoredFlag* TestFlagDecisions::selectFlagByKeys(MainWindow& w,
                                                      const std::function<bool(const StoredFlag&)>& wanted)
{
    w.flagsPanel()->setFocus();
    for (int n = 0; n < 5; ++n) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F8);
        const StoredFlag* flag = w.flagsPanel()->currentFlag();
        if (flag && wanted(*flag)) {
            return flag;
        }
    }
    return nullptr;
}

std::optional<StoredFlag> TestFlagDecisions::stored(MainWindow& w, qint64 flagId)
{
    for (const StoredFlag& f : w.store()->flags(m_seed, true)) {
        if (f.id == flagId) {
            return f;
        }
    }
    return std::nullopt;
}

QString TestFlagDecisions::decisionCell(MainWindow& w, qint64 flagId)
{
    const FlagsModel* model = w.flagsPanel()->flagsModel();
    return model->index(model->rowOf(flagId), FlagsModel::DecisionColumn).data().toString();
}

// Ctrl+Shift+D with a reason: the decision column says "Dismissed: <reason>", the detail says the reason, who
// and when (as stored); Ctrl+Z brings back "Open" in both, and in the database.
void TestFlagDecisions::dismissalShowsReasonWhoAndWhen()
{
    auto w = openWindow();
    QVERIFY(w);
    const StoredFlag* flag =
        selectFlagByKeys(*w, [](const StoredFlag& f) { return !f.suggestion && !f.numbers.contains(1103); });
    QVERIFY(flag);
    const qint64 id = flag->id;
    QCOMPARE(decisionCell(*w, id), QStringLiteral("Open"));
    QVERIFY(detail(*w).contains(flag->messageEn));
    QVERIFY(!detail(*w).contains(reviewerName));

    const QString reason = QStringLiteral("both totals checked against the printed text");
    DismissReasonDialog::setNextAnswer(reason);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    const std::optional<StoredFlag> dismissed = stored(*w, id);
    QVERIFY(dismissed);
    QCOMPARE(dismissed->resolution, Resolution::Dismissed);
    QCOMPARE(dismissed->reason, reason);
    QCOMPARE(dismissed->decidedBy, reviewerName);
    QCOMPARE(decisionCell(*w, id), QStringLiteral("Dismissed: %1").arg(reason));
    QCOMPARE(w->flagsPanel()->currentFlagId(), id); // the selection stayed on the decided flag
    const QString shown = detail(*w);
    QVERIFY2(shown.contains(QStringLiteral("Dismissed")), qPrintable(shown));
    QVERIFY2(shown.contains(reason), qPrintable(shown));
    QVERIFY2(shown.contains(reviewerName), qPrintable(shown));
    const QString when = FlagDetailPane::decidedAtText(dismissed->decidedAt);
    QVERIFY(when.startsWith(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM")))); // a time, today's
    QVERIFY2(shown.contains(when), qPrintable(shown));

    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(stored(*w, id)->resolution, Resolution::Open);
    QVERIFY(stored(*w, id)->decidedBy.isEmpty());
    QCOMPARE(decisionCell(*w, id), QStringLiteral("Open"));
    QVERIFY(!detail(*w).contains(reason));
    QVERIFY(!detail(*w).contains(reviewerName));
}

// Ctrl+Shift+A on the 199693万 unit slip: the detail says the fix was accepted and the value taken; undo opens
// the flag again.
void TestFlagDecisions::acceptedFixShowsValueTaken()
{
    auto w = openWindow();
    QVERIFY(w);
    const StoredFlag* flag = selectFlagByKeys(*w, [](const StoredFlag& f) { return f.suggestion.has_value(); });
    QVERIFY(flag);
    const qint64 id = flag->id;
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    const std::optional<StoredFlag> fixed = stored(*w, id);
    QVERIFY(fixed);
    QCOMPARE(fixed->resolution, Resolution::Fixed);
    QCOMPARE(fixed->acceptedValue, std::optional<double>(199693));
    // No longer raised by the checks, still listed and selected: the decision stays in view.
    QCOMPARE(w->flagsPanel()->currentFlagId(), id);
    QVERIFY(!stored(*w, id)->active);
    QCOMPARE(decisionCell(*w, id), QStringLiteral("Fix accepted: 199693"));
    const QString shown = detail(*w);
    QVERIFY2(shown.contains(QStringLiteral("Fix accepted")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Value taken")) && shown.contains(QStringLiteral("199693")),
             qPrintable(shown));
    QVERIFY2(shown.contains(reviewerName), qPrintable(shown));

    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(stored(*w, id)->resolution, Resolution::Open);
    QVERIFY(!stored(*w, id)->acceptedValue);
    QCOMPARE(w->flagsPanel()->currentFlagId(), id);
    QCOMPARE(decisionCell(*w, id), QStringLiteral("Open"));
    QVERIFY(!detail(*w).contains(QStringLiteral("Value taken")));
}

// Ctrl+Shift+E on a field: the note typed into the dialog (several lines, Ctrl+Return saves) is stored and
// audited and shows in the field's tooltip; the dialog opens with the note kept; Escape changes nothing; Ctrl+Z
// puts the old note back.
void TestFlagDecisions::fieldNoteTypedInItsDialog()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->fieldsPanel()->selectField(website));
    w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
    auto note = [&] { return test::fieldOf(*w->store(), m_seed, website)->note; };
    QCOMPARE(note(), QString());

    QString prefilled = QStringLiteral("unset");
    whenDialogUp(w.get(), [&prefilled](QWidget* dialog) {
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"));
        prefilled = edit ? edit->toPlainText() : QStringLiteral("no editor");
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("unit slip"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // a new line, not OK
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("see page 3"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    });
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(prefilled, QString());
    QCOMPARE(note(), QStringLiteral("unit slip\nsee page 3"));
    const QList<AuditEntry> audit = w->store()->auditEntries(m_seed);
    QCOMPARE(audit.last().action, QStringLiteral("field_note"));
    QCOMPARE(audit.last().fieldKey, website);
    const QModelIndex status = w->fieldsPanel()->fieldsModel()->indexOfKey(website, FieldsModel::StatusColumn);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("see page 3")));

    // Again: the dialog shows the note kept; Escape leaves it as it was.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
    whenDialogUp(w.get(), [&prefilled](QWidget* dialog) {
        prefilled = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))->toPlainText();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" more"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QCOMPARE(prefilled, QStringLiteral("unit slip\nsee page 3"));
    QCOMPARE(note(), QStringLiteral("unit slip\nsee page 3"));
    QCOMPARE(w->store()->auditEntries(m_seed).size(), audit.size());

    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    w->findChild<QTreeView*>(QStringLiteral("fieldsTree"))->setFocus();
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(note(), QString());
    QVERIFY(!status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("see page 3")));
}

// Ctrl+Shift+M: the report's note (answered through the dialog's seam) is stored, audited and shown beside the
// flags tab; a second note replaces it and Ctrl+Z puts the first back, then none.
void TestFlagDecisions::reportNoteShownAndUndone()
{
    auto w = openWindow();
    QVERIFY(w);
    auto* label = w->findChild<ReportNoteLabel*>(QStringLiteral("reportNoteLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    auto note = [&] { return w->store()->report(m_seed)->note; };
    w->flagsPanel()->setFocus();

    NoteDialog::setNextAnswer(QStringLiteral("asked the office about table 3"));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    QCOMPARE(NoteDialog::lastSubject(), w->store()->report(m_seed)->fileName);
    QCOMPARE(note(), QStringLiteral("asked the office about table 3"));
    QCOMPARE(w->store()->auditEntries(m_seed).last().action, QStringLiteral("report_note"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("asked the office about table 3")));

    NoteDialog::setNextAnswer(QStringLiteral("answer came: table 3 is right"));
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    QCOMPARE(note(), QStringLiteral("answer came: table 3 is right"));
    QVERIFY(label->text().contains(QStringLiteral("table 3 is right")));

    NoteDialog::setNextAnswer(std::nullopt); // cancelled: nothing changes
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    QCOMPARE(note(), QStringLiteral("answer came: table 3 is right"));

    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(note(), QStringLiteral("asked the office about table 3"));
    QVERIFY(label->text().contains(QStringLiteral("asked the office")));
    press(Qt::CTRL | Qt::Key_Z);
    QCOMPARE(note(), QString());
    QVERIFY(!label->isVisible());
}

QTEST_MAIN(TestFlagDecisions)
#include "TestFlagDecisions.moc"
