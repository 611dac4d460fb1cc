// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiaohe {

class Database;

// CSV exports of the review database (the columns of each are listed in README, "Exports").
//  wide:  one row per report — file, content hash, region, year, review status, open flags, then one
//         column per catalogue field holding the final value (corrected if corrected, else extracted).
//  long:  one row per field — the printed value, the final value, the reviewer's value, the status, the
//         evidence, who and when, the note.
//  flags: one row per flag still raised or decided — where, which rule, the message, the numbers and the
//         evidence, the suggested fix, and the decision with its reason, the value taken, who and when.
// Headers are the column keys (for scripts; the command line's default) or words in Chinese or English
// (for people; the window's export dialog passes the interface language); with words, the status codes are
// words too (已确认 / confirmed).
class Exporter
{
public:
    enum class Format
    {
        Wide,
        Long,
        Flags,
    };
    enum class Headers
    {
        Keys,
        Zh,
        En,
    };
    struct Options
    {
        Format format = Format::Wide;
        bool bom = false;
        bool reviewedOnly = false;
        QString lang = QStringLiteral("zh"); // field labels (long) and flag messages (flags)
        Headers headers = Headers::Keys;
    };

    // The CSV bytes; empty with `error` set on a database error.
    static QByteArray exportCsv(Database& db, const Options& options, QString* error, int* rows = nullptr);
    // The export written to `path` (through a temporary file renamed into place): what the window's export
    // dialog calls. False with `error` set when the database cannot be read or the file written.
    static bool exportToFile(Database& db, const QString& path, const Options& options, QString* error,
                             int* rows = nullptr);
    // The review database at `databasePath` and the files SQLite keeps beside it (-wal, -shm, -journal):
    // what an export must never replace.
    static QStringList databaseFiles(const QString& databasePath);

    // "wide" / "long" / "flags", "keys" / "zh" / "en": the command line's spelling; nothing for another word.
    static std::optional<Format> formatFromString(const QString& text);
    static std::optional<Headers> headersFromString(const QString& text);
};

} // namespace jiaohe
