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

    // Writes `data` to `path` through a temporary file renamed into place (QSaveFile), so a failed
    // export never leaves half a file. Returns false and says why in `error`.
    static bool writeFile(const QString& path, const QByteArray& data, QString* error);

private:
    Options m_options;
    QByteArray m_data;
};

} // namespace jiaohe
