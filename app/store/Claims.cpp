// SPDX-License-Identifier: GPL-3.0-or-later
#include "Claims.h"

#include "AuditLog.h"
#include "Database.h"
#include "StoreContext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

QDateTime Claims::now() const
{
    return QDateTime::fromString(m_context.now(), Qt::ISODateWithMs);
}

QString Claims::who()
{
    if (!m_context.db().isServer()) {
        return m_context.systemUser(); // read each time: the tests' seam may change it
    }
    if (m_who.isEmpty()) {
        QSqlQuery q(m_context.db().connection());
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next()) {
            m_who = q.value(0).toString();
        }
    }
    return m_who;
}

bool Claims::canClaim()
{
    if (!m_context.db().isServer()) {
        return true;
    }
    if (!m_canClaim) {
        QSqlQuery q(m_context.db().connection());
        m_canClaim =
            q.exec(QStringLiteral("SELECT has_table_privilege('claims', 'INSERT')")) && q.next() && q.value(0).toBool();
    }
    return *m_canClaim;
}

bool Claims::isLead()
{
    if (!m_context.db().isServer()) {
        return true; // a file on one desk: nobody to ask
    }
    if (!m_isLead) {
        // pg_has_role fails on a role that does not exist (a server where `jiaohe server init` never ran): then
        // only a superuser leads.
        QSqlQuery q(m_context.db().connection());
        m_isLead =
            q.exec(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jiaohe_lead') "
                                  "THEN pg_has_role('jiaohe_lead', 'MEMBER') "
                                  "ELSE (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) END")) &&
            q.next() && q.value(0).toBool();
    }
    return *m_isLead;
}

bool Claims::isLive(const QString& since, const QDateTime& now) const
{
    const QDateTime at = QDateTime::fromString(since, Qt::ISODateWithMs);
    return at.isValid() && at.addSecs(qint64(m_expiryMinutes) * 60) > now;
}

QString Claims::sinceText(const QString& since, const QDateTime& now)
{
    const QDateTime at = QDateTime::fromString(since, Qt::ISODateWithMs).toLocalTime();
    return at.date() == now.toLocalTime().date() ? at.toString(QStringLiteral("HH:mm"))
                                                 : at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Claims::describe(const QString& holder, const QString& since, const QDateTime& now)
{
    return tr("in review by %1 since %2").arg(holder, sinceText(since, now));
}

QString Claims::describeShort(const QString& holder, const QString& since, const QDateTime& now)
{
    return tr("%1 since %2", "who is reviewing the report since when, in the queue's Status column")
        .arg(holder, sinceText(since, now));
}

std::optional<Claim> Claims::read(qint64 reportId, bool lock)
{
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT claimed_by, since FROM claims WHERE report_id = ?") +
              (lock ? m_context.db().dialect().lockRead() : QString()));
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("read the report's claim"), q.lastError().databaseText());
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt;
    }
    Claim c;
    c.reportId = reportId;
    c.holder = q.value(0).toString();
    c.since = q.value(1).toString();
    c.live = isLive(c.since, now());
    c.mine = c.holder == who();
    return c;
}

std::optional<Claim> Claims::current(qint64 reportId)
{
    m_context.clearError();
    return read(reportId, false);
}

QString Claims::heldMessage(const Claim& claim)
{
    return tr("%1 has been reviewing this report since %2: it is read-only for you unless you take it over.")
        .arg(claim.holder, sinceText(claim.since, now()));
}

bool Claims::claim(qint64 reportId)
{
    m_context.clearError();
    if (!canClaim()) {
        return m_context.refuse(tr("Your database role only reads (jiaohe_reader): you can read this report but not "
                                   "claim it for review."));
    }
    const QString me = who();
    const QString at = m_context.now();
    const QString staleBefore = now().addSecs(-qint64(m_expiryMinutes) * 60).toString(Qt::ISODateWithMs);
    const QString user = m_context.db().dialect().sessionUser();
    bool won = false;
    const bool ok = m_context.db().transaction([&] {
        // A new claim; of two clients inserting at once the server keeps one row and the other inserts nothing.
        QSqlQuery q(m_context.db().connection());
        q.prepare(QStringLiteral("INSERT INTO claims(report_id, claimed_by, db_user, since) VALUES (?, ?, %1, ?) "
                                 "ON CONFLICT (report_id) DO NOTHING")
                      .arg(user));
        for (const QVariant& v : {QVariant(reportId), QVariant(me), QVariant(at)}) {
            q.addBindValue(v);
        }
        if (!q.exec()) {
            return m_context.db().fail(QStringLiteral("claim the report"), q.lastError().databaseText());
        }
        if (q.numRowsAffected() == 1) {
            won = true;
            return m_context.notifyChanged(reportId); // others' queues show the new claim (not each refresh)
        }
        // Held already: refreshed when it is this user's, taken when it is stale (the condition is checked on
        // the row as it is when written, so a claim refreshed meanwhile is not taken).
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral("UPDATE claims SET claimed_by = ?, db_user = %1, since = ? "
                                 "WHERE report_id = ? AND (claimed_by = ? OR since < ?)")
                      .arg(user));
        for (const QVariant& v :
             {QVariant(me), QVariant(at), QVariant(reportId), QVariant(me), QVariant(staleBefore)}) {
            u.addBindValue(v);
        }
        if (!u.exec()) {
            return m_context.db().fail(QStringLiteral("claim the report"), u.lastError().databaseText());
        }
        won = u.numRowsAffected() == 1;
        return true;
    });
    if (!ok) {
        return false;
    }
    if (!won) {
        const std::optional<Claim> held = read(reportId, false);
        return m_context.refuse(held ? heldMessage(*held) : tr("the report could not be claimed; try again"));
    }
    m_held.insert(reportId);
    return true;
}

bool Claims::release(qint64 reportId)
{
    m_context.clearError();
    m_held.remove(reportId);
    if (!canClaim()) {
        return true; // a reader holds nothing
    }
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("DELETE FROM claims WHERE report_id = ? AND claimed_by = ?"));
    q.addBindValue(reportId);
    q.addBindValue(who());
    if (!q.exec()) {
        return m_context.db().fail(QStringLiteral("release the report's claim"), q.lastError().databaseText());
    }
    return q.numRowsAffected() == 0 || m_context.notifyChanged(reportId);
}

bool Claims::takeOver(qint64 reportId, const QString& reason)
{
    m_context.clearError();
    const std::optional<Claim> held = read(reportId, false);
    if (!held || held->mine) {
        return claim(reportId); // nobody else's: nothing to take over
    }
    if (reason.trimmed().isEmpty()) {
        return m_context.refuse(
            tr("Say why you take over the report: %1 reads the reason in its history.").arg(held->holder));
    }
    if (!canClaim()) {
        return claim(reportId); // refused in the reader's words
    }
    if (held->live && !isLead()) {
        return m_context.refuse(
            tr("%1 has been reviewing this report since %2. Only a lead (database role "
               "jiaohe_lead) may take over a claim in use; ask one, or wait until the claim "
               "expires (%3 minutes without work).")
                .arg(held->holder, sinceText(held->since, now()), QString::number(m_expiryMinutes)));
    }
    const QString me = who();
    const bool ok = m_context.db().transaction([&] {
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral("UPDATE claims SET claimed_by = ?, db_user = %1, since = ? "
                                 "WHERE report_id = ? AND claimed_by = ?")
                      .arg(m_context.db().dialect().sessionUser()));
        for (const QVariant& v :
             {QVariant(me), QVariant(m_context.now()), QVariant(reportId), QVariant(held->holder)}) {
            u.addBindValue(v);
        }
        if (!u.exec()) {
            return m_context.db().fail(QStringLiteral("take over the claim"), u.lastError().databaseText());
        }
        if (u.numRowsAffected() != 1) {
            return m_context.refuse(tr("The claim changed while you were taking it over; look again."));
        }
        return m_audit.write(AuditEntry::ofReport(reportId, QStringLiteral("claim_takeover"), held->holder, me,
                                                  reason.trimmed())) &&
               m_context.notifyChanged(reportId);
    });
    if (ok) {
        m_held.insert(reportId);
    }
    return ok;
}

bool Claims::allowsWrite(qint64 reportId)
{
    const std::optional<Claim> held = read(reportId, true);
    if (!held) {
        return m_context.db().error().isEmpty();
    }
    if (held->mine || !held->live) {
        return true;
    }
    if (!m_held.contains(reportId)) {
        return m_context.refuse(heldMessage(*held));
    }
    // This client held the claim: someone took it over. Their reason, from the audit, says why.
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT reason FROM audit WHERE report_id = ? AND action = 'claim_takeover' "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(reportId);
    const QString reason = q.exec() && q.next() ? q.value(0).toString() : QString();
    const QString when = sinceText(held->since, now());
    return m_context.refuse(reason.isEmpty()
                                ? tr("%1 took over this report at %2; your change was not saved. The report is "
                                     "read-only for you now.")
                                      .arg(held->holder, when)
                                : tr("%1 took over this report at %2 (%3); your change was not saved. The report "
                                     "is read-only for you now.")
                                      .arg(held->holder, when, reason));
}

} // namespace jiaohe
