// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagSync.h"

#include "BoxCodec.h"
#include "Database.h"
#include "ReportRepository.h"
#include "StoreContext.h"
#include "check/Checker.h"
#include "check/TableChecks.h"
#include "common/NumberText.h"
#include "document/Document.h"
#include "pipeline/Recheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

namespace {

SourceFormat formatOf(const QString& s)
{
    if (s == u"html") {
        return SourceFormat::Html;
    }
    if (s == u"pdf") {
        return SourceFormat::Pdf;
    }
    return SourceFormat::PlainText;
}

QString suggestionText(const std::optional<Suggestion>& s)
{
    if (!s) {
        return QString();
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("value"), jsonNumber(s->value)},
                                                       {QStringLiteral("start"), qint64(s->start)},
                                                       {QStringLiteral("end"), qint64(s->end)}})
                                 .toJson(QJsonDocument::Compact));
}

// The eleven columns a flag row is written with: report_id, identity, rule, kind, severity, message_zh,
// message_en, numbers, spans, suggestion, related_report_id.
void bindFlag(QSqlQuery& q, qint64 reportId, const QString& identity, const Flag& flag)
{
    q.addBindValue(reportId);
    q.addBindValue(identity);
    q.addBindValue(flag.rule);
    q.addBindValue(flag.kind);
    q.addBindValue(severityName(flag.severity));
    q.addBindValue(flag.messageZh);
    q.addBindValue(flag.messageEn);
    q.addBindValue(toJsonText(flag.values));
    q.addBindValue(toJsonText(flag.spans));
    const QString suggestion = suggestionText(flag.suggestion);
    q.addBindValue(suggestion.isEmpty() ? QVariant() : QVariant(suggestion));
    q.addBindValue(flag.relatedReport > 0 ? QVariant(flag.relatedReport) : QVariant());
}

const QString flagInsert = QStringLiteral(
    "INSERT INTO flags(report_id, identity, rule, kind, severity, message_zh, message_en, numbers, spans, "
    "suggestion, related_report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

QString storedIdentity(const Flag& flag)
{
    return flag.identity();
}

// Written by hand rather than through QJsonDocument: the import stores two of these per flag, and the
// text is the same compact JSON ("[1103,35,1081]", "[[200,205],[210,213]]").
QString toJsonText(const QList<double>& numbers)
{
    QString out(1, u'[');
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += numberText(numbers.at(i));
    }
    out += u']';
    return out;
}

QString toJsonText(const QList<std::pair<qsizetype, qsizetype>>& spans)
{
    QString out(1, u'[');
    for (qsizetype i = 0; i < spans.size(); ++i) {
        out += QStringLiteral("%1[%2,%3]")
                   .arg(i > 0 ? QStringLiteral(",") : QString())
                   .arg(spans.at(i).first)
                   .arg(spans.at(i).second);
    }
    out += u']';
    return out;
}

bool FlagSync::storeNew(qint64 reportId, const QList<Flag>& checked, const Extraction& ex)
{
    std::optional<QList<Flag>> acrossYears = yearFlags(reportId, ex, ex.year ? *ex.year : 0, ex.region);
    if (!acrossYears) {
        return false;
    }
    QList<Flag> flags = checked;
    flags.append(*acrossYears);
    QSqlQuery& g = m_context.statement(flagInsert);
    QSet<QString> identities;
    for (const Flag& flag : std::as_const(flags)) {
        const QString identity = storedIdentity(flag);
        if (identities.contains(identity)) {
            continue; // the same rule on the same cells once
        }
        identities.insert(identity);
        bindFlag(g, reportId, identity, flag);
        if (!g.exec()) {
            return m_context.db().fail(QStringLiteral("store the flags"), g.lastError().databaseText());
        }
    }
    return true;
}

std::optional<QList<Flag>> FlagSync::yearFlags(qint64 reportId, const Extraction& ex, int year, const QString& region)
{
    const std::optional<qint64> previous = m_repository.sameBodyReport(reportId, region, year - 1);
    if (!previous) {
        return std::nullopt;
    }
    if (*previous == 0) {
        return QList<Flag>();
    }
    // Last year's figures as reviewed: the final values (corrections applied, fields that do not apply left out).
    Extraction last;
    QSqlQuery& q = m_context.statement(QStringLiteral(
        "SELECT key, final_value, evidence_start, evidence_end FROM field_values WHERE report_id = ? AND "
        "final_value IS NOT NULL"));
    q.addBindValue(*previous);
    if (!q.exec()) {
        m_context.db().fail(QStringLiteral("read last year's fields"), q.lastError().databaseText());
        return std::nullopt;
    }
    while (q.next()) {
        ExtractedField f;
        f.key = q.value(0).toString();
        f.value = q.value(1).toDouble();
        f.start = q.value(2).toLongLong();
        f.end = q.value(3).toLongLong();
        last.fields.append(f);
    }
    q.finish();
    last.year = year - 1;
    QList<Flag> flags = checkAcrossYears(ex, last);
    for (Flag& f : flags) {
        f.relatedReport = *previous;
    }
    return flags;
}

bool FlagSync::recheck(qint64 reportId, bool followNextYear)
{
    QSqlDatabase& db = m_context.db().connection();
    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT original_text, format, year, region FROM reports WHERE id = ?"));
    r.addBindValue(reportId);
    if (!r.exec() || !r.next()) {
        return m_context.db().fail(QStringLiteral("read the report"), r.lastError().databaseText());
    }
    const QString text = r.value(0).toString();
    const SourceFormat format = formatOf(r.value(1).toString());
    // A PDF's stored character boxes join the same wrapped lines as the import did (narrow columns).
    QList<PdfCharBox> boxes;
    if (format == SourceFormat::Pdf) {
        if (const std::optional<BoxCodec::Encoded> stored = m_repository.reportBoxes(reportId)) {
            if (std::optional<BoxCodec::Decoded> decoded = BoxCodec::decode(*stored, text.size())) {
                boxes = std::move(decoded->boxes);
            }
        }
    }
    const Document doc = Document::fromText(text, format, boxes);
    const int year = r.value(2).toInt();
    const QString region = r.value(3).toString();
    // The reviewer's corrections replace the printed numbers before the rules run again.
    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT key, corrected_value, evidence_start, evidence_end FROM fields WHERE "
                             "report_id = ? AND status = 'corrected' AND corrected_value IS NOT NULL"));
    f.addBindValue(reportId);
    if (!f.exec()) {
        return m_context.db().fail(QStringLiteral("read the corrections"), f.lastError().databaseText());
    }
    QList<Correction> corrections;
    while (f.next()) {
        corrections.append(
            {f.value(0).toString(), f.value(1).toDouble(), f.value(2).toLongLong(), f.value(3).toLongLong()});
    }
    Extraction ex;
    QList<Flag> now = jiaohe::recheck(doc, corrections, Checker(), &ex);
    const std::optional<QList<Flag>> acrossYears = yearFlags(reportId, ex, year, region);
    if (!acrossYears) {
        return false;
    }
    now.append(*acrossYears);
    if (!upsert(reportId, now)) {
        return false;
    }
    if (followNextYear) {
        // Next year's report of the same body is checked against this one's figures as now reviewed.
        const std::optional<qint64> next = m_repository.sameBodyReport(reportId, region, year + 1);
        return next && (*next == 0 || recheck(*next, false));
    }
    return true;
}

bool FlagSync::upsert(qint64 reportId, const QList<Flag>& flags)
{
    QSqlDatabase& db = m_context.db().connection();
    QSet<QString> raised;
    QSqlQuery up(db);
    up.prepare(QStringLiteral(
        "INSERT INTO flags(report_id, identity, rule, kind, severity, message_zh, message_en, numbers, spans, "
        "suggestion, related_report_id, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
        "ON CONFLICT(report_id, identity) DO UPDATE SET "
        "severity = excluded.severity, message_zh = excluded.message_zh, message_en = excluded.message_en, "
        "numbers = excluded.numbers, suggestion = excluded.suggestion, "
        "related_report_id = excluded.related_report_id, active = 1"));
    for (const Flag& flag : flags) {
        const QString identity = storedIdentity(flag);
        if (raised.contains(identity)) {
            continue;
        }
        raised.insert(identity);
        bindFlag(up, reportId, identity, flag);
        if (!up.exec()) {
            return m_context.db().fail(QStringLiteral("update the flags"), up.lastError().databaseText());
        }
    }
    // Flags the checks no longer raise keep their decision but leave the list.
    QSqlQuery all(db);
    all.prepare(QStringLiteral("SELECT id, identity FROM flags WHERE report_id = ? AND active = 1"));
    all.addBindValue(reportId);
    if (!all.exec()) {
        return m_context.db().fail(QStringLiteral("read the flags"), all.lastError().databaseText());
    }
    QList<qint64> gone;
    while (all.next()) {
        if (!raised.contains(all.value(1).toString())) {
            gone.append(all.value(0).toLongLong());
        }
    }
    QSqlQuery off(db);
    off.prepare(QStringLiteral("UPDATE flags SET active = 0 WHERE id = ?"));
    for (qint64 id : std::as_const(gone)) {
        off.addBindValue(id);
        if (!off.exec()) {
            return m_context.db().fail(QStringLiteral("update the flags"), off.lastError().databaseText());
        }
    }
    return true;
}

} // namespace jiaohe
