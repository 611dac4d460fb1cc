// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"
#include "store/Records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace jiaohe {

class ReviewSession;

// What a field goes back to when the reviewer reverts it from the history: a value (the number the field
// held) or a status (the code it had), as one row of the audit trail recorded it.
struct FieldRevert
{
    qint64 reportId = 0;
    QString key;
    std::optional<double> value; // the field's value then
    QString status;              // or its status code then (field_status rows)
    QString shown;               // the value or status as the history shows it
};

// The audit trail of the report the session shows, newest first, one row per entry: when, who, what kind of
// action, the field (by its label in the UI language) or flag it was about, from → to (codes shown as words)
// and the reason or note. The trail is append-only, and so is the model: it follows the session's change
// signals and inserts the new entries at the top (an undo adds its own row, it removes none); a report switch
// resets it.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        SubjectColumn,
        ChangeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        AuditIdRole = Qt::UserRole + 1, // qint64
        ActionRole,                     // the stored action code
        FieldKeyRole,                   // the field's key (empty when the entry is not about a field)
        FlagIdRole,                     // qint64, 0 when the entry is not about a flag
    };

    explicit HistoryModel(ReviewSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<AuditEntry>& entries() const { return m_entries; }
    const AuditEntry* entryAt(int row) const;

    // What reverting the field of `row` puts back: the value (or status) it had before that change, or — when the
    // row records none (a value put back by undo) — the value the row set. Nothing for a row not about a field.
    std::optional<FieldRevert> revertTarget(int row) const;

    // Codes as words in the UI language (an unknown code is shown as it is).
    static QString actionText(const QString& action);
    static QString fieldStatusText(const QString& status);
    // A field's name as a person reads it: its label in the UI language, the key when the catalogue lacks it.
    static QString fieldLabel(const QString& key);

private:
    void reload();
    void update(); // the entries written since the newest one shown, inserted at the top
    QString subjectText(const AuditEntry& e) const;
    QString changeText(const AuditEntry& e) const;
    QString reasonText(const AuditEntry& e) const;
    QString valueText(const AuditEntry& e, const QString& value) const;

    ReviewSession* m_session = nullptr;
    qint64 m_reportId = 0;
    QList<AuditEntry> m_entries;       // newest first
    QHash<qint64, StoredFlag> m_flags; // the report's flags (inactive ones too), for the flag rows
};

} // namespace jiaohe
