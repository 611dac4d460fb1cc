// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "SqlDialect.h"

namespace jiaohe {

// Cumulative migrations: migrations()[i] takes a database from version i to version i + 1 (Database runs them
// in one transaction). They are frozen: SQL only, never today's C++ (a migration that called today's code
// would upgrade an old file differently as the code changes). Data derived by code, such as the body keys, is
// refreshed after them (Database::refreshBodyKeys).
// The steps in one backend's words (SqlDialect::schema; the few statements that differ are written for each).
QList<QStringList> migrations(SqlDialect::Backend backend);
// SQLite's.
const QList<QStringList>& migrations();

} // namespace jiaohe
