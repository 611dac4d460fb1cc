#pragma once

#include <QByteArrayView>
#include <QSizeF>
#include <QString>

// The refusals of hostile or broken PDFs: before Qt PDF's engine (PDFium) sees the bytes, and once it has
// loaded them, before any page is read. Each gives why the file is refused (never naming it), empty when fine.
namespace jiaohe::pdf {

// A file cut short (no %%EOF near its end), or a page tree nested deeper than `maxDepth` or looping.
QString refuseBeforeLoading(QByteArrayView bytes, int maxDepth);

// No pages, or more than `maxPages`.
QString refusePageCount(int pageCount, int maxPages);

// A page smaller than a point or larger than `maxPoints` either way (`page` counts from 0).
QString refusePageSize(int page, QSizeF size, double maxPoints);

// How deep the page tree nests, as far as the file shows it in the clear; limit + 1 for a loop or deeper.
int pageTreeDepth(QByteArrayView bytes, int limit);

} // namespace jiaohe::pdf
