// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf/PdfGuards.h"

#include <QCoreApplication>
#include <algorithm>

namespace jiaohe::pdf {

QString refuseBeforeLoading(QByteArrayView bytes)
{
    // A PDF ends with %%EOF (after the last cross-reference section); a file cut short does not.
    // PDF readers rebuild the structure of such a file and would read what is left without a word.
    if (!bytes.sliced(std::max<qsizetype>(0, bytes.size() - 4096)).contains(QByteArrayView("%%EOF"))) {
        return QCoreApplication::translate(
                   "jiaohe::DocumentLoader",
                   "the PDF is damaged or truncated: it does not end with %%EOF (%1 bytes read)")
            .arg(bytes.size());
    }
    return {};
}

QString refusePageCount(int pageCount, int maxPages)
{
    if (pageCount <= 0) {
        return QCoreApplication::translate("jiaohe::DocumentLoader", "the PDF is damaged: it has no pages");
    }
    if (pageCount > maxPages) {
        return QCoreApplication::translate("jiaohe::DocumentLoader",
                                           "the PDF has %1 pages, more than the %2 pages accepted for one report")
            .arg(pageCount)
            .arg(maxPages);
    }
    return {};
}

QString refusePageSize(int page, QSizeF size, double maxPoints)
{
    if (size.width() >= 1 && size.height() >= 1 && size.width() <= maxPoints && size.height() <= maxPoints) {
        return {};
    }
    return QCoreApplication::translate("jiaohe::DocumentLoader",
                                       "page %1 of the PDF has an impossible size (%2 × %3 points); the PDF is damaged")
        .arg(page + 1)
        .arg(size.width(), 0, 'g', 6)
        .arg(size.height(), 0, 'g', 6);
}

} // namespace jiaohe::pdf
