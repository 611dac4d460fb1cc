// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/loader/LoaderInternal.h"

#include "document/TextNormaliser.h"
#include "document/office/DocxReader.h"
#include "document/office/MhtmlReader.h"
#include "document/office/OfficeConverter.h"
#include "document/office/ZipArchive.h"

#include <QCoreApplication>
#include <QFileInfo>

// The forms that reach the text through a web page: a Word document (its body written as HTML), the same
// converted by LibreOffice from the forms only it reads, and a web archive's page. Each ends in htmlToText, so
// the table readers get a web page's rows and the text shown is a web page's.

namespace jiaohe::loader {

namespace {

LoadResult fromHtml(const QString& html, const QString& encoding, LoadResult result)
{
    const QString text = htmlToText(html);
    if (isBlankText(text)) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "the document holds no text");
        return result;
    }
    Document& doc = result.document;
    doc.encoding = encoding;
    doc.format = SourceFormat::Html;
    doc.original = text;
    NormalisedText normalised = normaliseText(doc.original);
    doc.normalised = std::move(normalised.text);
    doc.toOriginal = std::move(normalised.toOriginal);
    doc.traditionalCharacters = normalised.traditionalCharacters;
    return result;
}

bool startsWith(const QByteArray& bytes, const char* prefix, qsizetype n)
{
    return bytes.startsWith(QByteArray(prefix, n));
}

} // namespace

FileKind officeKindByContent(const QByteArray& bytes, FileKind byName)
{
    if (startsWith(bytes, "PK\x03\x04", 4)) {
        if (byName == FileKind::Unknown) {
            return ZipArchive(bytes).contains(QStringLiteral("word/document.xml")) ? FileKind::Docx : FileKind::Unknown;
        }
        return FileKind::Docx;
    }
    if (byName == FileKind::Unknown) {
        return FileKind::Unknown;
    }
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) || bytes.startsWith("{\\rtf")) {
        return FileKind::WordBinary;
    }
    const QByteArray head = bytes.left(2048).toLower();
    if (head.contains("mime-version:") && head.contains("multipart/")) {
        return FileKind::Mhtml;
    }
    // A .docx that is no ZIP package is damaged; the other names are often web pages or text saved as .doc.
    return byName == FileKind::Docx ? FileKind::Docx : FileKind::Unknown;
}

LoadResult loadDocx(const QByteArray& bytes, LoadResult result)
{
    const DocxHtml docx = DocxReader::read(bytes);
    if (!docx.ok()) {
        result.error = docx.error;
        return result;
    }
    return fromHtml(docx.html, QStringLiteral("DOCX"), std::move(result));
}

LoadResult loadThroughLibreOffice(const QByteArray& bytes, LoadResult result)
{
    QString suffix = QFileInfo(result.document.filePath).suffix().toLower();
    if (suffix.isEmpty()) {
        suffix = QStringLiteral("doc");
    }
    const Converted converted = OfficeConverter::toDocx(bytes, suffix);
    if (!converted.ok()) {
        result.error = converted.error;
        return result;
    }
    const DocxHtml docx = DocxReader::read(converted.docx);
    if (!docx.ok()) {
        result.error = docx.error;
        return result;
    }
    return fromHtml(docx.html, suffix.toUpper(), std::move(result));
}

LoadResult loadMhtml(const QByteArray& bytes, LoadResult result)
{
    const MhtmlPage page = MhtmlReader::read(bytes);
    if (!page.ok()) {
        result.error = page.error;
        return result;
    }
    return fromHtml(page.html, QStringLiteral("MHTML"), std::move(result));
}

} // namespace jiaohe::loader
