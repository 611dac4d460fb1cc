// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreContext.h"

#include "Database.h"

#include <QSqlError>

namespace jiaohe {

StoreContext::StoreContext(Database& db) : m_db(db)
{
    m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_systemUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("reviewer")));
}

QString StoreContext::now() const
{
    if (!m_batchNow.isEmpty()) {
        return m_batchNow; // one import batch is one moment
    }
    if (!m_onBehalfAt.isEmpty()) {
        return m_onBehalfAt;
    }
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

QString StoreContext::reviewer() const
{
    if (!m_batchReviewer.isEmpty()) {
        return m_batchReviewer;
    }
    if (!m_onBehalfReviewer.isEmpty()) {
        return m_onBehalfReviewer;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = %1").arg(reviewerKey()));
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty()) {
        return q.value(0).toString();
    }
    return m_systemUser;
}

QString StoreContext::reviewerKey() const
{
    // On a server every team member has a name of their own, under their database user's key; a file sits on one
    // desk and has one.
    return m_db.isServer() ? QStringLiteral("'reviewer:' || session_user") : QStringLiteral("'reviewer'");
}

void StoreContext::beginBatch()
{
    m_error.clear();
    m_batchReviewer = reviewer();
    m_batchNow = now();
}

void StoreContext::endBatch()
{
    m_batchReviewer.clear();
    m_batchNow.clear();
    m_statements.clear();
}

QSqlQuery& StoreContext::statement(const QString& sql)
{
    if (m_batchNow.isEmpty()) {
        // Outside an import batch nothing is kept: the connection may close or reopen between actions.
        m_scratch = QSqlQuery(m_db.connection());
        m_scratch.prepare(sql);
        return m_scratch;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db.connection()));
        it->prepare(sql);
    }
    return *it;
}

bool StoreContext::notifyChanged(qint64 reportId)
{
    const QString sql = m_db.dialect().notifyChange();
    if (sql.isEmpty() || reportId <= 0) {
        return true;
    }
    QSqlQuery& q = statement(sql);
    q.addBindValue(QString::number(reportId));
    if (!q.exec()) {
        return m_db.fail(QStringLiteral("notify the other clients"), q.lastError().databaseText());
    }
    q.finish();
    return true;
}

QString StoreContext::error() const
{
    return m_error.isEmpty() ? m_db.error() : m_error;
}

void StoreContext::clearError()
{
    m_error.clear();
    m_conflict = false;
    m_db.clearError(); // an earlier action's failure is not this one's
}

bool StoreContext::refuse(const QString& message)
{
    m_error = message;
    return false;
}

bool StoreContext::injected(const QString& action)
{
    if (m_fault && !m_fault(action)) {
        m_db.fail(action, QStringLiteral("injected failure"));
        return true;
    }
    return false;
}

} // namespace jiaohe
