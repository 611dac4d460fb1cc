// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jiaohe {

class StoreContext;

// One entry of the append-only audit log: who changed what, when, from what to what, and why.
struct AuditEntry
{
    qint64 id = 0;
    QString at;  // ISO 8601, UTC (written by the log)
    QString who; // the reviewer (written by the log)
    qint64 reportId = 0;
    QString fieldKey;  // a field action
    qint64 flagId = 0; // a flag action
    QString action;    // import, new_version, field_status, field_correct, field_as_printed, field_note,
                       // field_assign, field_restore, flag_resolve, flag_accept, flag_restore, report_status,
                       // report_note
    QString oldValue;  // null when there was none
    QString newValue;
    QString reason;

    // The entry of an action on a field, a flag or a report as a whole.
    static AuditEntry ofField(qint64 reportId, const QString& key, const QString& action, const QString& oldValue,
                              const QString& newValue, const QString& reason = QString());
    static AuditEntry ofFlag(qint64 reportId, qint64 flagId, const QString& action, const QString& oldValue,
                             const QString& newValue, const QString& reason = QString());
    static AuditEntry ofReport(qint64 reportId, const QString& action, const QString& oldValue, const QString& newValue,
                               const QString& reason = QString());
};

// The audit log: the triggers of the schema make it append-only; this writes an entry inside the action's
// transaction (so an action and its entry are stored together or not at all) and reads a report's entries.
class AuditLog
{
public:
    explicit AuditLog(StoreContext& context) : m_context(context) {}

    // Writes the entry as now() by reviewer(); false (the database's error set) when it cannot.
    bool write(const AuditEntry& entry);
    // A report's entries, oldest first (the entries of its fields and flags included).
    QList<AuditEntry> entries(qint64 reportId);

private:
    StoreContext& m_context;
};

} // namespace jiaohe
