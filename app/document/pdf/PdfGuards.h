// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSizeF>
#include <QString>

// The refusals of hostile or broken PDFs: before a parser sees the bytes, and once Poppler has loaded them,
// before any page is read. Each gives why the file is refused (never naming it), empty when fine.
namespace jiaohe::pdf {

// A file cut short (no %%EOF near its end). (The page tree's loops and depth: PdfStructure.)
QString refuseBeforeLoading(QByteArrayView bytes);

// No pages, or more than `maxPages`.
QString refusePageCount(int pageCount, int maxPages);

// A page smaller than a point or larger than `maxPoints` either way (`page` counts from 0).
QString refusePageSize(int page, QSizeF size, double maxPoints);

} // namespace jiaohe::pdf
