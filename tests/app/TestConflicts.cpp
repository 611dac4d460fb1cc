// SPDX-License-Identifier: GPL-3.0-or-later
// Two reviewers on one review database (two connections: a file shared by two windows, or a team's server): a
// decision on a field, flag or report row that the other changed since this one read it is refused with who changed
// it, when and to what, never written over; the refused client sees it has to read the row again, and after reading
// it decides normally. Undo follows the same rule. Runs on SQLite and, as TestConflicts_PostgreSQL, on a server.
#include "TestBackend.h"
#include "check/Checker.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"
#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString key = QStringLiteral("org.offices");

struct Client
{
    Database db;
    std::unique_ptr<ReviewStore> store;

    bool open(const QString& name, const QString& reviewer)
    {
        if (!db.open(name)) {
            return false;
        }
        store = std::make_unique<ReviewStore>(db);
        store->setSystemUser(reviewer);
        return true;
    }
    std::optional<StoredField> field(qint64 reportId)
    {
        for (const StoredField& f : store->fields(reportId)) {
            if (f.key == key) {
                return f;
            }
        }
        return std::nullopt;
    }
};

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoClientsEditOneField();
    void undoFollowsTheRule();
    void flagDecisionsConflictToo();
    void reportStatusConflictsToo();
    void auditNamesTheDatabaseUser();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Client> m_a;
    std::unique_ptr<Client> m_b;
    qint64 m_report = 0;
};

void TestConflicts::init()
{
    const QString name =
        test::freshDatabase(m_dir.path(), QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_a = std::make_unique<Client>();
    m_b = std::make_unique<Client>();
    QVERIFY2(m_a->open(name, QStringLiteral("zhang")), qPrintable(m_a->db.error()));
    m_report = m_a->store->importAnalysis(Analysis::ofFile(seed002, Extractor(), Checker())).reportId;
    QVERIFY(m_report > 0);
    QVERIFY2(m_b->open(name, QStringLiteral("wang")), qPrintable(m_b->db.error()));
}

void TestConflicts::cleanup()
{
    m_a.reset();
    m_b.reset();
}

void TestConflicts::twoClientsEditOneField()
{
    const std::optional<StoredField> seenByA = m_a->field(m_report);
    const std::optional<StoredField> seenByB = m_b->field(m_report);
    QVERIFY(seenByA && seenByB);
    QCOMPARE(seenByA->version, seenByB->version);

    QVERIFY2(m_b->store->correctField(m_report, key, 17), qPrintable(m_b->store->error()));
    QVERIFY(!m_b->store->conflicted());
    // A still shows the field as it was: its correction is refused, naming who changed it and to what.
    QVERIFY(!m_a->store->correctField(m_report, key, 18));
    QVERIFY(m_a->store->conflicted());
    const QString message = m_a->store->error();
    QVERIFY2(message.contains(u"wang") && message.contains(u"17"), qPrintable(message));
    // Nothing of B's is lost, nothing of A's was written.
    const std::optional<StoredField> now = m_b->field(m_report);
    QCOMPARE(now->correctedValue, std::optional<double>(17));
    QCOMPARE(now->reviewedBy, QStringLiteral("wang"));
    QCOMPARE(now->version, seenByB->version + 1);
    // Having read the row again (the window reloads it), A decides normally; now B is the one behind.
    QCOMPARE(m_a->field(m_report)->correctedValue, std::optional<double>(17));
    QVERIFY2(m_a->store->correctField(m_report, key, 18), qPrintable(m_a->store->error()));
    QVERIFY(!m_a->store->conflicted());
    QVERIFY(!m_b->store->setFieldNote(m_report, key, QStringLiteral("checked against the table")));
    QVERIFY(m_b->store->conflicted());
    QVERIFY2(m_b->store->error().contains(u"zhang"), qPrintable(m_b->store->error()));
    // A's own second decision needs no reading again: what it wrote is what it saw.
    QVERIFY2(m_a->store->setFieldStatus(m_report, key, FieldStatus::Confirmed), qPrintable(m_a->store->error()));
    QCOMPARE(m_a->field(m_report)->correctedValue, std::optional<double>(18));
}

void TestConflicts::undoFollowsTheRule()
{
    const std::optional<StoredField> before = m_a->field(m_report);
    QVERIFY(before);
    QVERIFY(m_a->store->correctField(m_report, key, 21));
    const std::optional<StoredField> seenByB = m_b->field(m_report);
    QVERIFY(seenByB);
    QVERIFY(m_b->store->correctField(m_report, key, 22));
    // A's undo would put its snapshot back over B's correction: refused, B's value stays.
    QVERIFY(!m_a->store->restoreField(m_report, key, before));
    QVERIFY(m_a->store->conflicted());
    QCOMPARE(m_b->field(m_report)->correctedValue, std::optional<double>(22));
    // B's own undo is B's to take: A's correction comes back.
    QVERIFY2(m_b->store->restoreField(m_report, key, seenByB), qPrintable(m_b->store->error()));
    QCOMPARE(m_b->field(m_report)->correctedValue, std::optional<double>(21));
}

void TestConflicts::flagDecisionsConflictToo()
{
    const QList<StoredFlag> flagsA = m_a->store->flags(m_report);
    QVERIFY(!flagsA.isEmpty());
    const qint64 flag = flagsA.first().id;
    QVERIFY(!m_b->store->flags(m_report).isEmpty());
    QVERIFY(m_b->store->resolveFlag(flag, Resolution::Dismissed, QStringLiteral("the table is right")));
    QVERIFY(!m_a->store->resolveFlag(flag, Resolution::SourceError));
    QVERIFY(m_a->store->conflicted());
    QVERIFY2(m_a->store->error().contains(u"wang"), qPrintable(m_a->store->error()));
    QCOMPARE(m_b->store->flags(m_report).first().resolution, Resolution::Dismissed);
    QCOMPARE(m_a->store->flags(m_report).first().reason, QStringLiteral("the table is right"));
    QVERIFY2(m_a->store->resolveFlag(flag, Resolution::SourceError), qPrintable(m_a->store->error()));
}

void TestConflicts::reportStatusConflictsToo()
{
    QVERIFY(m_a->store->report(m_report));
    QVERIFY(m_b->store->report(m_report));
    QVERIFY(m_b->store->setReportNote(m_report, QStringLiteral("asked the county office")));
    QVERIFY(!m_a->store->setReportStatus(m_report, ReportStatus::Reviewed));
    QVERIFY(m_a->store->conflicted());
    QCOMPARE(m_b->store->report(m_report)->status, ReportStatus::InReview); // the note started the review, no more
    QCOMPARE(m_a->store->report(m_report)->note, QStringLiteral("asked the county office"));
    QVERIFY2(m_a->store->setReportStatus(m_report, ReportStatus::Reviewed), qPrintable(m_a->store->error()));
}

void TestConflicts::auditNamesTheDatabaseUser()
{
    QVERIFY(m_a->store->correctField(m_report, key, 5));
    QSqlQuery q(m_a->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT who, db_user FROM audit ORDER BY id DESC LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zhang"));
    // On a server the database itself fills in who connected (session_user); a file has no users.
    if (test::onServer()) {
        QCOMPARE(q.value(1).toString(), QStringLiteral("jiaohe_admin"));
    } else {
        QVERIFY(q.value(1).isNull());
    }
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "TestConflicts.moc"
