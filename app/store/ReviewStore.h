// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "Claims.h"
#include "Database.h"
#include "FlagSync.h"
#include "Records.h"
#include "ReportImporter.h"
#include "ReportRepository.h"
#include "ReviewActions.h"
#include "Status.h"
#include "StoreContext.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace jiaohe {

class Analysis;

// The reviewer's record: every report, field, correction and flag decision in the database. One object for
// its users (the import, the window, the commands), made of parts with one concern each: the reads
// (ReportRepository), the import (ReportImporter), the reviewer's actions (ReviewActions), the flags kept in
// step with the checks (FlagSync) and the audit log (AuditLog), sharing a StoreContext. Every action is one
// transaction committed at once, with an append-only audit entry saying who changed what, when, from what to
// what.
class ReviewStore
{
public:
    explicit ReviewStore(Database& db);

    // Who appears in the audit log: the reviewer's name in the settings, else the system user. On a server each
    // database user has a name of their own (the key "reviewer:" and the user); on a file the one "reviewer".
    QString reviewer() const { return m_context.reviewer(); }
    bool setReviewer(const QString& name);
    // Seams for tests: the clock and the system user name.
    void setClock(std::function<QDateTime()> clock) { m_context.setClock(std::move(clock)); }
    void setSystemUser(const QString& user) { m_context.setSystemUser(user); }

    using Imported = ReportImporter::Imported;
    using ImportOutcome = ReportImporter::Outcome;
    // Stores a report whole or not at all (one transaction). The Analysis must have been read from a file.
    ImportOutcome importAnalysis(const Analysis& analysis) { return m_importer.importBatch({&analysis}).first(); }
    // Several reports in one transaction (faster); each still whole. On a database error none of the
    // batch is stored and every outcome says so.
    QList<ImportOutcome> importBatch(const QList<const Analysis*>& analyses)
    {
        return m_importer.importBatch(analyses);
    }
    std::optional<qint64> reportWithHash(const QByteArray& contentHash)
    {
        return m_repository.reportWithHash(contentHash);
    }

    // Reviewer actions (ReviewActions): each one transaction with its audit entry, and the checks re-run in the
    // same transaction so the flags follow the corrections.
    bool setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note = QString())
    {
        return m_actions.setFieldStatus(reportId, key, status, note);
    }
    bool correctField(qint64 reportId, const QString& key, double value, FieldStatus status = FieldStatus::Corrected,
                      const QString& note = QString())
    {
        return m_actions.correctField(reportId, key, value, status, note);
    }
    bool assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                     qsizetype end)
    {
        return m_actions.assignField(reportId, key, value, unit, start, end);
    }
    bool restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot)
    {
        return m_actions.restoreField(reportId, key, snapshot);
    }
    bool setFieldNote(qint64 reportId, const QString& key, const QString& note)
    {
        return m_actions.setFieldNote(reportId, key, note);
    }
    bool resolveFlag(qint64 flagId, Resolution resolution, const QString& reason = QString())
    {
        return m_actions.resolveFlag(flagId, resolution, reason);
    }
    // A flag's suggested fix taken: the field corrected and the flag decided "fixed" with the value, together.
    bool acceptSuggestion(qint64 flagId, QString* fieldKey = nullptr)
    {
        return m_actions.acceptSuggestion(flagId, fieldKey);
    }
    bool restoreFlag(qint64 flagId, const StoredFlag& snapshot) { return m_actions.restoreFlag(flagId, snapshot); }
    bool restoreAccepted(qint64 reportId, const QString& key, const std::optional<StoredField>& field, qint64 flagId,
                         const StoredFlag& flag)
    {
        return m_actions.restoreAccepted(reportId, key, field, flagId, flag);
    }
    bool setReportStatus(qint64 reportId, ReportStatus status) { return m_actions.setReportStatus(reportId, status); }
    bool setReportNote(qint64 reportId, const QString& note) { return m_actions.setReportNote(reportId, note); }
    // Decisions taken elsewhere (`jiaohe decisions apply`) keep their reviewer and time; empty: the usual ones.
    void setOnBehalf(const QString& reviewer, const QString& at) { m_context.setOnBehalf(reviewer, at); }

    // Reads (ReportRepository).
    std::optional<qint64> sameBodyReport(qint64 reportId, const QString& region, int year)
    {
        return m_repository.sameBodyReport(reportId, region, year);
    }
    // Every row read here is what this client saw: an action on it later is refused if another client changed it
    // in between (RowVersions).
    QList<StoredReport> reports(bool includeSuperseded = false);
    std::optional<StoredReport> report(qint64 id);
    QString originalText(qint64 reportId) { return m_repository.originalText(reportId); }
    std::optional<BoxCodec::Encoded> reportBoxes(qint64 reportId) { return m_repository.reportBoxes(reportId); }
    QList<StoredField> fields(qint64 reportId);
    // The keys of a report's fields that changed since this client read them (another client's decisions: the
    // version moved), came (never read) or went (read, now gone): what a window showing the report reads again.
    QStringList fieldsChangedSinceRead(qint64 reportId);
    QList<StoredFlag> flags(qint64 reportId, bool includeInactive = false);
    std::optional<StoredFlag> flagWithIdentity(qint64 reportId, const QString& identity);
    // The same rows read for an action's own use (the value an undo puts back): not what the reviewer saw, so not
    // recorded — a decision on a row that another client changed since the reviewer's window read it must still be
    // refused, even though the action read the row just before deciding.
    QList<StoredField> fieldsAsStored(qint64 reportId) { return m_repository.fields(reportId); }
    QList<StoredFlag> flagsAsStored(qint64 reportId) { return m_repository.flags(reportId, true); }
    // Whether the last action was refused because another client changed its row since this one read it (the
    // window then reads the row again).
    bool conflicted() const { return m_context.conflicted(); }
    StoreStats stats() { return m_repository.stats(); }
    QList<AuditEntry> auditEntries(qint64 reportId) { return m_audit.entries(reportId); }
    // Who reviews which report (Claims): every action on a report someone else holds a live claim on is refused.
    Claims& claims() { return m_claims; }

    QString error() const { return m_context.error(); }
    Database& database() const { return m_context.db(); }

    // Test hook: called inside every action's transaction before it commits; returning false makes the
    // action fail as a database error would (to prove it leaves no trace).
    void setFaultInjector(std::function<bool(const QString& action)> injector)
    {
        m_context.setFaultInjector(std::move(injector));
    }

private:
    StoreContext m_context;
    ReportRepository m_repository;
    AuditLog m_audit;
    Claims m_claims;
    FlagSync m_flags;
    ReportImporter m_importer;
    ReviewActions m_actions;
    QHash<qint64, QHash<qint64, QString>> m_fieldKeysRead; // report → field id → key, as fields() last read them
};

} // namespace jiaohe
