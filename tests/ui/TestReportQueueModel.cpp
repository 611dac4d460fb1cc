// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue's model over a database of 20,000 reports: rows and their data, sorting by every column in
// both orders, filters by status, flag kind and a literal search text, the row/id round trip, the counts for the
// progress bar, refresh after a change made elsewhere, and one SQL query per page of rows. Every model is watched
// by QAbstractItemModelTester (Fatal).
#include "ReportQueueModel.h"

#include "store/Database.h"
#include "store/ReviewStore.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace jiaohe {

namespace {

constexpr int reportCount = 20000;
constexpr int supersededCount = 50;

const QString regions[] = {
    QStringLiteral("钦州市"), QStringLiteral("北京市"),         QStringLiteral("上海市"),
    QStringLiteral("广东省"), QStringLiteral("成都市人民政府"), QStringLiteral("Alpha County"),
};
constexpr int regionCount = int(sizeof(regions) / sizeof(regions[0]));

// The generated reports, numbered 0 … reportCount-1 in import order (report id = number + 1).
QString fileNameOf(int i)
{
    switch (i) {
    case 123:
        return QStringLiteral("50%_off 'quoted'.txt");
    case 124:
        return QStringLiteral("50abcXoff 'quoted'.txt"); // matches the search only if % and _ are wildcards
    case 125:
        return QStringLiteral("50%Xoff 'quoted'.txt"); // matches only if _ is a wildcard
    case 126:
        return QStringLiteral("back\\slash.txt");
    case 127:
        return QStringLiteral("backXslash.txt");
    default:
        return QStringLiteral("report_%1.txt").arg(i, 5, 10, QLatin1Char('0'));
    }
}

QString regionOf(int i)
{
    return i % 101 == 0 ? QString() : regions[i % regionCount];
}

std::optional<int> yearOf(int i)
{
    if (i % 97 == 0) {
        return std::nullopt;
    }
    return 2008 + i % 15;
}

QString statusOf(int i)
{
    switch (i % 10) {
    case 7:
        return QStringLiteral("in_review");
    case 8:
    case 9:
        return QStringLiteral("reviewed");
    default:
        return QStringLiteral("unreviewed");
    }
}

// Open, active flags: "sum" on every 4th report, "unit" on every 6th. Not counted: a fixed "share" flag on every
// 5th, an inactive open "restatement" flag on every 7th.
int openFlagsOf(int i)
{
    return (i % 4 == 0 ? 1 : 0) + (i % 6 == 0 ? 1 : 0);
}

int countOf(const std::function<bool(int)>& pred)
{
    int n = 0;
    for (int i = 0; i < reportCount; ++i) {
        n += pred(i) ? 1 : 0;
    }
    return n;
}

struct Fixture
{
    QTemporaryDir dir;
    Database db;

    bool exec(QSqlQuery& q)
    {
        if (!q.exec()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    bool open()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("review.sqlite")))) {
            qWarning("%s", qPrintable(db.error()));
            return false;
        }
        return db.transaction([this] {
            QSqlQuery report(db.connection());
            report.prepare(QStringLiteral(
                "INSERT INTO reports (id, file_path, file_name, content_hash, original_text, year, region, status, "
                "imported_at, superseded) VALUES (?, ?, ?, ?, 'text', ?, ?, ?, '2024-01-02T03:04:05Z', ?)"));
            QSqlQuery flag(db.connection());
            flag.prepare(QStringLiteral("INSERT INTO flags (report_id, identity, kind, severity, resolution, active) "
                                        "VALUES (?, ?, ?, 'error', ?, ?)"));
            auto addFlag = [&](qint64 reportId, const QString& kind, const QString& resolution, int active) {
                flag.addBindValue(reportId);
                flag.addBindValue(kind);
                flag.addBindValue(kind);
                flag.addBindValue(resolution);
                flag.addBindValue(active);
                return exec(flag);
            };
            for (int i = 0; i < reportCount; ++i) {
                const qint64 id = i + 1;
                const QString region = regionOf(i);
                const std::optional<int> year = yearOf(i);
                report.addBindValue(id);
                report.addBindValue(QStringLiteral("/reports/%1/%2").arg(region, fileNameOf(i)));
                report.addBindValue(fileNameOf(i));
                report.addBindValue(QStringLiteral("hash-%1").arg(i));
                report.addBindValue(year ? QVariant(*year) : QVariant());
                report.addBindValue(region.isEmpty() ? QVariant() : QVariant(region));
                report.addBindValue(statusOf(i));
                report.addBindValue(0);
                if (!exec(report)) {
                    return false;
                }
                if ((i % 4 == 0 && !addFlag(id, QStringLiteral("sum"), QStringLiteral("open"), 1)) ||
                    (i % 6 == 0 && !addFlag(id, QStringLiteral("unit"), QStringLiteral("open"), 1)) ||
                    (i % 5 == 0 && !addFlag(id, QStringLiteral("share"), QStringLiteral("fixed"), 1)) ||
                    (i % 7 == 0 && !addFlag(id, QStringLiteral("restatement"), QStringLiteral("open"), 0))) {
                    return false;
                }
            }
            // Older versions, reviewed and flagged, with the special names: never listed, never counted.
            for (int k = 0; k < supersededCount; ++k) {
                const qint64 id = reportCount + 1 + k;
                report.addBindValue(id);
                report.addBindValue(QStringLiteral("/old/%1").arg(fileNameOf(123 + k % 5)));
                report.addBindValue(fileNameOf(123 + k % 5));
                report.addBindValue(QStringLiteral("old-hash-%1").arg(k));
                report.addBindValue(2016);
                report.addBindValue(regions[0]);
                report.addBindValue(QStringLiteral("reviewed"));
                report.addBindValue(1);
                if (!exec(report) || !addFlag(id, QStringLiteral("numbering"), QStringLiteral("open"), 1)) {
                    return false;
                }
            }
            return true;
        });
    }
};

} // namespace

class TestReportQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAndData();
    void headers();
    void sorting_data();
    void sorting();
    void sortKeepsPersistentIndexes();
    void filterByStatus_data();
    void filterByStatus();
    void filterByFlagKind_data();
    void filterByFlagKind();
    void search_data();
    void search();
    void filtersCombine();
    void rowOfReportIdRoundTrip();
    void countsAndRefresh();
    void refreshWithoutChangeKeepsRows();
    void refreshSeesNewReports();
    void onePageOneQuery();
    void closedDatabaseIsEmpty();

private:
    std::unique_ptr<ReportQueueModel> makeModel();
    Fixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReportQueueModel::initTestCase()
{
    QVERIFY(m_fixture.open());
}

std::unique_ptr<ReportQueueModel> TestReportQueueModel::makeModel()
{
    m_tester.reset();
    auto model = std::make_unique<ReportQueueModel>(m_fixture.db);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    return model;
}

void TestReportQueueModel::rowsAndData()
{
    auto model = makeModel();
    QCOMPARE(model->rowCount(), reportCount);
    QCOMPARE(model->columnCount(), 5);
    QVERIFY(model->error().isEmpty());

    for (const int i : {0, 1, 7, 8, 123, 255, 256, 9999, 19999}) {
        const int row = i; // import order by default
        QCOMPARE(model->reportId(row), qint64(i + 1));
        QCOMPARE(model->data(model->index(row, ReportQueueModel::FileNameColumn)).toString(), fileNameOf(i));
        QCOMPARE(model->data(model->index(row, ReportQueueModel::RegionColumn)).toString(), regionOf(i));
        const QVariant year = model->data(model->index(row, ReportQueueModel::YearColumn));
        QCOMPARE(year.isValid(), yearOf(i).has_value());
        if (yearOf(i)) {
            QCOMPARE(year.toInt(), *yearOf(i));
        }
        QCOMPARE(model->data(model->index(row, ReportQueueModel::StatusColumn)).toString(),
                 ReportQueueModel::statusText(statusOf(i)));
        QCOMPARE(
            model->data(model->index(row, ReportQueueModel::StatusColumn), ReportQueueModel::StatusRole).toString(),
            statusOf(i));
        QCOMPARE(model->data(model->index(row, ReportQueueModel::OpenFlagsColumn)).toInt(), openFlagsOf(i));
        const QString path = QStringLiteral("/reports/%1/%2").arg(regionOf(i), fileNameOf(i));
        QCOMPARE(model->data(model->index(row, ReportQueueModel::FileNameColumn), Qt::ToolTipRole).toString(), path);
        QCOMPARE(
            model->data(model->index(row, ReportQueueModel::RegionColumn), ReportQueueModel::FilePathRole).toString(),
            path);
        QCOMPARE(model->data(model->index(row, ReportQueueModel::YearColumn), Qt::UserRole).toLongLong(),
                 qint64(i + 1));
    }
    // Untranslated, the statuses read in English; the accessible text says what the numbers are.
    QCOMPARE(model->data(model->index(0, ReportQueueModel::StatusColumn)).toString(), QStringLiteral("unreviewed"));
    QCOMPARE(model->data(model->index(7, ReportQueueModel::StatusColumn)).toString(), QStringLiteral("in review"));
    QCOMPARE(model->data(model->index(8, ReportQueueModel::StatusColumn)).toString(), QStringLiteral("reviewed"));
    QCOMPARE(model->data(model->index(0, ReportQueueModel::OpenFlagsColumn), Qt::AccessibleTextRole).toString(),
             QStringLiteral("2 open flag(s)"));
    QCOMPARE(model->data(model->index(0, ReportQueueModel::YearColumn), Qt::AccessibleTextRole).toString(),
             QStringLiteral("year unknown"));
    QCOMPARE(model->data(model->index(0, ReportQueueModel::RegionColumn), Qt::AccessibleTextRole).toString(),
             QStringLiteral("region unknown"));
    QCOMPARE(model->data(model->index(1, ReportQueueModel::YearColumn), Qt::AccessibleTextRole).toString(),
             QStringLiteral("2009"));
    // Outside the model.
    QVERIFY(!model->data(model->index(reportCount, 0)).isValid());
    QCOMPARE(model->reportId(-1), qint64(0));
    QCOMPARE(model->reportId(reportCount), qint64(0));
    QCOMPARE(model->openFlagKinds(), QStringList({QStringLiteral("sum"), QStringLiteral("unit")}));
}

void TestReportQueueModel::headers()
{
    auto model = makeModel();
    const QStringList expected = {QStringLiteral("File"), QStringLiteral("Region"), QStringLiteral("Year"),
                                  QStringLiteral("Status"), QStringLiteral("Flags")};
    for (int c = 0; c < expected.size(); ++c) {
        QCOMPARE(model->headerData(c, Qt::Horizontal).toString(), expected.at(c));
        QVERIFY(!model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    QVERIFY(model->roleNames().contains(ReportQueueModel::ReportIdRole));
}

void TestReportQueueModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const std::pair<const char*, int> columns[] = {{"file name", ReportQueueModel::FileNameColumn},
                                                   {"region", ReportQueueModel::RegionColumn},
                                                   {"year", ReportQueueModel::YearColumn},
                                                   {"status", ReportQueueModel::StatusColumn},
                                                   {"flags", ReportQueueModel::OpenFlagsColumn}};
    for (const auto& [name, column] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

// Every row is in order by the column's key (NULL years and regions first when ascending), ties by report id.
void TestReportQueueModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    auto model = makeModel();
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->sort(column, order);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model->sortColumn(), column);
    QCOMPARE(model->sortOrder(), order);
    QCOMPARE(model->rowCount(), reportCount);

    // (string key, number key): one of them is used per column.
    auto key = [&](int row) -> std::pair<QString, int> {
        const int i = int(model->reportId(row)) - 1;
        switch (column) {
        case ReportQueueModel::FileNameColumn:
            return {fileNameOf(i).toLower(), 0};
        case ReportQueueModel::RegionColumn:
            return {regionOf(i), 0};
        case ReportQueueModel::YearColumn:
            return {QString(), yearOf(i).value_or(-1)};
        case ReportQueueModel::StatusColumn:
            return {QString(), statusOf(i) == u"unreviewed" ? 0 : statusOf(i) == u"in_review" ? 1 : 2};
        default:
            return {QString(), openFlagsOf(i)};
        }
    };
    QSet<qint64> seen;
    for (int row = 0; row < reportCount; ++row) {
        seen.insert(model->reportId(row));
        if (row == 0) {
            continue;
        }
        const auto a = key(row - 1);
        const auto b = key(row);
        const bool inOrder = order == Qt::AscendingOrder ? !(b < a) : !(a < b);
        QVERIFY2(inOrder, qPrintable(QStringLiteral("row %1: %2/%3 then %4/%5")
                                         .arg(row)
                                         .arg(a.first)
                                         .arg(a.second)
                                         .arg(b.first)
                                         .arg(b.second)));
        if (a == b) {
            QVERIFY(model->reportId(row - 1) < model->reportId(row));
        }
    }
    QCOMPARE(seen.size(), reportCount);

    // The data shown follows the sort (the cache is not stale).
    const int i = int(model->reportId(0)) - 1;
    QCOMPARE(model->data(model->index(0, ReportQueueModel::FileNameColumn)).toString(), fileNameOf(i));
    QCOMPARE(model->data(model->index(0, ReportQueueModel::OpenFlagsColumn)).toInt(), openFlagsOf(i));
    if (column == ReportQueueModel::OpenFlagsColumn) {
        QCOMPARE(model->data(model->index(0, column)).toInt(), order == Qt::AscendingOrder ? 0 : 2);
    }
    if (column == ReportQueueModel::StatusColumn) {
        QCOMPARE(model->data(model->index(0, column), ReportQueueModel::StatusRole).toString(),
                 order == Qt::AscendingOrder ? QStringLiteral("unreviewed") : QStringLiteral("reviewed"));
    }

    // Back to the import order.
    model->sort(-1);
    QCOMPARE(model->sortColumn(), -1);
    QCOMPARE(model->reportId(0), qint64(1));
    QCOMPARE(model->reportId(reportCount - 1), qint64(reportCount));
}

void TestReportQueueModel::sortKeepsPersistentIndexes()
{
    auto model = makeModel();
    const QPersistentModelIndex kept(model->index(123, ReportQueueModel::RegionColumn));
    model->sort(ReportQueueModel::FileNameColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.column(), int(ReportQueueModel::RegionColumn));
    QCOMPARE(kept.row(), model->rowOf(124));
    QCOMPARE(kept.data(ReportQueueModel::ReportIdRole).toLongLong(), qint64(124));
    QCOMPARE(model->data(model->index(kept.row(), ReportQueueModel::FileNameColumn)).toString(), fileNameOf(123));
}

void TestReportQueueModel::filterByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("expected");
    for (const QString& status :
         {QStringLiteral("unreviewed"), QStringLiteral("in_review"), QStringLiteral("reviewed")}) {
        QTest::addRow("%s", qPrintable(status)) << status << countOf([&](int i) { return statusOf(i) == status; });
    }
    QTest::addRow("any") << QString() << reportCount;
    QTest::addRow("unknown status") << QStringLiteral("lost") << 0;
}

void TestReportQueueModel::filterByStatus()
{
    QFETCH(QString, status);
    QFETCH(int, expected);
    auto model = makeModel();
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(model.get(), &ReportQueueModel::countsChanged);
    model->setFilter(status, QString(), QString());
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(reset.count(), expected == reportCount ? 0 : 1);
    QCOMPARE(model->statusFilter(), status);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(statusOf(int(model->reportId(row)) - 1), status.isEmpty() ? statusOf(row) : status);
    }
    if (expected > 0) {
        QCOMPARE(model->data(model->index(expected - 1, 0), ReportQueueModel::StatusRole).toString(),
                 status.isEmpty() ? statusOf(expected - 1) : status);
    }
    // The progress bar counts the whole database, whatever the filter.
    QCOMPARE(model->totalCount(), reportCount);
    QCOMPARE(counts.count(), 0);
    // Setting the same filter again changes nothing.
    model->setFilter(status, QString(), QString());
    QCOMPARE(reset.count(), expected == reportCount ? 0 : 1);
}

void TestReportQueueModel::filterByFlagKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");
    QTest::addRow("sum") << QStringLiteral("sum") << countOf([](int i) { return i % 4 == 0; });
    QTest::addRow("unit") << QStringLiteral("unit") << countOf([](int i) { return i % 6 == 0; });
    QTest::addRow("fixed flags do not count") << QStringLiteral("share") << 0;
    QTest::addRow("inactive flags do not count") << QStringLiteral("restatement") << 0;
    QTest::addRow("superseded reports are left out") << QStringLiteral("numbering") << 0;
}

void TestReportQueueModel::filterByFlagKind()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);
    auto model = makeModel();
    model->setFilter(QString(), kind, QString());
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(model->flagKindFilter(), kind);
    for (int row = 0; row < model->rowCount(); ++row) {
        const int i = int(model->reportId(row)) - 1;
        QVERIFY(kind == u"sum" ? i % 4 == 0 : i % 6 == 0);
    }
    if (expected > 0) {
        QVERIFY(model->data(model->index(0, ReportQueueModel::OpenFlagsColumn)).toInt() >= 1);
    }
}

void TestReportQueueModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addRow("percent, underscore and quote are literal") << QStringLiteral("50%_off 'q") << QList<qint64>{124};
    QTest::addRow("percent alone is literal") << QStringLiteral("%") << QList<qint64>{124, 126};
    QTest::addRow("underscore alone is literal") << QStringLiteral("_off") << QList<qint64>{124};
    QTest::addRow("quote") << QStringLiteral("'quoted'") << QList<qint64>{124, 125, 126};
    QTest::addRow("backslash is literal") << QStringLiteral("k\\s") << QList<qint64>{127};
    QTest::addRow("ASCII case ignored") << QStringLiteral("REPORT_00012.") << QList<qint64>{13};
    QTest::addRow("surrounding spaces ignored") << QStringLiteral("  report_19999  ") << QList<qint64>{20000};
    QTest::addRow("nothing") << QStringLiteral("no such report") << QList<qint64>{};
}

void TestReportQueueModel::search()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, expected);
    auto model = makeModel();
    model->setFilter(QString(), QString(), text);
    QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.append(model->reportId(row));
    }
    QCOMPARE(ids, expected);
}

void TestReportQueueModel::filtersCombine()
{
    auto model = makeModel();
    // Region search: Chinese text, matched in the region as well as the file name.
    model->setFilter(QString(), QString(), QStringLiteral("钦州"));
    QCOMPARE(model->rowCount(), countOf([](int i) { return regionOf(i) == u"钦州市"; }));
    model->setFilter(QStringLiteral("reviewed"), QStringLiteral("unit"), QStringLiteral("钦州"));
    const int expected =
        countOf([](int i) { return regionOf(i) == u"钦州市" && statusOf(i) == u"reviewed" && i % 6 == 0; });
    QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), expected);
    // Sorting keeps the filter.
    model->sort(ReportQueueModel::YearColumn, Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), expected);
    QCOMPARE(model->data(model->index(0, 0), ReportQueueModel::StatusRole).toString(), QStringLiteral("reviewed"));
    model->setFilter(QString(), QString(), QString());
    QCOMPARE(model->rowCount(), reportCount);
    QCOMPARE(model->sortColumn(), int(ReportQueueModel::YearColumn));
}

void TestReportQueueModel::rowOfReportIdRoundTrip()
{
    auto model = makeModel();
    model->sort(ReportQueueModel::RegionColumn, Qt::DescendingOrder);
    for (const int row : {0, 1, 255, 256, 4000, 12345, reportCount - 1}) {
        const qint64 id = model->reportId(row);
        QVERIFY(id > 0);
        QCOMPARE(model->rowOf(id), row);
        QCOMPARE(model->data(model->index(row, 0), Qt::UserRole).toLongLong(), id);
    }
    QCOMPARE(model->rowOf(0), -1);
    QCOMPARE(model->rowOf(reportCount + 1), -1); // superseded
    QCOMPARE(model->rowOf(999999), -1);
    model->setFilter(QStringLiteral("reviewed"), QString(), QString());
    QCOMPARE(model->rowOf(1), -1); // filtered out
    QVERIFY(model->rowOf(9) >= 0);
    QCOMPARE(model->reportId(model->rowOf(9)), qint64(9));
}

// The progress bar's counts follow the database; refresh() after a change made elsewhere emits countsChanged
// and, when the filtered rows change, modelReset.
void TestReportQueueModel::countsAndRefresh()
{
    ReviewStore store(m_fixture.db);
    store.setSystemUser(QStringLiteral("tester"));
    auto model = makeModel();
    const int reviewed = countOf([](int i) { return statusOf(i) == u"reviewed"; });
    QCOMPARE(model->totalCount(), reportCount);
    QCOMPARE(model->reviewedCount(), reviewed);

    model->setFilter(QStringLiteral("unreviewed"), QString(), QString());
    const int unreviewed = model->rowCount();
    QCOMPARE(model->rowOf(1), 0);
    QSignalSpy counts(model.get(), &ReportQueueModel::countsChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    QVERIFY2(store.setReportStatus(1, ReportStatus::Reviewed), qPrintable(store.error()));
    QCOMPARE(model->reviewedCount(), reviewed); // not yet refreshed
    model->refresh();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model->reviewedCount(), reviewed + 1);
    QCOMPARE(model->totalCount(), reportCount);
    QCOMPARE(model->rowCount(), unreviewed - 1);
    QCOMPARE(model->rowOf(1), -1);

    // A refresh with nothing changed: no signal about counts or rows.
    model->refresh();
    QCOMPARE(counts.count(), 1);
    QCOMPARE(reset.count(), 1);

    QVERIFY2(store.setReportStatus(1, ReportStatus::Unreviewed), qPrintable(store.error()));
    model->refresh();
    QCOMPARE(counts.count(), 2);
    QCOMPARE(model->reviewedCount(), reviewed);
    QCOMPARE(model->rowOf(1), 0);
}

// After a change that keeps the same reports in the same order, the rows are not reset (a view keeps its
// selection) but their data is read again.
void TestReportQueueModel::refreshWithoutChangeKeepsRows()
{
    ReviewStore store(m_fixture.db);
    store.setSystemUser(QStringLiteral("tester"));
    auto model = makeModel();
    QCOMPARE(model->data(model->index(1, ReportQueueModel::StatusColumn), ReportQueueModel::StatusRole).toString(),
             QStringLiteral("unreviewed"));
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy counts(model.get(), &ReportQueueModel::countsChanged);

    QVERIFY2(store.setReportStatus(2, ReportStatus::InReview), qPrintable(store.error()));
    model->refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(counts.count(), 0); // reviewed and total unchanged
    QCOMPARE(model->data(model->index(1, ReportQueueModel::StatusColumn), ReportQueueModel::StatusRole).toString(),
             QStringLiteral("in_review"));

    // Sorted by status, the same change re-orders the rows: a layout change, not a reset.
    model->sort(ReportQueueModel::StatusColumn, Qt::AscendingOrder);
    const QPersistentModelIndex second(model->index(model->rowOf(2), 0));
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    QVERIFY2(store.setReportStatus(2, ReportStatus::Unreviewed), qPrintable(store.error()));
    model->refresh();
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(second.row(), model->rowOf(2));
    QCOMPARE(second.data(ReportQueueModel::StatusRole).toString(), QStringLiteral("unreviewed"));
}

void TestReportQueueModel::refreshSeesNewReports()
{
    auto model = makeModel();
    model->sort(ReportQueueModel::FileNameColumn, Qt::AscendingOrder);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(model.get(), &ReportQueueModel::countsChanged);
    const qint64 id = 99999;
    QVERIFY(m_fixture.db.transaction([&] {
        QSqlQuery q(m_fixture.db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO reports (id, file_path, file_name, content_hash, original_text, status, "
            "imported_at) VALUES (?, '/new/000 new.txt', '000 new.txt', 'new-hash', 't', 'reviewed', 'now')"));
        q.addBindValue(id);
        return q.exec();
    }));
    model->refresh();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(model->rowCount(), reportCount + 1);
    QCOMPARE(model->totalCount(), reportCount + 1);
    QCOMPARE(model->rowOf(id), 0);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("000 new.txt"));
    QVERIFY(m_fixture.db.transaction([&] {
        QSqlQuery q(m_fixture.db.connection());
        q.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
        q.addBindValue(id);
        return q.exec();
    }));
    model->refresh();
    QCOMPARE(model->rowCount(), reportCount);
    QCOMPARE(model->totalCount(), reportCount);
    QCOMPARE(counts.count(), 2);
}

// data() reads a page of PageSize rows with one query; further reads of that page run none, and no more than
// MaxCachedPages pages are kept.
void TestReportQueueModel::onePageOneQuery()
{
    // No model tester here: it reads rows itself, which would change what is cached.
    m_tester.reset();
    auto model = std::make_unique<ReportQueueModel>(m_fixture.db);
    const int start = model->queriesRun();
    for (int row = 0; row < ReportQueueModel::PageSize; ++row) {
        for (int c = 0; c < ReportQueueModel::ColumnCount; ++c) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                                   int(ReportQueueModel::StatusRole)}) {
                model->data(model->index(row, c), role);
            }
        }
    }
    QCOMPARE(model->queriesRun(), start + 1);
    model->data(model->index(ReportQueueModel::PageSize, 0));
    QCOMPARE(model->queriesRun(), start + 2);
    model->data(model->index(0, 0));
    model->data(model->index(ReportQueueModel::PageSize + 17, 3));
    QCOMPARE(model->queriesRun(), start + 2);
    // The id role needs no query at all.
    model->data(model->index(reportCount - 1, 0), ReportQueueModel::ReportIdRole);
    QCOMPARE(model->queriesRun(), start + 2);

    // Scrolling the whole queue: one query per page.
    const int before = model->queriesRun();
    const int pages = (reportCount + ReportQueueModel::PageSize - 1) / ReportQueueModel::PageSize;
    for (int row = 0; row < reportCount; ++row) {
        model->data(model->index(row, ReportQueueModel::FileNameColumn));
        model->data(model->index(row, ReportQueueModel::OpenFlagsColumn));
    }
    // Pages 0 and 1 were still cached at the start.
    QCOMPARE(model->queriesRun(), before + pages - 2);
    // The first page was dropped from the cache long ago (least recently used): reading it costs one query.
    model->data(model->index(0, 0));
    QCOMPARE(model->queriesRun(), before + pages - 1);
    // The last pages are still cached.
    model->data(model->index(reportCount - 1, 0));
    model->data(model->index(reportCount - 1 - ReportQueueModel::PageSize * 3, 0));
    QCOMPARE(model->queriesRun(), before + pages - 1);
}

void TestReportQueueModel::closedDatabaseIsEmpty()
{
    Database closed;
    ReportQueueModel model(closed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.reviewedCount(), 0);
    model.setFilter(QStringLiteral("reviewed"), QString(), QStringLiteral("x"));
    model.sort(ReportQueueModel::YearColumn);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.openFlagKinds().isEmpty());
    QCOMPARE(model.queriesRun(), 0);
}

} // namespace jiaohe

QTEST_MAIN(jiaohe::TestReportQueueModel)
#include "TestReportQueueModel.moc"
