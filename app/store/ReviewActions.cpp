#include "ReviewActions.h"

#include "AuditLog.h"
#include "Database.h"
#include "FlagSync.h"
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

// A field's value with the text it was read from, as the audit log shows it: 1200 「1200件」.
QString valueWithEvidence(const QString& value, const QString& evidence)
{
    return QStringLiteral("%1 「%2」").arg(value, evidence);
}

} // namespace

bool ReviewActions::act(const QString& action, bool recheck, const std::function<std::optional<AuditEntry>()>& change)
{
    m_context.clearError();
    return m_context.db().transaction([&] {
        const std::optional<AuditEntry> entry = change();
        return entry && m_audit.write(*entry) && (!recheck || m_flags.recheck(entry->reportId)) &&
               (action == u"report_status" || startReview(entry->reportId)) && !m_context.injected(action);
    });
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

bool ReviewActions::writeDecision(qint64 reportId, const QString& key, FieldStatus status,
                                  std::optional<double> correctedValue, const QString& note)
{
    QSqlQuery u(m_context.db().connection());
    u.prepare(QStringLiteral("UPDATE fields SET status = ?, %1note = ?, reviewed_at = ?, reviewed_by = ? "
                             "WHERE report_id = ? AND key = ?")
                  .arg(correctedValue ? QStringLiteral("corrected_value = ?, ") : QString()));
    u.addBindValue(toString(status));
    if (correctedValue) {
        u.addBindValue(*correctedValue);
    }
    u.addBindValue(orNull(note));
    u.addBindValue(m_context.now());
    u.addBindValue(m_context.reviewer());
    u.addBindValue(reportId);
    u.addBindValue(key);
    return u.exec() || m_context.db().fail(QStringLiteral("save the field's decision"), u.lastError().databaseText());
}

bool ReviewActions::setFieldStatus(qint64 reportId, const QString& key, FieldStatus status, const QString& note)
{
    m_context.clearError();
    if (status == FieldStatus::Corrected) {
        return m_context.refuse(QStringLiteral("“corrected” needs a value: correct the field instead"));
    }
    return act(QStringLiteral("field_status"), true, [&]() -> std::optional<AuditEntry> {
        const std::optional<StoredField> old = m_repository.field(reportId, key);
        if (!old) {
            m_context.refuse(QStringLiteral("report %1 has no field %2").arg(reportId).arg(key));
            return std::nullopt;
        }
        // The reviewer's value is never thrown away by a status: confirming a corrected field confirms the
        // correction (it stays corrected); any other status keeps the value beside the printed one, so that
        // nothing the reviewer typed is lost and "as printed" still knows what was meant.
        const FieldStatus now =
            status == FieldStatus::Confirmed && old->status == FieldStatus::Corrected ? FieldStatus::Corrected : status;
        if (!writeDecision(reportId, key, now, std::nullopt, note)) {
            return std::nullopt;
        }
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_status"), toString(old->status), toString(now),
                                   note);
    });
}

bool ReviewActions::correctField(qint64 reportId, const QString& key, double value, FieldStatus status,
                                 const QString& note)
{
    m_context.clearError();
    if (status != FieldStatus::Corrected && status != FieldStatus::AsPrinted) {
        return m_context.refuse(QStringLiteral("a corrected value is recorded as “corrected” or “as_printed”, not “%1”")
                                    .arg(toString(status)));
    }
    if (!std::isfinite(value)) {
        return m_context.refuse(QStringLiteral("the value is not a number"));
    }
    return act(QStringLiteral("field_correct"), true, [&]() -> std::optional<AuditEntry> {
        const std::optional<StoredField> old = m_repository.field(reportId, key);
        if (!old) {
            m_context.refuse(QStringLiteral("report %1 has no field %2").arg(reportId).arg(key));
            return std::nullopt;
        }
        // "as printed": the report itself is wrong; the printed value stays, the likely intended one is kept.
        if (!writeDecision(reportId, key, status, value, note)) {
            return std::nullopt;
        }
        const QString action =
            status == FieldStatus::Corrected ? QStringLiteral("field_correct") : QStringLiteral("field_as_printed");
        return AuditEntry::ofField(reportId, key, action, numberText(old->correctedValue.value_or(old->value)),
                                   numberText(value), note);
    });
}

bool ReviewActions::assignField(qint64 reportId, const QString& key, double value, const QString& unit, qsizetype start,
                                qsizetype end)
{
    m_context.clearError();
    if (!std::isfinite(value)) {
        return m_context.refuse(QStringLiteral("the value is not a number"));
    }
    if (key.trimmed().isEmpty()) {
        return m_context.refuse(QStringLiteral("no field is named"));
    }
    return act(QStringLiteral("field_assign"), true, [&]() -> std::optional<AuditEntry> {
        const QString text = m_repository.originalText(reportId);
        if (start < 0 || end <= start || end > text.size()) {
            m_context.refuse(QStringLiteral("the evidence %1–%2 is not inside report %3's text (%4 characters)")
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
        QSqlQuery u(m_context.db().connection());
        if (old) {
            u.prepare(QStringLiteral("UPDATE fields SET corrected_value = ?, unit = ?, evidence_start = ?, "
                                     "evidence_end = ?, evidence_text = ?, status = 'corrected', note = NULL, "
                                     "reviewed_at = ?, reviewed_by = ? WHERE report_id = ? AND key = ?"));
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
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_assign"), before,
                                   valueWithEvidence(numberText(value), evidence),
                                   QStringLiteral("evidence %1–%2").arg(start).arg(end));
    });
}

bool ReviewActions::restoreField(qint64 reportId, const QString& key, const std::optional<StoredField>& snapshot)
{
    return act(QStringLiteral("field_restore"), true, [&]() -> std::optional<AuditEntry> {
        QSqlQuery u(m_context.db().connection());
        if (!snapshot) {
            u.prepare(QStringLiteral("DELETE FROM fields WHERE report_id = ? AND key = ?"));
        } else {
            const StoredField& f = *snapshot;
            u.prepare(QStringLiteral("UPDATE fields SET value = ?, unit = ?, approx = ?, evidence_start = ?, "
                                     "evidence_end = ?, evidence_text = ?, corrected_value = ?, status = ?, note = ?, "
                                     "reviewed_at = ?, reviewed_by = ? WHERE report_id = ? AND key = ?"));
            for (const QVariant& v :
                 {f.extracted ? QVariant(f.value) : QVariant(), QVariant(f.unit), QVariant(f.approx ? 1 : 0),
                  QVariant(f.evidenceStart), QVariant(f.evidenceEnd), QVariant(f.evidenceText),
                  f.correctedValue ? QVariant(*f.correctedValue) : QVariant(), QVariant(toString(f.status)),
                  orNull(f.note), orNull(f.reviewedAt), orNull(f.reviewedBy)}) {
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
            m_context.refuse(QStringLiteral("report %1 has no field %2").arg(reportId).arg(key));
            return std::nullopt;
        }
        QString restored;
        if (snapshot) {
            const std::optional<double> v = snapshot->finalValue();
            restored = valueWithEvidence(v ? numberText(*v) : QString(), snapshot->evidenceText);
        }
        return AuditEntry::ofField(reportId, key, QStringLiteral("field_restore"), QString(), restored, QString());
    });
}

bool ReviewActions::resolveFlag(qint64 flagId, Resolution resolution, const QString& reason)
{
    m_context.clearError();
    if (resolution == Resolution::Dismissed && reason.trimmed().isEmpty()) {
        return m_context.refuse(QStringLiteral("dismissing a flag needs a reason"));
    }
    return act(QStringLiteral("flag_resolve"), false, [&]() -> std::optional<AuditEntry> {
        qint64 reportId = 0;
        const std::optional<StoredFlag> old = m_repository.flag(flagId, &reportId);
        if (!old) {
            m_context.refuse(QStringLiteral("there is no flag %1").arg(flagId));
            return std::nullopt;
        }
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral("UPDATE flags SET resolution = ?, resolution_reason = ? WHERE id = ?"));
        u.addBindValue(toString(resolution));
        u.addBindValue(orNull(reason));
        u.addBindValue(flagId);
        if (!u.exec()) {
            m_context.db().fail(QStringLiteral("save the flag's resolution"), u.lastError().databaseText());
            return std::nullopt;
        }
        return AuditEntry::ofFlag(reportId, flagId, QStringLiteral("flag_resolve"), toString(old->resolution),
                                  toString(resolution), reason);
    });
}

bool ReviewActions::setReportStatus(qint64 reportId, ReportStatus status)
{
    return act(QStringLiteral("report_status"), false, [&]() -> std::optional<AuditEntry> {
        const std::optional<StoredReport> old = m_repository.report(reportId);
        if (!old) {
            m_context.refuse(QStringLiteral("there is no report %1").arg(reportId));
            return std::nullopt;
        }
        const bool reviewed = status == ReportStatus::Reviewed;
        QSqlQuery u(m_context.db().connection());
        u.prepare(QStringLiteral("UPDATE reports SET status = ?, reviewed_at = ?, reviewed_by = ? WHERE id = ?"));
        u.addBindValue(toString(status));
        u.addBindValue(reviewed ? QVariant(m_context.now()) : QVariant());
        u.addBindValue(reviewed ? QVariant(m_context.reviewer()) : QVariant());
        u.addBindValue(reportId);
        if (!u.exec()) {
            m_context.db().fail(QStringLiteral("save the report's status"), u.lastError().databaseText());
            return std::nullopt;
        }
        return AuditEntry::ofReport(reportId, QStringLiteral("report_status"), toString(old->status), toString(status),
                                    QString());
    });
}

} // namespace jiaohe
