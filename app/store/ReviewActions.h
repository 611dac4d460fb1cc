// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"
#include "RowVersions.h"
#include "Status.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

namespace jiaohe {

class AuditLog;
class Claims;
class FlagSync;
class ReportRepository;
class StoreContext;
struct AuditEntry;

// The reviewer's actions. Each is one transaction: the rows changed, the audit entries saying from what to
// what, and the checks re-run with the corrections so that the flags follow them — all stored together or
// not at all. Refused input (a value that is not a number, a dismissal without a reason) changes nothing and
// says why in the context's error(). A decision identical to the one stored (Return on a confirmed field)
// succeeds and changes nothing: no row, no audit entry.
class ReviewActions
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ReviewActions)
public:
    ReviewActions(StoreContext& context, ReportRepository& repository, FlagSync& flags, AuditLog& audit, Claims& claims)
        : m_context(context), m_repository(repository), m_flags(flags), m_audit(audit), m_claims(claims)
    {}

    // A status that needs no value: confirmed, as printed (source error), not applicable, unreviewed. The
    // reviewer's value survives it: confirming a corrected field keeps it corrected, any other status keeps the
    // value beside (FieldState::after). An empty note keeps the field's note.
    bool setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note = QString());
    // The true value: Corrected (the extraction was wrong and this is what the report says) or AsPrinted (source
    // error: the report is wrong; the printed value stays, the intended one is kept beside it).
    bool correctField(qint64 reportId, const QString& key, double value, FieldStatus status = FieldStatus::Corrected,
                      const QString& note = QString());
    // The reviewer's note on a field, alone (an empty text removes it).
    bool setFieldNote(qint64 reportId, const QString& key, const QString& note);
    // Assign from text: the number at [start, end) of the report's original text becomes the field's value
    // and evidence, status corrected (a field the extractor missed gets its row here).
    bool assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                     qsizetype end);
    // Puts a field back exactly as a snapshot was, or removes it when there was none: the undo of an assignment.
    bool restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot);
    bool resolveFlag(qint64 flagId, Resolution resolution, const QString& reason = QString());
    // Accepts a flag's suggested fix: the field the suggestion is for (FlagTargets::fieldForSuggestion) is
    // corrected to its value and the flag is decided "fixed" with the value taken, who and when — one
    // transaction. `fieldKey` receives the field's key.
    bool acceptSuggestion(qint64 flagId, QString* fieldKey = nullptr);
    // Puts a flag's decision back exactly as a snapshot was (resolution, reason, who, when, value taken).
    bool restoreFlag(qint64 flagId, const StoredFlag& snapshot);
    // The undo of acceptSuggestion: the field and the flag as they were, in one transaction.
    bool restoreAccepted(qint64 reportId, const QString& key, const std::optional<StoredField>& field, qint64 flagId,
                         const StoredFlag& flag);
    // A reviewed report is reopened (any other status) only by a lead (Claims::isLead).
    bool setReportStatus(qint64 reportId, ReportStatus status);
    // The reviewer's note on the report as a whole (an empty text removes it).
    bool setReportNote(qint64 reportId, const QString& note);

private:
    // The shape of every action: in one transaction `change` writes the rows and returns the audit entry that
    // says what it did (nothing when it failed, its reason set); then the claim (someone else's live claim on the
    // report refuses the action), the entry, the checks again (recheck), and the tests' fault hook under `action`.
    bool act(const QString& action, bool recheck, const std::function<std::optional<AuditEntry>()>& change);
    // A field's decision (FieldState::after on the stored field), with its audit entry; nothing when the
    // decision changes nothing (`unchanged` set) or on an error.
    std::optional<AuditEntry> decideField(qint64 reportId, const QString& key, FieldStatus status,
                                          std::optional<double> value, const QString& note, bool* unchanged);
    // Whether the row is as this client last read it (or was never read by it); otherwise refused, the message
    // naming who changed it, when and to what (its latest audit entry), and the context's conflicted() set.
    bool unchangedSinceRead(RowVersions::Table table, qint64 id, int version, qint64 reportId, const QString& key);
    // Runs a write guarded by `version` (… AND version = ?): one row written, its new version staged; none written
    // means another client changed it in between (refused as a conflict).
    bool wroteOne(QSqlQuery& u, RowVersions::Table table, qint64 id, int version, const QString& what);
    // A field's status, the reviewer's value, the note, who and when.
    bool writeDecision(const StoredField& old, qint64 reportId, FieldStatus status, std::optional<double> reviewerValue,
                       const QString& note);
    // The row writes of the undo steps, each with its audit entry.
    std::optional<AuditEntry> writeFieldRow(qint64 reportId, const QString& key,
                                            const std::optional<StoredField>& snapshot);
    std::optional<AuditEntry> writeFlagRow(qint64 flagId, const StoredFlag& snapshot);
    // A flag's decision row: resolution, reason, who and when (none while open), the value taken.
    bool writeFlagDecision(const StoredFlag& old, Resolution resolution, const QString& reason,
                           std::optional<double> acceptedValue);
    // An unreviewed report becomes in review with the first decision on one of its fields or flags.
    bool startReview(qint64 reportId);

    StoreContext& m_context;
    ReportRepository& m_repository;
    FlagSync& m_flags;
    AuditLog& m_audit;
    Claims& m_claims;
};

} // namespace jiaohe
