// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiaohe {

class Claims;
class Database;

// The review queue: the reports of the open database (superseded versions left out) with file name,
// region, year, status and open-flag count. Lazy over SQLite: the model holds only the ordered list of
// report ids; rows are read in pages of PageSize by id (one query per page) and a few pages are kept
// (least recently used dropped), so 20,000 reports scroll smoothly. Sorting, filtering and searching
// re-run the id query in SQL. Read only: it never writes to the database.
class ReportQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileNameColumn,
        RegionColumn,
        YearColumn,
        StatusColumn,
        OpenFlagsColumn,
        ColumnCount
    };
    enum Role
    {
        ReportIdRole = Qt::UserRole, // qint64
        StatusRole,                  // the stored status: unreviewed, in_review, reviewed
        FilePathRole,                // the full path
        OpenFlagsRole,               // int: open, active flags
        SortKeyRole,                 // the value the column sorts by (status as its rank)
        ClaimRole,                   // who holds a live claim on the report (empty: nobody, or this user)
    };
    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 8;

    explicit ReportQueueModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-orders the rows in SQL (a layout change: selections and persistent indexes follow their report).
    // A column outside the model restores the import order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Keeps the reports with this status (empty: any), with an open flag of this kind (empty: any) and whose
    // file name or region contains the search text (literally, ASCII case ignored; empty: any). Resets the
    // model when the rows change.
    void setFilter(const QString& status, const QString& flagKind, const QString& searchText);
    QString statusFilter() const { return m_status; }
    QString flagKindFilter() const { return m_flagKind; }
    QString searchText() const { return m_search; }

    // Re-reads the database after a change made elsewhere (an action, an import, another database opened
    // on the same Database). When the same reports remain in the same order only dataChanged is emitted
    // (the view keeps its selection and scroll position); otherwise the model is reset.
    void refresh();

    // The report on a row (0 outside the model) and the row of a report (-1 when it is not shown).
    qint64 reportId(int row) const;
    int rowOf(qint64 reportId) const;

    // For the progress bar: reports of the database (not superseded, whatever the filter) and those reviewed.
    int totalCount() const { return m_total; }
    int reviewedCount() const { return m_reviewed; }
    // The kinds of the open flags in the database, for the flag-kind filter.
    QStringList openFlagKinds();

    // The claims of the open store (ReviewStore::claims()): a report someone else is reviewing shows "in review by
    // zhang since 10:32" as its status. Without them no claim is shown.
    void setClaims(Claims* claims) { m_claims = claims; }

    // The status as shown (translated): unreviewed, in review, reviewed.
    static QString statusText(const QString& status);

    // The last database error (empty when the last query succeeded).
    QString error() const { return m_error; }
    // Test hook: how many SQL statements the model has run.
    int queriesRun() const { return m_queries; }

Q_SIGNALS:
    void countsChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString filePath;
        QString fileName;
        QString region;
        std::optional<int> year;
        QString status;
        int openFlags = 0;
        QString claimedBy; // a claim's holder and time, live or not
        QString claimedSince;
        bool found = false; // false when the report disappeared since the ids were read
    };
    struct Page
    {
        QList<Row> rows;
        quint64 lastUse = 0;
    };

    std::optional<QList<qint64>> queryIds();
    void queryCounts();
    const Row* row(int row) const;
    bool loadPage(int page) const;
    // Takes a new id list: nothing when unchanged (dataChanged when the data may have changed), a layout
    // change when the same reports are re-ordered, a reset otherwise.
    void applyIds(QList<qint64> ids, bool dataMayHaveChanged);
    void rebuildIndex();
    void clearCache();

    // The holder of a live claim of someone else on the row's report, else empty.
    QString claimHolder(const Row& r) const;

    Database& m_db;
    Claims* m_claims = nullptr;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOfId;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable int m_queries = 0;
    mutable QString m_error;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_status;
    QString m_flagKind;
    QString m_search;
    int m_total = 0;
    int m_reviewed = 0;
};

} // namespace jiaohe
