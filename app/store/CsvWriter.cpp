#include "store/CsvWriter.h"

#include "common/Utf8.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

// The writer works on QString cells and encodes each record to UTF-8 once. The reader works on
// bytes: every structural character (comma, quote, CR, LF) is ASCII and no byte of a multi-byte
// UTF-8 sequence is ASCII, so cells can be cut out of the bytes and decoded one by one, and an
// error can name its exact byte offset.

namespace jiaohe {

namespace {

constexpr char16_t ByteOrderMark = 0xFEFF;
constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype Utf8BomSize = 3;

inline bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// An optional sign, then ASCII digits with at most one decimal point and at least one digit:
// "-12", "+7", "-3.5", "12.", ".5". Anything else (exponents, thousands separators, spaces) is not.
bool isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    if (i < cell.size() && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    bool digits = false;
    bool point = false;
    for (; i < cell.size(); ++i) {
        const char16_t c = cell[i].unicode();
        if (isAsciiDigit(c)) {
            digits = true;
        } else if (c == u'.' && !point) {
            point = true;
        } else {
            return false;
        }
    }
    return digits;
}

inline bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

// RFC 4180 requires quotes around a cell with a comma, a quote or a line break. Leading and trailing
// spaces and tabs are quoted too, since several readers (Excel among them, in some modes) trim them
// otherwise, and a leading U+FEFF is quoted so that a reader cannot take it for a byte order mark.
bool needsQuotes(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    if (isSpaceOrTab(cell.front()) || isSpaceOrTab(cell.back()) || cell.front() == QChar(ByteOrderMark))
        return true;
    for (const QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

// Keeps the problem found earliest in the data.
class ParseErrors
{
public:
    void report(qsizetype offset, const QString& message)
    {
        if (m_offset >= 0 && m_offset <= offset)
            return;
        m_offset = offset;
        m_message = message;
    }
    QString message() const { return m_message; }

private:
    qsizetype m_offset = -1;
    QString m_message;
};

// QString::fromUtf8() drops a leading U+FEFF; inside a cell it is a character like any other.
QString decodeUtf8(const char* bytes, qsizetype size)
{
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(bytes, size));
}

QString decodeUtf8(const QByteArray& bytes)
{
    return decodeUtf8(bytes.constData(), bytes.size());
}

inline bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

class Parser
{
public:
    explicit Parser(const QByteArray& data) : m_data(data.constData()), m_size(data.size()) {}

    QList<QStringList> run(ParseErrors* errors)
    {
        m_errors = errors;
        if (m_size >= Utf8BomSize && std::equal(Utf8Bom, Utf8Bom + Utf8BomSize, m_data))
            m_pos = Utf8BomSize;
        QList<QStringList> records;
        while (m_pos < m_size) {
            QStringList record;
            // A blank line is a record without cells (our writer writes a record of one empty cell
            // as "" so that it is not mistaken for one).
            if (!isLineEnd(m_data[m_pos])) {
                for (;;) {
                    record.append(cell());
                    if (m_pos < m_size && m_data[m_pos] == ',') {
                        ++m_pos;
                        continue;
                    }
                    break;
                }
            }
            skipLineEnd();
            records.append(record);
        }
        return records;
    }

private:
    // One cell from m_pos; leaves m_pos on the comma or line end after it, or at the end.
    QString cell()
    {
        if (m_pos < m_size && m_data[m_pos] == '"')
            return quotedCell();
        const qsizetype start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != ',' && !isLineEnd(m_data[m_pos])) {
            if (m_data[m_pos] == '"') {
                m_errors->report(m_pos, QStringLiteral("a quote inside a cell that does not begin with a quote at byte "
                                                       "offset %1")
                                            .arg(m_pos));
            }
            ++m_pos;
        }
        return decodeUtf8(m_data + start, m_pos - start);
    }

    QString quotedCell()
    {
        const qsizetype open = m_pos;
        ++m_pos;
        QByteArray bytes;
        for (;;) {
            const char* quote = static_cast<const char*>(std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos)));
            if (!quote) {
                m_errors->report(open, QStringLiteral("the quoted cell that begins at byte offset %1 is not closed "
                                                      "(an unterminated quote)")
                                           .arg(open));
                bytes.append(m_data + m_pos, m_size - m_pos);
                m_pos = m_size;
                return decodeUtf8(bytes);
            }
            const qsizetype at = quote - m_data;
            bytes.append(m_data + m_pos, at - m_pos);
            m_pos = at + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                bytes.append('"');
                ++m_pos;
                continue;
            }
            break;
        }
        // After the closing quote only a comma, a line end or the end of the data may follow; anything
        // else is kept as it is (as Python's csv module does) and reported.
        if (m_pos < m_size && m_data[m_pos] != ',' && !isLineEnd(m_data[m_pos])) {
            m_errors->report(m_pos,
                             QStringLiteral("unexpected text after the closing quote at byte offset %1").arg(m_pos));
            const qsizetype start = m_pos;
            while (m_pos < m_size && m_data[m_pos] != ',' && !isLineEnd(m_data[m_pos]))
                ++m_pos;
            bytes.append(m_data + start, m_pos - start);
        }
        return decodeUtf8(bytes);
    }

    void skipLineEnd()
    {
        if (m_pos < m_size && m_data[m_pos] == '\r')
            ++m_pos;
        else if (m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
        else
            return;
        if (m_data[m_pos - 1] == '\r' && m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    ParseErrors* m_errors = nullptr;
};

} // namespace

CsvWriter::CsvWriter(Options options) : m_options(options)
{
    if (m_options.bom)
        m_data.append(Utf8Bom, Utf8BomSize);
}

void CsvWriter::addRow(const QStringList& cells)
{
    QString line;
    if (cells.size() == 1 && cells.front().isEmpty()) {
        // A record of one empty cell would be a blank line, which readers skip or read as no cells.
        line = QStringLiteral("\"\"");
    } else {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += u',';
            line += encodeCell(cells[i], m_options.neutraliseFormulas);
        }
    }
    line += QLatin1String("\r\n");
    m_data += line.toUtf8();
}

bool CsvWriter::looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first == u'+' || first == u'-')
        return !isPlainNumber(cell);
    return false;
}

QString CsvWriter::encodeCell(const QString& cell, bool neutraliseFormulas)
{
    const bool neutralise = neutraliseFormulas && looksLikeFormula(cell);
    // The apostrophe goes in front before quoting is decided: "'\tx" no longer begins with a tab.
    const QString text = neutralise ? u'\'' + cell : cell;
    if (!needsQuotes(text))
        return text;
    QString out;
    out.reserve(text.size() + 2 + text.count(u'"'));
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

bool CsvWriter::writeFile(const QString& path, const QByteArray& data, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(shown, reason);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QStringLiteral("it is a folder"));
    const QDir folder = info.absoluteDir();
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())));

    // QSaveFile writes to a temporary file next to `path` and renames it over `path` only in
    // commit(); when anything fails the temporary file is removed and `path` is left as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // A write that stops short (disk full, file size limit) returns the bytes it did write and sets no
    // error, and commit() would then happily rename the truncated file into place. So keep writing
    // until everything is written or a write fails, which then says why.
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            const QString reason =
                file.error() != QFileDevice::NoError
                    ? file.errorString()
                    : QStringLiteral("only %1 of %2 bytes could be written").arg(written).arg(data.size());
            file.cancelWriting();
            return fail(reason);
        }
        written += n;
    }
    // Small files sit in QSaveFile's buffer until commit(), and Qt 6.4 renames the file into place even
    // when flushing that buffer fails: flush first and give up on an error.
    if (!file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    if (error)
        error->clear();
    return true;
}

QList<QStringList> CsvWriter::parse(const QByteArray& data, QString* error)
{
    ParseErrors errors;
    const qsizetype invalid = firstInvalidUtf8(data);
    if (invalid >= 0)
        errors.report(invalid, QStringLiteral("invalid UTF-8 at byte offset %1").arg(invalid));
    Parser parser(data);
    QList<QStringList> records = parser.run(&errors);
    if (error)
        *error = errors.message();
    return records;
}

} // namespace jiaohe
