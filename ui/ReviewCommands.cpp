#include "ReviewCommands.h"

#include "store/ReviewStore.h"

namespace jiaohe {

namespace {

std::optional<StoredField> fieldOf(ReviewStore& store, qint64 reportId, const QString& key)
{
    for (const StoredField& f : store.fields(reportId)) {
        if (f.key == key) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<StoredFlag> flagOf(ReviewStore& store, qint64 reportId, qint64 flagId)
{
    for (const StoredFlag& f : store.flags(reportId, true)) {
        if (f.id == flagId) {
            return f;
        }
    }
    return std::nullopt;
}

} // namespace

ReviewCommand::ReviewCommand(const ReviewContext& context, qint64 reportId, const QString& text)
    : QUndoCommand(text), m_context(context), m_reportId(reportId)
{}

bool ReviewCommand::apply()
{
    m_applied = true; // the stack's first redo() is this call
    return run(true);
}

void ReviewCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(true);
}

void ReviewCommand::undo()
{
    run(false);
}

bool ReviewCommand::run(bool forwards)
{
    m_error.clear();
    bool ok = m_context.store != nullptr;
    if (ok && !m_remembered) {
        ok = remember();
        m_remembered = ok;
    }
    if (ok) {
        ok = forwards ? forward() : backward();
        if (!ok && m_error.isEmpty()) {
            m_error = store().error();
        }
    } else if (m_error.isEmpty()) {
        m_error = m_context.store ? store().error() : QStringLiteral("no review database is open");
    }
    if (m_context.changed) {
        m_context.changed(m_reportId, ok, m_error);
    }
    return ok;
}

// --- SetFieldStatusCommand

static QString fieldStatusActionText(const QString& status, const QString& key)
{
    if (status == u"confirmed") {
        return SetFieldStatusCommand::tr("Confirm %1").arg(key);
    }
    if (status == u"as_printed") {
        return SetFieldStatusCommand::tr("Mark %1 as printed").arg(key);
    }
    if (status == u"not_applicable") {
        return SetFieldStatusCommand::tr("Mark %1 not applicable").arg(key);
    }
    return SetFieldStatusCommand::tr("Mark %1 unreviewed").arg(key);
}

FieldCommand::FieldCommand(const ReviewContext& context, qint64 reportId, const QString& key, const QString& text)
    : ReviewCommand(context, reportId, text), m_key(key)
{}

bool FieldCommand::remember()
{
    m_snapshot = fieldOf(store(), reportId(), m_key);
    if (!m_snapshot && !m_mayBeMissing) {
        fail(tr("Report %1 has no field %2").arg(reportId()).arg(m_key));
        return false;
    }
    return true;
}

bool FieldCommand::backward()
{
    return store().restoreField(reportId(), m_key, m_snapshot);
}

SetFieldStatusCommand::SetFieldStatusCommand(const ReviewContext& context, qint64 reportId, const QString& key,
                                             const QString& status, const QString& note)
    : FieldCommand(context, reportId, key, fieldStatusActionText(status, key)), m_status(status), m_note(note)
{}

bool SetFieldStatusCommand::forward()
{
    return store().setFieldStatus(reportId(), key(), fieldStatusFromString(m_status).value_or(FieldStatus::Unreviewed), m_note);
}

// --- CorrectFieldCommand

CorrectFieldCommand::CorrectFieldCommand(const ReviewContext& context, qint64 reportId, const QString& key,
                                         double value, const QString& status, const QString& note)
    : FieldCommand(context, reportId, key,
                   status == u"as_printed" ? tr("Keep %1 as printed, intended %2").arg(key).arg(value, 0, 'g', 15)
                                           : tr("Correct %1 to %2").arg(key).arg(value, 0, 'g', 15)),
      m_value(value), m_status(status), m_note(note)
{}

bool CorrectFieldCommand::forward()
{
    return store().correctField(reportId(), key(), m_value, fieldStatusFromString(m_status).value_or(FieldStatus::Unreviewed), m_note);
}

bool CorrectFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const CorrectFieldCommand*>(other);
    if (!m_mergeable || !next || !next->m_mergeable || next->reportId() != reportId() || next->key() != key()) {
        return false;
    }
    // The store already holds the later value; undo still goes back to the state before the first edit.
    m_value = next->m_value;
    m_status = next->m_status;
    m_note = next->m_note;
    setText(next->text());
    return true;
}

// --- AssignFieldCommand

AssignFieldCommand::AssignFieldCommand(const ReviewContext& context, qint64 reportId, const QString& key, double value,
                                       const QString& unit, qsizetype start, qsizetype end)
    : FieldCommand(context, reportId, key, tr("Assign %1 from the text: %2").arg(key).arg(value, 0, 'g', 15)),
      m_value(value), m_unit(unit), m_start(start), m_end(end)
{
    setMayBeMissing(true);
}

bool AssignFieldCommand::forward()
{
    return store().assignField(reportId(), key(), m_value, m_unit, m_start, m_end);
}

// --- ResolveFlagCommand

static QString resolutionActionText(const QString& resolution)
{
    if (resolution == u"fixed") {
        return ResolveFlagCommand::tr("Mark flag fixed");
    }
    if (resolution == u"source_error") {
        return ResolveFlagCommand::tr("Mark flag as source error");
    }
    if (resolution == u"dismissed") {
        return ResolveFlagCommand::tr("Dismiss flag");
    }
    return ResolveFlagCommand::tr("Reopen flag");
}

ResolveFlagCommand::ResolveFlagCommand(const ReviewContext& context, qint64 reportId, qint64 flagId,
                                       const QString& resolution, const QString& reason)
    : ReviewCommand(context, reportId, resolutionActionText(resolution)), m_flagId(flagId), m_resolution(resolution),
      m_reason(reason)
{}

bool ResolveFlagCommand::remember()
{
    const std::optional<StoredFlag> f = flagOf(store(), reportId(), m_flagId);
    if (!f) {
        fail(tr("Report %1 has no flag %2").arg(reportId()).arg(m_flagId));
        return false;
    }
    m_oldResolution = toString(f->resolution);
    m_oldReason = f->reason;
    return true;
}

bool ResolveFlagCommand::forward()
{
    return store().resolveFlag(m_flagId, resolutionFromString(m_resolution).value_or(Resolution::Open), m_reason);
}

bool ResolveFlagCommand::backward()
{
    return store().resolveFlag(m_flagId, resolutionFromString(m_oldResolution).value_or(Resolution::Open), m_oldReason);
}

// --- SetReportStatusCommand

SetReportStatusCommand::SetReportStatusCommand(const ReviewContext& context, qint64 reportId, const QString& status)
    : ReviewCommand(context, reportId,
                    status == u"reviewed"    ? tr("Mark report reviewed")
                    : status == u"in_review" ? tr("Mark report in review")
                                             : tr("Mark report unreviewed")),
      m_status(status)
{}

bool SetReportStatusCommand::remember()
{
    const std::optional<StoredReport> r = store().report(reportId());
    if (!r) {
        fail(tr("There is no report %1").arg(reportId()));
        return false;
    }
    m_oldStatus = toString(r->status);
    return true;
}

bool SetReportStatusCommand::forward()
{
    return store().setReportStatus(reportId(), reportStatusFromString(m_status).value_or(ReportStatus::Unreviewed));
}

bool SetReportStatusCommand::backward()
{
    return store().setReportStatus(reportId(), reportStatusFromString(m_oldStatus).value_or(ReportStatus::Unreviewed));
}

} // namespace jiaohe
