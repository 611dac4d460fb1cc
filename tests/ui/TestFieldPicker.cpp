// SPDX-License-Identifier: GPL-3.0-or-later
// The field picker of "assign to another field" (Ctrl+Shift+T), used with the keyboard alone: fields listed by
// their labels in the UI language (the key only greyed beside), the search box filtering by Chinese or English
// label or by key as one types, the arrow keys moving in the list from the search box, Return taking the field;
// and, in the window, a number assigned to a field the extractor missed through the real dialog, checked in the
// database.
#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/FieldPickerDialog.h"
#include "extract/FieldCatalogue.h"
#include "panels/FieldsPanel.h"
#include "store/ReviewStore.h"
#include "support/MessageBox.h"

#include "common/StatusPrinting.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace jiaohe;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// Every shown key's field holds `text` in one of its labels or its key.
bool allMatch(const QStringList& keys, const QString& text)
{
    for (const QString& key : keys) {
        const FieldDef* def = FieldCatalogue::builtin().find(key);
        if (!def || !(def->labelZh.contains(text, Qt::CaseInsensitive) ||
                      def->labelEn.contains(text, Qt::CaseInsensitive) || key.contains(text, Qt::CaseInsensitive))) {
            return false;
        }
    }
    return true;
}

// Types text as a person does: Latin letters as keys, Chinese as the input method delivers it (text, no key).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

} // namespace

class TestFieldPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offersLabelsNotKeys();
    void search_data();
    void search();
    void arrowsAndReturnFromSearchBox();
    void escapeCancels();
    void assignThroughDialogInWindow();

private:
    QTemporaryDir m_settings;
};

void TestFieldPicker::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestFieldPicker"));
    MessageBox::setAnswerForAll(QMessageBox::Cancel);
}

// The choices are labels in the UI language (English here), never "label — key"; the key is a greyed column.
void TestFieldPicker::offersLabelsNotKeys()
{
    const FieldPickerDialog::Choices choices = FieldPickerDialog::catalogueChoices();
    QCOMPARE(choices.size(), FieldCatalogue::builtin().fields().size());
    for (const auto& [key, label] : choices) {
        QVERIFY2(!label.contains(key), qPrintable(label));
        QCOMPARE(label, FieldCatalogue::builtin().find(key)->labelEn);
    }
    FieldPickerDialog dialog(choices);
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("fieldList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItem(0)->text(0), choices.first().second);
    QCOMPARE(list->topLevelItem(0)->text(1), choices.first().first);
    QVERIFY(list->topLevelItem(0)->foreground(1).color() != list->palette().color(QPalette::Text));
}

void TestFieldPicker::search_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // a field that must be left in the list
    QTest::newRow("Chinese label") << QStringLiteral("网站") << QStringLiteral("proactive.via_website");
    QTest::newRow("English label, any case") << QStringLiteral("WEIBO") << QStringLiteral("proactive.via_weibo");
    QTest::newRow("key") << QStringLiteral("via_website") << QStringLiteral("proactive.via_website");
}

// Typed into the search box (which has the focus when the dialog opens), the list keeps only the fields that
// match, and the first of them is selected.
void TestFieldPicker::search()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    FieldPickerDialog dialog(FieldPickerDialog::catalogueChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(focused(), dialog.findChild<QLineEdit*>(QStringLiteral("fieldSearch")));
    const int all = int(dialog.shownKeys().size());
    typeText(focused(), typed);
    const QStringList shown = dialog.shownKeys();
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.size() < all);
    QVERIFY2(shown.contains(expected), qPrintable(shown.join(u' ')));
    QVERIFY(allMatch(shown, typed));
    QCOMPARE(dialog.currentKey(), shown.first());
    // Clearing the search shows every field again.
    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("fieldSearch"));
    search->selectAll();
    QTest::keyClick(focused(), Qt::Key_Backspace);
    QCOMPARE(dialog.shownKeys().size(), all);
}

// Down and Up typed in the search box move in the filtered list (the focus stays in the box); Return takes the
// field selected.
void TestFieldPicker::arrowsAndReturnFromSearchBox()
{
    FieldPickerDialog dialog(FieldPickerDialog::catalogueChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog)); // the keys go to the widget with focus: the dialog's
    QTest::keyClicks(focused(), QStringLiteral("proactive.via"));
    const QStringList shown = dialog.shownKeys();
    QVERIFY(shown.size() >= 3);
    QCOMPARE(dialog.currentKey(), shown.at(0));
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QCOMPARE(dialog.currentKey(), shown.at(2));
    QTest::keyClick(focused(), Qt::Key_Up);
    QCOMPARE(dialog.currentKey(), shown.at(1));
    QCOMPARE(focused(), dialog.findChild<QLineEdit*>(QStringLiteral("fieldSearch")));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.currentKey(), shown.at(1));
}

void TestFieldPicker::escapeCancels()
{
    FieldPickerDialog dialog(FieldPickerDialog::catalogueChoices());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(focused(), QStringLiteral("weibo"));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// In the window: a number selected in seed 002's text, Ctrl+Shift+T, the field's key typed into the real dialog
// and Return — the field the extractor missed is in the database with that number; Ctrl+Z takes it away.
void TestFieldPicker::assignThroughDialogInWindow()
{
    test::TemporaryDatabase db({QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt")});
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const qint64 seed = db.ids().first();
    MainWindow w;
    QVERIFY(w.openDatabase(db.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.selectReport(seed));
    QString missing;
    for (const FieldDef& def : FieldCatalogue::builtin().fields()) {
        if (missing.isEmpty() && !def.table && def.unit != u"%" && !test::fieldOf(*w.store(), seed, def.key)) {
            missing = def.key;
        }
    }
    QVERIFY(!missing.isEmpty());
    auto* view = w.findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    const qsizetype at = view->toPlainText().indexOf(QStringLiteral("1081"));
    QVERIFY(at > 0);
    QTextCursor c(view->document());
    c.setPosition(int(at));
    c.setPosition(int(at + 4), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    view->setFocus();
    bool answered = false;
    // The dialog runs its own event loop: a timer answers it once it is up (and gives up after 30 seconds).
    QTimer answer;
    int waited = 0;
    connect(&answer, &QTimer::timeout, this, [&] {
        FieldPickerDialog* dialog = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<FieldPickerDialog*>(top); d && d->isVisible()) {
                dialog = d;
            }
        }
        // Keys go to the dialog only once it is the active window: before that (a loaded machine, where the
        // activation comes late) the main window's shortcuts would take them — Escape among them — and the dialog
        // would wait for ever.
        if (!dialog || !dialog->isActiveWindow()) {
            if (dialog) {
                dialog->activateWindow();
            }
            if (++waited > 600) { // 30 s: give up, and close the dialog or whatever modal is up so that the test ends
                answer.stop();
                if (QWidget* modal = dialog ? dialog : QApplication::activeModalWidget()) {
                    qWarning() << "no active field picker; closing" << modal;
                    modal->close();
                }
            }
            return;
        }
        answer.stop();
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("fieldSearch"));
        QTest::keyClicks(search, missing);
        for (int i = 0; i < 50 && dialog->currentKey() != missing; ++i) { // a longer key may come first
            QTest::keyClick(search, Qt::Key_Down);
        }
        answered = dialog->currentKey() == missing;
        QTest::keyClick(search, answered ? Qt::Key_Return : Qt::Key_Escape);
    });
    answer.start(50);
    // 1081 counts 人: for a field counting something else the window asks first; the reviewer says yes.
    const bool asked = FieldCatalogue::builtin().find(missing)->unit != u"人";
    if (asked) {
        MessageBox::setNextAnswer(QMessageBox::Yes);
    }
    const qsizetype boxes = MessageBox::shown().size();
    QTest::keyClick(focused(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(MessageBox::shown().size(), boxes + (asked ? 1 : 0));
    QVERIFY(answered);
    const std::optional<StoredField> added = test::fieldOf(*w.store(), seed, missing);
    QVERIFY(added);
    QVERIFY(!added->extracted);
    QCOMPARE(added->finalValue(), std::optional<double>(1081));
    QCOMPARE(added->status, FieldStatus::Corrected);
    QCOMPARE(w.fieldsPanel()->currentKey(), missing);
    QCOMPARE(w.store()->auditEntries(seed).last().action, QStringLiteral("field_assign"));
    w.activateWindow(); // the closed dialog leaves the window inactive on the offscreen platform
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(focused() ? focused() : &w, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!test::fieldOf(*w.store(), seed, missing));
}

QTEST_MAIN(TestFieldPicker)
#include "TestFieldPicker.moc"
