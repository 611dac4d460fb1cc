#include "Exporter.h"

#include "CsvWriter.h"
#include "Database.h"
#include "extract/FieldCatalogue.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace jiaohe {

namespace {

QString numberCell(const QVariant& v)
{
    if (v.isNull()) {
        return QString();
    }
    const double d = v.toDouble();
    if (std::abs(d - std::round(d)) < 1e-9 && std::abs(d) < 9e15) {
        return QString::number(qint64(std::llround(d)));
    }
    return QString::number(d, 'g', 15);
}

} // namespace

QByteArray Exporter::exportCsv(Database& db, const Options& options, QString* error, int* rows)
{
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    CsvWriter csv(CsvWriter::Options{options.bom, true});
    int count = 0;
    const QString where = options.reviewedOnly ? QStringLiteral("r.superseded = 0 AND r.status = 'reviewed'")
                                               : QStringLiteral("r.superseded = 0");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (options.format == Format::Wide) {
        QStringList header = {QStringLiteral("file"), QStringLiteral("content_hash"),  QStringLiteral("region"),
                              QStringLiteral("year"), QStringLiteral("review_status"), QStringLiteral("open_flags")};
        const QStringList keys = catalogue.keys();
        header.append(keys);
        csv.addRow(header);
        QHash<QString, int> column;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            column.insert(keys.at(i), int(i));
        }
        // One pass over the fields joined to their reports, in report order.
        const QString sql =
            QStringLiteral("SELECT r.id, r.file_path, r.content_hash, r.region, r.year, r.status, "
                           "(SELECT count(*) FROM open_flags g WHERE g.report_id = r.id), f.key, f.final_value "
                           "FROM reports r LEFT JOIN field_values f ON f.report_id = r.id WHERE %1 ORDER BY r.id, f.id")
                .arg(where);
        if (!q.exec(sql)) {
            *error = db.describe(QStringLiteral("read the reports"), q.lastError().databaseText());
            return QByteArray();
        }
        qint64 current = -1;
        QStringList row;
        auto flush = [&] {
            if (current >= 0) {
                csv.addRow(row);
                ++count;
            }
        };
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != current) {
                flush();
                current = id;
                row = QStringList{q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).isNull() ? QString() : q.value(4).toString(),
                                  q.value(5).toString(), q.value(6).toString()};
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    row.append(QString());
                }
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
            return QByteArray();
        }
        flush();
    } else {
        csv.addRow({QStringLiteral("file"), QStringLiteral("key"), QStringLiteral("label"),
                    QStringLiteral("value_extracted"), QStringLiteral("value_final"), QStringLiteral("unit"),
                    QStringLiteral("status"), QStringLiteral("evidence"), QStringLiteral("reviewer"),
                    QStringLiteral("reviewed_at"), QStringLiteral("note")});
        const QString sql =
            QStringLiteral("SELECT r.file_path, f.key, f.value, f.final_value, "
                           "f.unit, f.status, f.evidence_text, f.reviewed_by, f.reviewed_at, f.note "
                           "FROM field_values f JOIN reports r ON r.id = f.report_id WHERE %1 ORDER BY r.id, f.id")
                .arg(where);
        if (!q.exec(sql)) {
            *error = db.describe(QStringLiteral("read the fields"), q.lastError().databaseText());
            return QByteArray();
        }
        while (q.next()) {
            const QString key = q.value(1).toString();
            const FieldDef* def = catalogue.find(key);
            csv.addRow({q.value(0).toString(), key, def ? def->label(options.lang) : QString(), numberCell(q.value(2)),
                        numberCell(q.value(3)), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                        q.value(7).toString(), q.value(8).toString(), q.value(9).toString()});
            ++count;
        }
        if (q.lastError().isValid()) {
            *error = db.describe(QStringLiteral("read the fields"), q.lastError().databaseText());
            return QByteArray();
        }
    }
    if (rows) {
        *rows = count;
    }
    return csv.data();
}

} // namespace jiaohe
