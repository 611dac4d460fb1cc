// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace jiaohe {

class AuditLog;
class StoreContext;

// A report's claim: who is reviewing it and since when.
struct Claim
{
    qint64 reportId = 0;
    QString holder;    // the database user on a server, the system user on a file
    QString since;     // ISO 8601, UTC: claimed, or last refreshed while the holder worked
    bool live = false; // not stale: refreshed within the expiry time (a stale claim counts as free)
    bool mine = false; // held by this client's user
};

// Who reviews which report (the claims table). Opening a report for review claims it; while the claim is live,
// others read the report but their writes are refused (ReviewActions asks allowsWrite), unless they take the
// claim over, which needs a reason and is written to the audit. A claim not refreshed within the expiry time is
// stale and counts as free: a reviewer who went home does not lock a report for good.
//
// Who holds a claim: on a server the database user (session_user), on a file the system user (a seam for the
// tests); the name the audit gives the reviewer is the person's own on a server (a setting per database user) and
// the file's one setting on a file. On a server
// readers (no INSERT on claims) never claim, and a live claim of someone else is taken over only by a member of
// jiaohe_lead; on a file, kept on one desk, anyone may.
class Claims
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Claims)
public:
    static constexpr int DefaultExpiryMinutes = 30;

    Claims(StoreContext& context, AuditLog& audit) : m_context(context), m_audit(audit) {}

    void setExpiryMinutes(int minutes) { m_expiryMinutes = minutes > 0 ? minutes : DefaultExpiryMinutes; }
    int expiryMinutes() const { return m_expiryMinutes; }

    // This client's user, as claims name it.
    QString who();
    // Whether this user may claim (false for a server's readers).
    bool canClaim();
    // Whether this user may take over a live claim of someone else and reopen a reviewed report (a server's
    // jiaohe_lead and superusers; anyone on a file).
    bool isLead();

    // Claims the report, or refreshes this user's claim (its time set to now). False when someone else holds a
    // live claim (current() says who; error() too) or on a database error. Atomic: of two users claiming at once,
    // one wins.
    bool claim(qint64 reportId);
    // Gives up this user's claim (none held: nothing happens).
    bool release(qint64 reportId);
    // Takes the claim from whoever holds it, with the reason written to the audit (claim_takeover: from whom, to
    // whom, why). A live claim of someone else needs isLead(); an empty reason is refused.
    bool takeOver(qint64 reportId, const QString& reason);
    // The report's claim (nothing when none was ever made or it was released); stale ones too (live false).
    std::optional<Claim> current(qint64 reportId);

    // Whether this user may write to the report now: true when it is unclaimed, claimed by this user or stale;
    // otherwise false with error() naming who holds it since when, and who took it over (and why) when this
    // client held it before. Called inside an action's transaction.
    bool allowsWrite(qint64 reportId);

    // Whether a claim made or refreshed at `since` is still live at `now`.
    bool isLive(const QString& since, const QDateTime& now) const;
    // "in review by zhang since 10:32" (the time in the local time zone; the date too when not today).
    static QString describe(const QString& holder, const QString& since, const QDateTime& now);
    // The same, short, for a narrow column: "zhang since 10:32" (describe() as its tooltip).
    static QString describeShort(const QString& holder, const QString& since, const QDateTime& now);
    // The time of `since` as the messages show it: 10:32 today, 2026-12-05 10:32 before.
    static QString sinceText(const QString& since, const QDateTime& now);
    // Now by the store's clock (a seam for tests).
    QDateTime now() const;

private:
    std::optional<Claim> read(qint64 reportId, bool lock);
    // Whoever holds the claim now, and since when, in the words of a refusal.
    QString heldMessage(const Claim& claim);

    StoreContext& m_context;
    AuditLog& m_audit;
    int m_expiryMinutes = DefaultExpiryMinutes;
    QString m_who;
    std::optional<bool> m_canClaim;
    std::optional<bool> m_isLead;
    QSet<qint64> m_held; // the reports this client claimed and has not released
};

} // namespace jiaohe
