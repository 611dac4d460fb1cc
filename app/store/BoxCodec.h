// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace jiaohe {

// A PDF report's pages and character boxes as the database keeps them (table report_boxes), so that the window
// boxes the evidence on the pages without reading the file again, and still has the boxes when the file has moved.
// Coordinates are kept in tenths of a point (finer than a glyph's edge can be seen at any zoom), each box as the
// difference from the previous one (the next character is usually a glyph's width to the right on the same line),
// as variable-length integers, compressed. `format` says how: a later encoding gets a new number, and a reader
// that does not know a number treats the report as having no stored boxes (the file is read again).
class BoxCodec
{
public:
    static constexpr int Format = 1;
    static constexpr double UnitsPerPoint = 10.0;

    struct Encoded
    {
        int format = Format;
        QByteArray pages; // the page sizes and each page's span of the text
        QByteArray boxes; // one box per UTF-16 unit of the text, empty for separators
    };
    struct Decoded
    {
        QList<PdfPage> pages;
        QList<PdfCharBox> boxes;
    };

    static Encoded encode(const QList<PdfPage>& pages, const QList<PdfCharBox>& boxes);
    // Nothing when the blobs are not a valid encoding for a text of `textLength` UTF-16 units (an unknown format,
    // damaged bytes, another number of boxes, pages outside the text): the caller goes without stored boxes.
    static std::optional<Decoded> decode(const Encoded& encoded, qsizetype textLength);
    // A coordinate as stored, then read back (what a round trip gives).
    static float quantised(float points);
};

} // namespace jiaohe
