#pragma once

#include "store/ReviewStore.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace jiaohe {

// What the review commands need from the window: the store the decisions go to, and a callback run after
// every store call (redo or undo) with the report it touched, so the window shows that report, reloads its
// fields and flags and says "Saved" — or shows the error when the call failed.
struct ReviewContext
{
    ReviewStore* store = nullptr;
    std::function<void(qint64 reportId, bool ok, const QString& error)> changed;
};

// One reviewer decision. The command is applied once with apply() before it is pushed (a command whose
// store call fails is never pushed); the stack's first redo() is then skipped. Every command carries the
// report it belongs to, so undo after switching reports goes back to that report.
class ReviewCommand : public QUndoCommand
{
public:
    // Runs the decision; false (the reason in error()) when the store refused it.
    bool apply();
    QString error() const { return m_error; }
    qint64 reportId() const { return m_reportId; }

    void redo() final;
    void undo() final;

protected:
    ReviewCommand(const ReviewContext& context, qint64 reportId, const QString& text);
    // Reads the state to restore (before the first forward call); false when it cannot be read.
    virtual bool remember() = 0;
    virtual bool forward() = 0;
    virtual bool backward() = 0;
    ReviewStore& store() const { return *m_context.store; }
    void fail(const QString& error) { m_error = error; }

private:
    bool run(bool forwards);

    ReviewContext m_context;
    qint64 m_reportId = 0;
    bool m_applied = false;
    bool m_remembered = false;
    QString m_error;
};

// A decision on one field: remembers the whole field row (value, evidence, status, note) and puts it back
// exactly on undo (ReviewStore::restoreField), removing it when the command created it.
class FieldCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::FieldCommand)
public:
    const QString& key() const { return m_key; }

protected:
    FieldCommand(const ReviewContext& context, qint64 reportId, const QString& key, const QString& text);
    bool remember() override;
    bool backward() override;
    void setMayBeMissing(bool may) { m_mayBeMissing = may; } // the field may not exist yet (assign from text)

private:
    QString m_key;
    bool m_mayBeMissing = false;
    std::optional<StoredField> m_snapshot;
};

// A field's status that needs no value: confirmed, as_printed (without value), not_applicable, unreviewed.
class SetFieldStatusCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetFieldStatusCommand)
public:
    SetFieldStatusCommand(const ReviewContext& context, qint64 reportId, const QString& key, const QString& status,
                          const QString& note = QString());

protected:
    bool forward() override;

private:
    QString m_status;
    QString m_note;
};

// A new value for a field, recorded as "corrected" or "as_printed" (the report itself is wrong: the printed
// value stays, the intended one is kept). Undo restores the previous status, value and note.
class CorrectFieldCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::CorrectFieldCommand)
public:
    CorrectFieldCommand(const ReviewContext& context, qint64 reportId, const QString& key, double value,
                        const QString& status = QStringLiteral("corrected"), const QString& note = QString());

    // In-place edits typed one after the other on the same field are one undo step.
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    int id() const override { return m_mergeable ? MergeId : -1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool forward() override;

private:
    static constexpr int MergeId = 0x4a48; // any constant: only edits of this class merge
    double m_value = 0;
    QString m_status;
    QString m_note;
    bool m_mergeable = false;
};

// Assign from text: the number at [start, end) of the report's text becomes the field's value and evidence
// (the field is created when the extractor missed it). Undo puts the old row back or removes the new one.
class AssignFieldCommand : public FieldCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::AssignFieldCommand)
public:
    AssignFieldCommand(const ReviewContext& context, qint64 reportId, const QString& key, double value,
                       const QString& unit, qsizetype start, qsizetype end);

protected:
    bool forward() override;

private:
    double m_value = 0;
    QString m_unit;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
};

// A flag's resolution: open, fixed, source_error, dismissed (with a reason).
class ResolveFlagCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ResolveFlagCommand)
public:
    ResolveFlagCommand(const ReviewContext& context, qint64 reportId, qint64 flagId, const QString& resolution,
                       const QString& reason = QString());

protected:
    bool remember() override;
    bool forward() override;
    bool backward() override;

private:
    qint64 m_flagId = 0;
    QString m_resolution;
    QString m_reason;
    QString m_oldResolution;
    QString m_oldReason;
};

// A report's status: unreviewed, in_review, reviewed.
class SetReportStatusCommand : public ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::SetReportStatusCommand)
public:
    SetReportStatusCommand(const ReviewContext& context, qint64 reportId, const QString& status);

protected:
    bool remember() override;
    bool forward() override;
    bool backward() override;

private:
    QString m_status;
    QString m_oldStatus;
};

} // namespace jiaohe
