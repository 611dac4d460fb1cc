#pragma once

#include "document/pdf/Glyph.h"

#include <QImage>
#include <QList>

class QPdfDocument;

namespace jiaohe {
struct PdfReadStats;
}

// Where the glyphs come from: Qt PDF. All that the reader asks the PDF engine for a page goes through here.
namespace jiaohe::pdf {

// The characters of one page with their boxes, in Qt PDF's order; blanks and noise left out.
QList<Glyph> readPageGlyphs(QPdfDocument& doc, int page, PdfReadStats& stats);

// The page drawn at `pixelsPerPoint`, in grays (transparent pixels are paper); a null image when it cannot be.
QImage renderPage(QPdfDocument& doc, int page, double pixelsPerPoint);

} // namespace jiaohe::pdf
