// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Claims.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace jiaohe {

class ReviewSession;

// The claim of the report under review (Claims in the store): the report opened for review is claimed, and the
// one left (another report opened, the database closed, the window closed) released; the claim is refreshed as
// the reviewer decides (at most once a minute), so it goes stale only when nobody works on it. A report someone
// else holds is shown read-only (the session's readOnlyReason, which refuses every decision and disables the
// actions) until its claim goes away or goes stale (looked at again every minute) or the reviewer takes it over.
class ClaimKeeper : public QObject
{
    Q_OBJECT

public:
    explicit ClaimKeeper(ReviewSession* session, QObject* parent = nullptr);

    // Someone else's live claim on the report shown (the banner names them and offers to take over); nothing when
    // the report is this reviewer's, or read-only for another reason (a reader's role).
    const std::optional<Claim>& heldByOther() const { return m_other; }
    // Whether this reviewer holds the report shown.
    bool holdsCurrent() const;
    // Takes the report shown over from whoever holds it, with the reason (audited). False with error() when
    // refused (no reason, not a lead while the claim is live) or on a database error.
    bool takeOver(const QString& reason);
    QString error() const { return m_error; }

    // Looks at the report's claim again: claims a report that became free, refreshes this reviewer's claim, and
    // notices a claim taken over. The timer calls it every minute (tick).
    void check();

Q_SIGNALS:
    // The claim of the report shown changed, or may have (the banner follows).
    void changed();
    // Others' claims may have changed (the queue shows them): every minute, and when the report shown turned out
    // to be someone else's. Not on every switch, which changes only this reviewer's own claims.
    void claimsMayHaveChanged();

private:
    void databaseChanged();
    void tick();
    void reportChanged(qint64 reportId);
    void release();
    void applyExpiry();
    // After a decision: the claim refreshed when a minute has passed; after a refusal, looked at again.
    void changedElsewhere(const QList<qint64>& reportIds);
    void decided(bool ok);

    ReviewSession* m_session = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_claimed = 0; // the report this reviewer holds (0: none)
    std::optional<Claim> m_other;
    QDateTime m_refreshed;
    QString m_error;
};

} // namespace jiaohe
