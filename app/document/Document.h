// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <utility>

namespace jiaohe {

enum class SourceFormat
{
    PlainText,
    Html,
    Pdf,
};

// One page of a PDF report: its size in points (1/72 inch, origin top left) and its span of `original`.
struct PdfPage
{
    QSizeF size;
    qsizetype start = 0; // first character of the page's text in `original`
    qsizetype end = 0;   // after the line break ending the page's last line
};

// The box of one character of `original` on its page, in points from the page's top left corner.
// Separators the reader inserted (line breaks, tabs between cells, spaces between words) have none.
struct PdfCharBox
{
    float x = 0;
    float y = 0;
    float width = 0;
    float height = 0;
    bool isEmpty() const { return width <= 0 || height <= 0; }
    QRectF rect() const { return QRectF(x, y, width, height); }
};

// A report as read from disk. `original` is what the reviewer sees (for HTML: the text of the page,
// one paragraph or table row per line). Matching works on `normalised` (NFKC, traditional -> simplified
// script), which keeps a map back to `original` so evidence spans land on the characters as written.
class Document
{
public:
    QString filePath;
    QString encoding; // "UTF-8", "GB18030", "Big5", "UTF-16LE", ...
    SourceFormat format = SourceFormat::PlainText;
    QString original;
    QString normalised;
    // toOriginal[i] is the UTF-16 index in `original` of the character that produced normalised[i];
    // toOriginal.size() == normalised.size() + 1 and the last entry is original.size().
    QList<qsizetype> toOriginal;
    int traditionalCharacters = 0; // how many characters the script conversion changed
    QByteArray contentHash;        // SHA-256 (hex) of the file's bytes, as read
    // PDF only: the pages, and the box of every UTF-16 unit of `original` (charBoxes.size() ==
    // original.size()). Empty for other formats and for a PDF report read back from the database.
    QList<PdfPage> pages;
    QList<PdfCharBox> charBoxes;

    // Maps a span [start, end) of `normalised` to the span of `original` it came from.
    std::pair<qsizetype, qsizetype> originalSpan(qsizetype start, qsizetype end) const;
    // Unicode code point index in `original` of a UTF-16 index in `original`.
    qsizetype codePointIndex(qsizetype utf16Index) const;

    // PDF: the boxes of the span [start, end) of `original`, one merged box per line of text on a page
    // (a span across a page break, over two lines, or over a table cell wrapped on the page gives
    // several). Empty without boxes.
    QList<std::pair<int, QRectF>> boxes(qsizetype start, qsizetype end) const;
    // PDF: the index in `original` of the character at `point` on `page` (0-based), the nearest one
    // within a few points when no box contains it; -1 when there is none.
    qsizetype charAt(int page, QPointF point) const;
    // PDF: the page (0-based) holding `original`'s index, -1 without pages.
    int pageAt(qsizetype index) const;

    // Builds a document from text already decoded (tests, and reports kept in the review database).
    static Document fromPlainText(const QString& text);
    // The same for a given format: a web page's text is never line-joined.
    // `boxes`, for a PDF's text, are its characters' boxes (as stored): they say which short lines are full in their
    // column, to be joined in the matching copy as when the file was read.
    static Document fromText(const QString& text, SourceFormat format, const QList<PdfCharBox>& boxes = {});

private:
    mutable QList<qsizetype> m_surrogatesBefore; // lazily built when `original` has surrogate pairs
    mutable bool m_surrogatesScanned = false;
};

} // namespace jiaohe
