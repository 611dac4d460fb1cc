// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLoader.h"

#include "PdfText.h"
#include "document/pdf/PdfWorker.h"
#include "TextNormaliser.h"
#include "common/FileNames.h"
#include "document/loader/LoaderInternal.h"
#include "document/text/MarkdownText.h"
#include "document/text/PipeTables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <algorithm>

// Loading in steps, each in its own file: the format by name and content (loader/FormatSniffing.cpp), the
// refusals of bad files (loader/BadFileRefusals.cpp), the encoding of a text file and its decoding
// (loader/EncodingDetection.cpp), then the reader of that format.

namespace jiaohe {

namespace {

using namespace loader;

LoadResult loadPdf(const QByteArray& bytes, LoadResult result)
{
    if (!PdfReader::looksLikePdf(bytes)) {
        result.error = QCoreApplication::translate(
            "jiaohe::DocumentLoader", "the file is named .pdf but is not a PDF: it does not start with %PDF-");
        return result;
    }
    PdfText pdf = PdfWorker::read(bytes); // in the worker process, under its limits, when there is one
    if (!pdf.ok()) {
        result.error = pdf.error;
        return result;
    }
    Document& doc = result.document;
    doc.encoding = QStringLiteral("PDF");
    doc.format = SourceFormat::Pdf;
    doc.original = std::move(pdf.text);
    doc.pages = std::move(pdf.pages);
    doc.charBoxes = std::move(pdf.boxes);
    // Lines wrapped at the page width are joined in the matching copy, as for text copied out of a PDF;
    // table rows (tab-separated) never are.
    // Lines wrapped at a column's edge too, however narrow the column (the page's geometry says which are full).
    NormalisedText normalised = matchingText(doc.original, fullLinesOf(doc.original, doc.charBoxes));
    doc.normalised = std::move(normalised.text);
    doc.toOriginal = std::move(normalised.toOriginal);
    doc.traditionalCharacters = normalised.traditionalCharacters;
    return result;
}

} // namespace

LoadResult DocumentLoader::loadFile(const QString& path, Hash hash)
{
    LoadResult result;
    result.document.filePath = path;
    const KindByName byName = kindFromFileName(path);
    if (byName.kind == FileKind::Rejected) {
        result.error = byName.error;
        return result;
    }
    // By the name's bytes (common/FileNames): QFileInfo cannot reach a name that is not UTF-8.
    const FileStatus info = fileStatus(path);
    if (!info.exists) {
        result.error =
            QCoreApplication::translate("jiaohe::DocumentLoader", "cannot be opened: the file does not exist");
        return result;
    }
    if (info.isDir) {
        result.error =
            QCoreApplication::translate("jiaohe::DocumentLoader", "cannot be opened: it is a folder, not a file");
        return result;
    }
    // A device or a pipe has no size to check and may never end (/dev/zero) or block the open (a FIFO).
    if (!info.isFile) {
        result.error = QCoreApplication::translate(
            "jiaohe::DocumentLoader", "cannot be opened: it is not a regular file (a device, a pipe or a socket)");
        return result;
    }
    if (info.size > MaxFileBytes) {
        result.error = tooLargeError(info.size);
        return result;
    }
    QFile file;
    QString openError;
    if (!openForReading(file, path, &openError)) {
        const QString reason = !info.readable
                                   ? QCoreApplication::translate("jiaohe::DocumentLoader", "permission denied")
                                   : openError;
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "cannot be opened: %1").arg(reason);
        return result;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error =
            QCoreApplication::translate("jiaohe::DocumentLoader", "cannot be read: %1").arg(file.errorString());
        return result;
    }
    if (bytes.size() > MaxFileBytes) {
        result.error = tooLargeError(std::max<qint64>(bytes.size(), file.size()));
        return result;
    }
    return loadBytes(bytes, path, hash);
}

LoadResult DocumentLoader::loadBytes(const QByteArray& bytes, const QString& fileName, Hash hash)
{
    LoadResult result;
    Document& doc = result.document;
    doc.filePath = fileName;

    const KindByName byName = kindFromFileName(fileName);
    if (byName.kind == FileKind::Rejected) {
        result.error = byName.error;
        return result;
    }
    if (bytes.size() > MaxFileBytes) {
        result.error = tooLargeError(bytes.size());
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "the file is empty");
        return result;
    }
    if (hash == Hash::Yes) {
        doc.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }
    // A PDF by its name or by its first bytes (a PDF saved under another name is still read as one).
    if (byName.kind == FileKind::Pdf || bytes.startsWith("%PDF-")) {
        return loadPdf(bytes, std::move(result));
    }
    // Word documents and web archives by name, checked against their first bytes (a .doc is often a web page).
    FileKind kind = byName.kind;
    if (kind == FileKind::Docx || kind == FileKind::WordBinary || kind == FileKind::Unknown) {
        kind = officeKindByContent(bytes, kind);
    }
    switch (kind) {
    case FileKind::Docx:
        return loadDocx(bytes, std::move(result));
    case FileKind::WordBinary:
        return loadThroughLibreOffice(bytes, std::move(result));
    case FileKind::Mhtml:
        return loadMhtml(bytes, std::move(result));
    default:
        break;
    }
    const QString signature = binarySignature(bytes);
    if (!signature.isEmpty()) {
        result.error = signature;
        return result;
    }

    const QString encoding = detectEncoding(bytes);
    if (!isUtf16Or32(encoding)) {
        const qsizetype offset = binaryOffsetInBytes(bytes);
        if (offset >= 0) {
            result.error = binaryError(offset);
            return result;
        }
    }
    QString error;
    QString text = decode(bytes, encoding, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    if (isUtf16Or32(encoding)) {
        const int unit = encoding.startsWith(u"UTF-16") ? 2 : 4;
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        const bool bom = bytes.size() >= 2 &&
                         ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF) || (p[0] == 0 && p[1] == 0));
        const qsizetype offset = binaryOffsetInText(text, unit, bom ? unit : 0);
        if (offset >= 0) {
            result.error = binaryError(offset);
            return result;
        }
    }
    if (text.contains(u'\r')) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\r', u'\n');
    }
    if (isBlankText(text)) {
        result.error = QCoreApplication::translate("jiaohe::DocumentLoader", "the file is empty");
        return result;
    }

    bool html = kind == FileKind::Html;
    if (kind == FileKind::Unknown) {
        html = looksLikeHtml(text);
    }
    if (html) {
        text = htmlToText(text);
        if (isBlankText(text)) {
            result.error =
                QCoreApplication::translate("jiaohe::DocumentLoader", "the page has no text: it holds only markup");
            return result;
        }
    } else if (kind == FileKind::Markdown) {
        text = markdownToText(text);
    } else if (text.contains(u'|') || text.contains(QChar(0xFF5C))) {
        text = pipeTablesToRows(text); // tables written with `|` read as a web page's rows
    }

    doc.encoding = encoding;
    doc.format = html ? SourceFormat::Html : SourceFormat::PlainText;
    doc.original = std::move(text);
    // A web page's lines are its blocks: they are never wrapped text, so only text files are joined.
    NormalisedText normalised = html ? normaliseText(doc.original) : matchingText(doc.original);
    doc.normalised = std::move(normalised.text);
    doc.toOriginal = std::move(normalised.toOriginal);
    doc.traditionalCharacters = normalised.traditionalCharacters;
    return result;
}

} // namespace jiaohe
