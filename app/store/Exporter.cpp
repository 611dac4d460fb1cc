// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "CsvWriter.h"
#include "Database.h"
#include "ExportColumns.h"
#include "extract/FieldCatalogue.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace jiaohe {

using exportparts::codeCell;
using exportparts::numberCell;

namespace {

const QList<exportparts::Column> wideLead = {
    {"file", "文件", "File"},
    {"content_hash", "文件SHA-256", "SHA-256"},
    {"region", "地区", "Region"},
    {"year", "年度", "Year"},
    {"review_status", "审核状态", "Review status"},
    {"open_flags", "待处理问题", "Open flags"},
};

// The field columns of the wide export: the keys, or the labels (a label two fields share gets its key).
QStringList fieldHeaders(const FieldCatalogue& catalogue, const QStringList& keys, Exporter::Headers headers)
{
    if (headers == Exporter::Headers::Keys) {
        return keys;
    }
    const QString lang = headers == Exporter::Headers::En ? QStringLiteral("en") : QStringLiteral("zh");
    QHash<QString, int> uses;
    QStringList labels;
    for (const QString& key : keys) {
        const FieldDef* def = catalogue.find(key);
        labels.append(def && !def->label(lang).isEmpty() ? def->label(lang) : key);
        ++uses[labels.last()];
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (uses.value(labels.at(i)) > 1) {
            labels[i] += QStringLiteral(" (%1)").arg(keys.at(i));
        }
    }
    return labels;
}

bool writeWide(Database& db, const Exporter::Options& options, const QString& where, CsvWriter& csv, int* count,
               QString* error)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    const QStringList keys = catalogue.keys();
    csv.addRow(exportparts::headerRow(wideLead, options.headers) + fieldHeaders(catalogue, keys, options.headers) +
               exportparts::headerRow({exportparts::engineColumn}, options.headers));
    QHash<QString, int> column;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        column.insert(keys.at(i), int(i));
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // One pass over the fields joined to their reports, in report order.
    const QString sql =
        QStringLiteral("SELECT r.id, r.file_path, r.content_hash, r.region, r.year, r.status, "
                       "(SELECT count(*) FROM open_flags g WHERE g.report_id = r.id), f.key, f.final_value "
                       "FROM reports r LEFT JOIN field_values f ON f.report_id = r.id WHERE %1 ORDER BY r.id, f.id")
            .arg(where);
    if (!q.exec(sql)) {
        *error = db.describe(QStringLiteral("read the reports"), q.lastError().databaseText());
        return false;
    }
    qint64 current = -1;
    QStringList row;
    auto flush = [&] {
        if (current >= 0) {
            csv.addRow(row);
            ++*count;
        }
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != current) {
            flush();
            current = id;
            row = QStringList{q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).isNull() ? QString() : q.value(4).toString(),
                              codeCell(q.value(5).toString(), options.headers),
                              q.value(6).toString()};
            for (qsizetype i = 0; i < keys.size(); ++i) {
                row.append(QString());
            }
            row.append(exportparts::engineCell());
        }
        const auto it = column.constFind(q.value(7).toString());
        if (it != column.cend()) {
            row[6 + *it] = numberCell(q.value(8));
        }
    }
    if (q.lastError().isValid()) {
        // A row that cannot be read (a damaged page, an I/O error) ends the scan early: the file
        // would silently miss reports.
        *error = db.describe(QStringLiteral("read the reports"), q.lastError().databaseText());
        return false;
    }
    flush();
    return true;
}

} // namespace

QByteArray Exporter::exportCsv(Database& db, const Options& options, QString* error, int* rows)
{
    CsvWriter csv(CsvWriter::Options{options.bom, true});
    int count = 0;
    const QString where = options.reviewedOnly ? QStringLiteral("r.superseded = 0 AND r.status = 'reviewed'")
                                               : QStringLiteral("r.superseded = 0");
    bool ok = false;
    switch (options.format) {
    case Format::Wide:
        ok = writeWide(db, options, where, csv, &count, error);
        break;
    case Format::Long:
        ok = exportparts::writeLong(db, options, where, csv, &count, error);
        break;
    case Format::Flags:
        ok = exportparts::writeFlags(db, options, where, csv, &count, error);
        break;
    }
    if (!ok) {
        return QByteArray();
    }
    if (rows) {
        *rows = count;
    }
    return csv.data();
}

bool Exporter::exportToFile(Database& db, const QString& path, const Options& options, QString* error, int* rows)
{
    error->clear();
    const QByteArray csv = exportCsv(db, options, error, rows);
    return error->isEmpty() && CsvWriter::writeFile(path, csv, error, databaseFiles(db.path()));
}

QStringList Exporter::databaseFiles(const QString& databasePath)
{
    if (databasePath.isEmpty())
        return {};
    return {databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
            databasePath + QStringLiteral("-journal")};
}

std::optional<Exporter::Format> Exporter::formatFromString(const QString& text)
{
    if (text == u"wide") {
        return Format::Wide;
    }
    if (text == u"long") {
        return Format::Long;
    }
    if (text == u"flags") {
        return Format::Flags;
    }
    return std::nullopt;
}

std::optional<Exporter::Headers> Exporter::headersFromString(const QString& text)
{
    if (text == u"keys") {
        return Headers::Keys;
    }
    if (text == u"zh") {
        return Headers::Zh;
    }
    if (text == u"en") {
        return Headers::En;
    }
    return std::nullopt;
}

} // namespace jiaohe
