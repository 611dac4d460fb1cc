// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnection.h"

#include "ServerAddress.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace jiaohe {

bool ServerConnection::connect(QSqlDatabase& db, const ServerAddress& address, bool readOnly, QString* name,
                               QString* error)
{
    db.setConnectOptions(address.connectOptions());
    if (!db.open()) {
        const QString message =
            db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
        const QString described = describe(address.withoutPassword(), message);
        *error = described.isEmpty() ? QStringLiteral("%1: %2").arg(address.withoutPassword(), message.trimmed())
                                     : described;
        return false;
    }
    QSqlQuery q(db);
    // Notices (a table that already exists, …) are not the reviewer's business; the times are written by Jiaohe
    // in UTC, so the session's zone matters only to the server's own now().
    QStringList setup = {QStringLiteral("SET client_min_messages = warning"), QStringLiteral("SET TIME ZONE 'UTC'")};
    if (readOnly) {
        setup.append(QStringLiteral("SET default_transaction_read_only = on"));
    }
    for (const QString& sql : std::as_const(setup)) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("%1: %2").arg(address.withoutPassword(), q.lastError().databaseText());
            return false;
        }
    }
    if (q.exec(QStringLiteral("SELECT session_user, current_database(), coalesce(host(inet_server_addr()), '')")) &&
        q.next()) {
        const QString host = q.value(2).toString().isEmpty()
                                 ? address.displayName().section(u'@', -1).section(u'/', 0, 0)
                                 : q.value(2).toString();
        *name = QStringLiteral("%1@%2/%3").arg(q.value(0).toString(), host, q.value(1).toString());
    }
    return true;
}

bool ServerConnection::inspect(QSqlDatabase& db, const QString& where, int* version, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                               "current_schema() ORDER BY table_name"))) {
        *error = QStringLiteral("%1: %2").arg(where, q.lastError().databaseText());
        return false;
    }
    QStringList tables;
    while (q.next()) {
        tables.append(q.value(0).toString());
    }
    *version = 0;
    if (tables.isEmpty()) {
        return true;
    }
    if (!tables.contains(u"jiaohe_schema")) {
        const qsizetype shown = 5;
        *error = tr("%1: this database is not a Jiaohe review database (it holds another program's tables: %2); it "
                    "was left untouched. Name an empty database, or one Jiaohe created.")
                     .arg(where, tables.mid(0, shown).join(QStringLiteral(", ")) +
                                     (tables.size() > shown ? QStringLiteral(", …") : QString()));
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT max(version) FROM jiaohe_schema")) || !q.next()) {
        *error = QStringLiteral("%1: %2").arg(where, q.lastError().databaseText());
        return false;
    }
    *version = q.value(0).toInt();
    return true;
}

bool ServerConnection::grantRoles(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next()) {
        *error = q.lastError().databaseText();
        return false;
    }
    const QString schema = q.value(0).toString();
    const QString all = QStringLiteral("jiaohe_reader, jiaohe_reviewer, jiaohe_lead");
    const QString deciders = QStringLiteral("jiaohe_reviewer, jiaohe_lead");
    const QStringList statements = {
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_reader') THEN "
                       "CREATE ROLE jiaohe_reader NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_reviewer') THEN "
                       "CREATE ROLE jiaohe_reviewer NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_lead') THEN "
                       "CREATE ROLE jiaohe_lead NOLOGIN; END IF; END $$"),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, all),
        QStringLiteral("GRANT INSERT, UPDATE ON reports, fields, flags, settings, derived, claims, report_boxes TO %1")
            .arg(deciders),
        QStringLiteral("GRANT DELETE ON fields, claims TO %1").arg(deciders),
        QStringLiteral("GRANT INSERT (at, who, report_id, field_key, flag_id, action, old_value, new_value, reason) "
                       "ON audit TO %1")
            .arg(deciders),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, deciders),
    };
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError().databaseText();
            return false;
        }
    }
    return true;
}

QString ServerConnection::describe(const QString& where, const QString& message)
{
    const QString m = message.toLower();
    if (m.contains(u"password authentication failed") || m.contains(u"no password supplied")) {
        return tr("%1: the server asks for a password. Jiaohe does not keep passwords: put it in ~/.pgpass "
                  "(host:port:database:user:password, mode 0600) or ask the administrator for peer or GSS "
                  "authentication.")
            .arg(where);
    }
    if (m.contains(u"could not connect") || m.contains(u"connection refused") || m.contains(u"could not translate") ||
        m.contains(u"no such file or directory") || m.contains(u"timeout expired")) {
        return tr("%1: the server cannot be reached (%2). Check the address, and that the server is running.")
            .arg(where, message.trimmed());
    }
    if (m.contains(u"does not exist") && m.contains(u"database")) {
        return tr("%1: the server has no such database. Ask the administrator to create it "
                  "(createdb).")
            .arg(where);
    }
    if (m.contains(u"read-only transaction")) {
        return tr("%1: this connection only reads; nothing was written.").arg(where);
    }
    if (m.contains(u"permission denied")) {
        return tr("%1: your database role may not do this (%2). Ask the administrator for the "
                  "rights you need in this database.")
            .arg(where, message.trimmed());
    }
    if (m.contains(u"deadlock") || m.contains(u"could not serialize")) {
        return tr("%1: another reviewer changed the same rows at the same moment; nothing was written. Try again.")
            .arg(where);
    }
    return QString();
}

} // namespace jiaohe
