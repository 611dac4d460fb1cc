// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "document/pdf/PathRules.h"
#include "document/pdf/PdfGuards.h"
#include "document/pdf/PdfLayoutInternal.h"
#include "document/pdf/PdfStructure.h"
#include "document/pdf/PopplerGlyphs.h"

#include <QCoreApplication>

#include <QElapsedTimer>

#include <algorithm>

// The reader in steps, each in its own file under pdf/: the refusals of hostile or broken files (PdfGuards),
// the characters of each page with their boxes from Poppler (PopplerGlyphs, behind GlyphSource), then the layout
// from those glyphs alone (PdfLayoutInternal.h: lines, table rows and cells, ruled borders seen on the page
// drawn small — drawn only when a line of the page needs it).

namespace jiaohe {

namespace {

QString loadError(pdf::PopplerGlyphs::LoadError error)
{
    if (error == pdf::PopplerGlyphs::LoadError::Password) {
        return QCoreApplication::translate(
            "jiaohe::DocumentLoader", "the PDF is protected by a password; open it in a PDF reader and save or print "
                                      "it without the password, then read that file");
    }
    return QCoreApplication::translate("jiaohe::DocumentLoader",
                                       "the PDF is damaged or not a PDF: its structure cannot be read");
}

// A report whose pages have no text is refused: as scanned (OCR needed) only when its pages without text draw
// images; a PDF whose pages hold neither text nor images (blank pages, text drawn as outlines) is not a scan.
// `imageless`: of the pages without text, how many draw no image (-1 when the structure was not read).
QString noTextError(int pagesWithText, int pageCount, int imageless)
{
    const int textless = pageCount - pagesWithText;
    const bool scans = imageless < 0 || imageless * 2 < textless; // most pages without text are images
    if (pagesWithText == 0 && !scans) {
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "no text to read — the pages hold neither text nor images (blank, or the "
                                           "text is drawn as outlines)");
    }
    if (pagesWithText == 0) {
        return pageCount == 1 ? QCoreApplication::translate("jiaohe::DocumentLoader",
                                                            "no text to read — the page is a scanned image, OCR needed")
                              : QCoreApplication::translate("jiaohe::DocumentLoader",
                                                            "no text to read — scanned pages (none of the %1 pages has "
                                                            "text), OCR needed")
                                    .arg(pageCount);
    }
    // Mostly scanned: a few pages of text (a cover, page numbers) around pages of images.
    if (pagesWithText * 2 < pageCount && scans) {
        return QCoreApplication::translate(
                   "jiaohe::DocumentLoader",
                   "no text to read — scanned pages (%1 of the %2 pages have no text), OCR needed")
            .arg(textless)
            .arg(pageCount);
    }
    return {};
}

} // namespace

bool PdfReader::looksLikePdf(const QByteArray& bytes)
{
    const qsizetype at = bytes.left(1024).indexOf("%PDF-");
    return at >= 0;
}

PdfText PdfReader::read(const QByteArray& bytes, PdfReadStats* stats, RulesFrom rulesFrom)
{
    PdfReadStats localStats;
    PdfReadStats& st = stats ? *stats : localStats;
    st = PdfReadStats{};
    QElapsedTimer timer;
    timer.start();
    PdfText out;

    out.error = pdf::refuseBeforeLoading(bytes);
    if (!out.ok()) {
        return out;
    }
    const pdf::PdfStructure structure = pdf::inspectStructure(bytes, MaxPageTreeDepth, MaxPages);
    out.error = structure.error;
    if (out.ok() && structure.known && structure.pages > MaxPages) {
        out.error = pdf::refusePageCount(structure.pages, MaxPages);
    }
    if (!out.ok()) {
        return out;
    }
    pdf::PopplerGlyphs::LoadError loadFailure = pdf::PopplerGlyphs::LoadError::None;
    const std::unique_ptr<pdf::PopplerGlyphs> source =
        pdf::PopplerGlyphs::load(structure.repaired.isEmpty() ? bytes : structure.repaired, &loadFailure);
    if (!source) {
        out.error = loadError(loadFailure);
        return out;
    }
    pdf::GlyphSource& doc = *source;
    const int pageCount = doc.pageCount();
    // The rules of table pages from the paths of their content streams: no drawing of the page and its text.
    std::unique_ptr<pdf::PathRules> paths =
        structure.known && rulesFrom == RulesFrom::Paths
            ? pdf::PathRules::load(structure.repaired.isEmpty() ? bytes : structure.repaired)
            : nullptr;
    if (paths && paths->pageCount() != pageCount) {
        paths.reset();
    }
    st.pages = pageCount;
    out.error = pdf::refusePageCount(pageCount, MaxPages);
    if (!out.ok()) {
        return out;
    }
    for (int p = 0; p < pageCount; ++p) {
        const QSizeF size = doc.pageSize(p);
        out.error = pdf::refusePageSize(p, size, MaxPagePoints);
        if (!out.ok()) {
            return out;
        }
        out.pages.append(PdfPage{size, 0, 0});
    }

    const bool imagesKnown = structure.known && structure.pageHasImage.size() == pageCount;
    int pagesWithText = 0;
    int imageless = imagesKnown ? 0 : -1; // pages with neither text nor images
    for (int p = 0; p < pageCount; ++p) {
        if (timer.elapsed() > MaxMilliseconds) {
            out.error =
                QCoreApplication::translate("jiaohe::DocumentLoader",
                                            "reading the PDF takes too long: stopped at page %1 of %2 after %3 s")
                    .arg(p + 1)
                    .arg(pageCount)
                    .arg(timer.elapsed() / 1000);
            return out;
        }
        const QList<pdf::Glyph> glyphs = doc.glyphs(p);
        ++st.textPages;
        pagesWithText += glyphs.isEmpty() ? 0 : 1;
        imageless += imagesKnown && glyphs.isEmpty() && !structure.pageHasImage.at(p) ? 1 : 0;
        out.pages[p].start = out.text.size();
        // The paths say where the rules are, unless a rule may be drawn otherwise: an image (a scanned table, a
        // logo over it), or box-drawing characters (│ ─ of a table typed as text). Then the page is drawn.
        const bool rulesOtherwise = !imagesKnown || structure.pageHasImage.at(p) ||
                                    std::any_of(glyphs.begin(), glyphs.end(), [](const pdf::Glyph& g) {
                                        return g.ch.unicode() >= 0x2500 && g.ch.unicode() <= 0x257F;
                                    });
        pdf::RuledBorders rules([&doc, &st, &paths, p, rulesOtherwise](double pixelsPerPoint) {
            if (paths && !rulesOtherwise) {
                if (std::optional<pdf::GrayImage> drawn = paths->draw(p, pixelsPerPoint)) {
                    ++st.pathPages;
                    return std::move(*drawn);
                }
            }
            ++st.renderedPages;
            return doc.render(p, pixelsPerPoint);
        });
        pdf::layoutPage(out, glyphs, rules);
        out.pages[p].end = out.text.size();
        if (out.text.size() > MaxCharacters) {
            out.error =
                QCoreApplication::translate("jiaohe::DocumentLoader",
                                            "the PDF holds more than %1 million characters of text (at page %2 of %3): "
                                            "too much for one report")
                    .arg(MaxCharacters / (1024 * 1024))
                    .arg(p + 1)
                    .arg(pageCount);
            return out;
        }
    }
    st.milliseconds = timer.elapsed();
    out.error = noTextError(pagesWithText, pageCount, imageless);
    return out;
}

} // namespace jiaohe
