// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "Database.h"
#include "StoreContext.h"
#include "document/BodyName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

namespace {

const QString reportColumns = QStringLiteral(
    "r.id, r.file_path, r.file_name, r.content_hash, r.encoding, r.format, r.year, r.region, r.status, r.imported_at, "
    "r.reviewed_at, r.reviewed_by, r.previous_id, (SELECT count(*) FROM open_flags f WHERE f.report_id = r.id), "
    "r.note, r.version");

StoredReport reportFrom(const QSqlQuery& q)
{
    StoredReport r;
    r.id = q.value(0).toLongLong();
    r.filePath = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.contentHash = q.value(3).toString();
    r.encoding = q.value(4).toString();
    r.format = q.value(5).toString();
    if (!q.value(6).isNull()) {
        r.year = q.value(6).toInt();
    }
    r.region = q.value(7).toString();
    r.status = reportStatusFromString(q.value(8).toString()).value_or(ReportStatus::Unreviewed);
    r.importedAt = q.value(9).toString();
    r.reviewedAt = q.value(10).toString();
    r.reviewedBy = q.value(11).toString();
    r.previousId = q.value(12).toLongLong();
    r.openFlags = q.value(13).toInt();
    r.note = q.value(14).toString();
    r.version = q.value(15).toInt();
    return r;
}

const QString fieldColumns =
    QStringLiteral("id, key, value, unit, approx, evidence_start, evidence_end, evidence_text, corrected_value, "
                   "status, note, reviewed_at, reviewed_by, blank, version");

StoredField fieldFrom(const QSqlQuery& q)
{
    StoredField f;
    f.id = q.value(0).toLongLong();
    f.key = q.value(1).toString();
    f.extracted = !q.value(2).isNull();
    f.value = q.value(2).toDouble();
    f.unit = q.value(3).toString();
    f.approx = q.value(4).toBool();
    f.evidenceStart = q.value(5).toLongLong();
    f.evidenceEnd = q.value(6).toLongLong();
    f.evidenceText = q.value(7).toString();
    if (!q.value(8).isNull()) {
        f.correctedValue = q.value(8).toDouble();
    }
    f.status = fieldStatusFromString(q.value(9).toString()).value_or(FieldStatus::Unreviewed);
    f.note = q.value(10).toString();
    f.reviewedAt = q.value(11).toString();
    f.reviewedBy = q.value(12).toString();
    f.blank = q.value(13).toBool();
    f.version = q.value(14).toInt();
    return f;
}

const QString flagColumns =
    QStringLiteral("id, identity, rule, kind, severity, message_zh, message_en, numbers, spans, suggestion, "
                   "resolution, resolution_reason, active, related_report_id, report_id, decided_by, decided_at, "
                   "accepted_value, version");

StoredFlag flagFrom(const QSqlQuery& q)
{
    StoredFlag f;
    f.id = q.value(0).toLongLong();
    f.identity = q.value(1).toString();
    f.rule = q.value(2).toString();
    f.kind = q.value(3).toString();
    f.severity = q.value(4).toString();
    f.messageZh = q.value(5).toString();
    f.messageEn = q.value(6).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array()) {
        f.numbers.append(v.toDouble());
    }
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array()) {
        f.spans.append({v.toArray().at(0).toInteger(), v.toArray().at(1).toInteger()});
    }
    if (!q.value(9).isNull()) {
        const QJsonObject s = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        f.suggestion =
            Suggestion{s.value(u"value").toDouble(), s.value(u"start").toInteger(), s.value(u"end").toInteger()};
    }
    f.resolution = resolutionFromString(q.value(10).toString()).value_or(Resolution::Open);
    f.reason = q.value(11).toString();
    f.active = q.value(12).toBool();
    f.relatedReport = q.value(13).toLongLong();
    f.decidedBy = q.value(15).toString();
    f.decidedAt = q.value(16).toString();
    if (!q.value(17).isNull()) {
        f.acceptedValue = q.value(17).toDouble();
    }
    f.version = q.value(18).toInt();
    return f;
}

} // namespace

std::optional<double> StoredField::finalValue() const
{
    if (status == FieldStatus::NotApplicable) {
        return std::nullopt;
    }
    if (status == FieldStatus::Corrected && correctedValue) {
        return correctedValue;
    }
    if (!extracted) { // assigned from the text: only the reviewer's value exists
        return correctedValue;
    }
    return value;
}

QList<StoredReport> ReportRepository::reports(bool includeSuperseded)
{
    QList<StoredReport> out;
    QSqlQuery q(m_context.db().connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM reports r %2 ORDER BY r.id")
                    .arg(reportColumns, includeSuperseded ? QString() : QStringLiteral("WHERE r.superseded = 0")))) {
        m_context.db().fail(QStringLiteral("list the reports"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        out.append(reportFrom(q));
    }
    return out;
}

std::optional<StoredReport> ReportRepository::report(qint64 id)
{
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT %1 FROM reports r WHERE r.id = ?").arg(reportColumns));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        return reportFrom(q);
    }
    return std::nullopt;
}

QString ReportRepository::originalText(qint64 reportId)
{
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT original_text FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<BoxCodec::Encoded> ReportRepository::reportBoxes(qint64 reportId)
{
    QSqlQuery q(m_context.db().connection());
    q.prepare(QStringLiteral("SELECT format, pages, boxes FROM report_boxes WHERE report_id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return BoxCodec::Encoded{q.value(0).toInt(), q.value(1).toByteArray(), q.value(2).toByteArray()};
}

QList<StoredField> ReportRepository::readFields(const QString& where, const QList<QVariant>& values)
{
    QList<StoredField> out;
    QSqlQuery q(m_context.db().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM fields WHERE %2 ORDER BY id").arg(fieldColumns, where));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("read the fields"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        out.append(fieldFrom(q));
    }
    return out;
}

QList<StoredField> ReportRepository::fields(qint64 reportId)
{
    return readFields(QStringLiteral("report_id = ?"), {reportId});
}

std::optional<StoredField> ReportRepository::field(qint64 reportId, const QString& key)
{
    const QList<StoredField> found = readFields(QStringLiteral("report_id = ? AND key = ?"), {reportId, key});
    return found.isEmpty() ? std::nullopt : std::optional<StoredField>(found.first());
}

QList<StoredFlag> ReportRepository::readFlags(const QString& where, const QList<QVariant>& values, qint64* reportId)
{
    QList<StoredFlag> out;
    QSqlQuery q(m_context.db().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM flags WHERE %2 ORDER BY id").arg(flagColumns, where));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("read the flags"), q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        out.append(flagFrom(q));
        if (reportId) {
            *reportId = q.value(14).toLongLong();
        }
    }
    return out;
}

QList<StoredFlag> ReportRepository::flags(qint64 reportId, bool includeInactive)
{
    return readFlags(includeInactive ? QStringLiteral("report_id = ?") : QStringLiteral("report_id = ? AND active = 1"),
                     {reportId});
}

std::optional<StoredFlag> ReportRepository::flagWithIdentity(qint64 reportId, const QString& identity)
{
    const QList<StoredFlag> found =
        readFlags(QStringLiteral("report_id = ? AND identity = ?"), {reportId, identity});
    return found.isEmpty() ? std::nullopt : std::optional<StoredFlag>(found.first());
}

std::optional<StoredFlag> ReportRepository::flag(qint64 flagId, qint64* reportId)
{
    const QList<StoredFlag> found = readFlags(QStringLiteral("id = ?"), {flagId}, reportId);
    return found.isEmpty() ? std::nullopt : std::optional<StoredFlag>(found.first());
}

StoreStats ReportRepository::stats()
{
    StoreStats s;
    QSqlQuery q(m_context.db().connection());
    if (q.exec(QStringLiteral(
            "SELECT status, count(*) FROM reports WHERE superseded = 0 GROUP BY status ORDER BY status"))) {
        while (q.next()) {
            s.reportsByStatus.append({q.value(0).toString(), q.value(1).toInt()});
            s.reports += q.value(1).toInt();
        }
    }
    if (q.exec(QStringLiteral("SELECT f.kind, count(*) FROM open_flags f JOIN reports r ON r.id = f.report_id "
                              "WHERE r.superseded = 0 GROUP BY f.kind ORDER BY count(*) DESC, f.kind"))) {
        while (q.next()) {
            s.openFlagsByKind.append({q.value(0).toString(), q.value(1).toInt()});
        }
    }
    if (q.exec(QStringLiteral(
            "SELECT count(*) FROM fields f JOIN reports r ON r.id = f.report_id WHERE r.superseded = 0")) &&
        q.next()) {
        s.fields = q.value(0).toInt();
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM audit")) && q.next()) {
        s.auditEntries = q.value(0).toInt();
    }
    return s;
}

std::optional<qint64> ReportRepository::reportWithHash(const QByteArray& contentHash)
{
    QSqlQuery& q = m_context.statement(QStringLiteral("SELECT id FROM reports WHERE content_hash = ?"));
    q.addBindValue(QString::fromLatin1(contentHash));
    std::optional<qint64> id;
    if (q.exec() && q.next()) {
        id = q.value(0).toLongLong();
    }
    q.finish(); // an open statement would keep the transaction from committing
    return id;
}

std::optional<qint64> ReportRepository::sameBodyReport(qint64 reportId, const QString& region, int year)
{
    if (region.isEmpty() || year <= 0) {
        return std::optional<qint64>(0);
    }
    const BodyName body = BodyName::of(region);
    if (body.key.isEmpty()) {
        return std::optional<qint64>(0);
    }
    // At most a few rows: two reports of the body for one year already make the answer "unknown" (a batch of
    // copies of one report must not make every import read all the others).
    QSqlQuery& q = m_context.statement(QStringLiteral(
        "SELECT id, region FROM reports WHERE body_key = ? AND year = ? AND superseded = 0 AND id != ? LIMIT 16"));
    q.addBindValue(body.key);
    q.addBindValue(year);
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("look up the same body's reports"), q.lastError().databaseText());
        return std::nullopt;
    }
    qint64 found = 0;
    int matches = 0;
    while (matches < 2 && q.next()) {
        const QString other = q.value(1).toString();
        if (other == region || body.sameAs(BodyName::of(other))) { // the same text needs no normalising
            found = q.value(0).toLongLong();
            ++matches;
        }
    }
    q.finish();
    return std::optional<qint64>(matches == 1 ? found : 0); // two candidates: which one is unknown
}

} // namespace jiaohe
