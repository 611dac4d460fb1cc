#pragma once

#include <QByteArray>
#include <QString>

namespace jiaohe {

class Database;

// CSV exports of the review database.
//  wide: one row per report — file, content hash, region, year, review status, open flags, then one
//        column per catalogue field key holding the final value (corrected if corrected, else extracted).
//  long: one row per field — report, key, label, value as extracted, final value, unit, status,
//        evidence text, reviewer, reviewed at, the reviewer's note.
class Exporter
{
public:
    enum class Format
    {
        Wide,
        Long,
    };
    struct Options
    {
        Format format = Format::Wide;
        bool bom = false;
        bool reviewedOnly = false;
        QString lang = QStringLiteral("zh"); // labels in the long format
    };

    // The CSV bytes; empty with `error` set on a database error.
    static QByteArray exportCsv(Database& db, const Options& options, QString* error, int* rows = nullptr);
};

} // namespace jiaohe
