// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaTables.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace jiaohe {

QString SchemaTables::quoted(const QString& name)
{
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

bool SchemaTables::read(QSqlDatabase& db, bool server, QList<Table>* tables, QString* error)
{
    QList<Table> found;
    if (!(server ? readServer(db, &found, error) : readSqlite(db, &found, error))) {
        return false;
    }
    *tables = ordered(found);
    return true;
}

bool SchemaTables::readSqlite(QSqlDatabase& db, QList<Table>* tables, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                               "ORDER BY name"))) {
        *error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        tables->append({q.value(0).toString(), {}, {}, false});
    }
    for (Table& t : *tables) {
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(t.name)))) {
            *error = q.lastError().databaseText();
            return false;
        }
        while (q.next()) {
            t.columns.append(q.value(1).toString());
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(t.name)))) {
            *error = q.lastError().databaseText();
            return false;
        }
        while (q.next()) {
            t.references.append(q.value(2).toString());
        }
    }
    return true;
}

bool SchemaTables::readServer(QSqlDatabase& db, QList<Table>* tables, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                           "AND table_type = 'BASE TABLE' AND table_name != 'jiaohe_schema' ORDER BY table_name"))) {
        *error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        tables->append({q.value(0).toString(), {}, {}, false});
    }
    QSqlQuery columns(db);
    columns.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                   "current_schema() AND table_name = ? ORDER BY ordinal_position"));
    QSqlQuery references(db);
    references.prepare(QStringLiteral(
        "SELECT DISTINCT target.relname FROM pg_constraint c JOIN pg_class source ON source.oid = c.conrelid "
        "JOIN pg_class target ON target.oid = c.confrelid WHERE c.contype = 'f' AND source.relname = ? "
        "AND source.relnamespace = current_schema()::regnamespace"));
    for (Table& t : *tables) {
        columns.addBindValue(t.name);
        references.addBindValue(t.name);
        if (!columns.exec() || !references.exec()) {
            *error = (columns.lastError().isValid() ? columns : references).lastError().databaseText();
            return false;
        }
        while (columns.next()) {
            t.columns.append(columns.value(0).toString());
        }
        while (references.next()) {
            t.references.append(references.value(0).toString());
        }
    }
    return true;
}

QList<SchemaTables::Table> SchemaTables::ordered(QList<Table> tables)
{
    for (Table& t : tables) {
        t.hasId = t.columns.contains(u"id");
        t.references.removeAll(t.name); // a report's previous version: rows in id order see to it
    }
    QList<Table> result;
    QStringList placed;
    while (!tables.isEmpty()) {
        // The first (by name) whose references are all placed; a cycle (none in Jiaohe's schema) is broken by name.
        auto ready = std::find_if(tables.begin(), tables.end(), [&](const Table& t) {
            return std::all_of(t.references.begin(), t.references.end(), [&](const QString& r) {
                return placed.contains(r) ||
                       std::none_of(tables.begin(), tables.end(), [&](const Table& other) { return other.name == r; });
            });
        });
        if (ready == tables.end()) {
            ready = tables.begin();
        }
        placed.append(ready->name);
        result.append(*ready);
        tables.erase(ready);
    }
    return result;
}

bool SchemaTables::sequenceColumns(QSqlDatabase& db, const QString& table, QStringList* columns, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ? AND (is_identity = 'YES' OR column_default LIKE 'nextval(%') "
                             "ORDER BY ordinal_position"));
    q.addBindValue(table);
    if (!q.exec()) {
        *error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        columns->append(q.value(0).toString());
    }
    return true;
}

} // namespace jiaohe
