// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jiaohe {

// A PostgreSQL server named as libpq and psql take it: postgresql://[user[:password]@][host][:port][/dbname]
// [?param=value&…] (postgres:// too; a host that is a socket folder is written %2Frun%2Fpg or ?host=/run/pg).
// Qt's QPSQL driver builds a libpq key=value string from its parts, so the URI is taken apart here. Jiaohe
// never keeps a password: one written in the URI reaches libpq for this connection only, and the address
// Jiaohe shows or remembers (`withoutPassword`) has none — .pgpass, a service file, peer or GSS authentication
// are the ways to keep one.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ServerAddress)
public:
    // Whether a database name is a server URI rather than a file.
    static bool isServer(const QString& name);
    // The address; nullopt with `error` set when the URI cannot be read.
    static std::optional<ServerAddress> parse(const QString& uri, QString* error);

    // The libpq key=value pairs (QSqlDatabase::setConnectOptions), the password included when the URI had one.
    QString connectOptions() const;
    // The URI as given, without its password: what the window remembers and shows.
    QString withoutPassword() const;
    // "reviewer@db.example/jiaohe" (the user as written, or nothing when libpq will take the system user's).
    QString displayName() const;

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    QString port() const { return m_port; }
    QString database() const { return m_database; }
    bool hasPassword() const { return !m_password.isEmpty(); }

    // A password written in a URI serves the whole process, not only the connection it came with: the import's
    // own connection and a database reopened from Recent are made from the remembered address, which has none.
    // So it is kept in this process's memory only (never in settings, Recent, the audit or a title), under the
    // address without it. This address with its password remembered when it has one, or with the one
    // remembered for it when it has none.
    ServerAddress withSessionPassword() const;
    // Test hook: forgets the passwords kept in memory.
    static void forgetSessionPasswords();

private:
    QString m_scheme;
    QString m_user;
    QString m_password;
    QString m_host;
    QString m_port;
    QString m_database;
    QList<std::pair<QString, QString>> m_parameters;
};

} // namespace jiaohe
