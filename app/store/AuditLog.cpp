// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "StoreContext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

namespace {

QVariant orNull(const QString& text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant orNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

AuditEntry AuditEntry::ofField(qint64 reportId, const QString& key, const QString& action, const QString& oldValue,
                               const QString& newValue, const QString& reason)
{
    AuditEntry e = ofReport(reportId, action, oldValue, newValue, reason);
    e.fieldKey = key;
    return e;
}

AuditEntry AuditEntry::ofFlag(qint64 reportId, qint64 flagId, const QString& action, const QString& oldValue,
                              const QString& newValue, const QString& reason)
{
    AuditEntry e = ofReport(reportId, action, oldValue, newValue, reason);
    e.flagId = flagId;
    return e;
}

AuditEntry AuditEntry::ofReport(qint64 reportId, const QString& action, const QString& oldValue,
                                const QString& newValue, const QString& reason)
{
    AuditEntry e;
    e.reportId = reportId;
    e.action = action;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    return e;
}

bool AuditLog::write(const AuditEntry& e)
{
    QSqlQuery& q = m_context.statement(
        QStringLiteral("INSERT INTO audit(at, who, report_id, field_key, flag_id, action, old_value, new_value, "
                       "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_context.now());
    q.addBindValue(m_context.reviewer());
    q.addBindValue(orNull(e.reportId));
    q.addBindValue(e.fieldKey.isEmpty() ? QVariant() : QVariant(e.fieldKey));
    q.addBindValue(orNull(e.flagId));
    q.addBindValue(e.action);
    q.addBindValue(orNull(e.oldValue));
    q.addBindValue(orNull(e.newValue));
    q.addBindValue(e.reason.isEmpty() ? QVariant() : QVariant(e.reason));
    return q.exec() || m_context.db().fail(QStringLiteral("write the audit log"), q.lastError().databaseText());
}

QList<AuditEntry> AuditLog::entries(qint64 reportId)
{
    QList<AuditEntry> out;
    QSqlQuery q(m_context.db().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, who, report_id, field_key, flag_id, action, old_value, new_value, reason "
                             "FROM audit WHERE report_id = ? ORDER BY id"));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("read the audit log"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.who = q.value(2).toString();
        e.reportId = q.value(3).toLongLong();
        e.fieldKey = q.value(4).toString();
        e.flagId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.oldValue = q.value(7).toString();
        e.newValue = q.value(8).toString();
        e.reason = q.value(9).toString();
        out.append(e);
    }
    return out;
}

} // namespace jiaohe
