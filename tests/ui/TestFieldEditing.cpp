// SPDX-License-Identifier: GPL-3.0-or-later
// The review window's field work, as a reviewer does it with the keyboard and the mouse: values edited in
// place (parsed like the reports' own numbers, refused with a reason, repeated edits one undo step), numbers
// assigned from the text (click, Alt+click, a selection, to a field the extractor missed), the next
// unreviewed field, and flags walked across the whole queue with F8 alone. Each test has its own database.
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "dialogs/FieldPickerDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "Preferences.h"
#include "ReportQueueModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "support/MessageBox.h"
#include "ReviewActionHandler.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportPanel.h"
#include "store/ReviewStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QMenu>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "common/StatusPrinting.h"
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace jiaohe;

namespace {

const QString seedDir = QStringLiteral(JIAOHE_TEST_DATA "/seeds");

std::optional<StoredField> storedField(MainWindow& w, const QString& key)
{
    return test::fieldOf(*w.store(), w.currentReportId(), key);
}

FieldsModel* fieldsModel(MainWindow& w)
{
    return qobject_cast<FieldsModel*>(w.findChild<QTreeView*>(QStringLiteral("fieldsTree"))->model());
}

QString shownValue(MainWindow& w, const QString& key)
{
    return fieldsModel(w)->indexOfKey(key, FieldsModel::ValueColumn).data().toString();
}

// Clicks the report view on a character of its text.
void clickText(MainWindow& w, qsizetype position, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    auto* view = w.findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    QTextCursor c(view->document());
    c.setPosition(int(position));
    view->setTextCursor(c); // scrolls it into view
    QRect r = view->cursorRect(c);
    const QPoint at(r.right() + 3, r.center().y()); // inside the character after the cursor
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, at);
}

// Selects a field and opens its value editor with F2, as a reviewer does; null when it does not open.
QLineEdit* openValueEditor(MainWindow& w, const QString& key)
{
    if (!w.fieldsPanel()->selectField(key)) {
        return nullptr;
    }
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F2);
    auto* editor = tree->findChild<QLineEdit*>(QStringLiteral("fieldValueEditor"));
    return editor && editor->isVisible() ? editor : nullptr;
}

} // namespace

class TestFieldEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fieldInput_data();
    void fieldInput();
    void editInPlace();
    void refusedInputKeepsEditorOpen();
    void clickSelectsField();
    void assignFromText();
    void assignToMissedField();
    void nextUnreviewedField();
    void flagsByKeyboardAcrossQueue();
    void fieldsModelIsSound();
    void filterByFlagKind();
    void preferencesNameTheReviewer();
    void recentDatabases();
    void findInReport();
    void flagsShowFixAndNumbers();

private:
    std::unique_ptr<MainWindow> openWindow(const QStringList& files);
    qint64 idOf(MainWindow& w, const QString& prefix);

    QTemporaryDir m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFieldEditing::initTestCase()
{
    QVERIFY(m_settings.isValid());
    MessageBox::setAnswerForAll(QMessageBox::Ok); // no box ever blocks a test
    test::isolateSettings(m_settings.path(), QStringLiteral("TestFieldEditing"));
}

void TestFieldEditing::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFieldEditing::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestFieldEditing::openWindow(const QStringList& files)
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_dir->filePath(QStringLiteral("review.sqlite")))) {
        qWarning() << w->error();
        return nullptr;
    }
    QStringList paths;
    for (const QString& f : files) {
        paths.append(QDir(seedDir).filePath(f));
    }
    if (!paths.isEmpty() && w->importer()->importReports(paths).size() != paths.size()) {
        qWarning() << w->importer()->failures();
        return nullptr;
    }
    w->resize(1400, 900);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get())) {
        return nullptr;
    }
    return w;
}

qint64 TestFieldEditing::idOf(MainWindow& w, const QString& prefix)
{
    for (const StoredReport& r : w.store()->reports()) {
        if (r.fileName.startsWith(prefix)) {
            return r.id;
        }
    }
    return 0;
}

void TestFieldEditing::fieldInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("ten-thousands") << "1.2万" << "条" << true << 12000.0 << "= 12000";
    QTest::newRow("full-width digits") << "１２３" << "件" << true << 123.0 << "= 123";
    QTest::newRow("Chinese numerals") << "一千二百" << "件" << true << 1200.0 << "= 1200";
    QTest::newRow("with its unit") << "35件" << "件" << true << 35.0 << "= 35";
    QTest::newRow("zero in words") << "无" << "件" << true << 0.0 << "= 0";
    QTest::newRow("share") << "65.97%" << "%" << true << 65.97 << "= 65.97";
    QTest::newRow("empty") << "  " << "件" << false << 0.0 << "Type a number";
    QTest::newRow("letters") << "abc" << "件" << false << 0.0 << "cannot be read";
    QTest::newRow("two numbers") << "12 13" << "件" << false << 0.0 << "cannot be read";
    QTest::newRow("percentage for a count") << "12%" << "件" << false << 0.0 << "percentage";
    QTest::newRow("count for a percentage") << "12件" << "%" << false << 0.0 << "is a count";
}

void TestFieldEditing::fieldInput()
{
    QFETCH(QString, text);
    QFETCH(QString, unit);
    QFETCH(bool, reads);
    QFETCH(double, value);
    QFETCH(QString, messagePart);
    const FieldInput in = FieldInput::read(text, unit);
    QCOMPARE(in.value.has_value(), reads);
    if (reads) {
        QCOMPARE(*in.value, value);
    }
    QVERIFY2(in.message.contains(messagePart), qPrintable(in.message));
}

// F2 on a field, type as the report would, Return: saved at once; a second edit of the same field is the same
// undo step, so one undo brings back the value as extracted.
void TestFieldEditing::editInPlace()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const QString key = QStringLiteral("proactive.via_website");
    QLineEdit* editor = openValueEditor(*w, key);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("1996930000")); // the value as extracted, selected
    QTest::keyClicks(editor, QStringLiteral("19.9693"));
    QTest::sendKeyEvent(QTest::Click, editor, Qt::Key_unknown, QStringLiteral("万"), Qt::NoModifier); // as typed by an IME
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("= 199693")),
             qPrintable(w->statusBar()->currentMessage())); // the parsed number, before it is committed
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedField(*w, key)->correctedValue, std::optional<double>(199693));
    QCOMPARE(storedField(*w, key)->status, FieldStatus::Corrected);
    QCOMPARE(shownValue(*w, key), QStringLiteral("199693"));
    QCOMPARE(w->fieldsPanel()->currentKey(), key);
    QCOMPARE(w->undoStack()->count(), 1);

    // A second edit of the same field merges into the first step.
    QVERIFY2(w->actions()->editFieldValue(key, QStringLiteral("二十万")), qPrintable(w->error()));
    QCOMPARE(storedField(*w, key)->correctedValue, std::optional<double>(200000));
    QCOMPARE(w->undoStack()->count(), 1);
    w->undoStack()->undo();
    QCOMPARE(storedField(*w, key)->status, FieldStatus::Unreviewed);
    QCOMPARE(storedField(*w, key)->correctedValue, std::nullopt);
    QCOMPARE(shownValue(*w, key), QStringLiteral("1996930000"));
    w->undoStack()->redo();
    QCOMPARE(storedField(*w, key)->correctedValue, std::optional<double>(200000));

    // An edit of another field is a step of its own.
    const QString other = QStringLiteral("proactive.total");
    QVERIFY(storedField(*w, other));
    QVERIFY(w->actions()->editFieldValue(other, QStringLiteral("1,103")));
    QCOMPARE(w->undoStack()->count(), 2);
}

void TestFieldEditing::refusedInputKeepsEditorOpen()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const QString key = QStringLiteral("proactive.via_website");
    QLineEdit* editor = openValueEditor(*w, key);
    QVERIFY(editor);
    auto* tree = w->findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    QTest::keyClicks(editor, QStringLiteral("12%"));
    QTest::keyClick(editor, Qt::Key_Return);
    // Not taken: the editor is still open with the reason, nothing was written or pushed.
    QVERIFY(editor->isVisible());
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("percentage")),
             qPrintable(w->statusBar()->currentMessage()));
    QCOMPARE(storedField(*w, key)->status, FieldStatus::Unreviewed);
    QCOMPARE(w->undoStack()->count(), 0);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!tree->findChild<QLineEdit*>(QStringLiteral("fieldValueEditor")) ||
                !tree->findChild<QLineEdit*>(QStringLiteral("fieldValueEditor"))->isVisible());
    // The same through the API: refused with the reason in error().
    QVERIFY(!w->actions()->editFieldValue(key, QStringLiteral("abc")));
    QVERIFY(w->error().contains(QStringLiteral("abc")));
    QCOMPARE(w->undoStack()->count(), 0);
}

void TestFieldEditing::clickSelectsField()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const std::optional<StoredField> website = storedField(*w, QStringLiteral("proactive.via_website"));
    QVERIFY(website);
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("proactive.total")));
    QCOMPARE(w->fieldsPanel()->fieldAt(website->evidenceStart + 2), website->key);
    QVERIFY(w->fieldsPanel()->fieldAt(0).isEmpty());
    clickText(*w, website->evidenceStart + 2);
    QCOMPARE(w->fieldsPanel()->currentKey(), website->key);
    QCOMPARE(w->undoStack()->count(), 0); // a plain click changes nothing
}

// Alt+click on a number, or a selection and Ctrl+T, assigns it to the selected field; undo puts the
// extracted evidence back.
void TestFieldEditing::assignFromText()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const QString key = QStringLiteral("proactive.via_website");
    const std::optional<StoredField> before = storedField(*w, key);
    QVERIFY(before);
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    const QString text = view->toPlainText();

    // Alt+click on the digits of 199693万条: the number as a whole is taken, 万 included.
    QVERIFY(w->fieldsPanel()->selectField(key));
    clickText(*w, before->evidenceStart + 1, Qt::AltModifier);
    QCOMPARE(w->undoStack()->count(), 1);
    std::optional<StoredField> after = storedField(*w, key);
    QCOMPARE(after->evidenceText, before->evidenceText);
    QCOMPARE(after->status, FieldStatus::Corrected);

    // A selection of another number and Ctrl+T: value and evidence move there.
    const qsizetype other = text.indexOf(QStringLiteral("1081"));
    QVERIFY(other > 0);
    QVERIFY(w->fieldsPanel()->selectField(key)); // the field first (its evidence gets selected), then the number
    QTextCursor c(view->document());
    c.setPosition(int(other));
    c.setPosition(int(other + 4), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(w->undoStack()->count(), 2);
    after = storedField(*w, key);
    QCOMPARE(after->evidenceStart, other);
    QCOMPARE(after->finalValue(), std::optional<double>(1081));
    QCOMPARE(shownValue(*w, key), QStringLiteral("1081"));

    // 1081 counts 人 and the field counts 条: the reviewer was asked (answered yes above); answered no, the field
    // is left alone and the status bar says why.
    QVERIFY(MessageBox::shown().last().text.contains(QStringLiteral("人")));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!w->actions()->assignFromText(other, other + 4));
    QVERIFY(w->error().contains(QStringLiteral("人")));
    QCOMPARE(w->undoStack()->count(), 2);

    // A selection over two numbers or over none is refused with a reason, nothing pushed.
    QVERIFY(!w->actions()->assignFromText(other - 30, other + 4));
    QVERIFY(w->error().contains(QStringLiteral("more than one")) || w->error().contains(QStringLiteral("no number")));
    const qsizetype title = text.indexOf(QStringLiteral("政府信息公开"));
    QVERIFY(!w->actions()->assignFromText(title, title + 4));
    QVERIFY(w->error().contains(QStringLiteral("no number")));
    QCOMPARE(w->undoStack()->count(), 2);

    w->undoStack()->undo();
    w->undoStack()->undo();
    after = storedField(*w, key);
    QCOMPARE(after->evidenceStart, before->evidenceStart);
    QCOMPARE(after->evidenceText, before->evidenceText);
    QCOMPARE(after->status, FieldStatus::Unreviewed);
    QCOMPARE(after->finalValue(), before->finalValue());
}

// A field the extractor did not find: chosen from the catalogue (Ctrl+Shift+T), it appears in the list with
// the number as value and evidence; undo removes it again.
void TestFieldEditing::assignToMissedField()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    QString missing;
    for (const auto& c : FieldPickerDialog::catalogueChoices()) {
        if (missing.isEmpty() && !storedField(*w, c.first)) {
            missing = c.first;
        }
    }
    FieldPickerDialog::setNextAnswer(missing);
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    const qsizetype at = view->toPlainText().indexOf(QStringLiteral("1081"));
    QTextCursor c(view->document());
    c.setPosition(int(at));
    c.setPosition(int(at + 4), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QStringList offered;
    for (const auto& choice : FieldPickerDialog::lastChoices()) {
        offered.append(choice.first);
    }
    QVERIFY(offered.size() > 20); // the whole catalogue
    QVERIFY(!missing.isEmpty());
    const std::optional<StoredField> added = storedField(*w, missing);
    QVERIFY(added);
    QVERIFY(!added->extracted);
    QCOMPARE(added->finalValue(), std::optional<double>(1081));
    QCOMPARE(w->fieldsPanel()->currentKey(), missing);
    QCOMPARE(shownValue(*w, missing), QStringLiteral("1081"));
    w->undoStack()->undo();
    QVERIFY(!storedField(*w, missing));
    QVERIFY(!fieldsModel(*w)->indexOfKey(missing).isValid());
}

void TestFieldEditing::nextUnreviewedField()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const QList<QModelIndex> order = fieldsModel(*w)->fieldIndexes();
    QVERIFY(order.size() >= 3);
    const QString first = fieldsModel(*w)->keyAt(order[0]);
    const QString second = fieldsModel(*w)->keyAt(order[1]);
    const QString third = fieldsModel(*w)->keyAt(order[2]);
    QVERIFY(w->fieldsPanel()->selectField(first));
    // The second is reviewed already: F6 skips it.
    QVERIFY(w->fieldsPanel()->selectField(second));
    auto* tree = w->findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return); // confirm and move on
    QCOMPARE(w->fieldsPanel()->currentKey(), third);
    QVERIFY(w->fieldsPanel()->selectField(first));
    QTest::keyClick(w.get(), Qt::Key_F6);
    QCOMPARE(w->fieldsPanel()->currentKey(), third);
    QTest::keyClick(w.get(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(w->fieldsPanel()->currentKey(), first);
    // Confirm every field with Return alone: the walk ends on the last one and says so.
    for (int i = 0; i < order.size() + 2; ++i) {
        QTest::keyClick(tree, Qt::Key_Return);
    }
    for (const StoredField& f : w->store()->fields(w->currentReportId())) {
        QCOMPARE(f.status, FieldStatus::Confirmed);
    }
    QVERIFY(!w->fieldsPanel()->selectNextUnreviewed(1));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("reviewed")));
}

// F8 alone visits every open flag of the queue once, report after report, and comes back to the first;
// Shift+F8 walks the same way back. Resolving one with the keyboard takes it out of the walk.
void TestFieldEditing::flagsByKeyboardAcrossQueue()
{
    QStringList seeds = QDir(seedDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    auto w = openWindow(seeds);
    QVERIFY(w);
    QSet<qint64> open;
    for (const StoredReport& r : w->store()->reports()) {
        for (const StoredFlag& f : w->store()->flags(r.id)) {
            if (f.resolution == Resolution::Open) {
                open.insert(f.id);
            }
        }
    }
    QVERIFY(open.size() >= 5);
    QVERIFY(w->selectReport(w->queueModel()->reportId(0)));
    QList<qint64> walk;
    for (int i = 0; i < open.size(); ++i) {
        QTest::keyClick(w.get(), Qt::Key_F8);
        walk.append(w->flagsPanel()->currentFlagId());
        // The report shown is the flag's own.
        bool own = false;
        for (const StoredFlag& f : w->store()->flags(w->currentReportId())) {
            own = own || f.id == walk.last();
        }
        QVERIFY(own);
    }
    QCOMPARE(QSet<qint64>(walk.cbegin(), walk.cend()), open);
    QTest::keyClick(w.get(), Qt::Key_F8);
    QCOMPARE(w->flagsPanel()->currentFlagId(), walk.first()); // round again
    for (qsizetype i = walk.size() - 1; i >= 0; --i) {
        QTest::keyClick(w.get(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(w->flagsPanel()->currentFlagId(), walk[i]);
    }
    // Mark the selected flag a source error with its shortcut: the walk then skips it.
    const qint64 resolved = w->flagsPanel()->currentFlagId();
    QTest::keyClick(w.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    for (int i = 0; i < open.size(); ++i) {
        QTest::keyClick(w.get(), Qt::Key_F8);
        QVERIFY(w->flagsPanel()->currentFlagId() != resolved);
    }
}

void TestFieldEditing::fieldsModelIsSound()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt"), QStringLiteral("001_2d20e57966d07fd9.txt")});
    QVERIFY(w);
    FieldsModel* model = fieldsModel(*w);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const StoredReport& r : w->store()->reports()) {
        QVERIFY(w->selectReport(r.id));
        QVERIFY(model->rowCount() > 0);
        for (const QModelIndex& field : model->fieldIndexes()) {
            QCOMPARE(model->parent(field).isValid(), true);
            QCOMPARE(model->indexOfKey(model->keyAt(field)), field);
            QVERIFY(model->flags(field.siblingAtColumn(FieldsModel::ValueColumn)) & Qt::ItemIsEditable);
            QVERIFY(!(model->flags(field) & Qt::ItemIsEditable));
        }
    }
    // Flagged fields of seed 002 stand out: 199693万条 is in the unit flag.
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    QVERIFY(model->indexOfKey(QStringLiteral("proactive.via_website")).data(FieldsModel::FlaggedRole).toBool());
}

// The queue's flag-kind filter shows only the reports with an open flag of that kind.
void TestFieldEditing::filterByFlagKind()
{
    QStringList seeds = QDir(seedDir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    auto w = openWindow(seeds);
    QVERIFY(w);
    auto* combo = w->findChild<QComboBox*>(QStringLiteral("flagKindFilterCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(FlagsModel::kinds().size()) + 1);
    const int unit = combo->findData(QStringLiteral("unit"));
    QVERIFY(unit > 0);
    QSet<qint64> withUnit;
    for (const StoredReport& r : w->store()->reports()) {
        for (const StoredFlag& f : w->store()->flags(r.id)) {
            if (f.kind == u"unit" && f.resolution == Resolution::Open) {
                withUnit.insert(r.id);
            }
        }
    }
    QVERIFY(!withUnit.isEmpty());
    QVERIFY(withUnit.size() < seeds.size());
    combo->setCurrentIndex(unit);
    QSet<qint64> shown;
    for (int row = 0; row < w->queueModel()->rowCount(); ++row) {
        shown.insert(w->queueModel()->reportId(row));
    }
    QCOMPARE(shown, withUnit);
    combo->setCurrentIndex(0);
    QCOMPARE(w->queueModel()->rowCount(), seeds.size());
}

// Preferences: the reviewer's name goes into the audit trail of the open database and of every database
// opened later; the language is kept for the next start.
void TestFieldEditing::preferencesNameTheReviewer()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    Preferences p = Preferences::load();
    p.reviewer = QStringLiteral("王审核");
    p.language = QStringLiteral("en");
    PreferencesDialog::setNextAnswer(p);
    w->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(Preferences::load().reviewer, QStringLiteral("王审核"));
    QCOMPARE(Preferences::load().language, QStringLiteral("en"));
    QCOMPARE(Preferences::load().localeName(), QStringLiteral("en"));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("started again")));
    QCOMPARE(w->store()->reviewer(), QStringLiteral("王审核"));
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    QVERIFY(w->fieldsPanel()->selectField(QStringLiteral("proactive.via_website")));
    QVERIFY(w->actions()->setCurrentFieldStatus(FieldStatus::Confirmed));
    QCOMPARE(storedField(*w, QStringLiteral("proactive.via_website"))->reviewedBy, QStringLiteral("王审核"));
    // Another database opened later gets the same name.
    auto other = std::make_unique<MainWindow>();
    QVERIFY(other->openDatabase(m_dir->filePath(QStringLiteral("other.sqlite"))));
    QCOMPARE(other->store()->reviewer(), QStringLiteral("王审核"));
    // Cancelled: nothing changes.
    PreferencesDialog::setNextAnswer(std::nullopt);
    w->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(Preferences::load().reviewer, QStringLiteral("王审核"));
}

void TestFieldEditing::recentDatabases()
{
    MainWindow w;
    const QString a = m_dir->filePath(QStringLiteral("a.sqlite"));
    const QString b = m_dir->filePath(QStringLiteral("b.sqlite"));
    QVERIFY(w.openDatabase(a));
    QVERIFY(w.openDatabase(b));
    QVERIFY(w.openDatabase(a));
    QCOMPARE(w.recentDatabases(), (QStringList{QFileInfo(a).absoluteFilePath(), QFileInfo(b).absoluteFilePath()}));
    auto* menu = w.findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    menu->actions().at(1)->trigger(); // b
    QCOMPARE(QFileInfo(w.databasePath()).fileName(), QStringLiteral("b.sqlite"));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(w.openDatabase(m_dir->filePath(QStringLiteral("n%1.sqlite").arg(i))));
    }
    QCOMPARE(w.recentDatabases().size(), 8);
    QCOMPARE(QFileInfo(w.recentDatabases().first()).fileName(), QStringLiteral("n9.sqlite"));
}

// Ctrl+F finds in the open report: full-width digits find ASCII ones, Return walks the matches round,
// Escape closes the bar.
void TestFieldEditing::findInReport()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    auto* view = w->findChild<QPlainTextEdit*>(QStringLiteral("reportView"));
    const QString text = view->toPlainText();
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto* edit = w->findChild<QLineEdit*>(QStringLiteral("findInReportEdit"));
    QVERIFY(edit && edit->isVisible());
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("1081"));
    QCOMPARE(view->textCursor().selectionStart(), int(text.indexOf(QStringLiteral("1081"))));
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("1081"));
    // Full-width input finds the digits as written.
    QCOMPARE(w->reportPanel()->findInReport(QStringLiteral("１０８１"), 0), int(text.indexOf(QStringLiteral("1081"))));
    // Every match of a frequent phrase, in order, then round again.
    const QString phrase = QStringLiteral("政府信息公开");
    QList<int> all;
    for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        all.append(int(at));
    }
    QVERIFY(all.size() >= 3);
    QTextCursor c(view->document());
    view->setTextCursor(c); // from the top
    QCOMPARE(w->reportPanel()->findInReport(phrase, 0), all.first());
    for (qsizetype i = 1; i < all.size(); ++i) {
        QCOMPARE(w->reportPanel()->findInReport(phrase, 1), all[i]);
    }
    QCOMPARE(w->reportPanel()->findInReport(phrase, 1), all.first());
    QCOMPARE(w->reportPanel()->findInReport(phrase, -1), all.last());
    QCOMPARE(w->reportPanel()->findInReport(QStringLiteral("没有这句话"), 1), -1);
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("not in this report")));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!edit->isVisible());
}

// The flags list shows the numbers involved and the suggested fix as the printed text and its value.
void TestFieldEditing::flagsShowFixAndNumbers()
{
    auto w = openWindow({QStringLiteral("002_a82df7ab5fee8c06.txt")});
    QVERIFY(w);
    QVERIFY(w->selectReport(idOf(*w, QStringLiteral("002_"))));
    const QAbstractItemModel* flags = w->findChild<QTreeView*>(QStringLiteral("flagsTree"))->model();
    QCOMPARE(flags->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Suggested fix"));
    bool unit = false;
    bool sum = false;
    for (int i = 0; i < flags->rowCount(); ++i) {
        unit = unit || flags->index(i, 4).data().toString() == QStringLiteral("199693万条 → 199693");
        sum = sum || flags->index(i, 5).data().toString() == QStringLiteral("1103, 35, 1081");
    }
    QVERIFY(unit);
    QVERIFY(sum);
}

QTEST_MAIN(TestFieldEditing)
#include "TestFieldEditing.moc"
