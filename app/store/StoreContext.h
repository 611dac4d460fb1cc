// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include "RowVersions.h"

#include <functional>

namespace jiaohe {

class Database;

// What the parts of the store share: the database, the clock and the system user (seams for tests), who
// the audit names, the fault injector of the tests, and the prepared statements of an import batch.
class StoreContext
{
public:
    explicit StoreContext(Database& db);

    Database& db() const { return m_db; }

    // Who appears in the audit log: the reviewer's name set in the database, else the system user.
    QString reviewer() const;
    // The settings key of the reviewer's name, as an SQL expression: 'reviewer' on a file; on a server one per
    // database user, 'reviewer:' || session_user, so team members never overwrite one another's name.
    QString reviewerKey() const;
    // Now, as the audit and the rows write it (one moment for a whole import batch).
    QString now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setSystemUser(const QString& user) { m_systemUser = user; }
    QString systemUser() const { return m_systemUser; }

    // Decisions taken elsewhere (`jiaohe decisions apply`): recorded under their own reviewer and time until
    // cleared. Empty arguments leave the reviewer or the clock as they are.
    void setOnBehalf(const QString& reviewer, const QString& at)
    {
        m_onBehalfReviewer = reviewer;
        m_onBehalfAt = at;
    }

    // An import batch: one reviewer, one moment, the same prepared statements for every report.
    void beginBatch();
    void endBatch();
    // A prepared statement: kept for the whole import batch (prepared once, not per report); outside a batch
    // a fresh one, valid until the next call.
    QSqlQuery& statement(const QString& sql);

    // The row versions this client read (through ReviewStore's reads) and its actions wrote.
    RowVersions& versions() { return m_versions; }
    // Whether the last action was refused because its row changed since this client read it.
    bool conflicted() const { return m_conflict; }
    void setConflicted(bool conflict) { m_conflict = conflict; }

    // Tells the server's other clients that the report changed (delivered when the running transaction commits);
    // nothing on SQLite. False with the database's error set when the server refused it.
    bool notifyChanged(qint64 reportId);

    // The store's own message for refused input (cleared at the start of every action), else the database's.
    QString error() const;
    void clearError();
    // Sets the message and returns false, for `return refuse(...)`.
    bool refuse(const QString& message);

    // Test hook: called inside every action's transaction before it commits; returning false makes the
    // action fail as a database error would (to prove it leaves no trace).
    void setFaultInjector(std::function<bool(const QString& action)> injector) { m_fault = std::move(injector); }
    // True (and the database's error set) when the injector fails this action.
    bool injected(const QString& action);

private:
    Database& m_db;
    std::function<QDateTime()> m_clock;
    std::function<bool(const QString&)> m_fault;
    QString m_systemUser;
    QString m_error;
    QString m_onBehalfReviewer;
    QString m_onBehalfAt;
    QString m_batchReviewer;
    QString m_batchNow;
    QHash<QString, QSqlQuery> m_statements;
    QSqlQuery m_scratch;
    RowVersions m_versions;
    bool m_conflict = false;
};

} // namespace jiaohe
