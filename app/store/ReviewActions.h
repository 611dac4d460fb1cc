#pragma once

#include "Records.h"
#include "Status.h"

#include <QString>

#include <functional>
#include <optional>

namespace jiaohe {

class AuditLog;
class FlagSync;
class ReportRepository;
class StoreContext;
struct AuditEntry;

// The reviewer's actions. Each is one transaction: the rows changed, one audit entry saying from what to
// what, and the checks re-run with the corrections so that the flags follow them — all stored together or
// not at all. Refused input (a value that is not a number, a dismissal without a reason) changes nothing and
// says why in the context's error().
class ReviewActions
{
public:
    ReviewActions(StoreContext& context, ReportRepository& repository, FlagSync& flags, AuditLog& audit)
        : m_context(context), m_repository(repository), m_flags(flags), m_audit(audit)
    {}

    // A status that needs no value: confirmed, as printed, not applicable, unreviewed. A correction survives it:
    // confirming a corrected field keeps it corrected, any other status keeps the corrected value beside.
    bool setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note = QString());
    // The true value: Corrected (the extraction or the report was wrong and this is what it should say) or
    // AsPrinted (the report is wrong; the printed value stays, the likely intended one is kept beside it).
    bool correctField(qint64 reportId, const QString& key, double value, FieldStatus status = FieldStatus::Corrected,
                      const QString& note = QString());
    // Assign from text: the number at [start, end) of the report's original text becomes the field's value
    // and evidence, status corrected (a field the extractor missed gets its row here).
    bool assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                     qsizetype end);
    // Puts a field back exactly as a snapshot was, or removes it when there was none: the undo of an assignment.
    bool restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot);
    bool resolveFlag(qint64 flagId, Resolution resolution, const QString& reason = QString());
    bool setReportStatus(qint64 reportId, ReportStatus status);

private:
    // The shape of every action: in one transaction `change` writes the rows and returns the audit entry that
    // says what it did (nothing when it failed, its reason set); then the entry, the checks again (recheck),
    // and the tests' fault hook under `action`.
    bool act(const QString& action, bool recheck, const std::function<std::optional<AuditEntry>()>& change);
    // A field's decision: its status, the reviewer's value when one is given, the note, who and when.
    bool writeDecision(qint64 reportId, const QString& key, FieldStatus status, std::optional<double> correctedValue,
                       const QString& note);
    // An unreviewed report becomes in review with the first decision on one of its fields or flags.
    bool startReview(qint64 reportId);

    StoreContext& m_context;
    ReportRepository& m_repository;
    FlagSync& m_flags;
    AuditLog& m_audit;
};

} // namespace jiaohe
