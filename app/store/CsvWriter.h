// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace jiaohe {

// CSV that opens correctly in Excel and round-trips in any CSV reader: RFC 4180 quoting (a cell with
// a comma, a quote, a line break or leading/trailing spaces is quoted, quotes doubled), CRLF between
// records, UTF-8 with an optional BOM (Excel needs it to read UTF-8), and cells that begin with
// = + - @ tab or carriage return neutralised against formula injection by a leading apostrophe —
// except cells that are plain numbers (-12, -3.5, +7), which stay numbers.
class CsvWriter
{
public:
    struct Options
    {
        bool bom = false;
        bool neutraliseFormulas = true;
    };

    explicit CsvWriter(Options options);

    // One record; cells are written as given (numbers already formatted by the caller).
    void addRow(const QStringList& cells);
    // The whole file so far.
    QByteArray data() const { return m_data; }

    // One cell as it appears in the file (quoted and neutralised as needed).
    static QString encodeCell(const QString& cell, bool neutraliseFormulas = true);
    // True for a cell a spreadsheet would run as a formula: starts with = + - @ \t \r and is not a
    // plain number.
    static bool looksLikeFormula(const QString& cell);

    // Why `path` must not receive an export, or an empty string when it may: it exists and is not a regular
    // file (a device, a FIFO, a socket, a folder), or it is one of `protectedFiles` (the review database and
    // its -wal/-shm/-journal) under any name — compared by device and inode, so links and ../ do not hide it.
    static QString targetProblem(const QString& path, const QStringList& protectedFiles = {});

    // Writes `data` to `path` through a temporary file renamed into place (QSaveFile), so a failed
    // export never leaves half a file; refuses a target targetProblem() objects to. The file is made
    // readable and writable by its owner only (0600), whatever the umask: an export holds the review.
    // Returns false and says why in `error`.
    static bool writeFile(const QString& path, const QByteArray& data, QString* error,
                          const QStringList& protectedFiles = {});

private:
    Options m_options;
    QByteArray m_data;
};

} // namespace jiaohe
