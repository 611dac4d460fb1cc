// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace jiaohe {

class ServerAddress;

// What Database does on a PostgreSQL server that it does not on a file: connecting through libpq (a password
// only as the URI gave it; none is kept), the session's settings, recognising Jiaohe's schema among the
// database's tables (a server has no application id: the table jiaohe_schema holds the version), and the
// server's errors in a reviewer's words.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ServerConnection)
public:
    // Connects `db` (a QPSQL connection) to `address`; a reading connection refuses every write (the server's
    // default_transaction_read_only). On success `name` is "user@host/database" as the server names them.
    static bool connect(QSqlDatabase& db, const ServerAddress& address, bool readOnly, QString* name, QString* error);
    // The version of Jiaohe's schema in the database (0 when it holds no table yet); false with `error` set for a
    // database holding other tables and no Jiaohe schema.
    static bool inspect(QSqlDatabase& db, const QString& where, int* version, QString* error);
    // `jiaohe server init`: the three roles a team's members are given (created when missing; NOLOGIN groups
    // an administrator grants to login roles) and their rights on Jiaohe's tables in the current schema:
    // jiaohe_reader reads and exports; jiaohe_reviewer and jiaohe_lead also decide and import. The audit stays
    // append-only for all (its triggers), and `audit.db_user` cannot be written by them (the server fills it in).
    static bool grantRoles(QSqlDatabase& db, QString* error);
    // The server's message in words a reviewer understands, empty when it is not one of those explained.
    static QString describe(const QString& where, const QString& message);
};

} // namespace jiaohe
