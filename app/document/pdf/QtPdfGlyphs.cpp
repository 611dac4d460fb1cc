#include "document/pdf/QtPdfGlyphs.h"

#include "common/CharClass.h"
#include "document/PdfText.h"

#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>
#include <cmath>

// How the boxes are found. Qt PDF gives, per query, the text of a page and the boxes of its runs
// (one box per run of characters drawn by one text object), but no map from characters to boxes;
// and every query loads the page's text again (about 2 ms for a report page), so one query per
// character would take minutes for a long report. So, per page:
//  1. One query for the whole page. Many reports draw every character as its own object: when the
//     page has as many boxes as visible characters, they pair up in order (checked on three
//     characters with one query each).
//  2. Otherwise, one query per line of Qt PDF's text: one box per visible character pairs up again;
//     one box for the line is spread over its characters by their widths (wide CJK, narrow Latin);
//     several boxes are cut apart by binary search on the run length (the box count of a prefix
//     grows when the prefix enters the next run).

namespace jiaohe::pdf {

namespace {

double widthWeight(QChar c)
{
    if (isWhiteSpace(c)) {
        return 0.3;
    }
    return isDrawnWide(c) ? 1.0 : 0.55;
}

bool near(const QRectF& a, const QRectF& b)
{
    constexpr double Tolerance = 0.5;
    return std::abs(a.left() - b.left()) < Tolerance && std::abs(a.top() - b.top()) < Tolerance &&
           std::abs(a.right() - b.right()) < Tolerance && std::abs(a.bottom() - b.bottom()) < Tolerance;
}

QList<QRectF> rectsOf(const QPdfSelection& s)
{
    QList<QRectF> rects;
    const QList<QPolygonF> bounds = s.bounds();
    rects.reserve(bounds.size());
    for (const QPolygonF& p : bounds) {
        rects.append(p.boundingRect());
    }
    return rects;
}

// The characters of one page with their boxes, in Qt PDF's order.
class PageGlyphs
{
public:
    PageGlyphs(QPdfDocument& doc, int page, PdfReadStats& stats) : m_doc(doc), m_page(page), m_stats(stats) {}

    QList<Glyph> read()
    {
        const QPdfSelection all = query(0, -1);
        m_text = all.text();
        const QList<QRectF> rects = rectsOf(all);
        QList<qsizetype> visible;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (!isWhiteSpace(m_text.at(i))) {
                visible.append(i);
            }
        }
        if (visible.isEmpty()) {
            return {};
        }
        if (rects.size() == visible.size() && oneToOneHolds(visible, rects)) {
            ++m_stats.fastPages;
            for (qsizetype k = 0; k < visible.size(); ++k) {
                add(visible.at(k), rects.at(k));
            }
            return m_glyphs;
        }
        readByLines(rects);
        return m_glyphs;
    }

private:
    QPdfSelection query(qsizetype start, qsizetype length)
    {
        ++m_stats.pdfiumCalls;
        ++m_calls;
        if (length < 0) {
            return m_doc.getAllText(m_page);
        }
        return m_doc.getSelectionAtIndex(m_page, int(start), int(length));
    }

    // Three characters (first, middle, last) queried alone have the boxes the pairing gives them.
    bool oneToOneHolds(const QList<qsizetype>& visible, const QList<QRectF>& rects)
    {
        const qsizetype n = visible.size();
        for (qsizetype k : {qsizetype(0), n / 2, n - 1}) {
            const QList<QRectF> one = rectsOf(query(visible.at(k), 1));
            if (one.size() != 1 || !near(one.first(), rects.at(k))) {
                return false;
            }
        }
        return true;
    }

    // Adds the character at `index` of the page text with its box.
    void add(qsizetype index, const QRectF& box)
    {
        const QChar c = unifiedIdeograph(m_text.at(index));
        if (!isNoise(c) && box.width() > 0 && box.height() > 0) {
            const bool space = index > 0 && isWhiteSpace(m_text.at(index - 1)) && m_text.at(index - 1) != u'\n' &&
                               m_text.at(index - 1) != u'\r';
            m_glyphs.append({c, box, space});
        }
    }

    // Spreads the characters [start, end) of the page text over one box by their widths.
    void spread(qsizetype start, qsizetype end, const QRectF& box)
    {
        ++m_stats.interpolatedRuns;
        double total = 0;
        for (qsizetype i = start; i < end; ++i) {
            total += widthWeight(m_text.at(i));
        }
        double x = box.left();
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = m_text.at(i);
            const double w = box.width() * widthWeight(c) / total;
            if (!isWhiteSpace(c)) {
                add(i, QRectF(x, box.top(), w, box.height()));
            }
            x += w;
        }
    }

    // Qt PDF's lines (it ends each with a line break) each get their boxes: the page's boxes cut into
    // groups by height when there are as many groups as lines (checked on the middle line), otherwise
    // one query per line.
    void readByLines(const QList<QRectF>& pageRects)
    {
        QList<std::pair<qsizetype, qsizetype>> lines;
        const qsizetype n = m_text.size();
        for (qsizetype lineStart = 0; lineStart < n;) {
            qsizetype lineEnd = lineStart;
            while (lineEnd < n && m_text.at(lineEnd) != u'\n' && m_text.at(lineEnd) != u'\r') {
                ++lineEnd;
            }
            const qsizetype a = skipBlanks(lineStart, lineEnd);
            const qsizetype b = trimEnd(a, lineEnd);
            if (a < b) {
                lines.append({a, b});
            }
            lineStart = lineEnd + 1;
        }
        QList<QList<QRectF>> groups;
        QRectF band;
        for (const QRectF& r : pageRects) {
            const double overlap = std::min(band.bottom(), r.bottom()) - std::max(band.top(), r.top());
            if (groups.isEmpty() || overlap < 0.5 * std::min(band.height(), r.height()) || r.left() < band.left()) {
                groups.append(QList<QRectF>());
                band = r;
            } else {
                band = band.united(r);
            }
            groups.last().append(r);
        }
        bool grouped = groups.size() == lines.size() && !lines.isEmpty();
        if (grouped) {
            const qsizetype mid = lines.size() / 2;
            const QList<QRectF> check = rectsOf(query(lines.at(mid).first, lines.at(mid).second - lines.at(mid).first));
            grouped = check.size() == groups.at(mid).size() &&
                      std::equal(check.begin(), check.end(), groups.at(mid).begin(), near);
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const auto [a, b] = lines.at(i);
            readLine(a, b, grouped ? groups.at(i) : rectsOf(query(a, b - a)));
        }
    }

    qsizetype skipBlanks(qsizetype i, qsizetype end) const
    {
        while (i < end && isWhiteSpace(m_text.at(i))) {
            ++i;
        }
        return i;
    }

    qsizetype trimEnd(qsizetype start, qsizetype end) const
    {
        while (end > start && isWhiteSpace(m_text.at(end - 1))) {
            --end;
        }
        return end;
    }

    // The characters [start, end) of one line of Qt PDF's text (no blanks at either end) with the
    // boxes of its runs.
    void readLine(qsizetype start, qsizetype end, const QList<QRectF>& rects)
    {
        QList<qsizetype> visible;
        QList<std::pair<qsizetype, qsizetype>> words; // blank-separated
        for (qsizetype i = start; i < end; ++i) {
            if (isWhiteSpace(m_text.at(i))) {
                continue;
            }
            visible.append(i);
            if (i == start || isWhiteSpace(m_text.at(i - 1))) {
                words.append({i, i + 1});
            } else {
                words.last().second = i + 1;
            }
        }
        if (rects.size() == visible.size()) {
            for (qsizetype k = 0; k < visible.size(); ++k) {
                add(visible.at(k), rects.at(k));
            }
            return;
        }
        if (rects.isEmpty()) {
            return; // nothing drawn (invisible text)
        }
        // Too many runs for the page's budget of queries: spread the rest over their union.
        constexpr int PageQueryBudget = 3000;
        if (rects.size() == 1 || m_calls > PageQueryBudget) {
            QRectF all;
            for (const QRectF& r : rects) {
                all = all.isNull() ? r : all.united(r);
            }
            spread(start, end, all);
            return;
        }
        // As many runs as words: Qt PDF separated the runs with blanks, one word each.
        if (rects.size() == words.size()) {
            for (qsizetype k = 0; k < words.size(); ++k) {
                place(words.at(k).first, words.at(k).second, rects.at(k));
            }
            return;
        }
        qsizetype pos = start;
        for (qsizetype j = 0; j < rects.size() && pos < end; ++j) {
            const qsizetype runEnd = j + 1 < rects.size() ? nextRunStart(pos, end, rects.at(j + 1)) : end;
            place(pos, trimEnd(pos, runEnd), rects.at(j));
            pos = skipBlanks(runEnd, end);
        }
    }

    void place(qsizetype start, qsizetype end, const QRectF& box)
    {
        if (end - start == 1) {
            add(start, box);
        } else if (end > start) {
            spread(start, end, box);
        }
    }

    // Where the run after the one starting at `pos` starts. First by hitting its box: the selection
    // from its left edge to its right edge starts at its first character (one query); when that does
    // not give an index after `pos`, by binary search on the length of the prefix from `pos` still
    // inside one run (the box count of a prefix grows when it enters the next run).
    qsizetype nextRunStart(qsizetype pos, qsizetype end, const QRectF& next)
    {
        ++m_stats.pdfiumCalls;
        ++m_calls;
        const double y = next.center().y();
        const QPdfSelection hit =
            m_doc.getSelection(m_page, QPointF(next.left() + 0.2, y), QPointF(next.right() - 0.2, y));
        const qsizetype at = hit.isValid() ? hit.startIndex() : -1;
        if (at > pos && at < end && !isWhiteSpace(m_text.at(at)) && near(rectsOf(hit).value(0), next)) {
            return at;
        }
        qsizetype lo = pos + 1;
        qsizetype hi = end;
        while (hi - lo > 1) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (query(pos, mid - pos).bounds().size() <= 1) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    QPdfDocument& m_doc;
    int m_page;
    PdfReadStats& m_stats;
    QString m_text;
    QList<Glyph> m_glyphs;
    int m_calls = 0;
};

} // namespace

QList<Glyph> readPageGlyphs(QPdfDocument& doc, int page, PdfReadStats& stats)
{
    return PageGlyphs(doc, page, stats).read();
}

QImage renderPage(QPdfDocument& doc, int page, double pixelsPerPoint)
{
    const QSizeF size = doc.pagePointSize(page);
    QImage image = doc.render(page, QSize(int(size.width() * pixelsPerPoint), int(size.height() * pixelsPerPoint)));
    if (!image.isNull()) {
        // Transparent pixels are paper, not ink.
        image = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int a = qAlpha(line[x]);
                const int g = (qGray(line[x]) * a + 255 * (255 - a)) / 255;
                line[x] = qRgb(g, g, g);
            }
        }
    }
    return image;
}

} // namespace jiaohe::pdf
