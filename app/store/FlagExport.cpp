// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"
#include "Database.h"
#include "ExportColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

// The flags export: one row per flag the checks still raise or the reviewer decided (a flag whose suggested fix
// was taken is no longer raised, but its decision is a record). The evidence is the report's text at the flag's
// spans; the message is in the chosen language.
namespace jiaohe::exportparts {

namespace {

const QList<Column> flagColumns = {
    {"file", "文件", "File"},
    {"content_hash", "文件SHA-256", "SHA-256"},
    {"region", "地区", "Region"},
    {"year", "年度", "Year"},
    {"id", "问题编号", "Flag id"},
    {"rule", "规则", "Rule"},
    {"kind", "类别", "Kind"},
    {"severity", "严重程度", "Severity"},
    {"message", "问题说明", "Message"},
    {"numbers", "涉及数字", "Numbers"},
    {"evidence", "原文依据", "Evidence"},
    {"suggestion", "建议修正值", "Suggested fix"},
    {"decision", "处理结果", "Decision"},
    {"reason", "理由", "Reason"},
    {"accepted_value", "采纳数值", "Value taken"},
    {"reviewer", "处理人", "Decided by"},
    {"decided_at", "处理时间", "Decided at"},
    {"raised", "仍被检出", "Still raised"},
};

QString numbersCell(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        out.append(numberCell(v.toDouble()));
    }
    return out.join(QStringLiteral(", "));
}

QString evidenceCell(const QString& spansJson, const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(spansJson.toUtf8()).array()) {
        const qint64 start = v.toArray().at(0).toInteger();
        const qint64 end = v.toArray().at(1).toInteger();
        if (start >= 0 && end > start && end <= text.size()) {
            out.append(text.mid(start, end - start));
        }
    }
    return out.join(QStringLiteral(" … "));
}

QString suggestionCell(const QVariant& json)
{
    if (json.isNull()) {
        return QString();
    }
    return numberCell(QJsonDocument::fromJson(json.toString().toUtf8()).object().value(u"value").toDouble());
}

// A report's text, read once for all its flags.
class TextCache
{
public:
    explicit TextCache(Database& db) : m_query(db.connection()) {}
    const QString& of(qint64 reportId)
    {
        if (reportId != m_id) {
            m_id = reportId;
            m_query.prepare(QStringLiteral("SELECT original_text FROM reports WHERE id = ?"));
            m_query.addBindValue(reportId);
            m_text = m_query.exec() && m_query.next() ? m_query.value(0).toString() : QString();
            m_query.finish();
        }
        return m_text;
    }

private:
    QSqlQuery m_query;
    qint64 m_id = -1;
    QString m_text;
};

} // namespace

bool writeFlags(Database& db, const Exporter::Options& options, const QString& where, CsvWriter& csv, int* rows,
                QString* error)
{
    csv.addRow(headerRow(flagColumns + QList<Column>{engineColumn}, options.headers));
    QSqlQuery q(db.connection());
    // The report texts are read (TextCache) while the flags are: a server's forward-only result comes row by row
    // and is lost when another statement runs on the connection, so there it is read whole first.
    q.setForwardOnly(!db.isServer());
    const QString sql =
        QStringLiteral("SELECT r.id, r.file_path, r.content_hash, r.region, r.year, g.identity, g.rule, g.kind, "
                       "g.severity, %1, g.numbers, g.spans, g.suggestion, g.resolution, g.resolution_reason, "
                       "g.accepted_value, g.decided_by, g.decided_at, g.active "
                       "FROM flags g JOIN reports r ON r.id = g.report_id "
                       "WHERE %2 AND (g.active = 1 OR g.resolution != 'open') ORDER BY r.id, g.id")
            .arg(options.lang == u"en" ? QStringLiteral("g.message_en") : QStringLiteral("g.message_zh"), where);
    if (!q.exec(sql)) {
        *error = db.describe(QStringLiteral("read the flags"), q.lastError().databaseText());
        return false;
    }
    TextCache texts(db);
    const Exporter::Headers h = options.headers;
    while (q.next()) {
        csv.addRow({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).isNull() ? QString() : q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), codeCell(q.value(8).toString(), h),
                    q.value(9).toString(), numbersCell(q.value(10).toString()),
                    evidenceCell(q.value(11).toString(), texts.of(q.value(0).toLongLong())),
                    suggestionCell(q.value(12)), codeCell(q.value(13).toString(), h), q.value(14).toString(),
                    numberCell(q.value(15)), q.value(16).toString(), q.value(17).toString(),
                    h == Exporter::Headers::Keys
                        ? q.value(18).toString()
                        : codeCell(q.value(18).toBool() ? QStringLiteral("yes") : QStringLiteral("no"), h),
                    engineCell()});
        ++*rows;
    }
    if (q.lastError().isValid()) {
        *error = db.describe(QStringLiteral("read the flags"), q.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace jiaohe::exportparts
