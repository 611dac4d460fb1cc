// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/DocumentLoader.h"

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
    Markdown,   // text with markdown marks, `|` tables and HTML tables (text/MarkdownText)
    Docx,       // a Word document (Office Open XML: a ZIP package; office/DocxReader)
    WordBinary, // .doc, .wps and the other forms only LibreOffice reads (office/OfficeConverter)
    Mhtml,      // a web page saved as a single file (office/MhtmlReader)
    Unknown,    // decided by the content
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

// What a file named as a Word document (Docx, WordBinary) holds by its first bytes: a ZIP package (Docx), an
// OLE2 or RTF file (WordBinary, for LibreOffice), a MIME web archive (Mhtml, as Word's "single file web page"
// saved as .doc is), else text or a web page (Unknown: the text path decides). A file of unknown kind that is a
// ZIP package holding word/document.xml is a Word document too.
FileKind officeKindByContent(const QByteArray& bytes, FileKind byName);

// The readers of the packaged forms (OfficeLoading.cpp): each fills `result` (which holds the file's name and
// hash) with a web page's document or an error.
LoadResult loadDocx(const QByteArray& bytes, LoadResult result);
LoadResult loadThroughLibreOffice(const QByteArray& bytes, LoadResult result);
LoadResult loadMhtml(const QByteArray& bytes, LoadResult result);

} // namespace jiaohe::loader
