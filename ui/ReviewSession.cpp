// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewSession.h"

#include "LiveUpdates.h"
#include "ReviewCommands.h"

#include <QFileInfo>
#include <QUndoStack>

namespace jiaohe {

// The store still takes the status codes as strings: the conversions (toString) are all in this file, so that
// they go in one place when the store takes the enums.

ReviewSession::ReviewSession(QObject* parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_live = new LiveUpdates(this);
}

ReviewSession::~ReviewSession()
{
    m_undoStack->clear(); // the commands call the session on their way out
    if (m_store) {
        Q_EMIT closing();
    }
}

bool ReviewSession::open(const QString& path)
{
    // The new database is opened beside the one in use, which stays open when the new one cannot be (a file
    // that is not a review database must not cost the reviewer the one they were working in).
    auto next = std::make_unique<Database>();
    if (!next->open(path)) {
        m_error = next->error();
        return false;
    }
    close();
    m_db = std::move(next);
    if (!m_db->isServer()) {
        m_db->setWaitLimit(WindowWaitMs); // opened with the full wait: an upgrade may wait for a batch import
    }
    m_store = std::make_unique<ReviewStore>(*m_db);
    if (!m_reviewer.isEmpty() && m_store->reviewer() != m_reviewer) {
        m_store->setReviewer(m_reviewer); // the audit trail names the person set in the preferences
    }
    m_error.clear();
    Q_EMIT databaseChanged();
    return true;
}

void ReviewSession::followFields(QObject* receiver, const std::function<void()>& reload,
                                 const std::function<void(const QString& key)>& field,
                                 const std::function<void()>& flags)
{
    connect(this, &ReviewSession::currentReportChanged, receiver, reload);
    connect(this, &ReviewSession::databaseChanged, receiver, reload);
    connect(this, &ReviewSession::fieldChanged, receiver, [this, field](qint64 reportId, const QString& key) {
        if (reportId == m_currentReport) {
            field(key);
        }
    });
    auto ofShown = [this, flags](qint64 reportId) {
        if (reportId == m_currentReport) {
            flags();
        }
    };
    connect(this, &ReviewSession::flagsChanged, receiver, ofShown);
    connect(this, &ReviewSession::flagChanged, receiver, ofShown);
}

void ReviewSession::close()
{
    m_undoStack->clear(); // the commands belong to the database being closed
    const bool wasOpen = m_store != nullptr;
    if (wasOpen) {
        Q_EMIT closing();
    }
    const bool hadReport = m_currentReport > 0;
    m_currentReport = 0;
    m_currentText.clear();
    m_reportRow.reset();
    m_flags.reset();
    m_store.reset();
    m_db->close();
    if (hadReport) {
        Q_EMIT currentReportChanged(0);
    }
    if (wasOpen) {
        Q_EMIT databaseChanged();
    }
}

void ReviewSession::setCurrentReport(qint64 reportId, bool reload)
{
    if (!m_store) {
        reportId = 0;
    }
    if (reportId == m_currentReport && !reload) {
        return;
    }
    m_currentReport = reportId;
    m_currentText = reportId > 0 ? m_store->originalText(reportId) : QString();
    m_reportRow.reset();
    m_flags.reset();
    Q_EMIT currentReportChanged(reportId);
}

const std::optional<StoredReport>& ReviewSession::currentReportRow()
{
    if (!m_reportRow) {
        m_reportRow = m_store && m_currentReport > 0 ? m_store->report(m_currentReport) : std::nullopt;
    }
    return *m_reportRow;
}

const QList<StoredFlag>& ReviewSession::currentFlags()
{
    if (!m_flags) {
        m_flags = m_store && m_currentReport > 0 ? m_store->flags(m_currentReport) : QList<StoredFlag>();
    }
    return *m_flags;
}

bool ReviewSession::setReviewer(const QString& name)
{
    m_reviewer = name;
    if (m_store && !name.isEmpty() && m_store->reviewer() != name && !m_store->setReviewer(name)) {
        m_error = m_store->error();
        return false;
    }
    return true;
}

std::optional<StoredField> ReviewSession::field(qint64 reportId, const QString& key) const
{
    if (m_store) {
        for (const StoredField& f : m_store->fields(reportId)) {
            if (f.key == key) {
                return f;
            }
        }
    }
    return std::nullopt;
}

std::optional<StoredField> ReviewSession::storedField(qint64 reportId, const QString& key) const
{
    if (m_store) {
        for (const StoredField& f : m_store->fieldsAsStored(reportId)) {
            if (f.key == key) {
                return f;
            }
        }
    }
    return std::nullopt;
}

std::optional<StoredFlag> ReviewSession::storedFlag(qint64 reportId, qint64 flagId) const
{
    if (m_store) {
        for (const StoredFlag& f : m_store->flagsAsStored(reportId)) {
            if (f.id == flagId) {
                return f;
            }
        }
    }
    return std::nullopt;
}

std::optional<StoredFlag> ReviewSession::flag(qint64 reportId, qint64 flagId) const
{
    if (m_store) {
        for (const StoredFlag& f : m_store->flags(reportId, true)) {
            if (f.id == flagId) {
                return f;
            }
        }
    }
    return std::nullopt;
}

std::optional<ReportStatus> ReviewSession::reportStatus(qint64 reportId) const
{
    const std::optional<StoredReport> r = m_store ? m_store->report(reportId) : std::nullopt;
    return r ? std::optional<ReportStatus>(r->status) : std::nullopt;
}

bool ReviewSession::needStore()
{
    if (!m_store) {
        m_error = tr("no review database is open");
    } else if (!m_readOnly.isEmpty()) {
        // The report shown is read-only (a command switches to its report before it runs, so it is this one).
        m_error = m_readOnly;
        return false;
    }
    return m_store != nullptr;
}

void ReviewSession::setReadOnlyReason(const QString& reason)
{
    if (reason != m_readOnly) {
        m_readOnly = reason;
        Q_EMIT readOnlyChanged();
    }
}

bool ReviewSession::fieldDone(bool ok, qint64 reportId, const QString& key)
{
    if (!ok) {
        m_error = m_store->error();
        if (m_store->conflicted()) {
            // Another reviewer changed the row since it was shown: show theirs (the models read it again).
            m_flags.reset();
            Q_EMIT fieldChanged(reportId, key);
            Q_EMIT flagsChanged(reportId);
        }
        return false;
    }
    // The store re-ran the checks in the same transaction: the flags may have followed the field.
    m_flags.reset();
    Q_EMIT fieldChanged(reportId, key);
    Q_EMIT flagsChanged(reportId);
    return true;
}

bool ReviewSession::setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note)
{
    return needStore() && fieldDone(m_store->setFieldStatus(reportId, key, status, note), reportId, key);
}

bool ReviewSession::correctField(qint64 reportId, const QString& key, double value, FieldStatus status,
                                 const QString& note)
{
    return needStore() && fieldDone(m_store->correctField(reportId, key, value, status, note), reportId, key);
}

bool ReviewSession::assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                                qsizetype end)
{
    return needStore() && fieldDone(m_store->assignField(reportId, key, value, unit, start, end), reportId, key);
}

bool ReviewSession::restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot)
{
    return needStore() && fieldDone(m_store->restoreField(reportId, key, snapshot), reportId, key);
}

bool ReviewSession::resolveFlag(qint64 reportId, qint64 flagId, Resolution resolution, const QString& reason)
{
    if (!needStore()) {
        return false;
    }
    if (!m_store->resolveFlag(flagId, resolution, reason)) {
        m_error = m_store->error();
        if (m_store->conflicted()) {
            m_flags.reset();
            Q_EMIT flagChanged(reportId, flagId);
        }
        return false;
    }
    m_flags.reset();
    Q_EMIT flagChanged(reportId, flagId);
    return true;
}

bool ReviewSession::restoreFlag(qint64 reportId, qint64 flagId, const StoredFlag& snapshot)
{
    if (!needStore()) {
        return false;
    }
    if (!m_store->restoreFlag(flagId, snapshot)) {
        m_error = m_store->error();
        if (m_store->conflicted()) {
            m_flags.reset();
            Q_EMIT flagChanged(reportId, flagId);
        }
        return false;
    }
    m_flags.reset();
    Q_EMIT flagChanged(reportId, flagId);
    return true;
}

bool ReviewSession::acceptSuggestion(qint64 reportId, qint64 flagId, QString* fieldKey)
{
    QString key;
    if (!needStore() || !fieldDone(m_store->acceptSuggestion(flagId, &key), reportId, key)) {
        return false;
    }
    if (fieldKey) {
        *fieldKey = key;
    }
    Q_EMIT flagChanged(reportId, flagId);
    return true;
}

bool ReviewSession::restoreAccepted(qint64 reportId, const QString& key, const std::optional<StoredField>& field,
                                    qint64 flagId, const StoredFlag& flag)
{
    if (!needStore() || !fieldDone(m_store->restoreAccepted(reportId, key, field, flagId, flag), reportId, key)) {
        return false;
    }
    Q_EMIT flagChanged(reportId, flagId);
    return true;
}

bool ReviewSession::setReportStatus(qint64 reportId, ReportStatus status)
{
    if (!needStore()) {
        return false;
    }
    if (!m_store->setReportStatus(reportId, status)) {
        m_error = m_store->error();
        if (m_store->conflicted()) {
            m_reportRow.reset();
            Q_EMIT reportStatusChanged(reportId);
        }
        return false;
    }
    m_reportRow.reset();
    Q_EMIT reportStatusChanged(reportId);
    return true;
}

bool ReviewSession::setFieldNote(qint64 reportId, const QString& key, const QString& note)
{
    if (!needStore()) {
        return false;
    }
    if (!m_store->setFieldNote(reportId, key, note)) {
        m_error = m_store->error();
        return false;
    }
    Q_EMIT fieldChanged(reportId, key); // a note re-runs no check: the flags stay as they are
    return true;
}

bool ReviewSession::setReportNote(qint64 reportId, const QString& note)
{
    if (!needStore()) {
        return false;
    }
    if (!m_store->setReportNote(reportId, note)) {
        m_error = m_store->error();
        return false;
    }
    m_reportRow.reset();
    Q_EMIT reportNoteChanged(reportId);
    return true;
}

std::optional<QString> ReviewSession::reportNote(qint64 reportId) const
{
    const std::optional<StoredReport> r = m_store ? m_store->report(reportId) : std::nullopt;
    return r ? std::optional<QString>(r->note) : std::nullopt;
}

void ReviewSession::reloadChangedElsewhere(const QList<qint64>& reportIds)
{
    if (!m_store) {
        return;
    }
    Q_EMIT changedElsewhere(reportIds);
    const qint64 id = m_currentReport;
    if (id <= 0 || (!reportIds.isEmpty() && !reportIds.contains(id))) {
        return;
    }
    m_reportRow.reset();
    m_flags.reset();
    for (const QString& key : m_store->fieldsChangedSinceRead(id)) {
        Q_EMIT fieldChanged(id, key);
    }
    Q_EMIT flagsChanged(id);
    Q_EMIT reportStatusChanged(id);
    Q_EMIT reportNoteChanged(id);
}

bool ReviewSession::push(ReviewCommand* command)
{
    m_error.clear();
    bool failed = false;
    const QMetaObject::Connection watch =
        connect(this, &ReviewSession::actionDone, this, [&failed](bool ok) { failed = failed || !ok; });
    m_undoStack->push(command); // redo() runs the action; a failed one is obsolete and dropped by the stack
    disconnect(watch);
    return !failed;
}

void ReviewSession::reportOutcome(bool ok, const QString& error)
{
    m_error = ok ? QString() : error;
    Q_EMIT actionDone(ok, error);
}

QString ReviewSession::title() const
{
    return m_db->isServer() ? m_db->serverName() : QFileInfo(m_db->path()).fileName();
}

} // namespace jiaohe
