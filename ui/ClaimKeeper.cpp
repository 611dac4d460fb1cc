// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClaimKeeper.h"

#include "ReviewSession.h"
#include "support/Config.h"

#include <QTimer>

namespace jiaohe {

namespace {
// How often a refresh is written while the reviewer decides, and how often a claim is looked at again.
constexpr qint64 RefreshSeconds = 60;
constexpr int CheckIntervalMs = 60 * 1000;
} // namespace

ClaimKeeper::ClaimKeeper(ReviewSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("claimTimer"));
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ClaimKeeper::tick);
    connect(session, &ReviewSession::databaseChanged, this, &ClaimKeeper::databaseChanged);
    connect(session, &ReviewSession::currentReportChanged, this, &ClaimKeeper::reportChanged);
    connect(session, &ReviewSession::closing, this, &ClaimKeeper::release);
    connect(session, &ReviewSession::actionDone, this, &ClaimKeeper::decided);
    connect(session, &ReviewSession::changedElsewhere, this, &ClaimKeeper::changedElsewhere);
    connect(Config::instance(), &Config::changed, this, [this](Config::Key key) {
        if (key == Config::ClaimExpiryMinutes) {
            applyExpiry();
            tick(); // claims may have gone stale, or live again
        }
    });
    databaseChanged();
}

bool ClaimKeeper::holdsCurrent() const
{
    return m_claimed > 0 && m_claimed == m_session->currentReport();
}

void ClaimKeeper::applyExpiry()
{
    if (ReviewStore* store = m_session->store()) {
        store->claims().setExpiryMinutes(Config::instance()->get(Config::ClaimExpiryMinutes).toInt());
    }
}

void ClaimKeeper::databaseChanged()
{
    m_claimed = 0; // a closed database's claim was released as it closed
    applyExpiry();
    if (m_session->isOpen()) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    check();
}

void ClaimKeeper::tick()
{
    check();
    Q_EMIT claimsMayHaveChanged();
}

void ClaimKeeper::release()
{
    if (ReviewStore* store = m_session->store(); store && m_claimed > 0) {
        store->claims().release(m_claimed); // a failure leaves a claim that goes stale: nothing is lost
    }
    m_claimed = 0;
}

void ClaimKeeper::reportChanged(qint64 reportId)
{
    if (m_claimed > 0 && m_claimed != reportId) {
        release();
    }
    check();
}

void ClaimKeeper::check()
{
    ReviewStore* store = m_session->store();
    const qint64 reportId = m_session->currentReport();
    m_other.reset();
    m_error.clear();
    if (!store || reportId <= 0) {
        m_session->setReadOnlyReason(QString());
        Q_EMIT changed();
        return;
    }
    Claims& claims = store->claims();
    if (claims.claim(reportId)) {
        m_claimed = reportId;
        m_refreshed = claims.now();
        m_session->setReadOnlyReason(QString());
        Q_EMIT changed();
        return;
    }
    const QString failure = store->error();
    const std::optional<Claim> held = claims.current(reportId);
    if (!(held && held->live && !held->mine) && claims.canClaim()) {
        // Nobody else holds it: the claim could not be written (the database locked by another program, or full),
        // which the action that failed has said already. The report stays writable — every write still asks the
        // store, which refuses what it must — and the claim is tried again with the next decision or the next tick.
        Q_EMIT changed();
        return;
    }
    // Someone else holds it (or this reviewer may only read): read-only, saying who and since when — or who took it
    // over, when it was this reviewer's.
    QString reason = failure;
    if (!claims.allowsWrite(reportId)) {
        reason = store->error();
    }
    m_claimed = 0;
    if (held && held->live && !held->mine) {
        m_other = held;
    }
    m_session->setReadOnlyReason(reason.isEmpty() ? tr("This report cannot be claimed for review.") : reason);
    Q_EMIT changed();
    Q_EMIT claimsMayHaveChanged(); // the queue may not show this claim yet
}

// Another window or client changed the report shown: a claim taken over or given up is seen at once. A holder only
// reads (a refresh written here would be another window's change in turn, back and forth on a shared file).
void ClaimKeeper::changedElsewhere(const QList<qint64>& reportIds)
{
    ReviewStore* store = m_session->store();
    const qint64 reportId = m_session->currentReport();
    if (!store || reportId <= 0 || (!reportIds.isEmpty() && !reportIds.contains(reportId))) {
        return;
    }
    if (holdsCurrent()) {
        const std::optional<Claim> held = store->claims().current(reportId);
        if (held && held->mine) {
            return;
        }
    }
    check();
}

void ClaimKeeper::decided(bool ok)
{
    ReviewStore* store = m_session->store();
    if (!store) {
        return;
    }
    if (!ok || !holdsCurrent() || m_refreshed.secsTo(store->claims().now()) >= RefreshSeconds) {
        check();
    }
}

bool ClaimKeeper::takeOver(const QString& reason)
{
    ReviewStore* store = m_session->store();
    const qint64 reportId = m_session->currentReport();
    if (!store || reportId <= 0) {
        m_error = tr("Open a report first");
        return false;
    }
    if (!store->claims().takeOver(reportId, reason)) {
        m_error = store->error();
        Q_EMIT changed();
        return false;
    }
    m_error.clear();
    m_claimed = reportId;
    m_refreshed = store->claims().now();
    m_other.reset();
    m_session->setReadOnlyReason(QString());
    Q_EMIT changed();
    return true;
}

} // namespace jiaohe
