// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportImporter.h"

#include "AuditLog.h"
#include "BoxCodec.h"
#include "Database.h"
#include "FlagSync.h"
#include "ReportRepository.h"
#include "StoreContext.h"
#include "document/BodyName.h"
#include "pipeline/Analysis.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

namespace {

QString formatText(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Pdf:
        return QStringLiteral("pdf");
    case SourceFormat::PlainText:
        break;
    }
    return QStringLiteral("text");
}

} // namespace

QList<ReportImporter::Outcome> ReportImporter::importBatch(const QList<const Analysis*>& analyses)
{
    QList<Outcome> outcomes(analyses.size());
    // One batch: one reviewer, one moment, the same prepared statements for every report.
    m_context.beginBatch();
    const bool ok = m_context.db().transaction([&] {
        for (qsizetype i = 0; i < analyses.size(); ++i) {
            const Analysis* a = analyses.at(i);
            if (!a->ok()) {
                outcomes[i].result = Imported::Failed;
                outcomes[i].error = a->error;
                continue;
            }
            if (!insertReport(*a, outcomes[i])) {
                return false;
            }
        }
        return !m_context.injected(QStringLiteral("import"));
    });
    m_context.endBatch();
    if (!ok) {
        const QString error = m_context.error();
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            Outcome& o = outcomes[i];
            if (o.result == Imported::Failed && !o.error.isEmpty()) {
                continue; // not analysed: its own reason stays
            }
            // Another machine importing into the same server stored the same bytes first (the content hash is
            // unique, so this transaction was refused): the report is there, whole, once.
            if (const std::optional<qint64> stored = m_repository.reportWithHash(analyses.at(i)->document.contentHash)) {
                o.result = Imported::AlreadyPresent;
                o.reportId = *stored;
                continue;
            }
            o.result = Imported::Failed;
            o.reportId = 0;
            o.error = error;
        }
    }
    return outcomes;
}

bool ReportImporter::insertReport(const Analysis& a, Outcome& out)
{
    if (auto existing = m_repository.reportWithHash(a.document.contentHash)) {
        out.result = Imported::AlreadyPresent;
        out.reportId = *existing;
        return true;
    }
    // The same file however it was named (./a.txt, a.txt, /dir/a.txt): versions are found by path.
    const QString filePath = a.filePath.isEmpty() ? QString() : QFileInfo(a.filePath).absoluteFilePath();
    // An earlier version: the same file path, other bytes.
    qint64 previous = 0;
    QString previousStatus;
    {
        QSqlQuery& q = m_context.statement(QStringLiteral(
            "SELECT id, status FROM reports WHERE file_path = ? AND superseded = 0 ORDER BY id DESC LIMIT 1"));
        q.addBindValue(filePath);
        if (!q.exec()) {
            return m_context.db().fail(QStringLiteral("look up earlier versions"), q.lastError().databaseText());
        }
        if (q.next()) {
            previous = q.value(0).toLongLong();
            previousStatus = q.value(1).toString();
        }
        q.finish();
    }
    const qint64 id = insertRows(a, previous, previousStatus);
    if (id == 0 || !insertBoxes(id, a.document) || !m_flags.storeNew(id, a.flags, a.extraction)) {
        return false;
    }
    if (previous && !carryOver(id, previous)) {
        return false;
    }
    // Next year's report of the same body, imported before this one, is checked against it now.
    if (a.extraction.year && !a.extraction.region.isEmpty()) {
        const std::optional<qint64> next = m_repository.sameBodyReport(id, a.extraction.region, *a.extraction.year + 1);
        if (!next || (*next > 0 && (!m_flags.recheck(*next, false) || !m_context.notifyChanged(*next)))) {
            return false;
        }
    }
    const AuditEntry entry = AuditEntry::ofReport(
        id, previous ? QStringLiteral("new_version") : QStringLiteral("import"),
        previous ? QString::number(previous) : QString(), QString::fromLatin1(a.document.contentHash));
    // The other windows on a server: the new report (and the version it replaces) in their queues.
    if (!m_audit.write(entry) || !m_context.notifyChanged(id) || (previous && !m_context.notifyChanged(previous))) {
        return false;
    }
    out.result = previous ? Imported::NewVersion : Imported::Added;
    out.reportId = id;
    return true;
}

qint64 ReportImporter::insertRows(const Analysis& a, qint64 previous, const QString& previousStatus)
{
    const Document& d = a.document;
    const QString filePath = a.filePath.isEmpty() ? QString() : QFileInfo(a.filePath).absoluteFilePath();
    QSqlQuery& r = m_context.statement(
        QStringLiteral("INSERT INTO reports(file_path, file_name, content_hash, encoding, format, original_text, "
                       "year, region, status, imported_at, previous_id, body_key) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    r.addBindValue(filePath);
    r.addBindValue(QFileInfo(filePath).fileName());
    r.addBindValue(QString::fromLatin1(d.contentHash));
    r.addBindValue(d.encoding);
    r.addBindValue(formatText(d.format));
    r.addBindValue(d.original);
    r.addBindValue(a.extraction.year ? QVariant(*a.extraction.year) : QVariant());
    r.addBindValue(a.extraction.region.isEmpty() ? QVariant() : QVariant(a.extraction.region));
    const bool carried = previous && (previousStatus == toString(ReportStatus::Reviewed) ||
                                      previousStatus == toString(ReportStatus::InReview));
    r.addBindValue(toString(carried ? ReportStatus::InReview : ReportStatus::Unreviewed));
    r.addBindValue(m_context.now());
    r.addBindValue(previous ? QVariant(previous) : QVariant());
    const QString key = a.extraction.region.isEmpty() ? QString() : bodyKey(a.extraction.region);
    r.addBindValue(key.isEmpty() ? QVariant() : QVariant(key));
    // RETURNING rather than lastInsertId(): PostgreSQL's driver gives an OID there, which tables no longer have.
    if (!r.exec() || !r.next()) {
        m_context.db().fail(QStringLiteral("store the report"), r.lastError().databaseText());
        return 0;
    }
    const qint64 id = r.value(0).toLongLong();
    r.finish();
    QSqlQuery& f = m_context.statement(
        QStringLiteral("INSERT INTO fields(report_id, key, value, unit, approx, evidence_start, evidence_end, "
                       "evidence_text, blank) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ExtractedField& field : a.extraction.fields) {
        f.addBindValue(id);
        f.addBindValue(field.key);
        f.addBindValue(field.value);
        f.addBindValue(field.unit);
        f.addBindValue(field.approx ? 1 : 0);
        f.addBindValue(qint64(field.start));
        f.addBindValue(qint64(field.end));
        f.addBindValue(a.originalText(field.start, field.end));
        f.addBindValue(field.blank ? 1 : 0);
        if (!f.exec()) {
            m_context.db().fail(QStringLiteral("store the fields"), f.lastError().databaseText());
            return 0;
        }
    }
    return id;
}

bool ReportImporter::insertBoxes(qint64 id, const Document& d)
{
    // Only a reading that has a box (or an empty one) for every unit of the text it stores: the offsets of the
    // evidence are offsets of that text.
    if (d.format != SourceFormat::Pdf || d.pages.isEmpty() || d.charBoxes.size() != d.original.size()) {
        return true;
    }
    const BoxCodec::Encoded encoded = BoxCodec::encode(d.pages, d.charBoxes);
    QSqlQuery& q = m_context.statement(
        QStringLiteral("INSERT INTO report_boxes(report_id, format, pages, boxes) VALUES (?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(encoded.format);
    q.addBindValue(encoded.pages);
    q.addBindValue(encoded.boxes);
    return q.exec() || m_context.db().fail(QStringLiteral("store the character boxes"), q.lastError().databaseText());
}

bool ReportImporter::carryOver(qint64 id, qint64 previous)
{
    QSqlDatabase& db = m_context.db().connection();
    auto fail = [&](const QSqlQuery& q, const QString& what) {
        return m_context.db().fail(what, q.lastError().databaseText());
    };
    // The old version's review carries over where the new text says the same: a field with the same
    // extracted value keeps its decision, a flag of the same rule on the same numbers keeps its resolution.
    QSqlQuery c(db);
    c.prepare(QStringLiteral(
        "UPDATE fields AS n SET status = o.status, corrected_value = o.corrected_value, note = o.note, "
        "reviewed_at = o.reviewed_at, reviewed_by = o.reviewed_by "
        "FROM fields AS o WHERE n.report_id = ? AND o.report_id = ? AND o.key = n.key AND o.value IS NOT DISTINCT FROM n.value"));
    c.addBindValue(id);
    c.addBindValue(previous);
    if (!c.exec()) {
        return fail(c, QStringLiteral("carry the review over"));
    }
    // Corrections carried over change what the checks find (a corrected unit slip is no longer one):
    // re-run them, so the flags are those of the corrected report, as they were in the old version,
    // before the flag decisions are matched.
    QSqlQuery corrected(db);
    corrected.prepare(QStringLiteral("SELECT count(*) FROM fields WHERE report_id = ? AND status = 'corrected' "
                                     "AND corrected_value IS NOT NULL"));
    corrected.addBindValue(id);
    if (!corrected.exec() || !corrected.next()) {
        return fail(corrected, QStringLiteral("carry the review over"));
    }
    const bool rerun = corrected.value(0).toInt() > 0;
    corrected.finish();
    if (rerun && !m_flags.recheck(id, false)) {
        return false;
    }
    QSqlQuery k(db);
    k.prepare(QStringLiteral("UPDATE flags AS n SET resolution = o.resolution, resolution_reason = o.resolution_reason, "
                             "decided_by = o.decided_by, decided_at = o.decided_at, accepted_value = o.accepted_value "
                             "FROM flags AS o WHERE n.report_id = ? AND o.report_id = ? AND o.rule IS NOT DISTINCT FROM n.rule "
                             "AND o.numbers IS NOT DISTINCT FROM n.numbers"));
    k.addBindValue(id);
    k.addBindValue(previous);
    if (!k.exec()) {
        return fail(k, QStringLiteral("carry the review over"));
    }
    QSqlQuery s(db);
    // The report's note goes with the review.
    s.prepare(QStringLiteral("UPDATE reports SET note = (SELECT note FROM reports WHERE id = ?) WHERE id = ?"));
    s.addBindValue(previous);
    s.addBindValue(id);
    if (!s.exec()) {
        return fail(s, QStringLiteral("carry the review over"));
    }
    s.prepare(QStringLiteral("UPDATE reports SET superseded = 1 WHERE id = ?"));
    s.addBindValue(previous);
    return s.exec() || fail(s, QStringLiteral("mark the old version"));
}

} // namespace jiaohe
