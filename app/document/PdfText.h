// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Document.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace jiaohe {

// The text of a PDF rebuilt in reading order, with the page and box of every character.
struct PdfText
{
    QString text;            // lines top to bottom, page after page; a table row is one line, cells tab-separated
    QList<PdfPage> pages;    // one per page: size in points and the page's span of `text`
    QList<PdfCharBox> boxes; // one per UTF-16 unit of `text`; separators (tab, space, line break) are empty
    QString error;           // empty on success; otherwise what is wrong (never names the file)
    bool ok() const { return error.isEmpty(); }
};

// Figures of one read, for benchmarks and tests.
struct PdfReadStats
{
    int pages = 0;
    int textPages = 0;     // pages whose characters were asked for (one text_list() of Poppler each)
    int renderedPages = 0; // pages drawn to find the ruling lines of a table (only where a line needs them)
    int pathPages = 0;     // pages whose ruling lines came from their content stream's paths instead (PathRules)
    qint64 milliseconds = 0;
};

class PdfReader
{
public:
    static constexpr int MaxPages = 2000;
    static constexpr double MaxPagePoints = 14400.0; // 200 inches, the PDF format's own limit
    static constexpr qsizetype MaxCharacters = 8 * 1024 * 1024;
    static constexpr qint64 MaxMilliseconds = 180 * 1000;
    static constexpr int MaxPageTreeDepth = 256; // real files nest a few levels

    // Reads the text layer of a PDF held in memory. Errors: damaged or truncated file, password,
    // too many pages, impossible page size, no text layer (scanned pages). Works with a
    // QCoreApplication only (no display needed).
    // `rulesFrom`: where the ruling lines of a table come from — the paths of the page's content stream (drawing the
    // page only when they cannot say), or always the drawn page (to compare the two).
    enum class RulesFrom
    {
        Paths,
        Drawing
    };
    static PdfText read(const QByteArray& bytes, PdfReadStats* stats = nullptr, RulesFrom rulesFrom = RulesFrom::Paths);

    // True when the bytes start like a PDF ("%PDF-" within the first 1024 bytes, as readers accept).
    static bool looksLikePdf(const QByteArray& bytes);
};

} // namespace jiaohe
