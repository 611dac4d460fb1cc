// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Document.h"

#include <QByteArray>
#include <QString>

namespace jiaohe {

struct LoadResult
{
    Document document;
    QString error; // empty on success; otherwise says what is wrong and where (never names the file:
                   // callers prefix the file name)
    bool ok() const { return error.isEmpty(); }
};

class DocumentLoader
{
public:
    static constexpr qint64 MaxFileBytes = 32LL * 1024 * 1024;

    // Reads a report in any form it knows (README "Forms read"): text (`|` tables as rows), markdown, web pages,
    // web archives (.mhtml), PDF (see PdfReader), Word (.docx; .doc and .wps through LibreOffice). Never throws; a bad file gives a LoadResult with an
    // error. `hash`: compute Document::contentHash (SHA-256 of the bytes), which the review database needs and a plain
    // check does not.
    enum class Hash
    {
        Yes,
        No,
    };
    static LoadResult loadFile(const QString& path, Hash hash = Hash::Yes);
    // The same from bytes already in memory; `fileName` picks the format by extension (sniffing the
    // content when the extension says nothing).
    static LoadResult loadBytes(const QByteArray& bytes, const QString& fileName, Hash hash = Hash::Yes);

    // ICU charset detection, with BOMs and strict UTF-8 validation taken first. Returns a canonical
    // name: "UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", ...
    static QString detectEncoding(const QByteArray& bytes);
    // Decodes with ICU; fills `error` when the bytes end in the middle of a character or are not
    // valid in that encoding.
    static QString decode(const QByteArray& bytes, const QString& encoding, QString* error);
};

// Text of an HTML page: scripts, styles and tags removed, entities decoded, block elements
// (p, div, br, li, h1-h6, tr, ...) become line breaks, each table row one line with cells separated
// by tabs. Nothing is fetched.
QString htmlToText(QStringView html);

} // namespace jiaohe
