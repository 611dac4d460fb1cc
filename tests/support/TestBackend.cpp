// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBackend.h"

#include "store/ServerAddress.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace jiaohe::test {

bool onServer()
{
    return !serverAdminUri().isEmpty();
}

QString serverAdminUri()
{
    const QString state = qEnvironmentVariable("JIAOHE_TEST_PG");
    if (state.isEmpty()) {
        return QString();
    }
    QFile f(state);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("JIAOHE_TEST_PG names %s, which the pg_server fixture did not write", qPrintable(state));
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

QString tableCountSql()
{
    return onServer()
               ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                "current_schema() AND table_type = 'BASE TABLE' AND table_name != 'jiaohe_schema'")
               : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
}

QString adminExec(const QString& sql)
{
    const QString name = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        QString parseError;
        const auto address = ServerAddress::parse(serverAdminUri(), &parseError);
        if (!address) {
            error = parseError;
        } else {
            db.setConnectOptions(address->connectOptions());
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    error = q.lastError().text();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString freshDatabase(const QString& folder, const QString& name)
{
    if (!onServer()) {
        return QDir(folder).filePath(name);
    }
    // A schema of its own in the fixture's database (CREATE DATABASE takes a tenth of a second, CREATE SCHEMA
    // nothing): the tests' databases never meet, as their files in temporary folders do not.
    const QString schema = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
    const QString error = adminExec(QStringLiteral("CREATE SCHEMA %1").arg(schema));
    if (!error.isEmpty()) {
        qWarning("cannot create a test schema on the server: %s", qPrintable(error));
        return QString();
    }
    return serverAdminUri() + QStringLiteral("&options=-csearch_path%3D") + schema;
}

} // namespace jiaohe::test
