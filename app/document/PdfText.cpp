#include "PdfText.h"

#include "document/pdf/PdfGuards.h"
#include "document/pdf/PdfLayoutInternal.h"
#include "document/pdf/QtPdfGlyphs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPdfDocument>

// The reader in steps, each in its own file under pdf/: the refusals of hostile or broken files (PdfGuards),
// the characters of each page with their boxes from Qt PDF (QtPdfGlyphs), then the layout from those glyphs
// alone (PdfLayoutInternal.h: lines, table rows and cells, ruled borders seen on the page drawn small).

namespace jiaohe {

namespace {

QString loadError(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return QCoreApplication::translate(
            "jiaohe::DocumentLoader", "the PDF is protected by a password; open it in a PDF reader and save or print "
                                      "it without the password, then read that file");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the PDF is encrypted with a security scheme that cannot be opened; save or "
                                           "print it without protection, then read that file");
    case QPdfDocument::Error::DataNotYetAvailable:
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the PDF is damaged or truncated: its data ends before the document does");
    default:
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the PDF is damaged or not a PDF: its structure cannot be read");
    }
}

} // namespace

bool PdfReader::looksLikePdf(const QByteArray& bytes)
{
    const qsizetype at = bytes.left(1024).indexOf("%PDF-");
    return at >= 0;
}

PdfText PdfReader::read(const QByteArray& bytes, PdfReadStats* stats)
{
    PdfReadStats localStats;
    PdfReadStats& st = stats ? *stats : localStats;
    st = PdfReadStats{};
    QElapsedTimer timer;
    timer.start();
    PdfText out;

    out.error = pdf::refuseBeforeLoading(bytes, MaxPageTreeDepth);
    if (!out.ok()) {
        return out;
    }

    QByteArray data = bytes; // QBuffer wants a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer); // all the data is there: loads at once, no event loop needed
    if (doc.status() != QPdfDocument::Status::Ready) {
        out.error = doc.status() == QPdfDocument::Status::Error ? loadError(doc.error())
                                                                : loadError(QPdfDocument::Error::DataNotYetAvailable);
        return out;
    }
    const int pageCount = doc.pageCount();
    st.pages = pageCount;
    out.error = pdf::refusePageCount(pageCount, MaxPages);
    if (!out.ok()) {
        return out;
    }
    for (int p = 0; p < pageCount; ++p) {
        const QSizeF size = doc.pagePointSize(p);
        out.error = pdf::refusePageSize(p, size, MaxPagePoints);
        if (!out.ok()) {
            return out;
        }
        out.pages.append(PdfPage{size, 0, 0});
    }

    int pagesWithText = 0;
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
        const QList<pdf::Glyph> glyphs = pdf::readPageGlyphs(doc, p, st);
        pagesWithText += glyphs.isEmpty() ? 0 : 1;
        out.pages[p].start = out.text.size();
        pdf::RuledBorders rules([&doc, p](double pixelsPerPoint) { return pdf::renderPage(doc, p, pixelsPerPoint); });
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
    if (pagesWithText == 0) {
        out.error = pageCount == 1
                        ? QCoreApplication::translate("jiaohe::DocumentLoader",
                                                      "no text to read — the page is a scanned image, OCR needed")
                        : QCoreApplication::translate("jiaohe::DocumentLoader",
                                                      "no text to read — scanned pages (none of the %1 pages has "
                                                      "text), OCR needed")
                              .arg(pageCount);
        return out;
    }
    // Mostly scanned: a few pages of text (a cover, page numbers) around pages of images.
    if (pagesWithText * 2 < pageCount) {
        out.error =
            QCoreApplication::translate("jiaohe::DocumentLoader",
                                        "no text to read — scanned pages (%1 of the %2 pages have no text), OCR needed")
                .arg(pageCount - pagesWithText)
                .arg(pageCount);
        return out;
    }
    return out;
}

} // namespace jiaohe
