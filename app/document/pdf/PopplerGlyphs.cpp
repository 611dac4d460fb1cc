// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf/PopplerGlyphs.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include "common/CharClass.h"

#include <algorithm>
#include <cstring>
#include <mutex>

namespace jiaohe::pdf {

namespace {

// Poppler writes its complaints about a damaged file to stderr; the reader says what is wrong in its own words.
void quiet(const std::string&, void*) {}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
}

QString toQString(const poppler::ustring& u)
{
    return QString(reinterpret_cast<const QChar*>(u.data()), qsizetype(u.size()));
}

// Poppler's box of a glyph spans the font's ascent to its descent: for a CJK font (Noto CJK: 1.16 and -0.29)
// half as tall again as the type, so that characters set one below the other at their size overlap and would
// make one line. The layout wants the em square of the type's size: the box is cut to `size` about its
// baseline (about three quarters down Poppler's box, where ascent and descent meet), 0.88 above, 0.12 below.
QRectF toRect(const poppler::rectf& r, double size, int rotation)
{
    QRectF box(r.x(), r.y(), r.width(), r.height());
    if (size > 0 && (rotation == 0 || rotation == 2) && box.height() > 1.05 * size) {
        const double base = rotation == 0 ? box.top() + 0.77 * box.height() : box.bottom() - 0.77 * box.height();
        box.setTop(rotation == 0 ? base - 0.88 * size : base - 0.12 * size);
        box.setHeight(size);
    }
    return box;
}

// The size the type is drawn at. Poppler's font size is the one the PDF sets, scaled; some producers (Chromium's
// Type 1 fonts converted from CFF) scale the glyphs by a font matrix it does not count, and set 24 for type drawn
// at 12. A CJK character is as wide as the type is tall: the median advance of the word's wide characters says
// the size when it is smaller.
double typeSize(const poppler::text_box& word, const QString& text, double fontSize)
{
    QList<double> wide;
    qsizetype glyph = 0;
    for (qsizetype i = 0; i < text.size(); ++glyph) {
        const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        if (units == 1 && isWide(text.at(i)) && !isDash(text.at(i).unicode())) {
            wide.append(word.char_bbox(std::size_t(glyph)).width());
        }
        i += units;
    }
    if (wide.isEmpty()) {
        return fontSize;
    }
    std::sort(wide.begin(), wide.end());
    const double em = wide.at(wide.size() / 2);
    return em > 0 && em < 0.9 * fontSize ? em : fontSize;
}

} // namespace

std::unique_ptr<PopplerGlyphs> PopplerGlyphs::load(const QByteArray& bytes, LoadError* error)
{
    silencePoppler();
    *error = LoadError::None;
    if (bytes.size() > std::numeric_limits<int>::max()) {
        *error = LoadError::Damaged;
        return nullptr;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc) {
        *error = LoadError::Damaged;
        return nullptr;
    }
    if (doc->is_locked()) {
        *error = LoadError::Password;
        return nullptr;
    }
    return std::unique_ptr<PopplerGlyphs>(new PopplerGlyphs(bytes, std::move(doc)));
}

PopplerGlyphs::PopplerGlyphs(QByteArray bytes, std::unique_ptr<poppler::document> doc)
    : m_bytes(std::move(bytes)), m_doc(std::move(doc))
{}

PopplerGlyphs::~PopplerGlyphs() = default; // the pages before the document, the document before the bytes

int PopplerGlyphs::pageCount() const
{
    return m_doc->pages();
}

poppler::page* PopplerGlyphs::pageAt(int page) const
{
    if (m_pageIndex != page) {
        m_page.reset(m_doc->create_page(page));
        m_pageIndex = page;
    }
    return m_page.get();
}

QSizeF PopplerGlyphs::pageSize(int page) const
{
    const poppler::page* p = pageAt(page);
    if (!p) {
        return {};
    }
    const poppler::rectf r = p->page_rect(poppler::crop_box);
    const auto o = p->orientation();
    const bool turned = o == poppler::page::landscape || o == poppler::page::seascape;
    return turned ? QSizeF(r.height(), r.width()) : QSizeF(r.width(), r.height());
}

QList<Glyph> PopplerGlyphs::glyphs(int page)
{
    QList<Glyph> out;
    const poppler::page* p = pageAt(page);
    if (!p) {
        return out;
    }
    // Words in Poppler's reading order, each with one box per glyph (its code points, one each).
    const std::vector<poppler::text_box> words = p->text_list(poppler::page::text_list_include_font);
    bool spaceBefore = false;
    QRectF previous;
    for (const poppler::text_box& word : words) {
        // Poppler starts a new word at a gap of a tenth of the type size or more, but says has_space_after only
        // for some: a word that goes on the line of the one before, after a gap, follows a blank too.
        const QRectF wordBox = toRect(word.bbox(), 0, 0);
        const double overlap = std::min(wordBox.bottom(), previous.bottom()) - std::max(wordBox.top(), previous.top());
        if (!previous.isNull() && overlap > 0.5 * std::min(wordBox.height(), previous.height()) &&
            wordBox.left() > previous.right()) {
            spaceBefore = true;
        }
        previous = wordBox;
        const QString text = toQString(word.text());
        const double fontSize = typeSize(word, text, word.get_font_size());
        const int rotation = word.rotation();
        qsizetype glyph = 0;
        for (qsizetype i = 0; i < text.size(); ++glyph) {
            const qsizetype units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            const QRectF box = toRect(word.char_bbox(std::size_t(glyph)), fontSize, rotation);
            for (qsizetype k = 0; k < units; ++k) {
                const QChar c = unifiedIdeograph(text.at(i + k));
                if (!isNoise(c) && !c.isSpace() && box.width() > 0 && box.height() > 0) {
                    out.append(Glyph{c, box, spaceBefore, fontSize});
                    spaceBefore = false;
                }
            }
            i += units;
        }
        spaceBefore = word.has_space_after();
    }
    return out;
}

GrayImage PopplerGlyphs::render(int page, double pixelsPerPoint)
{
    GrayImage out;
    const poppler::page* p = pageAt(page);
    if (!p) {
        return out;
    }
    // No anti-aliasing: a 0.5 pt rule stays one dark pixel instead of a light gray one.
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hints(0);
    const double dpi = 72.0 * pixelsPerPoint;
    const poppler::image image = renderer.render_page(p, dpi, dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
        return out;
    }
    out.width = image.width();
    out.height = image.height();
    out.pixels.resize(std::size_t(out.width) * std::size_t(out.height));
    const char* data = image.const_data();
    for (int y = 0; y < out.height; ++y) {
        std::memcpy(out.pixels.data() + std::size_t(y) * std::size_t(out.width),
                    data + std::size_t(y) * std::size_t(image.bytes_per_row()), std::size_t(out.width));
    }
    return out;
}

} // namespace jiaohe::pdf
