// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jiaohe {

// The tables of a review database as its own schema lists them (SQLite's sqlite_master and table_info, the
// server's catalogue in the current schema), not as this version of the code knows them: what copies a database
// whole (StoreCopy) then copies a table a later migration adds without being told of it.
class SchemaTables
{
public:
    struct Table
    {
        QString name;
        QStringList columns;    // in the table's order
        QStringList references; // the other tables its foreign keys point at
        bool hasId = false;     // an `id` column: rows are copied in its order (a report's previous_id is older)
    };

    // Every table but the backend's bookkeeping (sqlite_*, the server's jiaohe_schema), each after the tables it
    // references. False with `error` set when the catalogue cannot be read.
    static bool read(QSqlDatabase& db, bool server, QList<Table>* tables, QString* error);
    // `name` quoted as an SQL identifier (both backends take "…").
    static QString quoted(const QString& name);
    // On a server, the columns of `table` numbered by a sequence (identity or serial): after rows are written with
    // their own ids, the sequence must go on from the largest.
    static bool sequenceColumns(QSqlDatabase& db, const QString& table, QStringList* columns, QString* error);

private:
    static bool readSqlite(QSqlDatabase& db, QList<Table>* tables, QString* error);
    static bool readServer(QSqlDatabase& db, QList<Table>* tables, QString* error);
    // Referenced tables first; otherwise by name, so that every run copies in the same order.
    static QList<Table> ordered(QList<Table> tables);
};

} // namespace jiaohe
