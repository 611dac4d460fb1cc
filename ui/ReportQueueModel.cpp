// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportQueueModel.h"

#include "store/Claims.h"
#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace jiaohe {

namespace {

// A flag counts in the queue while it is open and the last run of the checks still raises it (the schema's
// open_flags view says which).
const QString openFlagCount = QStringLiteral("(SELECT count(*) FROM open_flags f WHERE f.report_id = r.id)");

int statusRank(const QString& status)
{
    if (status == u"unreviewed") {
        return 0;
    }
    if (status == u"in_review") {
        return 1;
    }
    return 2;
}

// What a column sorts by in SQL; ties are broken by the report id (import order) in both directions.
QString sortExpression(int column, const SqlDialect& dialect)
{
    switch (column) {
    case ReportQueueModel::FileNameColumn:
        return dialect.orderIgnoringCase(QStringLiteral("r.file_name"));
    case ReportQueueModel::RegionColumn:
        return QStringLiteral("coalesce(r.region, '')");
    case ReportQueueModel::YearColumn:
        return QStringLiteral("r.year");
    case ReportQueueModel::StatusColumn:
        return QStringLiteral("CASE r.status WHEN 'unreviewed' THEN 0 WHEN 'in_review' THEN 1 ELSE 2 END");
    case ReportQueueModel::OpenFlagsColumn:
        return openFlagCount;
    default:
        return QString();
    }
}

// The search text as a LIKE pattern matching it literally: the escape character, % and _ escaped.
QString likePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_') {
            escaped.append(u'\\');
        }
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

} // namespace

ReportQueueModel::ReportQueueModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    m_ids = queryIds().value_or(QList<qint64>());
    rebuildIndex();
    queryCounts();
}

int ReportQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ReportQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ReportQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_ids.size() || index.column() >= ColumnCount) {
        return QVariant();
    }
    if (role == ReportIdRole) {
        return m_ids.at(index.row());
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == YearColumn || index.column() == OpenFlagsColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole && role != StatusRole &&
        role != FilePathRole && role != OpenFlagsRole && role != SortKeyRole && role != ClaimRole) {
        return QVariant();
    }
    const Row* r = row(index.row());
    if (!r || !r->found) {
        return QVariant();
    }
    const QString holder = index.column() == StatusColumn ? claimHolder(*r) : QString();
    if (!holder.isEmpty() && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
        // The column says it short ("wangwu since 23:01"), its tooltip and screen readers in full.
        return Claims::describe(holder, r->claimedSince, m_claims->now());
    }
    switch (role) {
    case Qt::ToolTipRole:
    case FilePathRole:
        return r->filePath;
    case StatusRole:
        return r->status;
    case OpenFlagsRole:
        return r->openFlags;
    case ClaimRole:
        return claimHolder(*r);
    default:
        break;
    }
    switch (index.column()) {
    case FileNameColumn:
        return r->fileName;
    case RegionColumn:
        if (role == Qt::AccessibleTextRole && r->region.isEmpty()) {
            return tr("region unknown");
        }
        return r->region;
    case YearColumn:
        if (!r->year) {
            return role == Qt::AccessibleTextRole ? QVariant(tr("year unknown")) : QVariant();
        }
        return role == Qt::AccessibleTextRole ? QVariant(QString::number(*r->year)) : QVariant(*r->year);
    case StatusColumn:
        if (role == SortKeyRole) {
            return statusRank(r->status);
        }
        if (!holder.isEmpty()) {
            return Claims::describeShort(holder, r->claimedSince, m_claims->now());
        }
        return statusText(r->status);
    case OpenFlagsColumn:
        if (role == Qt::AccessibleTextRole) {
            return tr("%n open flag(s)", nullptr, r->openFlags);
        }
        return r->openFlags;
    default:
        return QVariant();
    }
}

QVariant ReportQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FileNameColumn:
            return tr("File");
        case RegionColumn:
            return tr("Region");
        case YearColumn:
            return tr("Year");
        case StatusColumn:
            return tr("Status");
        case OpenFlagsColumn:
            return tr("Flags");
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case FileNameColumn:
            return tr("The report's file name");
        case RegionColumn:
            return tr("The issuing body");
        case YearColumn:
            return tr("The year the statistics cover");
        case StatusColumn:
            return tr("Review status");
        case OpenFlagsColumn:
            return tr("Open flags");
        default:
            break;
        }
    }
    return QVariant();
}

Qt::ItemFlags ReportQueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ReportQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(StatusRole, "status");
    names.insert(FilePathRole, "filePath");
    names.insert(OpenFlagsRole, "openFlags");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

void ReportQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        column = -1;
        order = Qt::AscendingOrder;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    const int oldColumn = m_sortColumn;
    const Qt::SortOrder oldOrder = m_sortOrder;
    m_sortColumn = column;
    m_sortOrder = order;
    std::optional<QList<qint64>> ids = queryIds();
    if (!ids) {
        m_sortColumn = oldColumn;
        m_sortOrder = oldOrder;
        return;
    }
    applyIds(std::move(*ids), false);
}

void ReportQueueModel::setFilter(const QString& status, const QString& flagKind, const QString& searchText)
{
    const QString search = searchText.trimmed();
    if (status == m_status && flagKind == m_flagKind && search == m_search) {
        return;
    }
    m_status = status;
    m_flagKind = flagKind;
    m_search = search;
    // On a failed query the filter is shown as asked with no rows rather than the rows of the old filter.
    applyIds(queryIds().value_or(QList<qint64>()), false);
}

void ReportQueueModel::refresh()
{
    std::optional<QList<qint64>> ids = queryIds();
    applyIds(ids ? std::move(*ids) : m_ids, true);
    const int total = m_total;
    const int reviewed = m_reviewed;
    queryCounts();
    if (total != m_total || reviewed != m_reviewed) {
        Q_EMIT countsChanged();
    }
}

qint64 ReportQueueModel::reportId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ReportQueueModel::rowOf(qint64 reportId) const
{
    return m_rowOfId.value(reportId, -1);
}

QStringList ReportQueueModel::openFlagKinds()
{
    QStringList kinds;
    if (!m_db.isOpen()) {
        return kinds;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    ++m_queries;
    if (!q.exec(QStringLiteral("SELECT DISTINCT f.kind FROM open_flags f JOIN reports r ON r.id = f.report_id "
                               "WHERE r.superseded = 0 ORDER BY f.kind"))) {
        m_error = m_db.describe(QStringLiteral("reading the flag kinds"), q.lastError().text());
        return kinds;
    }
    while (q.next()) {
        kinds.append(q.value(0).toString());
    }
    return kinds;
}

QString ReportQueueModel::statusText(const QString& status)
{
    if (status == u"unreviewed") {
        return tr("unreviewed");
    }
    if (status == u"in_review") {
        return tr("in review");
    }
    if (status == u"reviewed") {
        return tr("reviewed");
    }
    return status;
}

std::optional<QList<qint64>> ReportQueueModel::queryIds()
{
    if (!m_db.isOpen()) {
        m_error.clear();
        return QList<qint64>();
    }
    QString sql = QStringLiteral("SELECT r.id FROM reports r WHERE r.superseded = 0");
    QVariantList values;
    if (!m_status.isEmpty()) {
        sql += QStringLiteral(" AND r.status = ?");
        values.append(m_status);
    }
    if (!m_flagKind.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM open_flags f WHERE f.report_id = r.id AND f.kind = ?)");
        values.append(m_flagKind);
    }
    if (!m_search.isEmpty()) {
        sql += QStringLiteral(" AND (r.file_name %1 ? ESCAPE '\\' OR r.region %1 ? ESCAPE '\\')")
                   .arg(m_db.dialect().likeIgnoringCase());
        const QString pattern = likePattern(m_search);
        values.append(pattern);
        values.append(pattern);
    }
    const QString key = sortExpression(m_sortColumn, m_db.dialect());
    if (key.isEmpty()) {
        sql += QStringLiteral(" ORDER BY r.id");
    } else {
        sql += QStringLiteral(" ORDER BY %1 %2, r.id")
                   .arg(key, m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    }

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    ++m_queries;
    if (!q.prepare(sql)) {
        m_error = m_db.describe(QStringLiteral("reading the report queue"), q.lastError().text());
        return std::nullopt;
    }
    for (const QVariant& v : std::as_const(values)) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_error = m_db.describe(QStringLiteral("reading the report queue"), q.lastError().text());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    m_error.clear();
    return ids;
}

void ReportQueueModel::queryCounts()
{
    m_total = 0;
    m_reviewed = 0;
    if (!m_db.isOpen()) {
        return;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    ++m_queries;
    // CASE, not sum(status = 'reviewed'): PostgreSQL has no sum of booleans.
    if (!q.exec(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN status = 'reviewed' THEN 1 ELSE 0 END), 0) "
                               "FROM reports WHERE superseded = 0"))) {
        m_error = m_db.describe(QStringLiteral("counting the reports"), q.lastError().text());
        return;
    }
    if (q.next()) {
        m_total = q.value(0).toInt();
        m_reviewed = q.value(1).toInt();
    }
}

const ReportQueueModel::Row* ReportQueueModel::row(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!loadPage(page)) {
            return nullptr;
        }
        it = m_pages.find(page);
    }
    it->lastUse = ++m_useClock;
    const int offset = row - page * PageSize;
    return offset < it->rows.size() ? &it->rows.at(offset) : nullptr;
}

bool ReportQueueModel::loadPage(int page) const
{
    if (!m_db.isOpen()) {
        return false;
    }
    const int first = page * PageSize;
    const int last = std::min(int(m_ids.size()), first + PageSize);
    if (first >= last) {
        return false;
    }
    // The ids are integers read from the database, so they are written into the statement as numbers.
    QString idList;
    idList.reserve((last - first) * 8);
    for (int i = first; i < last; ++i) {
        if (i > first) {
            idList.append(u',');
        }
        idList.append(QString::number(m_ids.at(i)));
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    ++m_queries;
    if (!q.exec(QStringLiteral("SELECT r.id, r.file_path, r.file_name, r.region, r.year, r.status, %1, c.claimed_by, "
                               "c.since FROM reports r LEFT JOIN claims c ON c.report_id = r.id WHERE r.id IN (%2)")
                    .arg(openFlagCount, idList))) {
        m_error = m_db.describe(QStringLiteral("reading the report queue"), q.lastError().text());
        return false;
    }
    QHash<qint64, Row> byId;
    byId.reserve(last - first);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.filePath = q.value(1).toString();
        r.fileName = q.value(2).toString();
        r.region = q.value(3).toString();
        if (!q.value(4).isNull()) {
            r.year = q.value(4).toInt();
        }
        r.status = q.value(5).toString();
        r.openFlags = q.value(6).toInt();
        r.claimedBy = q.value(7).toString();
        r.claimedSince = q.value(8).toString();
        r.found = true;
        byId.insert(r.id, r);
    }

    if (m_pages.size() >= MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse) {
                oldest = it;
            }
        }
        m_pages.erase(oldest);
    }
    Page p;
    p.rows.reserve(last - first);
    for (int i = first; i < last; ++i) {
        const qint64 id = m_ids.at(i);
        auto found = byId.constFind(id);
        if (found != byId.constEnd()) {
            p.rows.append(*found);
        } else {
            Row missing;
            missing.id = id;
            p.rows.append(missing);
        }
    }
    m_pages.insert(page, std::move(p));
    return true;
}

void ReportQueueModel::applyIds(QList<qint64> ids, bool dataMayHaveChanged)
{
    if (ids == m_ids) {
        if (dataMayHaveChanged) {
            clearCache();
            if (!m_ids.isEmpty()) {
                Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
            }
        }
        return;
    }
    bool sameReports = ids.size() == m_ids.size();
    if (sameReports) {
        for (const qint64 id : std::as_const(ids)) {
            if (!m_rowOfId.contains(id)) {
                sameReports = false;
                break;
            }
        }
    }
    if (!sameReports) {
        beginResetModel();
        m_ids = std::move(ids);
        rebuildIndex();
        clearCache();
        endResetModel();
        return;
    }
    // The same reports in another order: a layout change, so selections and persistent indexes follow.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<qint64> fromIds;
    fromIds.reserve(from.size());
    for (const QModelIndex& i : from) {
        fromIds.append(m_ids.value(i.row()));
    }
    m_ids = std::move(ids);
    rebuildIndex();
    clearCache();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        to.append(index(rowOf(fromIds.at(i)), from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (dataMayHaveChanged && !m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    }
}

QString ReportQueueModel::claimHolder(const Row& r) const
{
    if (!m_claims || r.claimedBy.isEmpty() || r.claimedBy == m_claims->who() ||
        !m_claims->isLive(r.claimedSince, m_claims->now())) {
        return QString();
    }
    return r.claimedBy;
}

void ReportQueueModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_ids.size());
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        m_rowOfId.insert(m_ids.at(i), int(i));
    }
}

void ReportQueueModel::clearCache()
{
    m_pages.clear();
}

} // namespace jiaohe
