// SPDX-License-Identifier: GPL-3.0-or-later
// Claims: opening a report for review claims it; someone else's live claim makes the report read-only (every write
// refused, naming who holds it since when); a stale claim counts as free; a take-over needs a reason, is audited,
// and the one who lost the claim is told who took it on their next write. On a server the clients are different
// database users in Jiaohe's roles: a reader never claims, a reviewer cannot take over a live claim, a lead can
// (and reopens a reviewed report). Runs on SQLite (users told apart by the system user seam) and, as
// TestClaims_PostgreSQL, on a server. The reviewer's name the audit records belongs to each database user on a
// server; a file keeps one.
#include "TestBackend.h"
#include "check/Checker.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"
#include "store/Database.h"
#include "store/ReviewStore.h"
#include "store/ServerConnection.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <memory>
#include <thread>

using namespace jiaohe;

namespace {

const QString seed002 = QStringLiteral(JIAOHE_TEST_DATA "/seeds/002_a82df7ab5fee8c06.txt");
const QString key = QStringLiteral("org.offices");
const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(10, 32), Qt::UTC);

struct Client
{
    Database db;
    std::unique_ptr<ReviewStore> store;
    QString name; // who claims name: the system user on a file, the login role on a server

    bool open(const QString& uri, const QString& user, const QDateTime* clock)
    {
        if (!db.open(uri)) {
            return false;
        }
        store = std::make_unique<ReviewStore>(db);
        store->setSystemUser(user);
        store->setClock([clock] { return *clock; });
        name = store->claims().who();
        return true;
    }
    Claims& claims() { return store->claims(); }
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

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void claimAndRelease_data();
    void claimAndRelease();
    void othersWritesRefused();
    void takeOverIsAudited();
    void racingClaimsOneWins();
    void rolesOnServer();
    void reviewerNameIsEachUsers();

private:
    // A client as `user` (a reviewer unless named a lead or reader), on the test's database.
    std::unique_ptr<Client> client(const QString& user);
    QString roleName(const QString& user) const { return m_roles.value(user, user); }

    QTemporaryDir m_dir;
    QString m_admin;                 // the test's database, as its administrator (the fixture's user on a server)
    QHash<QString, QString> m_roles; // on a server: the login role of each test user
    QDateTime m_now = start;
    Database m_adminDb;
    qint64 m_report = 0;
};

void TestClaims::initTestCase()
{
    if (!test::onServer()) {
        return;
    }
    // Team members are login roles in Jiaohe's groups; roles belong to the server, so each run names its own.
    const QString suffix = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const QList<std::pair<QString, QString>> members = {{QStringLiteral("zhang"), QStringLiteral("jiaohe_reviewer")},
                                                        {QStringLiteral("wang"), QStringLiteral("jiaohe_reviewer")},
                                                        {QStringLiteral("li"), QStringLiteral("jiaohe_lead")},
                                                        {QStringLiteral("zhao"), QStringLiteral("jiaohe_reader")}};
    // The groups exist once `jiaohe server init` ran anywhere on the server; made here when this test runs first.
    for (const QString& group :
         {QStringLiteral("jiaohe_reader"), QStringLiteral("jiaohe_reviewer"), QStringLiteral("jiaohe_lead")}) {
        test::adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                       "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                            .arg(group));
    }
    for (const auto& [user, group] : members) {
        const QString role = QStringLiteral("%1_%2").arg(user, suffix);
        QCOMPARE(test::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, group)), QString());
        m_roles.insert(user, role);
    }
}

void TestClaims::init()
{
    m_now = start;
    static int made = 0; // a database of its own for every row of a table-driven test too
    m_admin = test::freshDatabase(m_dir.path(), QStringLiteral("review-%1.sqlite").arg(++made));
    QVERIFY2(m_adminDb.open(m_admin), qPrintable(m_adminDb.error()));
    if (test::onServer()) {
        QString error;
        QVERIFY2(ServerConnection::grantRoles(m_adminDb.connection(), &error), qPrintable(error));
    }
    ReviewStore store(m_adminDb);
    m_report = store.importAnalysis(Analysis::ofFile(seed002, Extractor(), Checker())).reportId;
    QVERIFY(m_report > 0);
}

void TestClaims::cleanup()
{
    m_adminDb.close();
}

std::unique_ptr<Client> TestClaims::client(const QString& user)
{
    QString uri = m_admin;
    if (test::onServer()) {
        uri.replace(QStringLiteral("jiaohe_admin@"), roleName(user) + u'@');
    }
    auto c = std::make_unique<Client>();
    if (!c->open(uri, user, &m_now)) {
        qWarning("%s", qPrintable(c->db.error()));
        return nullptr;
    }
    return c;
}

void TestClaims::claimAndRelease_data()
{
    QTest::addColumn<int>("minutesLater");   // when wang claims, after zhang did
    QTest::addColumn<QString>("releasedBy"); // who releases before wang claims
    QTest::addColumn<bool>("wangWins");

    QTest::newRow("a live claim holds the report") << 10 << QString() << false;
    QTest::newRow("one minute before expiry still held") << 29 << QString() << false;
    QTest::newRow("a stale claim counts as free") << 31 << QString() << true;
    QTest::newRow("a released claim is free") << 1 << QStringLiteral("zhang") << true;
    QTest::newRow("one cannot release another's claim") << 1 << QStringLiteral("wang") << false;
}

void TestClaims::claimAndRelease()
{
    QFETCH(int, minutesLater);
    QFETCH(QString, releasedBy);
    QFETCH(bool, wangWins);
    const std::unique_ptr<Client> zhang = client(QStringLiteral("zhang"));
    const std::unique_ptr<Client> wang = client(QStringLiteral("wang"));
    QVERIFY(zhang && wang);
    QCOMPARE(zhang->claims().expiryMinutes(), Claims::DefaultExpiryMinutes);

    QVERIFY(!zhang->claims().current(m_report));
    QVERIFY2(zhang->claims().claim(m_report), qPrintable(zhang->store->error()));
    std::optional<Claim> held = wang->claims().current(m_report);
    QVERIFY(held);
    QCOMPARE(held->holder, zhang->name);
    QVERIFY(held->live && !held->mine);
    QCOMPARE(QDateTime::fromString(held->since, Qt::ISODateWithMs), start);

    m_now = start.addSecs(minutesLater * 60);
    if (releasedBy == u"zhang") {
        QVERIFY(zhang->claims().release(m_report));
    } else if (releasedBy == u"wang") {
        QVERIFY(wang->claims().release(m_report));
    }
    QCOMPARE(wang->claims().claim(m_report), wangWins);
    held = zhang->claims().current(m_report);
    QVERIFY(held);
    QCOMPARE(held->holder, wangWins ? wang->name : zhang->name);
    if (!wangWins) {
        // Refused in words naming who holds it since when.
        const QString message = wang->store->error();
        QVERIFY2(message.contains(zhang->name) && message.contains(Claims::sinceText(held->since, m_now)),
                 qPrintable(message));
        // The holder's own claim again: refreshed, not refused.
        QVERIFY2(zhang->claims().claim(m_report), qPrintable(zhang->store->error()));
        QCOMPARE(QDateTime::fromString(zhang->claims().current(m_report)->since, Qt::ISODateWithMs), m_now);
    }
}

void TestClaims::othersWritesRefused()
{
    const std::unique_ptr<Client> zhang = client(QStringLiteral("zhang"));
    const std::unique_ptr<Client> wang = client(QStringLiteral("wang"));
    QVERIFY(zhang && wang);
    QVERIFY(zhang->claims().claim(m_report));
    const std::optional<StoredField> before = wang->field(m_report);
    QVERIFY(before);
    const int entries = int(wang->store->auditEntries(m_report).size());

    QVERIFY(!wang->claims().allowsWrite(m_report));
    QVERIFY(!wang->store->correctField(m_report, key, 17));
    QVERIFY2(wang->store->error().contains(zhang->name), qPrintable(wang->store->error()));
    QVERIFY(!wang->store->setReportNote(m_report, QStringLiteral("mine now")));
    // Nothing written: the field as it was, no audit entry.
    QCOMPARE(wang->field(m_report)->correctedValue, before->correctedValue);
    QCOMPARE(wang->field(m_report)->version, before->version);
    QCOMPARE(int(wang->store->auditEntries(m_report).size()), entries);
    // The holder decides as usual.
    QVERIFY2(zhang->store->correctField(m_report, key, 17), qPrintable(zhang->store->error()));
    // Once the claim is stale, anyone may write (after reading the field again).
    m_now = start.addSecs(31 * 60);
    QVERIFY(wang->claims().allowsWrite(m_report));
    QCOMPARE(wang->field(m_report)->correctedValue, std::optional<double>(17));
    QVERIFY2(wang->store->correctField(m_report, key, 18), qPrintable(wang->store->error()));
}

void TestClaims::takeOverIsAudited()
{
    const std::unique_ptr<Client> zhang = client(QStringLiteral("zhang"));
    const std::unique_ptr<Client> li = client(QStringLiteral("li"));
    QVERIFY(zhang && li);
    QVERIFY(zhang->claims().claim(m_report));
    QVERIFY(zhang->field(m_report));
    m_now = start.addSecs(13 * 60);
    // A reason is required.
    QVERIFY(!li->claims().takeOver(m_report, QStringLiteral("  ")));
    QVERIFY2(li->store->error().contains(zhang->name), qPrintable(li->store->error()));
    QCOMPARE(li->claims().current(m_report)->holder, zhang->name);

    const QString reason = QStringLiteral("张三休假，由李四接手");
    QVERIFY2(li->claims().takeOver(m_report, reason), qPrintable(li->store->error()));
    const std::optional<Claim> held = zhang->claims().current(m_report);
    QCOMPARE(held->holder, li->name);
    QCOMPARE(QDateTime::fromString(held->since, Qt::ISODateWithMs), m_now);
    const QList<AuditEntry> audit = zhang->store->auditEntries(m_report);
    QVERIFY(!audit.isEmpty());
    const AuditEntry& last = audit.last();
    QCOMPARE(last.action, QStringLiteral("claim_takeover"));
    QCOMPARE(last.oldValue, zhang->name);
    QCOMPARE(last.newValue, li->name);
    QCOMPARE(last.reason, reason);

    // The one who lost it is refused on the next write, told who took it over, when and why.
    QVERIFY(!zhang->store->setFieldStatus(m_report, key, FieldStatus::Confirmed));
    const QString message = zhang->store->error();
    QVERIFY2(message.contains(li->name) && message.contains(reason) &&
                 message.contains(Claims::sinceText(held->since, m_now)),
             qPrintable(message));
    QVERIFY2(li->store->setFieldStatus(m_report, key, FieldStatus::Confirmed), qPrintable(li->store->error()));
}

void TestClaims::racingClaimsOneWins()
{
    // Two clients claiming the same report at the same moment, each on its own connection in its own thread: one
    // wins, the other is told who did; again after every release.
    const QString uriOf[2] = {test::onServer() ? QString(m_admin).replace(QStringLiteral("jiaohe_admin@"),
                                                                          roleName(QStringLiteral("zhang")) + u'@')
                                               : m_admin,
                              test::onServer() ? QString(m_admin).replace(QStringLiteral("jiaohe_admin@"),
                                                                          roleName(QStringLiteral("wang")) + u'@')
                                               : m_admin};
    const QString users[2] = {QStringLiteral("zhang"), QStringLiteral("wang")};
    for (int round = 0; round < 8; ++round) {
        bool won[2] = {false, false};
        QString error[2];
        std::latch ready(2);
        auto race = [&](int i) {
            Client c;
            if (!c.open(uriOf[i], users[i], &m_now)) {
                error[i] = c.db.error();
                ready.count_down();
                return;
            }
            ready.arrive_and_wait();
            won[i] = c.claims().claim(m_report);
            error[i] = c.store->error();
        };
        std::thread a(race, 0);
        std::thread b(race, 1);
        a.join();
        b.join();
        QVERIFY2(won[0] != won[1], qPrintable(error[0] + QStringLiteral(" / ") + error[1]));
        const int loser = won[0] ? 1 : 0;
        const QString winner = roleName(users[1 - loser]);
        QVERIFY2(error[loser].contains(winner), qPrintable(error[loser]));
        QCOMPARE(count(m_adminDb, QStringLiteral("SELECT count(*) FROM claims")), 1);
        QSqlQuery clear(m_adminDb.connection());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM claims")));
    }
}

void TestClaims::rolesOnServer()
{
    if (!test::onServer()) {
        QSKIP("roles are the server's (on a file anyone may claim and take over)");
    }
    const std::unique_ptr<Client> zhang = client(QStringLiteral("zhang"));
    const std::unique_ptr<Client> wang = client(QStringLiteral("wang"));
    const std::unique_ptr<Client> li = client(QStringLiteral("li"));
    const std::unique_ptr<Client> zhao = client(QStringLiteral("zhao"));
    QVERIFY(zhang && wang && li && zhao);
    QCOMPARE(zhang->name, roleName(QStringLiteral("zhang"))); // the database user, whatever the system user
    QVERIFY(!zhang->claims().isLead());
    QVERIFY(li->claims().isLead());
    // A reader never claims, and is told why.
    QVERIFY(!zhao->claims().canClaim());
    QVERIFY(!zhao->claims().claim(m_report));
    QVERIFY2(zhao->store->error().contains(u"jiaohe_reader"), qPrintable(zhao->store->error()));
    QVERIFY(!zhao->claims().current(m_report));

    QVERIFY2(zhang->claims().claim(m_report), qPrintable(zhang->store->error()));
    // A reviewer may not take over a live claim…
    QVERIFY(!wang->claims().takeOver(m_report, QStringLiteral("I was asked to")));
    QVERIFY2(wang->store->error().contains(u"jiaohe_lead"), qPrintable(wang->store->error()));
    QCOMPARE(wang->claims().current(m_report)->holder, zhang->name);
    // …a lead may; the audit names the lead's database user, filled in by the server.
    QVERIFY2(li->claims().takeOver(m_report, QStringLiteral("urgent")), qPrintable(li->store->error()));
    QCOMPARE(count(m_adminDb, QStringLiteral("SELECT count(*) FROM audit WHERE action = 'claim_takeover' AND "
                                             "db_user = '%1'")
                                  .arg(li->name)),
             1);
    QCOMPARE(count(m_adminDb, QStringLiteral("SELECT count(*) FROM claims WHERE db_user = '%1'").arg(li->name)), 1);
    // A stale claim: any reviewer takes it over.
    m_now = start.addSecs(45 * 60);
    QVERIFY2(wang->claims().takeOver(m_report, QStringLiteral("left open over lunch")),
             qPrintable(wang->store->error()));
    QCOMPARE(li->claims().current(m_report)->holder, wang->name);

    // Reopening a reviewed report is the lead's.
    QVERIFY(wang->store->report(m_report));
    QVERIFY2(wang->store->setReportStatus(m_report, ReportStatus::Reviewed), qPrintable(wang->store->error()));
    QVERIFY(!wang->store->setReportStatus(m_report, ReportStatus::InReview));
    QVERIFY2(wang->store->error().contains(u"jiaohe_lead"), qPrintable(wang->store->error()));
    QVERIFY(wang->claims().release(m_report));
    QVERIFY(li->store->report(m_report));
    QVERIFY2(li->store->setReportStatus(m_report, ReportStatus::InReview), qPrintable(li->store->error()));
}

void TestClaims::reviewerNameIsEachUsers()
{
    // Two team members set their names one after the other, each on their own connection (their own database user
    // on a server), and each then corrects the field: on a server each audit entry names the one who acted; on a
    // file, which has no users, the name is the file's one setting and the last one set wins (as before).
    const std::unique_ptr<Client> zhang = client(QStringLiteral("zhang"));
    const std::unique_ptr<Client> wang = client(QStringLiteral("wang"));
    QVERIFY(zhang && wang);
    QVERIFY2(zhang->store->setReviewer(QStringLiteral("张三")), qPrintable(zhang->store->error()));
    QVERIFY2(wang->store->setReviewer(QStringLiteral("王五")), qPrintable(wang->store->error()));
    const QString zhangName = test::onServer() ? QStringLiteral("张三") : QStringLiteral("王五");
    QCOMPARE(zhang->store->reviewer(), zhangName);
    QCOMPARE(wang->store->reviewer(), QStringLiteral("王五"));

    QVERIFY(zhang->field(m_report));
    QVERIFY2(zhang->store->correctField(m_report, key, 17), qPrintable(zhang->store->error()));
    QVERIFY(wang->field(m_report));
    QVERIFY2(wang->store->correctField(m_report, key, 18), qPrintable(wang->store->error()));
    QStringList whoCorrected;
    for (const AuditEntry& e : zhang->store->auditEntries(m_report)) {
        if (e.action == u"field_correct") {
            whoCorrected << e.who;
        }
    }
    QCOMPARE(whoCorrected, QStringList({zhangName, QStringLiteral("王五")}));
    if (test::onServer()) {
        // Setting a name again replaces one's own only.
        QVERIFY(zhang->store->setReviewer(QStringLiteral("张三丰")));
        QCOMPARE(zhang->store->reviewer(), QStringLiteral("张三丰"));
        QCOMPARE(wang->store->reviewer(), QStringLiteral("王五"));
    }
}

QTEST_GUILESS_MAIN(TestClaims)
#include "TestClaims.moc"
