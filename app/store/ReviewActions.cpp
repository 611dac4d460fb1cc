// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActions.h"

#include "AuditLog.h"
#include "Claims.h"
#include "Database.h"
#include "FieldState.h"
#include "FlagSync.h"
#include "FlagTargets.h"
#include "ReportRepository.h"
#include "StoreContext.h"
#include "common/NumberText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace jiaohe {

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

// A field's value with the text it was read from, as the audit log shows it: 1200 「1200件」.
QString valueWithEvidence(const QString& value, const QString& evidence)
{
    return QStringLiteral("%1 「%2」").arg(value, evidence);
}

QString valueText(std::optional<double> value)
{
    return value ? numberText(*value) : QString();
}

FieldState stateOf(const StoredField& f)
{
    return FieldState{f.status, f.correctedValue, f.note};
}

} // namespace

bool ReviewActions::act(const QString& action, bool recheck, const std::function<std::optional<AuditEntry>()>& change)
{
    m_context.clearError();
    m_context.versions().begin();
    const bool ok = m_context.db().transaction([&] {
        const std::optional<AuditEntry> entry = change();
        return entry && m_claims.allowsWrite(entry->reportId) && m_audit.write(*entry) &&
               (!recheck || m_flags.recheck(entry->reportId)) &&
               (action == u"report_status" || startReview(entry->reportId)) &&
               m_context.notifyChanged(entry->reportId) && !m_context.injected(action);
    });
    m_context.versions().end(ok);
    return ok;
}

bool ReviewActions::unchangedSinceRead(RowVersions::Table table, qint64 id, int version, qint64 reportId,
                                       const QString& key)
{
    const std::optional<int> seen = m_context.versions().seen(table, id);
    if (!seen || *seen == version) {
        return true;
    }
    // Who changed it, when and to what: the row's latest audit entry.
    QSqlQuery q(m_context.db().connection());
    if (table == RowVersions::Table::Flag) {
        q.prepare(QStringLiteral("SELECT who, at, new_value FROM audit WHERE flag_id = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(id);
    } else if (table == RowVersions::Table::Field) {
        q.prepare(QStringLiteral(
            "SELECT who, at, new_value FROM audit WHERE report_id = ? AND field_key = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(reportId);
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("SELECT who, at, new_value FROM audit WHERE report_id = ? AND field_key IS NULL AND "
                                 "flag_id IS NULL ORDER BY id DESC LIMIT 1"));
        q.addBindValue(reportId);
    }
    QString who = tr("someone else");
    QString at;
    QString what;
    if (q.exec() && q.next()) {
        who = q.value(0).toString();
        at = q.value(1).toString();
        what = q.value(2).toString();
    }
    m_context.setConflicted(true);
    return m_context.refuse(tr("%1 changed this at %2 (now: %3) after you loaded it; your change was not saved, so "
                               "that nothing of theirs is lost. It has been reloaded: decide again if you still "
                               "mean to.")
                                .arg(who, at, what.isEmpty() ? tr("no value") : what));
}

bool ReviewActions::wroteOne(QSqlQuery& u, RowVersions::Table table, qint64 id, int version, const QString& what)
{
    if (!u.exec()) {
        return m_context.db().fail(what, u.lastError().databaseText());
    }
    if (u.numRowsAffected() != 1) {
        // Changed by another client between this action's read and its write (a server's concurrent transaction).
        m_context.setConflicted(true);
        return m_context.refuse(tr("someone else changed this at the same moment; your change was not saved. It has "
                                   "been reloaded: decide again if you still mean to."));
    }
    m_context.versions().wrote(table, id, version + 1);
    return true;
}

bool ReviewActions::startReview(qint64 reportId)
{
    // The first decision on an unreviewed report puts it in review, so the queue tells a half-done report from
    // an untouched one. Part of the action that caused it (whose audit entry records the decision).
    QSqlQuery u(m_context.db().connection());
    u.prepare(QStringLiteral("UPDATE reports SET status = 'in_review' WHERE id = ? AND status = 'unreviewed'"));
    u.addBindValue(reportId);
    return u.exec() || m_context.db().fail(QStringLiteral("mark the report in review"), u.lastError().databaseText());
}

bool ReviewActions::writeDecision(const StoredField& old, qint64 reportId, FieldStatus status,
                                  std::optional<double> reviewerValue, const QString& note)
{
    QSqlQuery u(m_context.db().connection());
    u.prepare(QStringLiteral("UPDATE fields SET status = ?, corrected_value = ?, note = ?, reviewed_at = ?, "
                             "reviewed_by = ?, version = version + 1 WHERE report_id = ? AND key = ? AND version = ?"));
    for (const QVariant& v :
         {QVariant(toString(status)), orNull(reviewerValue), orNull(note), QVariant(m_context.now()),
          QVariant(m_context.reviewer()), QVariant(reportId), QVariant(old.key), QVariant(old.version)}) {
        u.addBindValue(v);
    }
    return wroteOne(u, RowVersions::Table::Field, old.id, old.version, QStringLiteral("save the field's decision"));
}

std::optional<AuditEntry> ReviewActions::decideField(qint64 reportId, const QString& key, FieldStatus status,
                                                     std::optional<double> value, const QString& note, bool* unchanged)
{
    const std::optional<StoredField> old = m_repository.field(reportId, key);
    if (!old) {
        m_context.refuse(tr("report %1 has no field %2").arg(reportId).arg(key));
        return std::nullopt;
    }
    if (!unchangedSinceRead(RowVersions::Table::Field, old->id, old->version, reportId, key)) {
        return std::nullopt;
    }
    const FieldState before = stateOf(*old);
    const FieldState after = before.after(status, value, note);
    if (after == before) {
        *unchanged = true; // the same decision again: nothing to write, nothing to log
        return std::nullopt;
    }
    if (!writeDecision(*old, reportId, after.status, after.reviewerValue, after.note)) {
        return std::nullopt;
    }
    if (!value) {
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_status"), toString(old->status),
                                   toString(after.status), note);
    }
    // From the value in effect before (the printed one unless corrected) to the reviewer's.
    const QString action =
        status == FieldStatus::Corrected ? QStringLiteral("field_correct") : QStringLiteral("field_as_printed");
    return AuditEntry::ofField(reportId, key, action, valueText(old->finalValue()), numberText(*value), note);
}

bool ReviewActions::setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note)
{
    m_context.clearError();
    if (status == FieldStatus::Corrected) {
        return m_context.refuse(tr("“corrected” needs a value: correct the field instead"));
    }
    bool unchanged = false;
    const bool ok = act(QStringLiteral("field_status"), true,
                        [&] { return decideField(reportId, key, status, std::nullopt, note, &unchanged); });
    return ok || unchanged;
}

bool ReviewActions::correctField(qint64 reportId, const QString& key, double value, FieldStatus status,
                                 const QString& note)
{
    m_context.clearError();
    if (status != FieldStatus::Corrected && status != FieldStatus::AsPrinted) {
        return m_context.refuse(
            tr("a corrected value is recorded as “corrected” or “as_printed”, not “%1”").arg(toString(status)));
    }
    if (!std::isfinite(value)) {
        return m_context.refuse(tr("the value is not a number"));
    }
    bool unchanged = false;
    const bool ok = act(QStringLiteral("field_correct"), true,
                        [&] { return decideField(reportId, key, status, value, note, &unchanged); });
    return ok || unchanged;
}

bool ReviewActions::setFieldNote(qint64 reportId, const QString& key, const QString& note)
{
    m_context.clearError();
    const std::optional<StoredField> old = m_repository.field(reportId, key);
    if (!old) {
        return m_context.refuse(tr("report %1 has no field %2").arg(reportId).arg(key));
    }
    if (old->note == note.trimmed()) {
        return true;
    }
    return act(QStringLiteral("field_note"), false, [&]() -> std::optional<AuditEntry> {
        if (!unchangedSinceRead(RowVersions::Table::Field, old->id, old->version, reportId, key)) {
            return std::nullopt;
        }
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral(
            "UPDATE fields SET note = ?, version = version + 1 WHERE report_id = ? AND key = ? AND version = ?"));
        u.addBindValue(orNull(note.trimmed()));
        u.addBindValue(reportId);
        u.addBindValue(key);
        u.addBindValue(old->version);
        if (!wroteOne(u, RowVersions::Table::Field, old->id, old->version, QStringLiteral("save the note"))) {
            return std::nullopt;
        }
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_note"), old->note, note.trimmed());
    });
}

bool ReviewActions::assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                                qsizetype end)
{
    m_context.clearError();
    if (!std::isfinite(value)) {
        return m_context.refuse(tr("the value is not a number"));
    }
    if (key.trimmed().isEmpty()) {
        return m_context.refuse(tr("no field is named"));
    }
    return act(QStringLiteral("field_assign"), true, [&]() -> std::optional<AuditEntry> {
        const QString text = m_repository.originalText(reportId);
        if (start < 0 || end <= start || end > text.size()) {
            m_context.refuse(tr("the evidence %1–%2 is not inside report %3's text (%4 characters)")
                                 .arg(start)
                                 .arg(end)
                                 .arg(reportId)
                                 .arg(text.size()));
            return std::nullopt;
        }
        const QString evidence = text.mid(start, end - start);
        const std::optional<StoredField> old = m_repository.field(reportId, key);
        QString before;
        if (old && (old->extracted || old->correctedValue)) {
            before = valueWithEvidence(numberText(old->correctedValue.value_or(old->value)), old->evidenceText);
        }
        if (old && !unchangedSinceRead(RowVersions::Table::Field, old->id, old->version, reportId, key)) {
            return std::nullopt;
        }
        QSqlQuery u(m_context.db().connection());
        if (old) {
            u.prepare(QStringLiteral("UPDATE fields SET corrected_value = ?, unit = ?, evidence_start = ?, "
                                     "evidence_end = ?, evidence_text = ?, status = 'corrected', note = NULL, "
                                     "reviewed_at = ?, reviewed_by = ?, version = version + 1 WHERE report_id = ? "
                                     "AND key = ?"));
        } else {
            u.prepare(QStringLiteral("INSERT INTO fields(corrected_value, unit, evidence_start, evidence_end, "
                                     "evidence_text, status, reviewed_at, reviewed_by, report_id, key) "
                                     "VALUES (?, ?, ?, ?, ?, 'corrected', ?, ?, ?, ?)"));
        }
        for (const QVariant& v :
             {QVariant(value), QVariant(unit), QVariant(qint64(start)), QVariant(qint64(end)), QVariant(evidence),
              QVariant(m_context.now()), QVariant(m_context.reviewer()), QVariant(reportId), QVariant(key)}) {
            u.addBindValue(v);
        }
        if (!u.exec()) {
            m_context.db().fail(QStringLiteral("save the assigned value"), u.lastError().databaseText());
            return std::nullopt;
        }
        if (old) {
            m_context.versions().wrote(RowVersions::Table::Field, old->id, old->version + 1);
        }
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_assign"), before,
                                   valueWithEvidence(numberText(value), evidence),
                                   QStringLiteral("evidence %1–%2").arg(start).arg(end));
    });
}

std::optional<AuditEntry> ReviewActions::writeFieldRow(qint64 reportId, const QString& key,
                                                       const std::optional<StoredField>& snapshot)
{
    // Undo follows the rule of every action: a row someone else changed since is not put back over their change.
    const std::optional<StoredField> current = m_repository.field(reportId, key);
    if (current && !unchangedSinceRead(RowVersions::Table::Field, current->id, current->version, reportId, key)) {
        return std::nullopt;
    }
    QSqlQuery u(m_context.db().connection());
    if (!snapshot) {
        u.prepare(QStringLiteral("DELETE FROM fields WHERE report_id = ? AND key = ?"));
    } else {
        const StoredField& f = *snapshot;
        u.prepare(QStringLiteral("UPDATE fields SET value = ?, unit = ?, approx = ?, evidence_start = ?, "
                                 "evidence_end = ?, evidence_text = ?, corrected_value = ?, status = ?, note = ?, "
                                 "reviewed_at = ?, reviewed_by = ?, version = version + 1 WHERE report_id = ? AND "
                                 "key = ?"));
        for (const QVariant& v :
             {f.extracted ? QVariant(f.value) : QVariant(), QVariant(f.unit), QVariant(f.approx ? 1 : 0),
              QVariant(f.evidenceStart), QVariant(f.evidenceEnd), QVariant(f.evidenceText), orNull(f.correctedValue),
              QVariant(toString(f.status)), orNull(f.note), orNull(f.reviewedAt), orNull(f.reviewedBy)}) {
            u.addBindValue(v);
        }
    }
    u.addBindValue(reportId);
    u.addBindValue(key);
    if (!u.exec()) {
        m_context.db().fail(QStringLiteral("restore the field"), u.lastError().databaseText());
        return std::nullopt;
    }
    if (snapshot && u.numRowsAffected() != 1) {
        m_context.refuse(tr("report %1 has no field %2").arg(reportId).arg(key));
        return std::nullopt;
    }
    if (snapshot && current) {
        m_context.versions().wrote(RowVersions::Table::Field, current->id, current->version + 1);
    }
    QString restored;
    if (snapshot) {
        restored = valueWithEvidence(valueText(snapshot->finalValue()), snapshot->evidenceText);
    }
    return AuditEntry::ofField(reportId, key, QStringLiteral("field_restore"), QString(), restored, QString());
}

bool ReviewActions::restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot)
{
    return act(QStringLiteral("field_restore"), true, [&] { return writeFieldRow(reportId, key, snapshot); });
}

bool ReviewActions::writeFlagDecision(const StoredFlag& old, Resolution resolution, const QString& reason,
                                      std::optional<double> acceptedValue)
{
    const bool open = resolution == Resolution::Open;
    QSqlQuery u(m_context.db().connection());
    u.prepare(QStringLiteral("UPDATE flags SET resolution = ?, resolution_reason = ?, decided_by = ?, decided_at = ?, "
                             "accepted_value = ?, version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant& v :
         {QVariant(toString(resolution)), orNull(reason), open ? QVariant() : QVariant(m_context.reviewer()),
          open ? QVariant() : QVariant(m_context.now()), orNull(acceptedValue), QVariant(old.id),
          QVariant(old.version)}) {
        u.addBindValue(v);
    }
    return wroteOne(u, RowVersions::Table::Flag, old.id, old.version, QStringLiteral("save the flag's resolution"));
}

bool ReviewActions::resolveFlag(qint64 flagId, Resolution resolution, const QString& reason)
{
    m_context.clearError();
    if (resolution == Resolution::Dismissed && reason.trimmed().isEmpty()) {
        return m_context.refuse(tr("dismissing a flag needs a reason"));
    }
    qint64 reportId = 0;
    const std::optional<StoredFlag> old = m_repository.flag(flagId, &reportId);
    if (!old) {
        return m_context.refuse(tr("there is no flag %1").arg(flagId));
    }
    if (old->resolution == resolution && old->reason == reason && !old->acceptedValue) {
        return true; // the same decision again
    }
    return act(QStringLiteral("flag_resolve"), false, [&]() -> std::optional<AuditEntry> {
        if (!unchangedSinceRead(RowVersions::Table::Flag, flagId, old->version, reportId, QString()) ||
            !writeFlagDecision(*old, resolution, reason, std::nullopt)) {
            return std::nullopt;
        }
        return AuditEntry::ofFlag(reportId, flagId, QStringLiteral("flag_resolve"), toString(old->resolution),
                                  toString(resolution), reason);
    });
}

bool ReviewActions::acceptSuggestion(qint64 flagId, QString* fieldKey)
{
    m_context.clearError();
    qint64 reportId = 0;
    const std::optional<StoredFlag> flag = m_repository.flag(flagId, &reportId);
    if (!flag) {
        return m_context.refuse(tr("there is no flag %1").arg(flagId));
    }
    if (!flag->suggestion) {
        return m_context.refuse(tr("this flag has no suggested fix"));
    }
    const double value = flag->suggestion->value;
    const QString key = FlagTargets::fieldForSuggestion(*flag->suggestion, m_repository.fields(reportId));
    if (key.isEmpty()) {
        return m_context.refuse(tr("no field holds the number this fix is for"));
    }
    if (fieldKey) {
        *fieldKey = key;
    }
    const bool flagDecided = flag->resolution == Resolution::Fixed && flag->acceptedValue == value;
    bool fieldUnchanged = false;
    const bool ok = act(QStringLiteral("flag_accept"), true, [&]() -> std::optional<AuditEntry> {
        if (!unchangedSinceRead(RowVersions::Table::Flag, flagId, flag->version, reportId, QString())) {
            return std::nullopt;
        }
        const std::optional<AuditEntry> field =
            decideField(reportId, key, FieldStatus::Corrected, value, QString(), &fieldUnchanged);
        if (!field && !fieldUnchanged) {
            return std::nullopt;
        }
        if (flagDecided && fieldUnchanged) {
            return std::nullopt; // accepted before: nothing to do
        }
        if ((field && !m_audit.write(*field)) || !writeFlagDecision(*flag, Resolution::Fixed, QString(), value)) {
            return std::nullopt;
        }
        return AuditEntry::ofFlag(reportId, flagId, QStringLiteral("flag_accept"), toString(flag->resolution),
                                  toString(Resolution::Fixed), QStringLiteral("%1 = %2").arg(key, numberText(value)));
    });
    return ok || (flagDecided && fieldUnchanged);
}

std::optional<AuditEntry> ReviewActions::writeFlagRow(qint64 flagId, const StoredFlag& f)
{
    qint64 reportId = 0;
    const std::optional<StoredFlag> old = m_repository.flag(flagId, &reportId);
    if (!old) {
        m_context.refuse(tr("there is no flag %1").arg(flagId));
        return std::nullopt;
    }
    if (!unchangedSinceRead(RowVersions::Table::Flag, flagId, old->version, reportId, QString())) {
        return std::nullopt;
    }
    QSqlQuery u(m_context.db().connection());
    u.prepare(QStringLiteral("UPDATE flags SET resolution = ?, resolution_reason = ?, decided_by = ?, decided_at = ?, "
                             "accepted_value = ?, version = version + 1 WHERE id = ? AND version = ?"));
    for (const QVariant& v : {QVariant(toString(f.resolution)), orNull(f.reason), orNull(f.decidedBy),
                              orNull(f.decidedAt), orNull(f.acceptedValue), QVariant(flagId), QVariant(old->version)}) {
        u.addBindValue(v);
    }
    if (!wroteOne(u, RowVersions::Table::Flag, flagId, old->version, QStringLiteral("restore the flag"))) {
        return std::nullopt;
    }
    return AuditEntry::ofFlag(reportId, flagId, QStringLiteral("flag_restore"), toString(old->resolution),
                              toString(f.resolution), f.reason);
}

bool ReviewActions::restoreFlag(qint64 flagId, const StoredFlag& snapshot)
{
    return act(QStringLiteral("flag_restore"), false, [&] { return writeFlagRow(flagId, snapshot); });
}

bool ReviewActions::restoreAccepted(qint64 reportId, const QString& key, const std::optional<StoredField>& field,
                                    qint64 flagId, const StoredFlag& flag)
{
    return act(QStringLiteral("flag_restore"), true, [&]() -> std::optional<AuditEntry> {
        const std::optional<AuditEntry> restored = writeFieldRow(reportId, key, field);
        if (!restored || !m_audit.write(*restored)) {
            return std::nullopt;
        }
        return writeFlagRow(flagId, flag);
    });
}

bool ReviewActions::setReportStatus(qint64 reportId, ReportStatus status)
{
    m_context.clearError();
    const std::optional<StoredReport> old = m_repository.report(reportId);
    if (!old) {
        return m_context.refuse(tr("there is no report %1").arg(reportId));
    }
    if (old->status == status) {
        return true;
    }
    if (old->status == ReportStatus::Reviewed && !m_claims.isLead()) {
        return m_context.refuse(tr("Only a lead (database role jiaohe_lead) may reopen a reviewed report; ask one."));
    }
    return act(QStringLiteral("report_status"), false, [&]() -> std::optional<AuditEntry> {
        if (!unchangedSinceRead(RowVersions::Table::Report, reportId, old->version, reportId, QString())) {
            return std::nullopt;
        }
        const bool reviewed = status == ReportStatus::Reviewed;
        QSqlQuery u(m_context.db().connection());
        u.prepare(
            QStringLiteral("UPDATE reports SET status = ?, reviewed_at = ?, reviewed_by = ?, version = version + 1 "
                           "WHERE id = ? AND version = ?"));
        u.addBindValue(toString(status));
        u.addBindValue(reviewed ? QVariant(m_context.now()) : QVariant());
        u.addBindValue(reviewed ? QVariant(m_context.reviewer()) : QVariant());
        u.addBindValue(reportId);
        u.addBindValue(old->version);
        if (!wroteOne(u, RowVersions::Table::Report, reportId, old->version,
                      QStringLiteral("save the report's status"))) {
            return std::nullopt;
        }
        return AuditEntry::ofReport(reportId, QStringLiteral("report_status"), toString(old->status), toString(status),
                                    QString());
    });
}

bool ReviewActions::setReportNote(qint64 reportId, const QString& note)
{
    m_context.clearError();
    const std::optional<StoredReport> old = m_repository.report(reportId);
    if (!old) {
        return m_context.refuse(tr("there is no report %1").arg(reportId));
    }
    if (old->note == note.trimmed()) {
        return true;
    }
    return act(QStringLiteral("report_note"), false, [&]() -> std::optional<AuditEntry> {
        if (!unchangedSinceRead(RowVersions::Table::Report, reportId, old->version, reportId, QString())) {
            return std::nullopt;
        }
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral("UPDATE reports SET note = ?, version = version + 1 WHERE id = ? AND version = ?"));
        u.addBindValue(orNull(note.trimmed()));
        u.addBindValue(reportId);
        u.addBindValue(old->version);
        if (!wroteOne(u, RowVersions::Table::Report, reportId, old->version,
                      QStringLiteral("save the report's note"))) {
            return std::nullopt;
        }
        return AuditEntry::ofReport(reportId, QStringLiteral("report_note"), old->note, note.trimmed());
    });
}

} // namespace jiaohe
