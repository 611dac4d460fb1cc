// SPDX-License-Identifier: GPL-3.0-or-later
// The session and the models that follow it: FlagsModel as a model (QAbstractItemModelTester, a QSignalSpy per
// signal), the fields model updating one row for one decision (no reset), and the window's flags list showing
// what the store holds after switching between reports with different flags.
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "ReportQueueModel.h"
#include "ReviewActionHandler.h"
#include "ReviewCommands.h"
#include "ReviewSession.h"
#include "TestSupport.h"
#include "common/NumberText.h"
#include "dialogs/CorrectionDialog.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "panels/ReportPanel.h"
#include "support/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace jiaohe;

class TestReviewSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void flagsModelIsSound();
    void switchingReportResetsFlagsOnce();
    void resolvingFlagUpdatesItsRow();
    void failedActionIsNotPushed();
    void decisionChangesOneFieldRow_data();
    void decisionChangesOneFieldRow();
    void flagsViewShowsStoreAfterSwitching();
    void failedOpenKeepsTheOpenDatabase();

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TemporaryDatabase> m_db;
    std::unique_ptr<ReviewSession> m_session;
};

void TestReviewSession::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestReviewSession"));
    MessageBox::setAnswerForAll(QMessageBox::Ok); // no box ever blocks a test
}

// Every test starts from a fresh database of the seeds and a session on it: no test depends on another.
void TestReviewSession::init()
{
    m_db = std::make_unique<test::TemporaryDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_session = std::make_unique<ReviewSession>();
    QVERIFY2(m_session->open(m_db->path()), qPrintable(m_session->error()));
}

void TestReviewSession::cleanup()
{
    m_session.reset();
    m_db.reset();
}

void TestReviewSession::flagsModelIsSound()
{
    FlagsModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    m_session->setCurrentReport(m_db->idOf(QStringLiteral("002_")));
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.columnCount(), int(FlagsModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(FlagsModel::FlagIdRole).toLongLong() > 0);
        QVERIFY(!model.index(row, FlagsModel::MessageColumn).data().toString().isEmpty());
    }
    // A field decision re-runs the checks: rows may change, come or go; the tester checks every signal.
    const QList<StoredFlag> unit =
        test::flagsOf(*m_session->store(), m_session->currentReport(), QStringLiteral("unit"));
    QVERIFY(!unit.isEmpty() && unit.first().suggestion);
    QVERIFY(m_session->correctField(m_session->currentReport(), QStringLiteral("proactive.via_website"), 199693,
                                    FieldStatus::Corrected));
    QCOMPARE(model.rowOf(unit.first().id), -1);
    m_session->setCurrentReport(m_db->idOf(QStringLiteral("000_")));
    m_session->setCurrentReport(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewSession::switchingReportResetsFlagsOnce()
{
    FlagsModel model(m_session.get());
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_session->setCurrentReport(m_db->idOf(QStringLiteral("002_")));
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.rowCount(), int(test::flagsOf(*m_session->store(), m_session->currentReport()).size()));
    m_session->setCurrentReport(m_db->idOf(QStringLiteral("002_"))); // the same report: nothing
    QCOMPARE(reset.count(), 1);
    m_session->setCurrentReport(m_db->idOf(QStringLiteral("000_")));
    QCOMPARE(reset.count(), 2);
}

void TestReviewSession::resolvingFlagUpdatesItsRow()
{
    const qint64 report = m_db->idOf(QStringLiteral("002_"));
    m_session->setCurrentReport(report);
    FlagsModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<StoredFlag> sums = test::flagsOf(*m_session->store(), report, QStringLiteral("sum"));
    QVERIFY(!sums.isEmpty());
    const int row = model.rowOf(sums.first().id);
    QVERIFY(row >= 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(m_session->push(new ResolveFlagCommand(*m_session, report, sums.first().id, Resolution::Dismissed,
                                                   QStringLiteral("counted twice"))));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, FlagsModel::ColumnCount - 1));
    QCOMPARE(model.index(row, FlagsModel::ResolutionColumn).data().toString(), QStringLiteral("dismissed"));
    QCOMPARE(model.index(row, 0).data(FlagsModel::ResolutionRole).toString(), QStringLiteral("dismissed"));

    m_session->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(row, FlagsModel::ResolutionColumn).data().toString(), QStringLiteral("open"));
}

// A decision the store refuses is not on the stack (the command made itself obsolete), and says why.
void TestReviewSession::failedActionIsNotPushed()
{
    const qint64 report = m_db->idOf(QStringLiteral("002_"));
    m_session->setCurrentReport(report);
    QSignalSpy done(m_session.get(), &ReviewSession::actionDone);
    QVERIFY(!m_session->push(
        new SetFieldStatusCommand(*m_session, report, QStringLiteral("no.such.field"), FieldStatus::Confirmed)));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->error().isEmpty());
    QCOMPARE(done.count(), 1);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!m_session->push(new ResolveFlagCommand(*m_session, report, 999999, Resolution::Fixed)));
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(m_session->push(
        new SetFieldStatusCommand(*m_session, report, QStringLiteral("proactive.via_weibo"), FieldStatus::Confirmed)));
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestReviewSession::decisionChangesOneFieldRow_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("confirm with Return") << QStringLiteral("confirm");
    QTest::newRow("correct in place") << QStringLiteral("edit");
    QTest::newRow("correct through the dialog") << QStringLiteral("correct");
}

// One decision on one field: the window changes that field's row (dataChanged) and resets neither the fields
// model nor the queue model.
void TestReviewSession::decisionChangesOneFieldRow()
{
    QFETCH(QString, action);
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db->path()), qPrintable(w.error()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qint64 report = m_db->idOf(QStringLiteral("002_"));
    QVERIFY(w.selectReport(report));
    const QString key = QStringLiteral("proactive.via_weibo");
    QVERIFY(w.fieldsPanel()->selectField(key));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("fieldsTree"));
    auto* fields = qobject_cast<FieldsModel*>(tree->model());
    ReportQueueModel* queue = w.queueModel();
    QVERIFY(fields && queue);
    QSignalSpy fieldsAboutToReset(fields, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy fieldsReset(fields, &QAbstractItemModel::modelReset);
    QSignalSpy fieldsChanged(fields, &QAbstractItemModel::dataChanged);
    QSignalSpy queueAboutToReset(queue, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy queueReset(queue, &QAbstractItemModel::modelReset);

    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    if (action == u"confirm") {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    } else if (action == u"edit") {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        auto* editor = tree->findChild<QLineEdit*>(QStringLiteral("fieldValueEditor"));
        QVERIFY(editor && editor->isVisible());
        QTest::keyClicks(editor, QStringLiteral("42")); // the value is selected: typing replaces it
        QTest::keyClick(editor, Qt::Key_Return);
    } else {
        CorrectionDialog::setNextAnswer(CorrectionDialog::Correction{42, FieldStatus::Corrected});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2, Qt::ShiftModifier);
    }
    QTRY_COMPARE(w.undoStack()->count(), 1);
    const std::optional<StoredField> stored = test::fieldOf(*w.store(), report, key);
    QCOMPARE(stored->status, action == u"confirm" ? FieldStatus::Confirmed : FieldStatus::Corrected);

    QCOMPARE(fieldsAboutToReset.count(), 0);
    QCOMPARE(fieldsReset.count(), 0);
    QCOMPARE(queueAboutToReset.count(), 0);
    QCOMPARE(queueReset.count(), 0);
    // dataChanged for that field's row (its cells), and no other field's unless its flagged mark changed.
    const QModelIndex row = fields->indexOfKey(key);
    int forThisField = 0;
    for (const QList<QVariant>& signal : std::as_const(fieldsChanged)) {
        const QModelIndex from = signal.at(0).toModelIndex();
        const QModelIndex to = signal.at(1).toModelIndex();
        QCOMPARE(from.row(), to.row());
        QCOMPARE(from.parent(), to.parent());
        if (from.siblingAtColumn(0) == row) {
            ++forThisField;
            QCOMPARE(from.column(), 0);
            QCOMPARE(to.column(), FieldsModel::ColumnCount - 1);
        }
    }
    QCOMPARE(forThisField, 1);
    QCOMPARE(fieldsChanged.count(), 1); // weibo's value is in no flag: its decision changes no other row
    QCOMPARE(row.siblingAtColumn(FieldsModel::StatusColumn).data().toString(), FieldsModel::tr(qPrintable(toString(stored->status))));
    if (action != u"confirm") {
        QCOMPARE(row.siblingAtColumn(FieldsModel::ValueColumn).data().toString(), QStringLiteral("42"));
    }
}

// The flags list after switching between reports with different flags: every cell as the store says.
void TestReviewSession::flagsViewShowsStoreAfterSwitching()
{
    MainWindow w;
    QVERIFY2(w.openDatabase(m_db->path()), qPrintable(w.error()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* view = w.findChild<QTreeView*>(QStringLiteral("flagsTree"));
    QVERIFY(view);
    const QList<qint64> order = {m_db->idOf(QStringLiteral("002_")), m_db->idOf(QStringLiteral("000_")),
                                 m_db->idOf(QStringLiteral("002_")), m_db->idOf(QStringLiteral("003_")),
                                 m_db->idOf(QStringLiteral("001_")), m_db->idOf(QStringLiteral("002_"))};
    QSet<int> counts;
    for (const qint64 report : order) {
        QVERIFY(w.selectReport(report));
        const QList<StoredFlag> stored = w.store()->flags(report);
        counts.insert(int(stored.size()));
        const QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), int(stored.size()));
        const QString text = w.store()->originalText(report);
        for (int r = 0; r < stored.size(); ++r) {
            const StoredFlag& f = stored.at(r);
            auto cell = [&](int column) { return model->index(r, column).data().toString(); };
            QVERIFY(!view->isColumnHidden(FlagsModel::SeverityColumn));
            QCOMPARE(cell(FlagsModel::SeverityColumn).toLower(), f.severity.toLower());
            QCOMPARE(cell(FlagsModel::KindColumn), FlagsModel::kindText(f.kind));
            QCOMPARE(cell(FlagsModel::MessageColumn), f.messageEn);
            QCOMPARE(cell(FlagsModel::ResolutionColumn),
                     f.resolution == Resolution::SourceError ? QStringLiteral("source error") : toString(f.resolution));
            QStringList numbers;
            for (double v : f.numbers) {
                numbers.append(numberText(v));
            }
            QCOMPARE(cell(FlagsModel::NumbersColumn), numbers.join(QStringLiteral(", ")));
            if (f.suggestion) {
                QVERIFY(cell(FlagsModel::FixColumn).endsWith(numberText(f.suggestion->value)));
                QVERIFY(cell(FlagsModel::FixColumn)
                            .startsWith(text.mid(f.suggestion->start, f.suggestion->end - f.suggestion->start)));
            } else {
                QCOMPARE(cell(FlagsModel::FixColumn), QString());
            }
            QCOMPARE(model->index(r, 0).data(FlagsModel::FlagIdRole).toLongLong(), f.id);
        }
    }
    QVERIFY2(counts.size() > 1, "the reports switched between should differ in their flags");
}

// Opening a file that is not a review database says why and leaves the database in use open, with its report
// and its undo history (issue 12: it used to close it first).
void TestReviewSession::failedOpenKeepsTheOpenDatabase()
{
    const qint64 id = m_db->ids().first();
    m_session->setCurrentReport(id);
    const QString key = m_session->store()->fields(id).first().key;
    QVERIFY(m_session->push(new SetFieldStatusCommand(*m_session, id, key, FieldStatus::Confirmed)));
    QSignalSpy changed(m_session.get(), &ReviewSession::databaseChanged);

    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("report.sqlite"));
    QFile file(notADatabase);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("这不是数据库 — a text file named like a database\n");
    file.close();

    QVERIFY(!m_session->open(notADatabase));
    QVERIFY(!m_session->error().isEmpty());
    QVERIFY(m_session->isOpen());
    QCOMPARE(m_session->path(), m_db->path());
    QCOMPARE(m_session->currentReport(), id);
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_session->store()->fields(id).first().status, FieldStatus::Confirmed);
    // The file is untouched.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("这不是数据库"));
}

QTEST_MAIN(TestReviewSession)
#include "TestReviewSession.moc"
