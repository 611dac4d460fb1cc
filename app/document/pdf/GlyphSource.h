// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdf/Glyph.h"
#include "document/pdf/GrayImage.h"

#include <QList>
#include <QSizeF>

// What the layout asks of a PDF engine, and nothing more: the pages' sizes, the characters of a page with their
// boxes and font size, and a page drawn small (for the ruling lines of its tables, only when a line needs it).
// PopplerGlyphs implements it with poppler-cpp; the layout tests give synthetic glyphs (no PDF at all).
namespace jiaohe::pdf {

class GlyphSource
{
public:
    virtual ~GlyphSource() = default;

    virtual int pageCount() const = 0;
    // Points, as the page is shown (a rotated page has its width and height swapped).
    virtual QSizeF pageSize(int page) const = 0;
    // The characters of the page with their boxes (points, y down), in the engine's reading order; blanks
    // are not glyphs (a glyph after one has spaceBefore).
    virtual QList<Glyph> glyphs(int page) = 0;
    // The page drawn at `pixelsPerPoint`, in grays; null when it cannot be.
    virtual GrayImage render(int page, double pixelsPerPoint) = 0;
};

} // namespace jiaohe::pdf
