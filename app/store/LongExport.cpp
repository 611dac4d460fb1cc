// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"
#include "Database.h"
#include "ExportColumns.h"
#include "extract/FieldCatalogue.h"

#include <QSqlError>
#include <QSqlQuery>

// The long export: one row per field. The printed value (value_extracted), the final value (what the checks and
// the wide export use), the reviewer's value (value_reviewed: the corrected value when corrected, the intended
// one when the report printed it wrong, the printed one when confirmed, nothing when unreviewed or not
// applicable), the status, the evidence, who and when, the note. New columns go at the end, so that scripts
// reading the old ones by position keep working.
namespace jiaohe::exportparts {

namespace {

const QList<Column> longColumns = {
    {"file", "文件", "File"},
    {"key", "字段键", "Field key"},
    {"label", "字段", "Field"},
    {"value_extracted", "原文数值", "Value as printed"},
    {"value_final", "最终数值", "Final value"},
    {"unit", "单位", "Unit"},
    {"status", "审核状态", "Status"},
    {"evidence", "原文依据", "Evidence"},
    {"reviewer", "审核人", "Reviewer"},
    {"reviewed_at", "审核时间", "Reviewed at"},
    {"note", "备注", "Note"},
    {"value_reviewed", "审核认定数值", "Reviewed value"},
    {"content_hash", "文件SHA-256", "SHA-256"},
};

} // namespace

bool writeLong(Database& db, const Exporter::Options& options, const QString& where, CsvWriter& csv, int* rows,
               QString* error)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    csv.addRow(headerRow(longColumns + QList<Column>{engineColumn}, options.headers));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT r.file_path, f.key, f.value, f.final_value, f.unit, f.status, f.evidence_text, "
                       "f.reviewed_by, f.reviewed_at, f.note, "
                       "CASE f.status WHEN 'corrected' THEN coalesce(f.corrected_value, f.value) "
                       "WHEN 'as_printed' THEN f.corrected_value WHEN 'confirmed' THEN coalesce(f.value, "
                       "f.corrected_value) END, r.content_hash "
                       "FROM field_values f JOIN reports r ON r.id = f.report_id WHERE %1 ORDER BY r.id, f.id")
            .arg(where);
    if (!q.exec(sql)) {
        *error = db.describe(QStringLiteral("read the fields"), q.lastError().databaseText());
        return false;
    }
    while (q.next()) {
        const QString key = q.value(1).toString();
        const FieldDef* def = catalogue.find(key);
        csv.addRow({q.value(0).toString(), key, def ? def->label(options.lang) : QString(), numberCell(q.value(2)),
                    numberCell(q.value(3)), q.value(4).toString(), codeCell(q.value(5).toString(), options.headers),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                    numberCell(q.value(10)), q.value(11).toString(), engineCell()});
        ++*rows;
    }
    if (q.lastError().isValid()) {
        *error = db.describe(QStringLiteral("read the fields"), q.lastError().databaseText());
        return false;
    }
    return true;
}

} // namespace jiaohe::exportparts
