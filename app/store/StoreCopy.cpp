// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCopy.h"

#include "Database.h"
#include "ServerAddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <cmath>

namespace jiaohe {

namespace {

// The tables Jiaohe writes on opening a database (the reviewer's name, which version computed the derived
// columns): a target holding rows only there is still empty, and the source's rows replace them.
bool writtenOnOpening(const QString& table)
{
    return table == u"settings" || table == u"derived";
}

// SQLite allows 32766 values a statement (999 before 3.32): a statement holds as many rows as keep under 999.
constexpr int ValuesPerStatement = 900;

// One value as the same bytes on both backends: SQLite gives a REAL column's 5 as 5.0 and an INTEGER as qlonglong,
// the server an int or a qlonglong by the column's type; a whole number is written as one.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    QByteArray text;
    if (value.isNull()) {
        text = QByteArrayLiteral("N");
    } else {
        switch (value.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            text = 'I' + QByteArray::number(value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float: {
            const double d = value.toDouble();
            const bool whole = std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15;
            text = whole ? 'I' + QByteArray::number(qint64(d)) : 'R' + QByteArray::number(d, 'g', 17);
            break;
        }
        default:
            text = 'T' + value.toString().toUtf8();
        }
    }
    hash.addData(QByteArray::number(text.size()) + ':' + text);
}

quint64 rowHash(const QSqlQuery& q, int columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (int i = 0; i < columns; ++i) {
        addValue(hash, q.value(i));
    }
    return qFromBigEndian<quint64>(hash.result().constData());
}

QString selectAll(const SchemaTables::Table& table)
{
    QStringList columns;
    for (const QString& c : table.columns) {
        columns.append(SchemaTables::quoted(c));
    }
    return QStringLiteral("SELECT %1 FROM %2%3")
        .arg(columns.join(QStringLiteral(", ")), SchemaTables::quoted(table.name),
             table.hasId ? QStringLiteral(" ORDER BY \"id\"") : QString());
}

QString insertSql(const SchemaTables::Table& table, qsizetype rows)
{
    QStringList columns;
    for (const QString& c : table.columns) {
        columns.append(SchemaTables::quoted(c));
    }
    QStringList marks(table.columns.size(), QStringLiteral("?"));
    const QString row = u'(' + marks.join(QStringLiteral(", ")) + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(SchemaTables::quoted(table.name), columns.join(QStringLiteral(", ")),
             QStringList(rows, row).join(QStringLiteral(", ")));
}

// How a database is named in messages: a file as the system writes paths, a server without its password.
QString shownName(const QString& name)
{
    if (!ServerAddress::isServer(name)) {
        return QDir::toNativeSeparators(name);
    }
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(name, &error);
    return address ? address->withoutPassword() : name;
}

bool sameDatabase(const QString& a, const QString& b)
{
    if (ServerAddress::isServer(a) || ServerAddress::isServer(b)) {
        return shownName(a) == shownName(b);
    }
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    return fa.exists() && fb.exists() && fa.canonicalFilePath() == fb.canonicalFilePath();
}

} // namespace

bool StoreCopy::fail(Database& db, const QString& what, const QString& message)
{
    m_error = db.describe(what, message);
    return false;
}

bool StoreCopy::run(const QString& from, const QString& to)
{
    m_tables.clear();
    m_error.clear();
    m_sourceName = shownName(from);
    m_targetName = shownName(to);
    if (sameDatabase(from, to)) {
        m_error = tr("%1: the source and the target are the same database; nothing was copied.").arg(m_sourceName);
        return false;
    }
    Database source;
    if (!source.openForReading(from)) {
        m_error = source.error();
        return false;
    }
    // A file the copy creates is removed again when the copy fails: no half-made database is left behind.
    const bool newFile = !ServerAddress::isServer(to) && !QFileInfo::exists(to);
    Database target;
    bool ok = target.open(to);
    if (!ok) {
        m_error = target.error();
    } else {
        ok = copyAll(source, target);
    }
    target.close();
    source.close();
    if (!ok && newFile) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(to + QLatin1String(suffix));
        }
    }
    return ok;
}

bool StoreCopy::copyAll(Database& source, Database& target)
{
    QList<SchemaTables::Table> tables;
    QList<SchemaTables::Table> targetTables;
    QString error;
    // One snapshot of the source, whoever writes to it meanwhile (a server's reviewers).
    QSqlQuery snapshot(source.connection());
    if (!snapshot.exec(source.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                         : QStringLiteral("BEGIN"))) {
        return fail(source, QStringLiteral("start reading"), snapshot.lastError().databaseText());
    }
    if (!SchemaTables::read(source.connection(), source.isServer(), &tables, &error)) {
        return fail(source, QStringLiteral("read the schema"), error);
    }
    if (!SchemaTables::read(target.connection(), target.isServer(), &targetTables, &error)) {
        return fail(target, QStringLiteral("read the schema"), error);
    }
    for (const SchemaTables::Table& t : std::as_const(tables)) {
        const auto there = std::find_if(targetTables.cbegin(), targetTables.cend(),
                                        [&](const SchemaTables::Table& other) { return other.name == t.name; });
        for (const QString& column : t.columns) {
            if (there == targetTables.cend() || !there->columns.contains(column)) {
                m_error = tr("%1: the target has no column %2 in the table %3 that the source has; nothing was "
                             "copied. Use the same version of Jiaohe on both.")
                              .arg(m_targetName, column, t.name);
                return false;
            }
        }
    }
    const bool ok = target.transaction([&] {
        QSqlQuery q(target.connection());
        if (target.isServer()) {
            // Others may read the target meanwhile, but not write to it until the copy is committed.
            QStringList names;
            for (const SchemaTables::Table& t : std::as_const(tables)) {
                names.append(SchemaTables::quoted(t.name));
            }
            if (!names.isEmpty() &&
                !q.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", "))))) {
                return fail(target, QStringLiteral("lock the tables"), q.lastError().databaseText());
            }
        } else if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
            return fail(target, QStringLiteral("defer the foreign keys"), q.lastError().databaseText());
        }
        if (!targetIsEmpty(target, tables)) {
            return false;
        }
        for (const SchemaTables::Table& t : std::as_const(tables)) {
            m_tables.append({t.name, 0, 0, 0, 0});
            if (!copyTable(source, target, t, &m_tables.last()) || !setSequences(target, t)) {
                return false;
            }
        }
        if (m_beforeCompare) {
            m_beforeCompare(target);
        }
        QStringList differ;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            Table& counts = m_tables[i];
            if (!sumRows(target, tables.at(i), &counts.targetRows, &counts.targetSum)) {
                return false;
            }
            if (!counts.matches()) {
                differ.append(counts.name);
            }
        }
        if (!differ.isEmpty()) {
            m_error = tr("%1: the copy differs from the source in the table(s) %2; it was rolled back, nothing was "
                         "written.")
                          .arg(m_targetName, differ.join(QStringLiteral(", ")));
            return false;
        }
        return true;
    });
    snapshot.exec(QStringLiteral("ROLLBACK")); // the source's read transaction: nothing in it to keep
    if (!ok && m_error.isEmpty()) {
        m_error = target.error();
    }
    return ok;
}

bool StoreCopy::targetIsEmpty(Database& target, const QList<SchemaTables::Table>& tables)
{
    QSqlQuery q(target.connection());
    qint64 rows = 0;
    qint64 reports = 0;
    for (const SchemaTables::Table& t : tables) {
        const QString table = SchemaTables::quoted(t.name);
        if (writtenOnOpening(t.name)) {
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(table))) {
                return fail(target, QStringLiteral("empty %1").arg(t.name), q.lastError().databaseText());
            }
            continue;
        }
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
            return fail(target, QStringLiteral("count the rows of %1").arg(t.name), q.lastError().databaseText());
        }
        rows += q.value(0).toLongLong();
        if (t.name == u"reports") {
            reports = q.value(0).toLongLong();
        }
    }
    if (rows > 0) {
        m_error = tr("%1: the target already holds a review (%2 reports, %3 rows in all); nothing was copied. Name a "
                     "new file, or an empty database.")
                      .arg(m_targetName, QString::number(reports), QString::number(rows));
        return false;
    }
    return true;
}

bool StoreCopy::copyTable(Database& source, Database& target, const SchemaTables::Table& table, Table* counts)
{
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(selectAll(table))) {
        return fail(source, QStringLiteral("read %1").arg(table.name), read.lastError().databaseText());
    }
    const int columns = int(table.columns.size());
    const int perStatement = std::max(1, ValuesPerStatement / std::max(1, columns));
    QSqlQuery full(target.connection());
    QList<QVariantList> batch;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(read.value(i));
        }
        ++counts->sourceRows;
        counts->sourceSum += rowHash(read, columns);
        batch.append(row);
        if (batch.size() == perStatement) {
            if (!insertRows(target, table, full, batch)) {
                return false;
            }
            batch.clear();
        }
    }
    if (read.lastError().isValid()) {
        return fail(source, QStringLiteral("read %1").arg(table.name), read.lastError().databaseText());
    }
    QSqlQuery last(target.connection());
    return insertRows(target, table, last, batch);
}

bool StoreCopy::insertRows(Database& target, const SchemaTables::Table& table, QSqlQuery& insert,
                           const QList<QVariantList>& rows)
{
    if (rows.isEmpty()) {
        return true;
    }
    // Prepared once for a full batch and used again for each (the last, shorter batch has its own).
    if (insert.lastQuery().isEmpty() && !insert.prepare(insertSql(table, rows.size()))) {
        return fail(target, QStringLiteral("write %1").arg(table.name), insert.lastError().databaseText());
    }
    int index = 0;
    for (const QVariantList& row : rows) {
        for (const QVariant& value : row) {
            insert.bindValue(index++, value);
        }
    }
    if (!insert.exec()) {
        return fail(target, QStringLiteral("write %1").arg(table.name), insert.lastError().databaseText());
    }
    return true;
}

bool StoreCopy::sumRows(Database& db, const SchemaTables::Table& table, qint64* rows, quint64* sum)
{
    QSqlQuery read(db.connection());
    read.setForwardOnly(true);
    if (!read.exec(selectAll(table))) {
        return fail(db, QStringLiteral("read %1").arg(table.name), read.lastError().databaseText());
    }
    *rows = 0;
    *sum = 0;
    while (read.next()) {
        ++*rows;
        *sum += rowHash(read, int(table.columns.size()));
    }
    if (read.lastError().isValid()) {
        return fail(db, QStringLiteral("read %1").arg(table.name), read.lastError().databaseText());
    }
    return true;
}

bool StoreCopy::setSequences(Database& target, const SchemaTables::Table& table)
{
    if (!target.isServer()) {
        return true; // SQLite numbers a new row after the largest id
    }
    QStringList columns;
    QString error;
    if (!SchemaTables::sequenceColumns(target.connection(), table.name, &columns, &error)) {
        return fail(target, QStringLiteral("read the sequences of %1").arg(table.name), error);
    }
    QSqlQuery q(target.connection());
    for (const QString& column : std::as_const(columns)) {
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(%1), 0) + 1, false) FROM %2")
                      .arg(SchemaTables::quoted(column), SchemaTables::quoted(table.name)));
        q.addBindValue(SchemaTables::quoted(table.name));
        q.addBindValue(column);
        if (!q.exec()) {
            return fail(target, QStringLiteral("set the sequence of %1").arg(table.name), q.lastError().databaseText());
        }
    }
    return true;
}

} // namespace jiaohe
