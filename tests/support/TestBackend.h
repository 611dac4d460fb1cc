// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The backend the store tests run against. By default SQLite files; when CTest runs a test a second time with
// JIAOHE_TEST_PG set to the file the pg_server fixture wrote (tests/support/pg_server.sh), a PostgreSQL server:
// every "fresh database" is then a new database on that server, so the same test code checks both backends.
namespace jiaohe::test {

// Whether this run's databases are on a PostgreSQL server.
bool onServer();
// The server's administrator URI (the fixture's), empty when not on a server.
QString serverAdminUri();
// A new, empty review database: `folder`/`name` under SQLite, a newly created database on the server (a
// postgresql:// URI) otherwise; empty when the server refused to create it.
QString freshDatabase(const QString& folder, const QString& name = QStringLiteral("review.sqlite"));
// The number of Jiaohe's tables in the database (SQLite's schema table, the server's information schema, without
// the server's version table).
QString tableCountSql();
// Runs one statement as the server's administrator (roles, databases); the error text, empty on success.
QString adminExec(const QString& sql);

} // namespace jiaohe::test
