// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The structure of a PDF as a real parser sees it (qpdf: cross-reference streams and compressed object streams
// included), before Poppler reads a page: the page tree walked without recursion — a loop or a tree nested
// deeper than the limit is refused —, the true number of pages (a /Count that lies is put right), and which pages
// draw images (a scanned report: images and no text).
namespace jiaohe::pdf {

struct PdfStructure
{
    bool known = false;       // qpdf read the file (when not, Poppler alone decides: a password, a damaged file)
    QString error;            // why the file is refused (never naming it); empty when fine
    int pages = 0;            // the page tree's leaves
    QList<bool> pageHasImage; // per page: its resources hold an image (also inside its form XObjects)
    QByteArray repaired;      // the file written again with true page counts when its /Count lied; else empty
};

// `maxDepth`: the deepest page tree accepted; past `maxPages` pages only the pages are counted (the caller refuses
// the file).
PdfStructure inspectStructure(const QByteArray& bytes, int maxDepth, int maxPages);

} // namespace jiaohe::pdf
