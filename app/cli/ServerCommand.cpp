// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include "store/Database.h"
#include "store/ServerAddress.h"
#include "store/ServerConnection.h"

#include <QTextStream>

namespace jiaohe {

int runServerCommand(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString usage = QStringLiteral("usage: jiaohe server init postgresql://…\n");
    // arguments: the program, then "init" and the URI.
    if (arguments.size() == 2 && (arguments.at(1) == u"--help" || arguments.at(1) == u"-h")) {
        out << usage;
        return 0;
    }
    if (arguments.size() != 3 || arguments.at(1) != u"init") {
        err << "jiaohe server: " << usage;
        return 2;
    }
    const QString uri = arguments.at(2);
    if (!ServerAddress::isServer(uri)) {
        err << "jiaohe server init: " << uri << ": not a postgresql:// address\n" << usage;
        return 2;
    }
    Database database;
    if (!database.open(uri)) {
        err << "jiaohe server init: " << database.error() << '\n';
        return 1;
    }
    QString error;
    if (!ServerConnection::grantRoles(database.connection(), &error)) {
        err << "jiaohe server init: " << database.describe(QStringLiteral("create the roles"), error) << '\n';
        return 1;
    }
    out << "jiaohe server init: " << database.serverName() << " holds Jiaohe's schema (version "
        << Database::SchemaVersion << "); roles jiaohe_reader, jiaohe_reviewer, jiaohe_lead granted their rights\n";
    return 0;
}

} // namespace jiaohe
