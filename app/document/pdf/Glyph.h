// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QRectF>

// A character of a page with its box: what a GlyphSource (Poppler: PopplerGlyphs) gives and the layout rebuilds
// lines, table rows and cells from (PdfLayoutInternal.h), by geometry alone.
namespace jiaohe::pdf {

struct Glyph
{
    QChar ch;
    QRectF box;               // points, y down, as the page is drawn
    bool spaceBefore = false; // the source's text has a blank right before it (a space or a word gap it found)
    double fontSize = 0;      // points, as the PDF sets it (0 when the source does not say)
    double cy() const { return box.center().y(); }
};

// Characters PDF engines report that are not text: soft hyphens at line ends, unmapped glyphs.
bool isNoise(QChar c);

// PDF writers often map a glyph of a CJK font back to a radical that shares it (Kangxi radicals
// U+2F00-U+2FD5, CJK radicals supplement U+2E80-U+2EF3): "⼀" for 一, "⻚" for 页. The page shows the
// ideograph, so the text says it too.
QChar unifiedIdeograph(QChar c);

} // namespace jiaohe::pdf
