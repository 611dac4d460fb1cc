// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"

#include "TextNormaliser.h"

#include <algorithm>
#include <iterator>

namespace jiaohe {

std::pair<qsizetype, qsizetype> Document::originalSpan(qsizetype start, qsizetype end) const
{
    if (toOriginal.isEmpty()) {
        return {start, end};
    }
    const qsizetype last = toOriginal.size() - 1;
    start = std::clamp<qsizetype>(start, 0, last);
    end = std::clamp<qsizetype>(end, start, last);
    const qsizetype oStart = toOriginal.at(start);
    // The end maps to the start of the character after the span, so a character that expanded into
    // several normalised characters (㈠ -> "(一)") is covered whole.
    qsizetype oEnd = toOriginal.at(end);
    if (end > start && oEnd <= oStart) {
        oEnd = oStart + 1;
    }
    return {oStart, oEnd};
}

qsizetype Document::codePointIndex(qsizetype utf16Index) const
{
    if (!m_surrogatesScanned) {
        m_surrogatesScanned = true;
        m_surrogatesBefore.clear();
        bool any = false;
        for (QChar c : original) {
            if (c.isLowSurrogate()) {
                any = true;
                break;
            }
        }
        if (any) {
            m_surrogatesBefore.resize(original.size() + 1);
            qsizetype count = 0;
            for (qsizetype i = 0; i < original.size(); ++i) {
                m_surrogatesBefore[i] = count;
                if (original.at(i).isLowSurrogate()) {
                    ++count;
                }
            }
            m_surrogatesBefore[original.size()] = count;
        }
    }
    if (m_surrogatesBefore.isEmpty()) {
        return utf16Index;
    }
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, original.size());
    return utf16Index - m_surrogatesBefore.at(utf16Index);
}

int Document::pageAt(qsizetype index) const
{
    if (pages.isEmpty()) {
        return -1;
    }
    // The last page starting at or before the index.
    const auto it = std::upper_bound(pages.cbegin(), pages.cend(), index,
                                     [](qsizetype i, const PdfPage& p) { return i < p.start; });
    return it == pages.cbegin() ? 0 : int(std::distance(pages.cbegin(), it) - 1);
}

QList<std::pair<int, QRectF>> Document::boxes(qsizetype start, qsizetype end) const
{
    QList<std::pair<int, QRectF>> result;
    if (charBoxes.isEmpty()) {
        return result;
    }
    start = std::clamp<qsizetype>(start, 0, charBoxes.size());
    end = std::clamp<qsizetype>(end, start, charBoxes.size());
    int page = pageAt(start);
    qsizetype pageEnd = page >= 0 ? pages.at(page).end : charBoxes.size();
    QRectF current;
    auto flush = [&]() {
        if (!current.isNull()) {
            result.append({page, current});
            current = QRectF();
        }
    };
    for (qsizetype i = start; i < end; ++i) {
        while (i >= pageEnd && page + 1 < pages.size()) {
            flush();
            ++page;
            pageEnd = pages.at(page).end;
        }
        if (i < original.size() && original.at(i) == u'\n') {
            flush();
            continue;
        }
        const PdfCharBox& b = charBoxes.at(i);
        if (b.isEmpty()) {
            continue;
        }
        const QRectF r = b.rect();
        // A cell wrapped over two lines of the page is one line of text: one box per line of the page.
        if (!current.isNull() && r.center().y() > current.bottom() && r.left() < current.right()) {
            flush();
        }
        current = current.isNull() ? r : current.united(r);
    }
    flush();
    return result;
}

qsizetype Document::charAt(int page, QPointF point) const
{
    if (page < 0 || page >= pages.size() || charBoxes.isEmpty()) {
        return -1;
    }
    constexpr double Tolerance = 4.0; // points
    const PdfPage& p = pages.at(page);
    qsizetype best = -1;
    double bestDistance = Tolerance;
    const qsizetype last = std::min<qsizetype>(p.end, charBoxes.size());
    for (qsizetype i = p.start; i < last; ++i) {
        const PdfCharBox& b = charBoxes.at(i);
        if (b.isEmpty()) {
            continue;
        }
        const QRectF r = b.rect();
        if (r.contains(point)) {
            return i;
        }
        const double dx = std::max({r.left() - point.x(), 0.0, point.x() - r.right()});
        const double dy = std::max({r.top() - point.y(), 0.0, point.y() - r.bottom()});
        const double d = std::max(dx, dy);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

Document Document::fromPlainText(const QString& text)
{
    return fromText(text, SourceFormat::PlainText);
}

Document Document::fromText(const QString& text, SourceFormat format, const QList<PdfCharBox>& boxes)
{
    Document doc;
    doc.encoding = QStringLiteral("UTF-16");
    doc.original = text;
    NormalisedText n = format == SourceFormat::Html ? normaliseText(text)
                       : boxes.isEmpty()            ? matchingText(text)
                                                    : matchingText(text, fullLinesOf(text, boxes));
    doc.format = format;
    doc.normalised = n.text;
    doc.toOriginal = n.toOriginal;
    doc.traditionalCharacters = n.traditionalCharacters;
    return doc;
}

} // namespace jiaohe
