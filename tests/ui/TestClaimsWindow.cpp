// SPDX-License-Identifier: GPL-3.0-or-later
// Claims as a reviewer meets them: a report someone else is reviewing opens read-only, the banner above it saying
// who since when and the queue showing "wang since 10:32" (in full in its tooltip); the decisions are disabled and
// refused; "Take over…" asks why (the dialog's seam answers), and then the reviewer decides by keys as usual, while the
// one who lost the claim is refused naming who took it. The claim follows the reviewer: refreshed as they decide,
// released when another report is opened or the window closes.
#include "ClaimKeeper.h"
#include "MainWindow.h"
#include "ReportQueueModel.h"
#include "ReviewActionHandler.h"
#include "ReviewSession.h"
#include "TestSupport.h"
#include "dialogs/TakeOverDialog.h"
#include "panels/ClaimBanner.h"
#include "panels/FieldsPanel.h"
#include "store/ReviewStore.h"
#include "support/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jiaohe;

namespace {

void press(QKeyCombination key)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    QCoreApplication::processEvents();
}

} // namespace

class TestClaimsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void claimedReportReadOnlyUntilTakenOver();
    void claimFollowsTheReviewer();

private:
    std::unique_ptr<MainWindow> openWindow();
    // Another reviewer's client on the same file.
    std::unique_ptr<ReviewStore> other(Database& db, const QString& user);
    std::optional<Claim> claimOf(qint64 reportId);

    QTemporaryDir m_settings;
    std::unique_ptr<test::TemporaryDatabase> m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;
    QDateTime m_now;
};

void TestClaimsWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings.path(), QStringLiteral("TestClaimsWindow"));
    MessageBox::setAnswerForAll(QMessageBox::Cancel);
}

void TestClaimsWindow::init()
{
    const QString seeds = QStringLiteral(JIAOHE_TEST_DATA "/seeds/");
    m_db = std::make_unique<test::TemporaryDatabase>(QStringList{seeds + QStringLiteral("002_a82df7ab5fee8c06.txt"),
                                                                 seeds + QStringLiteral("003_91a9e7177771f33a.txt")});
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_first = m_db->idOf(QStringLiteral("002_"));
    m_second = m_db->idOf(QStringLiteral("003_"));
    QVERIFY(m_first > 0 && m_second > 0);
    m_now = QDateTime::currentDateTimeUtc();
}

std::unique_ptr<MainWindow> TestClaimsWindow::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_db->path())) {
        return nullptr;
    }
    // This window's reviewer is the system user "zhang", on the test's clock.
    w->store()->setSystemUser(QStringLiteral("zhang"));
    w->store()->setClock([this] { return m_now; });
    w->resize(1400, 900);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get())) {
        return nullptr;
    }
    return w;
}

std::unique_ptr<ReviewStore> TestClaimsWindow::other(Database& db, const QString& user)
{
    if (!db.open(m_db->path())) {
        return nullptr;
    }
    auto store = std::make_unique<ReviewStore>(db);
    store->setSystemUser(user);
    store->setClock([this] { return m_now; });
    return store;
}

std::optional<Claim> TestClaimsWindow::claimOf(qint64 reportId)
{
    Database db;
    const std::unique_ptr<ReviewStore> store = other(db, QStringLiteral("observer"));
    return store ? store->claims().current(reportId) : std::nullopt;
}

void TestClaimsWindow::claimedReportReadOnlyUntilTakenOver()
{
    Database wangDb;
    const std::unique_ptr<ReviewStore> wang = other(wangDb, QStringLiteral("wang"));
    QVERIFY(wang);
    QVERIFY(wang->claims().claim(m_first));

    auto w = openWindow();
    QVERIFY(w);
    // The queue says who is reviewing the report, before it is opened.
    ReportQueueModel* queue = w->queueModel();
    const QModelIndex status = queue->index(queue->rowOf(m_first), ReportQueueModel::StatusColumn);
    QCOMPARE(status.data(ReportQueueModel::ClaimRole).toString(), QStringLiteral("wang"));
    const QString since = Claims::sinceText(wang->claims().current(m_first)->since, m_now);
    // Short in the column (so that it fits beside the others at the default width), in full in the tooltip and for
    // screen readers.
    QCOMPARE(status.data().toString(), QStringLiteral("wang since %1").arg(since));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("in review by wang since %1").arg(since));
    QCOMPARE(status.data(Qt::AccessibleTextRole).toString(), QStringLiteral("in review by wang since %1").arg(since));
    QCOMPARE(queue->index(queue->rowOf(m_second), ReportQueueModel::StatusColumn).data(ReportQueueModel::ClaimRole),
             QVariant(QString()));

    QVERIFY(w->selectReport(m_first));
    auto* banner = w->findChild<ClaimBanner*>(QStringLiteral("claimBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"wang") && banner->text().contains(since), qPrintable(banner->text()));
    QVERIFY(banner->takeOverButton()->isVisible());
    QVERIFY(!w->actions()->action("confirmFieldAction")->isEnabled());
    QVERIFY(!w->actions()->action("dismissFlagAction")->isEnabled());
    QVERIFY(w->actions()->action("nextUnreviewedFieldAction")->isEnabled()); // moving about stays

    // F6 selects a field; Return would confirm it, but the report is wang's: nothing is written.
    w->fieldsPanel()->setFocus();
    press(Qt::Key_F6);
    const QString key = w->fieldsPanel()->currentKey();
    QVERIFY(!key.isEmpty());
    press(Qt::Key_Return);
    QCOMPARE(test::fieldOf(*wang, m_first, key)->status, FieldStatus::Unreviewed);
    // Called another way (the history, a command), the decision is refused in words naming wang.
    QVERIFY(!w->actions()->setCurrentFieldStatus(FieldStatus::Confirmed));
    QVERIFY2(w->actions()->error().contains(u"wang"), qPrintable(w->actions()->error()));
    QCOMPARE(test::fieldOf(*wang, m_first, key)->status, FieldStatus::Unreviewed);

    // Take over…: the dialog (its seam) asks why; the banner goes, the decisions come back.
    const QString reason = QStringLiteral("王五借调，由张三接手");
    TakeOverDialog::setNextAnswer(reason);
    QTest::mouseClick(banner->takeOverButton(), Qt::LeftButton);
    QCOMPARE(TakeOverDialog::lastHolder(), QStringLiteral("wang"));
    QVERIFY(!banner->isVisible());
    QVERIFY(w->actions()->action("confirmFieldAction")->isEnabled());
    QCOMPARE(claimOf(m_first)->holder, QStringLiteral("zhang"));
    const QList<AuditEntry> audit = wang->auditEntries(m_first);
    QCOMPARE(audit.last().action, QStringLiteral("claim_takeover"));
    QCOMPARE(audit.last().reason, reason);

    w->fieldsPanel()->setFocus();
    press(Qt::Key_F6);
    const QString decided = w->fieldsPanel()->currentKey();
    QVERIFY(!decided.isEmpty());
    press(Qt::Key_Return);
    QCOMPARE(test::fieldOf(*wang, m_first, decided)->status, FieldStatus::Confirmed);
    // wang, having read the fields again, is refused on the next write, told who took the report over and why.
    QVERIFY(!wang->fields(m_first).isEmpty());
    QVERIFY(!wang->setFieldStatus(m_first, key, FieldStatus::NotApplicable));
    QVERIFY(!wang->conflicted());
    QVERIFY2(wang->error().contains(u"zhang") && wang->error().contains(reason), qPrintable(wang->error()));
}

void TestClaimsWindow::claimFollowsTheReviewer()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->selectReport(m_first));
    QVERIFY(w->claims()->holdsCurrent());
    std::optional<Claim> held = claimOf(m_first);
    QVERIFY(held);
    QCOMPARE(held->holder, QStringLiteral("zhang"));
    QCOMPARE(QDateTime::fromString(held->since, Qt::ISODateWithMs), m_now);
    QVERIFY(!w->findChild<ClaimBanner*>(QStringLiteral("claimBanner"))->isVisible());

    // Twenty minutes of work later the claim is refreshed by the decision (not stale for others).
    const QDateTime opened = m_now;
    m_now = opened.addSecs(20 * 60);
    w->fieldsPanel()->setFocus();
    press(Qt::Key_F6);
    press(Qt::Key_Return);
    QCOMPARE(QDateTime::fromString(claimOf(m_first)->since, Qt::ISODateWithMs), m_now);

    // Without work the claim goes stale: another reviewer takes the report without being a lead.
    m_now = opened.addSecs(60 * 60);
    {
        Database db;
        const std::unique_ptr<ReviewStore> wang = other(db, QStringLiteral("wang"));
        QVERIFY(wang && wang->claims().claim(m_first));
    }
    // The window notices when it looks again (its timer): read-only, saying wang took the report over.
    w->claims()->check();
    auto* banner = w->findChild<ClaimBanner*>(QStringLiteral("claimBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"wang"), qPrintable(banner->text()));
    QVERIFY(!w->actions()->action("confirmFieldAction")->isEnabled());

    // Another report opened: claimed; the one left is released when it was this reviewer's.
    QVERIFY(w->selectReport(m_second));
    QVERIFY(!banner->isVisible());
    QCOMPARE(claimOf(m_second)->holder, QStringLiteral("zhang"));
    QCOMPARE(claimOf(m_first)->holder, QStringLiteral("wang"));
    // The window closed: its claim is given up.
    w.reset();
    QVERIFY(!claimOf(m_second));
    QCOMPARE(claimOf(m_first)->holder, QStringLiteral("wang"));
}

QTEST_MAIN(TestClaimsWindow)
#include "TestClaimsWindow.moc"
