#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// What DocumentLoader's files share: format sniffing (FormatSniffing.cpp), the refusals of bad files
// (BadFileRefusals.cpp); encoding detection and decoding are DocumentLoader's own (EncodingDetection.cpp).
namespace jiaohe::loader {

enum class FileKind
{
    PlainText,
    Html,
    Pdf,
    Unknown, // decided by the content
    Rejected,
};

struct KindByName
{
    FileKind kind = FileKind::Unknown;
    QString error;
};

// The kind of file its extension says, or why that kind is refused (Word documents, archives, images...).
KindByName kindFromFileName(const QString& fileName);

// Well-known binary signatures that deserve a better message than "binary data"; empty for other bytes.
QString binarySignature(const QByteArray& bytes);

// Whether text of unknown kind starts like a web page.
bool looksLikeHtml(QStringView text);

// The refusal of a file of `size` bytes, over DocumentLoader::MaxFileBytes.
QString tooLargeError(qint64 size);

// Byte offset of binary data in an ASCII-compatible encoding, or -1.
qsizetype binaryOffsetInBytes(const QByteArray& bytes);

// The same in decoded UTF-16/UTF-32 text; the offset is counted in code units of the encoding.
qsizetype binaryOffsetInText(const QString& text, int unitBytes, int bomBytes);

// The refusal of binary data at byte `offset`.
QString binaryError(qsizetype offset);

// Whether the text holds nothing but white space and byte order marks.
bool isBlankText(QStringView text);

// Whether `encoding` (a canonical name) is UTF-16 or UTF-32, where every ASCII character has NUL bytes.
bool isUtf16Or32(const QString& encoding);

} // namespace jiaohe::loader
