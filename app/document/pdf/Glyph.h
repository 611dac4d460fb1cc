#pragma once

#include <QChar>
#include <QRectF>

// The seam between where the characters of a page come from (Qt PDF today: QtPdfGlyphs) and the layout that
// rebuilds lines, table rows and cells from their geometry alone (PdfLayoutInternal.h). A glyph source gives
// the characters of one page with their boxes; the layout never asks the PDF anything else but the page drawn
// small, for the ruling lines of its tables (RuledBorders).
namespace jiaohe::pdf {

struct Glyph
{
    QChar ch;
    QRectF box;               // points, y down, as the page is drawn
    bool spaceBefore = false; // the source's text has a blank right before it (a space or a word gap it found)
    double cy() const { return box.center().y(); }
};

// Characters Qt PDF reports that are not text: soft hyphens at line ends, unmapped glyphs.
bool isNoise(QChar c);

// PDF writers often map a glyph of a CJK font back to a radical that shares it (Kangxi radicals
// U+2F00-U+2FD5, CJK radicals supplement U+2E80-U+2EF3): "⼀" for 一, "⻚" for 页. The page shows the
// ideograph, so the text says it too.
QChar unifiedIdeograph(QChar c);

} // namespace jiaohe::pdf
