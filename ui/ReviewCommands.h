// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewStore.h"
#include "store/Status.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace jiaohe {

class ReviewSession;

// One reviewer decision on the undo stack. redo() and undo() call the session (which writes to the store and
// says what changed); an action the store refuses makes the command obsolete, so the stack drops it (on the
// first redo it is never pushed). Every command carries the report it belongs to and shows that report
// again before it runs, so undo after switching reports goes back to that report.
class ReviewCommand : public QUndoCommand
{
public:
    qint64 reportId() const { return m_reportId; }

    void redo() final;
    void undo() final;

protected:
    ReviewCommand(ReviewSession& session, qint64 reportId, const QString& text);
    // Reads the state to restore (before the first forward call); false when it cannot be read.
    virtual bool remember() = 0;
    virtual bool forward() = 0;
    virtual bool backward() = 0;
    ReviewSession& session() const { return m_session; }
    void fail(const QString& error) { m_error = error; }

private:
    void run(bool forwards);

    ReviewSession& m_session;
    qint64 m_reportId = 0;
    bool m_remembered = false;
    QString m_error;
};

// A value swapped through the session's setter (Tiled's ChangeValue): getValue() reads the value before the
// first redo, setValue() writes the new one on redo and the old one back on undo.
template <typename Value> class ChangeValue : public ReviewCommand
{
public:
    const Value& value() const { return m_value; }

protected:
    ChangeValue(ReviewSession& session, qint64 reportId, const QString& text, Value value)
        : ReviewCommand(session, reportId, text), m_value(std::move(value))
    {}
    virtual std::optional<Value> getValue() = 0;
    virtual bool setValue(const Value& value) = 0;

private:
    bool remember() override
    {
        std::optional<Value> old = getValue();
        if (old) {
            m_old = std::move(*old);
        }
        return old.has_value();
    }
    bool forward() override { return setValue(m_value); }
    bool backward() override { return setValue(m_old); }

    Value m_value;
    Value m_old{};
};

// A decision on one field: remembers the whole field row (value, evidence, status, note) and puts it back
// exactly on undo (ReviewStore::restoreField), removing it when the command created it.
class FieldCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::FieldCommand)
public:
    const QString& key() const { return m_key; }

protected:
    FieldCommand(ReviewSession& session, qint64 reportId, const QString& key, const QString& text);
    bool remember() override;
    bool backward() override;
    void setMayBeMissing(bool may) { m_mayBeMissing = may; } // the field may not exist yet (assign from text)

private:
    QString m_key;
    bool m_mayBeMissing = false;
    std::optional<StoredField> m_snapshot;
};

// A field's status that needs no value: confirmed, as printed (without value), not applicable, unreviewed.
class SetFieldStatusCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetFieldStatusCommand)
public:
    SetFieldStatusCommand(ReviewSession& session, qint64 reportId, const QString& key, FieldStatus status,
                          const QString& note = QString());

protected:
    bool forward() override;

private:
    FieldStatus m_status;
    QString m_note;
};

// A new value for a field, recorded as corrected or as printed (the report itself is wrong: the printed
// value stays, the intended one is kept). Undo restores the previous status, value and note.
class CorrectFieldCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::CorrectFieldCommand)
public:
    CorrectFieldCommand(ReviewSession& session, qint64 reportId, const QString& key, double value,
                        FieldStatus status = FieldStatus::Corrected, const QString& note = QString());

    // In-place edits typed one after the other on the same field are one undo step.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override { return m_mergeable ? MergeId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool forward() override;

private:
    static constexpr int MergeId = 0x4a48; // any constant: only edits of this class merge
    double m_value = 0;
    FieldStatus m_status;
    QString m_note;
    bool m_mergeable = false;
};

// Assign from text: the number at [start, end) of the report's text becomes the field's value and evidence
// (the field is created when the extractor missed it). Undo puts the old row back or removes the new one.
class AssignFieldCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::AssignFieldCommand)
public:
    AssignFieldCommand(ReviewSession& session, qint64 reportId, const QString& key, double value, const QString& unit,
                       qsizetype start, qsizetype end);

protected:
    bool forward() override;

private:
    double m_value = 0;
    QString m_unit;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
};

// Back to the value as printed, from the history: the reviewer's value is taken away (it stays in the audit
// trail) and the field is to be reviewed again. Undo puts the row back as it was.
class RevertToPrintedCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::RevertToPrintedCommand)
public:
    RevertToPrintedCommand(ReviewSession& session, qint64 reportId, const QString& key);

protected:
    bool forward() override;
};

// A flag's resolution with its reason (a dismissal needs one). The decision remembered for undo carries the whole
// stored flag, so that undo puts back who decided, when and the value taken (ReviewStore::restoreFlag).
struct FlagDecision
{
    Resolution resolution = Resolution::Open;
    QString reason;
    std::optional<StoredFlag> snapshot;
};

class ResolveFlagCommand : public ChangeValue<FlagDecision>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ResolveFlagCommand)
public:
    ResolveFlagCommand(ReviewSession& session, qint64 reportId, qint64 flagId, Resolution resolution,
                       const QString& reason = QString());
    qint64 flagId() const { return m_flagId; }

protected:
    std::optional<FlagDecision> getValue() override;
    bool setValue(const FlagDecision& value) override;

private:
    qint64 m_flagId = 0;
};

// Accepting a flag's suggested fix: the field it is for corrected and the flag decided "fixed" with the value
// taken, in one store action. Undo puts the field and the flag's decision back as they were.
class AcceptSuggestionCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::AcceptSuggestionCommand)
public:
    AcceptSuggestionCommand(ReviewSession& session, qint64 reportId, qint64 flagId, const QString& key, double value);
    const QString& key() const { return m_key; }

protected:
    bool remember() override;
    bool forward() override;
    bool backward() override;

private:
    qint64 m_flagId = 0;
    QString m_key; // the field the suggestion is for (FlagTargets::fieldForSuggestion)
    std::optional<StoredField> m_field;
    StoredFlag m_flag;
};

// A report's status: unreviewed, in review, reviewed.
class SetReportStatusCommand : public ChangeValue<ReportStatus>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetReportStatusCommand)
public:
    SetReportStatusCommand(ReviewSession& session, qint64 reportId, ReportStatus status);

protected:
    std::optional<ReportStatus> getValue() override;
    bool setValue(const ReportStatus& value) override;
};

// The reviewer's note on a field; undo puts the old note back (both through the audited store action).
class SetFieldNoteCommand : public ChangeValue<QString>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetFieldNoteCommand)
public:
    SetFieldNoteCommand(ReviewSession& session, qint64 reportId, const QString& key, const QString& note);

protected:
    std::optional<QString> getValue() override;
    bool setValue(const QString& value) override;

private:
    QString m_key;
};

// The reviewer's note on the report as a whole; undo puts the old note back.
class SetReportNoteCommand : public ChangeValue<QString>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetReportNoteCommand)
public:
    SetReportNoteCommand(ReviewSession& session, qint64 reportId, const QString& note);

protected:
    std::optional<QString> getValue() override;
    bool setValue(const QString& value) override;
};

} // namespace jiaohe
