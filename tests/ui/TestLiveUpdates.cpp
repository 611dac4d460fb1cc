// SPDX-License-Identifier: GPL-3.0-or-later
// Changes by others reach the open window (issue 16): two windows on one review database — a team's server
// (TestLiveUpdates_PostgreSQL: LISTEN/NOTIFY) or one file (PRAGMA data_version) — one decides, the other's queue and
// open report show it within a second or two, keeping its selection; a window's own changes are not read again; an
// edit in progress is not disturbed. File → Open server… typed and confirmed with Return opens the server, and a
// password written in the address serves every connection of the process without ever being remembered.
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "LiveUpdates.h"
#include "MainWindow.h"
#include "ReportQueueModel.h"
#include "ReviewSession.h"
#include "TestBackend.h"
#include "TestSupport.h"
#include "check/Checker.h"
#include "dialogs/OpenServerDialog.h"
#include "extract/Extractor.h"
#include "panels/FieldsPanel.h"
#include "panels/FlagsPanel.h"
#include "pipeline/Analysis.h"
#include "store/Database.h"
#include "store/ReviewStore.h"
#include "store/ServerAddress.h"
#include "support/Config.h"
#include "support/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString seed003 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/003_91a9e7177771f33a.txt");
const QString key = QStringLiteral("org.offices");

std::optional<StoredField> shownField(MainWindow& w, const QString& fieldKey)
{
    for (const StoredField& f : w.fieldsPanel()->fieldsModel()->fields()) {
        if (f.key == fieldKey) {
            return f;
        }
    }
    return std::nullopt;
}

QString shownStatus(MainWindow& w, const QString& fieldKey)
{
    const std::optional<StoredField> f = shownField(w, fieldKey);
    return f ? toString(f->status) : QString();
}

QString queueStatus(MainWindow& w, qint64 reportId)
{
    ReportQueueModel* q = w.queueModel();
    const int row = q->rowOf(reportId);
    return row < 0 ? QString()
                   : q->index(row, ReportQueueModel::StatusColumn).data(ReportQueueModel::StatusRole).toString();
}

// Once the modal dialog is shown, `keys` are pressed in its focused widget (as the reviewer types).
void whenDialogShown(QObject* context, const std::function<void(QDialog*, QWidget*)>& keys)
{
    QTimer::singleShot(20, context, [context, keys] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !dialog->focusWidget()) {
            whenDialogShown(context, keys);
            return;
        }
        keys(dialog, dialog->focusWidget());
    });
}

QString shownResolution(MainWindow& w, qint64 flagId)
{
    FlagsModel* m = w.flagsPanel()->flagsModel();
    const int row = m->rowOf(flagId);
    return row < 0 ? QString() : m->index(row, 0).data(FlagsModel::ResolutionRole).toString();
}

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void decisionReachesTheOtherWindow();
    void ownChangesAreNotReadAgain();
    void editInProgressWaits();
    void importReachesTheQueue();
    void takeOverReachesTheHolder();
    void openServerByKeys();
    void partsComposeTheAddress();
    void passwordStaysInMemory();

private:
    // Another reviewer's store on the same database (a second machine).
    std::unique_ptr<ReviewStore> otherStore(Database& db);

    QTemporaryDir m_dir;
    QString m_name;
    qint64 m_report = 0;
    std::unique_ptr<MainWindow> m_a;
    std::unique_ptr<MainWindow> m_b;
};

void TestLiveUpdates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("TestLiveUpdates"));
    MessageBox::setAnswerForAll(QMessageBox::Ok);
}

void TestLiveUpdates::init()
{
    m_name =
        test::freshDatabase(m_dir.path(), QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(!m_name.isEmpty());
    {
        Database db;
        QVERIFY2(db.open(m_name), qPrintable(db.error()));
        ReviewStore store(db);
        m_report = store.importAnalysis(Analysis::ofFile(seed002, Extractor(), Checker())).reportId;
        QVERIFY(m_report > 0);
    }
    m_a = std::make_unique<MainWindow>();
    m_b = std::make_unique<MainWindow>();
    for (MainWindow* w : {m_a.get(), m_b.get()}) {
        QVERIFY2(w->openDatabase(m_name), qPrintable(w->error()));
        QVERIFY(w->session()->liveUpdates()->isWatching());
        QVERIFY(w->selectReport(m_report));
        QCOMPARE(w->currentReportId(), m_report);
    }
}

void TestLiveUpdates::cleanup()
{
    m_a.reset();
    m_b.reset();
}

std::unique_ptr<ReviewStore> TestLiveUpdates::otherStore(Database& db)
{
    if (!db.open(m_name)) {
        return nullptr;
    }
    auto store = std::make_unique<ReviewStore>(db);
    store->setSystemUser(QStringLiteral("li"));
    return store;
}

void TestLiveUpdates::decisionReachesTheOtherWindow()
{
    QVERIFY(m_b->fieldsPanel()->selectField(key));
    QCOMPARE(shownStatus(*m_b, key), QStringLiteral("unreviewed"));
    QCOMPARE(queueStatus(*m_b, m_report), QStringLiteral("unreviewed"));
    const QList<StoredFlag> flags = m_a->session()->currentFlags();
    QVERIFY(!flags.isEmpty());
    const qint64 flagId = flags.first().id;
    QCOMPARE(shownResolution(*m_b, flagId), QStringLiteral("open"));

    // A decides a field and a flag, as its reviewer does through the session.
    QVERIFY2(m_a->session()->correctField(m_report, key, 7, FieldStatus::Corrected),
             qPrintable(m_a->session()->error()));
    QVERIFY(m_a->session()->resolveFlag(m_report, flagId, Resolution::Dismissed, QStringLiteral("checked by phone")));

    // B shows both, and the report now in review in its queue, without anyone touching it.
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*m_b, key), QStringLiteral("corrected"), 2000);
    QCOMPARE(shownField(*m_b, key)->correctedValue, std::optional<double>(7));
    QTRY_COMPARE_WITH_TIMEOUT(shownResolution(*m_b, flagId), QStringLiteral("dismissed"), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(queueStatus(*m_b, m_report), QStringLiteral("in_review"), 2000);
    // B's reviewer keeps their place: the same report, the same field selected.
    QCOMPARE(m_b->currentReportId(), m_report);
    QCOMPARE(m_b->fieldsPanel()->currentKey(), key);

    // B read the new version: its own decision on the field now goes through (no conflict).
    QVERIFY2(m_b->session()->setFieldStatus(m_report, key, FieldStatus::NotApplicable),
             qPrintable(m_b->session()->error()));
    QCOMPARE(shownStatus(*m_b, key), QStringLiteral("not_applicable"));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*m_a, key), QStringLiteral("not_applicable"), 2000);
}

void TestLiveUpdates::ownChangesAreNotReadAgain()
{
    // Opening the report claimed it in both windows (one user, two windows: B's claim refreshed A's row) — a change
    // A hears from B. Let it be heard before counting.
    QTest::qWait(LiveUpdates::PollMs + 4 * LiveUpdates::CoalesceMs);
    QSignalSpy own(m_a->session(), &ReviewSession::changedElsewhere);
    QSignalSpy other(m_b->session(), &ReviewSession::changedElsewhere);
    QVERIFY(m_a->session()->setFieldStatus(m_report, key, FieldStatus::Confirmed));
    QTRY_VERIFY_WITH_TIMEOUT(other.count() > 0, 2000);
    // Time enough for A to have heard of it had it listened to itself (a poll and a coalescing interval).
    QTest::qWait(LiveUpdates::PollMs + 4 * LiveUpdates::CoalesceMs);
    QCOMPARE(own.count(), 0);
    if (test::onServer()) {
        // On a server the other window hears which report changed.
        QCOMPARE(other.first().first().value<QList<qint64>>(), QList<qint64>{m_report});
    }
}

void TestLiveUpdates::editInProgressWaits()
{
    bool editing = true;
    m_b->session()->liveUpdates()->setEditInProgress([&editing] { return editing; });
    QVERIFY(m_a->session()->setFieldStatus(m_report, key, FieldStatus::NotApplicable));
    QTest::qWait(LiveUpdates::PollMs + 6 * LiveUpdates::CoalesceMs);
    QCOMPARE(shownStatus(*m_b, key), QStringLiteral("unreviewed")); // not changed under the reviewer's hands
    editing = false;
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*m_b, key), QStringLiteral("not_applicable"), 2000);
}

void TestLiveUpdates::importReachesTheQueue()
{
    QCOMPARE(m_b->queueModel()->totalCount(), 1);
    Database db;
    const std::unique_ptr<ReviewStore> store = otherStore(db);
    QVERIFY(store);
    const qint64 added = store->importAnalysis(Analysis::ofFile(seed003, Extractor(), Checker())).reportId;
    QVERIFY(added > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_b->queueModel()->totalCount(), 2, 2000);
    QVERIFY(m_b->queueModel()->rowOf(added) >= 0);
    QCOMPARE(m_b->currentReportId(), m_report); // the report under review stays open
}

void TestLiveUpdates::openServerByKeys()
{
    MainWindow w;
    auto* action = w.findChild<QAction*>(QStringLiteral("openServerAction"));
    QVERIFY(action);
    // A file's path is not a server's address: the dialog says so and Open stays disabled; Escape cancels.
    bool refused = false;
    whenDialogShown(this, [&refused](QDialog* dialog, QWidget* edit) {
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("/tmp/review.sqlite"));
        QTest::keyClick(edit, Qt::Key_Return);
        refused =
            dialog->isVisible() && !dialog->findChild<QLabel*>(QStringLiteral("serverProblemLabel"))->text().isEmpty();
        QTest::keyClick(edit, Qt::Key_Escape);
    });
    action->trigger();
    QVERIFY(refused);
    QVERIFY(!w.hasDatabase());
    if (!test::onServer()) {
        QSKIP("opening a server needs the PostgreSQL fixture (TestLiveUpdates_PostgreSQL)");
    }
    const QString uri = m_name;
    whenDialogShown(this, [uri](QDialog*, QWidget* edit) {
        QVERIFY(qobject_cast<QLineEdit*>(edit));
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, uri);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    action->trigger();
    QVERIFY2(w.hasDatabase(), qPrintable(w.error()));
    QCOMPARE(w.databasePath(), uri);
    QCOMPARE(w.queueModel()->totalCount(), 1);
    QCOMPARE(w.recentDatabases().first(), uri);
    // The next time, the dialog offers the last server.
    OpenServerDialog::setNextAnswer(std::nullopt);
    action->trigger();
    QCOMPARE(OpenServerDialog::lastCurrent(), uri);
}

void TestLiveUpdates::partsComposeTheAddress()
{
    QString composed;
    bool noPasswordField = false;
    whenDialogShown(this, [&](QDialog* dialog, QWidget* address) {
        const QList<QLineEdit*> edits = dialog->findChildren<QLineEdit*>();
        noPasswordField = std::none_of(edits.cbegin(), edits.cend(),
                                       [](const QLineEdit* e) { return e->echoMode() != QLineEdit::Normal; });
        // Tab from the address to the host, then port, database and user, as the reviewer fills them in.
        const QStringList parts{QStringLiteral("/run/postgresql"), QStringLiteral("5433"),
                                QStringLiteral("jiaohe 2024"), QStringLiteral("zhangsan")};
        QWidget* at = address;
        for (const QString& part : parts) {
            QTest::keyClick(at, Qt::Key_Tab);
            at = dialog->focusWidget();
            QTest::keyClicks(at, part);
        }
        composed = qobject_cast<QLineEdit*>(address)->text();
        QTest::keyClick(at, Qt::Key_Return);
    });
    const std::optional<QString> answer = OpenServerDialog::ask(nullptr, QString());
    QVERIFY(noPasswordField);
    const QString expected =
        QStringLiteral("postgresql://zhangsan@/%1?host=/run/postgresql&port=5433").arg(QStringLiteral("jiaohe%202024"));
    QCOMPARE(composed, expected);
    QCOMPARE(answer, std::optional<QString>(expected));
    QString error;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(*answer, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->database(), QStringLiteral("jiaohe 2024"));
    QVERIFY(parsed->connectOptions().contains(QStringLiteral("port='5433'")));
}

void TestLiveUpdates::passwordStaysInMemory()
{
    if (!test::onServer()) {
        QSKIP("a password is a server's (TestLiveUpdates_PostgreSQL)");
    }
    ServerAddress::forgetSessionPasswords();
    // The fixture's server trusts its socket: the password is not checked, but it must travel where it should.
    QString withPassword = m_name;
    withPassword.replace(QStringLiteral("postgresql://jiaohe_admin@"),
                         QStringLiteral("postgresql://jiaohe_admin:s3cret@"));
    QVERIFY(withPassword.contains(u"s3cret"));
    MainWindow w;
    OpenServerDialog::setNextAnswer(withPassword);
    w.findChild<QAction*>(QStringLiteral("openServerAction"))->trigger();
    QVERIFY2(w.hasDatabase(), qPrintable(w.error()));
    // Remembered and shown without it.
    QCOMPARE(w.databasePath(), m_name);
    QVERIFY(!w.windowTitle().contains(u"s3cret"));
    QVERIFY(!w.recentDatabases().join(u' ').contains(u"s3cret"));
    QDirIterator files(m_dir.filePath(QStringLiteral("settings")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("s3cret"), qPrintable(f.fileName()));
    }
    // A connection made from the remembered address (the import's own, a Recent entry) gets it from memory.
    QString error;
    const std::optional<ServerAddress> remembered = ServerAddress::parse(w.databasePath(), &error);
    QVERIFY(remembered && !remembered->hasPassword());
    QVERIFY(remembered->withSessionPassword().hasPassword());
    QVERIFY(remembered->withSessionPassword().connectOptions().contains(QStringLiteral("password='s3cret'")));
    // …and none in another process's memory: forgotten, the remembered address carries none.
    ServerAddress::forgetSessionPasswords();
    QVERIFY(!remembered->withSessionPassword().hasPassword());
}

// Another reviewer takes the report over: the window that held it turns read-only within the live interval, naming
// them (the claim is a change like a decision), without waiting for the claims' one-minute look.
void TestLiveUpdates::takeOverReachesTheHolder()
{
    if (test::onServer()) {
        QSKIP("the fixture's windows are one database user; claims of two users are TestClaims_PostgreSQL's");
    }
    QTest::qWait(LiveUpdates::PollMs + 4 * LiveUpdates::CoalesceMs); // B's claim on opening, heard by A first
    QVERIFY(m_a->session()->readOnlyReason().isEmpty());
    m_b->store()->setSystemUser(QStringLiteral("wang")); // B is another reviewer from now on
    QVERIFY2(m_b->store()->claims().takeOver(m_report, QStringLiteral("zhang is on leave")),
             qPrintable(m_b->store()->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_a->session()->readOnlyReason().isEmpty(), 2000);
    QVERIFY2(m_a->session()->readOnlyReason().contains(u"wang"), qPrintable(m_a->session()->readOnlyReason()));
    // And A's decision is refused, nothing written.
    QVERIFY(!m_a->session()->setFieldStatus(m_report, key, FieldStatus::NotApplicable));
}

QTEST_MAIN(TestLiveUpdates)
#include "TestLiveUpdates.moc"
