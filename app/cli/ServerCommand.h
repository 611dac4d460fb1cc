// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe server init URI`: prepares a PostgreSQL database for a team — Jiaohe's schema (the migrations, as the
// first writing connection runs them) and the roles jiaohe_reader, jiaohe_reviewer and jiaohe_lead with their
// rights (ServerConnection::grantRoles). Run once by the database's owner. Exit 0 when done, 1 on failure, 2 on
// bad usage.
int runServerCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
