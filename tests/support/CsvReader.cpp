// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "common/Utf8.h"

#include <QStringDecoder>

#include <algorithm>

// The reader works on bytes: every structural character (comma, quote, CR, LF) is ASCII and no byte of a
// multi-byte UTF-8 sequence is ASCII, so cells can be cut out of the bytes and decoded one by one, and an
// error can name its exact byte offset.

namespace jiaohe::test {

namespace {

constexpr char Utf8Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype Utf8BomSize = 3;

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

QList<QStringList> parseCsv(const QByteArray& data, QString* error)
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

} // namespace jiaohe::test
