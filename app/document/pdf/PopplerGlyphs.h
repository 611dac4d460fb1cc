// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdf/GlyphSource.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace poppler {
class document;
class page;
} // namespace poppler

// The glyphs of a PDF from Poppler (poppler-cpp): one text_list() per page gives every character's box in one
// pass (TextOutputDev's words, char_bbox() per glyph) — no pairing of characters with boxes, no second query.
namespace jiaohe::pdf {

class PopplerGlyphs : public GlyphSource
{
public:
    enum class LoadError
    {
        None,
        Damaged,  // not a PDF Poppler can read
        Password, // encrypted with a password we do not have
    };

    // Loads the PDF held in `bytes` (kept, not copied: QByteArray shares it). Null with `error` set when it
    // cannot be opened.
    static std::unique_ptr<PopplerGlyphs> load(const QByteArray& bytes, LoadError* error);
    ~PopplerGlyphs() override;

    int pageCount() const override;
    QSizeF pageSize(int page) const override;
    QList<Glyph> glyphs(int page) override;
    GrayImage render(int page, double pixelsPerPoint) override;

private:
    PopplerGlyphs(QByteArray bytes, std::unique_ptr<poppler::document> doc);
    poppler::page* pageAt(int page) const;

    QByteArray m_bytes; // Poppler reads from it for as long as the document lives
    std::unique_ptr<poppler::document> m_doc;
    mutable int m_pageIndex = -1;
    mutable std::unique_ptr<poppler::page> m_page; // the page last asked about (glyphs, then maybe render)
};

} // namespace jiaohe::pdf
