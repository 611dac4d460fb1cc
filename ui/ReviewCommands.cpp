// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCommands.h"

#include "ReviewSession.h"
#include "extract/FieldCatalogue.h"

#include <QLocale>

namespace jiaohe {

ReviewCommand::ReviewCommand(ReviewSession& session, qint64 reportId, const QString& text)
    : QUndoCommand(text), m_session(session), m_reportId(reportId)
{}

void ReviewCommand::redo()
{
    run(true);
}

void ReviewCommand::undo()
{
    run(false);
}

void ReviewCommand::run(bool forwards)
{
    m_error.clear();
    // Undo after switching reports goes back to the report the decision belongs to.
    m_session.setCurrentReport(m_reportId);
    bool ok = m_remembered || remember();
    m_remembered = ok;
    if (ok) {
        ok = forwards ? forward() : backward();
    }
    if (!ok && m_error.isEmpty()) {
        m_error = m_session.error();
    }
    if (!ok) {
        setObsolete(true); // the stack drops a command whose action failed
    }
    m_session.reportOutcome(ok, m_error);
}

// --- FieldCommand

// Undo texts name the field as the reviewer sees it (its label in the UI's language), never by its key.
static QString fieldName(const QString& key)
{
    const FieldDef* def = FieldCatalogue::builtin().find(key);
    return def ? def->label(QLocale().name().startsWith(u"zh") ? QStringLiteral("zh") : QStringLiteral("en")) : key;
}

static QString fieldStatusActionText(FieldStatus status, const QString& field)
{
    const QString key = fieldName(field);
    switch (status) {
    case FieldStatus::Confirmed:
        return SetFieldStatusCommand::tr("Confirm %1").arg(key);
    case FieldStatus::AsPrinted:
        return SetFieldStatusCommand::tr("Mark %1 a source error").arg(key);
    case FieldStatus::NotApplicable:
        return SetFieldStatusCommand::tr("Mark %1 not applicable").arg(key);
    default:
        return SetFieldStatusCommand::tr("Mark %1 unreviewed").arg(key);
    }
}

FieldCommand::FieldCommand(ReviewSession& session, qint64 reportId, const QString& key, const QString& text)
    : ReviewCommand(session, reportId, text), m_key(key)
{}

bool FieldCommand::remember()
{
    m_snapshot = session().storedField(reportId(), m_key);
    if (!m_snapshot && !m_mayBeMissing) {
        fail(tr("Report %1 has no field %2").arg(reportId()).arg(fieldName(m_key)));
        return false;
    }
    return true;
}

bool FieldCommand::backward()
{
    return session().restoreField(reportId(), m_key, m_snapshot);
}

SetFieldStatusCommand::SetFieldStatusCommand(ReviewSession& session, qint64 reportId, const QString& key,
                                             FieldStatus status, const QString& note)
    : FieldCommand(session, reportId, key, fieldStatusActionText(status, key)), m_status(status), m_note(note)
{}

bool SetFieldStatusCommand::forward()
{
    return session().setFieldStatus(reportId(), key(), m_status, m_note);
}

// --- CorrectFieldCommand

CorrectFieldCommand::CorrectFieldCommand(ReviewSession& session, qint64 reportId, const QString& key, double value,
                                         FieldStatus status, const QString& note)
    : FieldCommand(session, reportId, key,
                   status == FieldStatus::AsPrinted
                       ? tr("Source error in %1: printed value kept, intended %2").arg(fieldName(key)).arg(value, 0, 'g', 15)
                       : tr("Correct %1 to %2").arg(fieldName(key)).arg(value, 0, 'g', 15)),
      m_value(value), m_status(status), m_note(note)
{}

bool CorrectFieldCommand::forward()
{
    return session().correctField(reportId(), key(), m_value, m_status, m_note);
}

bool CorrectFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const CorrectFieldCommand*>(other);
    if (!m_mergeable || !next || !next->m_mergeable || next->isObsolete() || next->reportId() != reportId() ||
        next->key() != key()) {
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

AssignFieldCommand::AssignFieldCommand(ReviewSession& session, qint64 reportId, const QString& key, double value,
                                       const QString& unit, qsizetype start, qsizetype end)
    : FieldCommand(session, reportId, key, tr("Assign %1 from the text: %2").arg(fieldName(key)).arg(value, 0, 'g', 15)),
      m_value(value), m_unit(unit), m_start(start), m_end(end)
{
    setMayBeMissing(true);
}

bool AssignFieldCommand::forward()
{
    return session().assignField(reportId(), key(), m_value, m_unit, m_start, m_end);
}

// --- RevertToPrintedCommand

RevertToPrintedCommand::RevertToPrintedCommand(ReviewSession& session, qint64 reportId, const QString& key)
    : FieldCommand(session, reportId, key, tr("Revert %1 to the value as printed").arg(fieldName(key)))
{}

bool RevertToPrintedCommand::forward()
{
    std::optional<StoredField> row = session().storedField(reportId(), key());
    if (!row || !row->extracted) {
        fail(tr("Report %1 has no printed value for %2").arg(reportId()).arg(key()));
        return false;
    }
    row->correctedValue.reset();
    row->status = FieldStatus::Unreviewed;
    row->reviewedAt.clear();
    row->reviewedBy.clear();
    return session().restoreField(reportId(), key(), row);
}

// --- ResolveFlagCommand

static QString resolutionActionText(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Fixed:
        return ResolveFlagCommand::tr("Mark flag fixed");
    case Resolution::SourceError:
        return ResolveFlagCommand::tr("Mark flag as source error");
    case Resolution::Dismissed:
        return ResolveFlagCommand::tr("Dismiss flag");
    default:
        return ResolveFlagCommand::tr("Reopen flag");
    }
}

ResolveFlagCommand::ResolveFlagCommand(ReviewSession& session, qint64 reportId, qint64 flagId, Resolution resolution,
                                       const QString& reason)
    : ChangeValue(session, reportId, resolutionActionText(resolution), FlagDecision{resolution, reason, std::nullopt}),
      m_flagId(flagId)
{}

std::optional<FlagDecision> ResolveFlagCommand::getValue()
{
    const std::optional<StoredFlag> f = session().storedFlag(reportId(), m_flagId);
    if (!f) {
        fail(tr("Report %1 has no flag %2").arg(reportId()).arg(m_flagId));
        return std::nullopt;
    }
    return FlagDecision{f->resolution, f->reason, f};
}

bool ResolveFlagCommand::setValue(const FlagDecision& value)
{
    return value.snapshot ? session().restoreFlag(reportId(), m_flagId, *value.snapshot)
                          : session().resolveFlag(reportId(), m_flagId, value.resolution, value.reason);
}

// --- AcceptSuggestionCommand

AcceptSuggestionCommand::AcceptSuggestionCommand(ReviewSession& session, qint64 reportId, qint64 flagId,
                                                 const QString& key, double value)
    : ReviewCommand(session, reportId, tr("Accept suggested fix: %1 to %2").arg(key).arg(value, 0, 'g', 15)),
      m_flagId(flagId), m_key(key)
{}

bool AcceptSuggestionCommand::remember()
{
    m_field = session().storedField(reportId(), m_key);
    const std::optional<StoredFlag> flag = session().storedFlag(reportId(), m_flagId);
    if (!m_field || !flag) {
        fail(m_field ? tr("Report %1 has no flag %2").arg(reportId()).arg(m_flagId)
                     : tr("Report %1 has no field %2").arg(reportId()).arg(m_key));
        return false;
    }
    m_flag = *flag;
    return true;
}

bool AcceptSuggestionCommand::forward()
{
    return session().acceptSuggestion(reportId(), m_flagId);
}

bool AcceptSuggestionCommand::backward()
{
    return session().restoreAccepted(reportId(), m_key, m_field, m_flagId, m_flag);
}

// --- SetReportStatusCommand

static QString reportStatusActionText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Reviewed:
        return SetReportStatusCommand::tr("Mark report reviewed");
    case ReportStatus::InReview:
        return SetReportStatusCommand::tr("Mark report in review");
    default:
        return SetReportStatusCommand::tr("Mark report unreviewed");
    }
}

SetReportStatusCommand::SetReportStatusCommand(ReviewSession& session, qint64 reportId, ReportStatus status)
    : ChangeValue(session, reportId, reportStatusActionText(status), status)
{}

std::optional<ReportStatus> SetReportStatusCommand::getValue()
{
    const std::optional<ReportStatus> status = session().reportStatus(reportId());
    if (!status) {
        fail(tr("There is no report %1").arg(reportId()));
    }
    return status;
}

bool SetReportStatusCommand::setValue(const ReportStatus& value)
{
    return session().setReportStatus(reportId(), value);
}

// --- SetFieldNoteCommand

SetFieldNoteCommand::SetFieldNoteCommand(ReviewSession& session, qint64 reportId, const QString& key,
                                         const QString& note)
    : ChangeValue(session, reportId,
                  (note.trimmed().isEmpty() ? tr("Remove note on %1") : tr("Note on %1")).arg(fieldName(key)),
                  note.trimmed()),
      m_key(key)
{}

std::optional<QString> SetFieldNoteCommand::getValue()
{
    const std::optional<StoredField> f = session().storedField(reportId(), m_key);
    if (!f) {
        fail(tr("Report %1 has no field %2").arg(reportId()).arg(m_key));
        return std::nullopt;
    }
    return f->note;
}

bool SetFieldNoteCommand::setValue(const QString& value)
{
    return session().setFieldNote(reportId(), m_key, value);
}

// --- SetReportNoteCommand

SetReportNoteCommand::SetReportNoteCommand(ReviewSession& session, qint64 reportId, const QString& note)
    : ChangeValue(session, reportId, note.trimmed().isEmpty() ? tr("Remove note on report") : tr("Note on report"),
                  note.trimmed())
{}

std::optional<QString> SetReportNoteCommand::getValue()
{
    const std::optional<QString> note = session().reportNote(reportId());
    if (!note) {
        fail(tr("There is no report %1").arg(reportId()));
    }
    return note;
}

bool SetReportNoteCommand::setValue(const QString& value)
{
    return session().setReportNote(reportId(), value);
}

} // namespace jiaohe
