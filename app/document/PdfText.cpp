#include "PdfText.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>
#include <cmath>
#include <limits>

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
// Then the reading order is rebuilt from the geometry alone: characters whose vertical centres
// agree within half a character height form one line; in a line a gap wider than 1.5 characters
// separates two table cells (a tab), a smaller one between two Latin letters or digits a word (a space).

namespace jiaohe {

namespace {

struct Glyph
{
    QChar ch;
    QRectF box;
    bool spaceBefore = false; // Qt PDF's text has a blank right before it (a space or a word gap it found)
    double cy() const { return box.center().y(); }
};

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}

// Characters Qt PDF reports that are not text: soft hyphens at line ends, unmapped glyphs.
bool isNoise(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF || c.unicode() == 0xAD;
}

bool isIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x2E80 && !(u >= 0xFF61 && u <= 0xFFDC);
}

// PDF writers often map a glyph of a CJK font back to a radical that shares it (Kangxi radicals
// U+2F00-U+2FD5, CJK radicals supplement U+2E80-U+2EF3): "⼀" for 一, "⻚" for 页. The page shows the
// ideograph, so the text says it too.
QChar unifiedIdeograph(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x2F00 && u <= 0x2FD5) {
        const QString d = QChar::decomposition(u);
        return d.size() == 1 ? d.at(0) : c;
    }
    if (u >= 0x2E80 && u <= 0x2EF3) {
        struct Pair
        {
            char16_t radical;
            char16_t ideograph;
        };
        static constexpr Pair pairs[] = {
            {0x2E9F, u'母'}, {0x2EA0, u'民'}, {0x2EC4, u'西'}, {0x2EC5, u'见'}, {0x2EC6, u'角'}, {0x2EC9, u'贝'},
            {0x2ECB, u'车'}, {0x2ED1, u'長'}, {0x2ED3, u'长'}, {0x2ED4, u'门'}, {0x2ED8, u'青'}, {0x2ED9, u'韦'},
            {0x2EDA, u'页'}, {0x2EDB, u'风'}, {0x2EDC, u'飞'}, {0x2EDD, u'食'}, {0x2EE2, u'马'}, {0x2EE3, u'骨'},
            {0x2EE4, u'鬼'}, {0x2EE5, u'鱼'}, {0x2EE6, u'鸟'}, {0x2EE7, u'卤'}, {0x2EE8, u'麦'}, {0x2EE9, u'黄'},
            {0x2EEA, u'黾'}, {0x2EEB, u'斉'}, {0x2EEC, u'齐'}, {0x2EED, u'歯'}, {0x2EEE, u'齿'}, {0x2EEF, u'竜'},
            {0x2EF0, u'龙'}, {0x2EF2, u'亀'}, {0x2EF3, u'龟'},
        };
        for (const Pair& p : pairs) {
            if (p.radical == u) {
                return QChar(p.ideograph);
            }
        }
    }
    return c;
}

double widthWeight(QChar c)
{
    if (isBlank(c)) {
        return 0.3;
    }
    return isWide(c) ? 1.0 : 0.55;
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

double median(QList<double> values, double fallback)
{
    if (values.isEmpty()) {
        return fallback;
    }
    const auto mid = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), mid, values.end());
    return *mid;
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
            if (!isBlank(m_text.at(i))) {
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
            const bool space = index > 0 && isBlank(m_text.at(index - 1)) && m_text.at(index - 1) != u'\n' &&
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
            if (!isBlank(c)) {
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
        while (i < end && isBlank(m_text.at(i))) {
            ++i;
        }
        return i;
    }

    qsizetype trimEnd(qsizetype start, qsizetype end) const
    {
        while (end > start && isBlank(m_text.at(end - 1))) {
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
            if (isBlank(m_text.at(i))) {
                continue;
            }
            visible.append(i);
            if (i == start || isBlank(m_text.at(i - 1))) {
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
        if (at > pos && at < end && !isBlank(m_text.at(at)) && near(rectsOf(hit).value(0), next)) {
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

// ---- reading order --------------------------------------------------------------------------------------------

struct Line
{
    QList<Glyph> glyphs;
    double top = 0;
    double bottom = 0;
    double cy() const { return (top + bottom) / 2; }
};

// One cell of a row: glyphs left to right (a cell wrapped over several lines: line after line).
struct Cell
{
    QList<Glyph> glyphs;
    QRectF box;
    void add(const Glyph& g)
    {
        glyphs.append(g);
        box = box.isNull() ? g.box : box.united(g.box);
    }
};

// A line of the page split at wide gaps: one cell for running text, several for a table row.
struct Row
{
    QList<Cell> cells;
    double cy = 0;
    double em = 10;
    bool dropped = false;
    bool vertical = false; // a label gathered from a vertical column of characters
    QRectF box() const
    {
        QRectF b;
        for (const Cell& c : cells) {
            b = b.isNull() ? c.box : b.united(c.box);
        }
        return b;
    }
};

double verticalOverlap(const QRectF& box, double top, double bottom)
{
    return std::min(box.bottom(), bottom) - std::max(box.top(), top);
}

// The page's lines top to bottom, each with its glyphs left to right. A glyph joins a line when it
// overlaps the line's band by half its height or more: punctuation drawn low (，。、) or high (“)
// stays on its line; the lines of a table cell wrapped at 1.2 line heights do not merge.
QList<Line> buildLines(QList<Glyph> glyphs)
{
    std::stable_sort(glyphs.begin(), glyphs.end(), [](const Glyph& a, const Glyph& b) { return a.cy() < b.cy(); });
    QList<Line> lines;
    for (const Glyph& g : std::as_const(glyphs)) {
        const double h = g.box.height();
        Line* best = nullptr;
        double bestRatio = 0.5;
        for (qsizetype k = lines.size() - 1; k >= 0 && k >= lines.size() - 3; --k) {
            Line& line = lines[k];
            const double ratio =
                verticalOverlap(g.box, line.top, line.bottom) / std::max(0.01, std::min(h, line.bottom - line.top));
            if (ratio >= bestRatio && std::abs(g.cy() - line.cy()) < 0.75 * std::max(h, line.bottom - line.top)) {
                best = &line;
                bestRatio = ratio;
            }
        }
        if (!best) {
            lines.append(Line{{}, g.box.top(), g.box.bottom()});
            best = &lines.last();
        } else if (h >= 0.6 * (best->bottom - best->top)) {
            // Full-height glyphs make the band; small ones (punctuation) only join it. Relative to the
            // band, not the page: a page may hold body text and a table in a smaller size.
            best->top = std::min(best->top, g.box.top());
            best->bottom = std::max(best->bottom, g.box.bottom());
        }
        best->glyphs.append(g);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.cy() < b.cy(); });
    for (Line& line : lines) {
        std::stable_sort(line.glyphs.begin(), line.glyphs.end(),
                         [](const Glyph& a, const Glyph& b) { return a.box.left() < b.box.left(); });
        // The same character drawn twice at (almost) the same place: fake bold or a shadow.
        QList<Glyph> kept;
        kept.reserve(line.glyphs.size());
        for (const Glyph& g : std::as_const(line.glyphs)) {
            if (!kept.isEmpty() && kept.last().ch == g.ch) {
                const QRectF overlap = kept.last().box.intersected(g.box);
                if (overlap.width() * overlap.height() > 0.6 * g.box.width() * g.box.height()) {
                    continue;
                }
            }
            kept.append(g);
        }
        line.glyphs = std::move(kept);
    }
    return lines;
}

double pageEmOf(const QList<Glyph>& glyphs)
{
    QList<double> heights;
    QList<double> allHeights;
    for (const Glyph& g : glyphs) {
        allHeights.append(g.box.height());
        if (isIdeograph(g.ch)) {
            heights.append(g.box.height());
        }
    }
    return std::max(1.0, median(heights.isEmpty() ? allHeights : heights, 10.0));
}

// The ruling lines of a page's tables, seen on the page drawn small. Qt PDF gives no vector paths, so a
// table's cell borders are found as pixels: a narrow gap between two characters of one line holds a cell
// border when a column of the gap is dark over the line's whole height (nothing else is drawn between two
// characters of a line; shading is lighter). The page is drawn only when a line has such a gap: producers
// that keep little padding in their cells (LibreOffice's tables of a web page) leave label and figure, or
// two header cells, closer than the wide gap that otherwise separates cells.
class Rules
{
public:
    Rules(QPdfDocument* doc, int page) : m_doc(doc), m_page(page) {}

    // Whether a vertical rule crosses [top, bottom] somewhere between left and right (points).
    bool between(double left, double right, double top, double bottom) { return count(left, right, top, bottom) > 0; }

    // How many vertical rules cross [top, bottom] between left and right (points).
    int count(double left, double right, double top, double bottom)
    {
        if (!m_doc || !render()) {
            return 0;
        }
        const int x0 = std::max(0, int(std::floor(left * Scale)));
        const int x1 = std::min(m_image.width() - 1, int(std::ceil(right * Scale)));
        // The line's whole band (the glyphs' boxes, the font's full height): the ink of a character next
        // to the gap (the stem of a 1) covers only part of it, a cell border all of it.
        const int y0 = std::max(0, int(std::floor(top * Scale)));
        const int y1 = std::min(m_image.height() - 1, int(std::ceil(bottom * Scale)));
        if (x1 < x0 || y1 <= y0) {
            return 0;
        }
        int rules = 0;
        bool inRule = false;
        for (int x = x0; x <= x1; ++x) {
            bool dark = true;
            for (int y = y0; dark && y <= y1; ++y) {
                dark = qGray(m_image.pixel(x, y)) < DarkGray;
            }
            rules += dark && !inRule ? 1 : 0;
            inRule = dark;
        }
        return rules;
    }

    // The nearest horizontal rule under the whole of [left, right], from y going up (step -1) or down
    // (step 1) at most `limit` points; NaN when there is none.
    double horizontalFrom(double left, double right, double y, double limit, int step)
    {
        if (!m_doc || !render()) {
            return std::numeric_limits<double>::quiet_NaN();
        }
        const int x0 = std::max(0, int(std::ceil(left * Scale)));
        const int x1 = std::min(m_image.width() - 1, int(std::floor(right * Scale)));
        const int yFrom = int(std::round(y * Scale));
        const int yTo = int(std::round((y + step * limit) * Scale));
        for (int py = yFrom; x1 > x0 && (step < 0 ? py >= yTo : py <= yTo); py += step) {
            if (py >= 0 && py < m_image.height() && darkRow(x0, x1, py)) {
                return py / Scale;
            }
        }
        return std::numeric_limits<double>::quiet_NaN();
    }

    // Whether a horizontal rule under the whole of [left, right] lies within `slack` points of y.
    bool horizontalNear(double left, double right, double y, double slack)
    {
        return !std::isnan(horizontalFrom(left, right, y - slack, 2 * slack, 1));
    }

    // The vertical rules crossing all of [top, bottom] between left and right: their x (points).
    QList<double> verticalRules(double left, double right, double top, double bottom)
    {
        QList<double> xs;
        if (!m_doc || !render()) {
            return xs;
        }
        const int x0 = std::max(0, int(std::floor(left * Scale)));
        const int x1 = std::min(m_image.width() - 1, int(std::ceil(right * Scale)));
        const int y0 = std::max(0, int(std::ceil(top * Scale)));
        const int y1 = std::min(m_image.height() - 1, int(std::floor(bottom * Scale)));
        bool inRule = false;
        for (int x = x0; y1 > y0 && x <= x1; ++x) {
            bool dark = true;
            for (int y = y0; dark && y <= y1; ++y) {
                dark = qGray(m_image.pixel(x, y)) < DarkGray;
            }
            if (dark && !inRule) {
                xs.append(x / Scale);
            }
            inRule = dark;
        }
        return xs;
    }

private:
    // A row of pixels dark across [x0, x1], with the row below: a thin rule drawn between two rows of
    // pixels is shared out between them, each too light alone.
    bool darkRow(int x0, int x1, int y) const
    {
        const int y2 = std::min(m_image.height() - 1, y + 1);
        for (int x = x0; x <= x1; ++x) {
            const int ink = 255 - qGray(m_image.pixel(x, y)) + (y2 > y ? 255 - qGray(m_image.pixel(x, y2)) : 0);
            if (ink <= 255 - DarkGray) {
                return false;
            }
        }
        return true;
    }

    static constexpr double Scale = 2.0; // pixels per point: a 0.5 pt rule is one dark pixel wide
    static constexpr int DarkGray = 170;

    bool render()
    {
        if (!m_rendered) {
            m_rendered = true;
            const QSizeF size = m_doc->pagePointSize(m_page);
            m_image = m_doc->render(m_page, QSize(int(size.width() * Scale), int(size.height() * Scale)));
            if (!m_image.isNull()) {
                // Transparent pixels are paper, not ink.
                m_image = m_image.convertToFormat(QImage::Format_ARGB32);
                for (int y = 0; y < m_image.height(); ++y) {
                    auto* line = reinterpret_cast<QRgb*>(m_image.scanLine(y));
                    for (int x = 0; x < m_image.width(); ++x) {
                        const int a = qAlpha(line[x]);
                        const int g = (qGray(line[x]) * a + 255 * (255 - a)) / 255;
                        line[x] = qRgb(g, g, g);
                    }
                }
            }
        }
        return !m_image.isNull();
    }

    QPdfDocument* m_doc;
    int m_page;
    bool m_rendered = false;
    QImage m_image;
};

// Splits each line into cells at gaps wider than 1.5 characters, and at narrower gaps (from a third of a
// character: wider than the space some producers put between Chinese and Latin text) crossed by a rule.
QList<Row> buildRows(const QList<Line>& lines, double pageEm, Rules& rules)
{
    QList<Row> rows;
    for (const Line& line : lines) {
        QList<double> heights;
        for (const Glyph& g : line.glyphs) {
            if (isIdeograph(g.ch)) {
                heights.append(g.box.height());
            }
        }
        Row row;
        row.em = median(heights, pageEm);
        row.cy = line.cy();
        for (qsizetype k = 0; k < line.glyphs.size(); ++k) {
            const Glyph& g = line.glyphs.at(k);
            const double gap = k == 0 ? 0 : g.box.left() - line.glyphs.at(k - 1).box.right();
            if (k == 0 || gap > 1.5 * row.em ||
                (gap > 0.3 * row.em &&
                 rules.between(line.glyphs.at(k - 1).box.right(), g.box.left(), line.top, line.bottom))) {
                row.cells.append(Cell{});
            }
            row.cells.last().add(g);
        }
        if (!row.cells.isEmpty()) {
            rows.append(row);
        }
    }
    return rows;
}

bool isLoneGlyphCell(const Cell& c)
{
    return c.glyphs.size() == 1 && isWide(c.glyphs.first().ch);
}

// A label written vertically in a merged table cell (三、本年度办理结果: one character per line, in a
// column of its own) lands as a one-character first cell on several rows. Such a column of three or
// more becomes one line of its own, before the row it starts on.
void gatherVerticalLabels(QList<Row>& rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).dropped || !isLoneGlyphCell(rows.at(i).cells.first())) {
            continue;
        }
        const double em = rows.at(i).em;
        const double x = rows.at(i).cells.first().box.center().x();
        QList<qsizetype> members = {i};
        double lastCy = rows.at(i).cy;
        for (qsizetype j = i + 1; j < rows.size() && rows.at(j).cy - lastCy < 3.5 * em; ++j) {
            const Cell& first = rows.at(j).cells.first();
            if (!rows.at(j).dropped && isLoneGlyphCell(first) && std::abs(first.box.center().x() - x) < 0.5 * em) {
                members.append(j);
                lastCy = rows.at(j).cy;
            }
        }
        if (members.size() < 3) {
            continue;
        }
        Row label;
        label.em = em;
        label.cy = rows.at(i).cy;
        label.vertical = true;
        label.cells.append(Cell{});
        // Its start may be written across ("三、" above 本 年 度 …): a short one-cell row just above.
        if (i > 0 && !rows.at(i - 1).dropped && rows.at(i - 1).cells.size() == 1 &&
            rows.at(i - 1).cells.first().glyphs.size() <= 3 && rows.at(i).cy - rows.at(i - 1).cy < 3.5 * em) {
            const QRectF head = rows.at(i - 1).cells.first().box;
            if (head.left() - 0.5 * em <= x && x <= head.right() + 0.5 * em) {
                for (const Glyph& g : rows.at(i - 1).cells.first().glyphs) {
                    label.cells.first().add(g);
                }
                rows[i - 1].dropped = true;
            }
        }
        for (qsizetype m : std::as_const(members)) {
            Row& r = rows[m];
            label.cells.first().add(r.cells.first().glyphs.first());
            r.cells.removeFirst();
            r.dropped = r.cells.isEmpty();
        }
        rows.insert(i, label);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

// A cell after the first whose text wraps over two lines while the row's other cells are centred
// between them (22（其中修订16 / 件） in a figure column): the row has nothing in that column, and the
// lines just above and below are one-cell rows that fit in the gap between two of its cells. They become
// the row's cell there.
void joinWrappedInnerCells(QList<Row>& rows)
{
    // The index of the row's cell after which `x` fits (between that cell and the next), or -1.
    auto slot = [](const Row& x, const Row& row) -> qsizetype {
        if (x.dropped || x.vertical || x.cells.size() != 1 || row.vertical || row.cells.size() < 2 ||
            std::abs(x.cy - row.cy) > 1.4 * row.em) {
            return -1;
        }
        const QRectF xb = x.cells.first().box;
        for (qsizetype k = 0; k + 1 < row.cells.size(); ++k) {
            if (xb.left() > row.cells.at(k).box.right() && xb.right() < row.cells.at(k + 1).box.left()) {
                return k;
            }
        }
        return -1;
    };
    for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
        Row& row = rows[i];
        const qsizetype k = slot(rows.at(i - 1), row);
        if (k < 0 || slot(rows.at(i + 1), row) != k ||
            std::abs(rows.at(i - 1).cells.first().box.left() - rows.at(i + 1).cells.first().box.left()) >
                0.5 * row.em) {
            continue;
        }
        Cell merged;
        for (const qsizetype j : {i - 1, i + 1}) {
            for (const Glyph& g : rows.at(j).cells.first().glyphs) {
                merged.add(g);
            }
            rows[j].dropped = true;
        }
        row.cells.insert(k + 1, merged);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

// A table cell whose text wraps: its lines are one-cell rows just above and below the row they belong
// to (the row's other cells are centred between them). They join the row's first cell, or become it
// when the row is only numbers.
void joinWrappedCells(QList<Row>& rows)
{
    auto isTableRow = [](const Row& r) { return r.cells.size() >= 2; };
    // The row's first cell is a number: its label cell is elsewhere.
    auto startsWithNumber = [](const Row& r) {
        const QList<Glyph>& first = r.cells.first().glyphs;
        return std::all_of(first.begin(), first.end(), [](const Glyph& g) {
            return g.ch.isDigit() || g.ch == u'.' || g.ch == u',' || g.ch == u'%' || g.ch == u'-';
        });
    };
    // Whether the one-cell row `x` continues the first cell of the table row `row`.
    auto continues = [&](const Row& x, const Row& row) {
        if (x.dropped || x.vertical || x.cells.size() != 1 || !isTableRow(row) ||
            std::abs(x.cy - row.cy) > 1.4 * row.em) {
            return false;
        }
        const QRectF xb = x.cells.first().box;
        const QRectF first = row.cells.at(0).box;
        const QRectF second = row.cells.at(1).box;
        if (xb.right() > second.left() - 0.5 * row.em) {
            return false;
        }
        const bool sameColumn = xb.left() < first.right() && xb.right() > first.left();
        const bool labelOfNumbers = startsWithNumber(row) && xb.right() < first.left();
        return sameColumn || labelOfNumbers;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (!isTableRow(row)) {
            continue;
        }
        // Neighbours, passing the vertical labels gathered in between.
        auto neighbour = [&](qsizetype from, int step) {
            qsizetype k = from + step;
            while (k >= 0 && k < rows.size() && rows.at(k).vertical) {
                k += step;
            }
            return k >= 0 && k < rows.size() ? k : qsizetype(-1);
        };
        const qsizetype up = neighbour(i, -1);
        const qsizetype down = neighbour(i, 1);
        Row* above = up >= 0 && continues(rows.at(up), row) ? &rows[up] : nullptr;
        Row* below = down >= 0 && continues(rows.at(down), row) ? &rows[down] : nullptr;
        // A line between two table rows belongs to the nearer one.
        const qsizetype upUp = up >= 0 ? neighbour(up, -1) : -1;
        const qsizetype downDown = down >= 0 ? neighbour(down, 1) : -1;
        if (above && upUp >= 0 && isTableRow(rows.at(upUp)) && !rows.at(upUp).dropped &&
            above->cy - rows.at(upUp).cy < row.cy - above->cy) {
            above = nullptr;
        }
        if (below && downDown >= 0 && isTableRow(rows.at(downDown)) &&
            rows.at(downDown).cy - below->cy < below->cy - row.cy) {
            below = nullptr;
        }
        if (!above && !below) {
            continue;
        }
        const bool newLabel =
            startsWithNumber(row) && (above ? above->cells.first().box.right() : below->cells.first().box.right()) <
                                         row.cells.first().box.left();
        Cell merged;
        if (above) {
            for (const Glyph& g : above->cells.first().glyphs) {
                merged.add(g);
            }
            above->dropped = true;
        }
        if (!newLabel) {
            for (const Glyph& g : row.cells.first().glyphs) {
                merged.add(g);
            }
        }
        if (below) {
            for (const Glyph& g : below->cells.first().glyphs) {
                merged.add(g);
            }
            below->dropped = true;
        }
        if (newLabel) {
            row.cells.prepend(merged);
        } else {
            row.cells[0] = merged;
        }
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
    joinWrappedInnerCells(rows);
}

// A cell holding a figure or a blank marker: digits with , . % + -, or a dash.
bool isFigureCell(const Cell& c)
{
    return !c.glyphs.isEmpty() && std::all_of(c.glyphs.begin(), c.glyphs.end(), [](const Glyph& g) {
        const char16_t u = g.ch.unicode();
        return g.ch.isDigit() || u == u',' || u == u'.' || u == u'%' || u == u'+' || u == u'-' || u == 0x2014 ||
               u == 0x2013 || u == 0x2015 || u == 0xFF0D || u == 0x2212;
    });
}

// A ruled table row whose cells wrap over several lines (LibreOffice, Word and WPS squeeze label columns
// under a many-row header): its lines lie between the same two horizontal borders, drawn across its
// figures. The lines between them become one row: their text split into cells at the vertical borders
// crossing the whole band, each cell's lines joined in order. A cell not closed by a border above or below
// (a merged group label such as (三)不予公开 beside several rows) is no part of the row: its pieces in
// consecutive bands join into one line of its own, before the row where it starts.
void joinRuledRows(QList<Row>& rows, Rules& rules)
{
    struct Label
    {
        qsizetype before = 0; // the index of the row it goes before
        Row row;
        double left = 0;
        double right = 0;
        double bottom = 0; // the band it reaches so far
    };
    QList<Label> labels;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = rows[i];
        if (row.dropped || row.vertical || row.cells.size() < 2) {
            continue;
        }
        qsizetype f = row.cells.size();
        while (f > 0 && isFigureCell(row.cells.at(f - 1))) {
            --f;
        }
        if (row.cells.size() - f < 2) {
            continue;
        }
        const double em = row.em;
        const double figLeft = row.cells.at(f).box.left();
        const double figRight = row.cells.last().box.right();
        // Only when a line left of the figures lies close above or below (else nothing to join and no
        // page to draw).
        auto nearLine = [&](qsizetype j) {
            return j >= 0 && j < rows.size() && !rows.at(j).dropped && std::abs(rows.at(j).cy - row.cy) < 2.5 * em &&
                   rows.at(j).box().right() < figLeft;
        };
        if (!nearLine(i - 1) && !nearLine(i + 1)) {
            continue;
        }
        QRectF figs;
        for (qsizetype c = f; c < row.cells.size(); ++c) {
            figs = figs.united(row.cells.at(c).box);
        }
        const double top = rules.horizontalFrom(figLeft, figRight, figs.top() - 0.5, 15 * em, -1);
        const double bottom = rules.horizontalFrom(figLeft, figRight, figs.bottom() + 0.5, 15 * em, 1);
        if (std::isnan(top) || std::isnan(bottom)) {
            continue;
        }
        // The band's other lines: wholly left of the figures, no figures of their own.
        QList<qsizetype> members;
        bool clean = true;
        // (A label gathered from a vertical column is a line of its own already.)
        for (qsizetype j = i - 1; j >= 0 && rows.at(j).cy > top; --j) {
            if (!rows.at(j).vertical) {
                members.prepend(j);
            }
        }
        for (qsizetype j = i + 1; j < rows.size() && rows.at(j).cy < bottom; ++j) {
            if (!rows.at(j).vertical) {
                members.append(j);
            }
        }
        for (qsizetype j : std::as_const(members)) {
            const Row& m = rows.at(j);
            clean = clean && !m.dropped && m.box().right() < figLeft &&
                    !(m.cells.size() >= 2 && isFigureCell(m.cells.last()));
        }
        if (members.isEmpty() || !clean) {
            continue;
        }
        double bandLeft = figLeft;
        for (qsizetype j : std::as_const(members)) {
            bandLeft = std::min(bandLeft, rows.at(j).box().left());
        }
        for (qsizetype c = 0; c < f; ++c) {
            bandLeft = std::min(bandLeft, row.cells.at(c).box.left());
        }
        // Column edges: the vertical borders crossing the whole band left of the figures.
        QList<double> edges = rules.verticalRules(bandLeft - 2 * em, figLeft, top + 1, bottom - 1);
        edges.prepend(bandLeft - 2 * em);
        edges.append(figLeft);
        QList<Cell> columns(edges.size() - 1);
        auto place = [&](const Glyph& g) {
            const double x = g.box.center().x();
            for (qsizetype k = 0; k + 1 < edges.size(); ++k) {
                if (x >= edges.at(k) && x < edges.at(k + 1)) {
                    columns[k].add(g);
                    return;
                }
            }
            columns.last().add(g);
        };
        // Lines top to bottom (the row's own line among them), each left to right.
        QList<qsizetype> order = members;
        order.append(i);
        std::sort(order.begin(), order.end());
        for (qsizetype j : std::as_const(order)) {
            const Row& r = rows.at(j);
            const qsizetype n = j == i ? f : r.cells.size();
            for (qsizetype c = 0; c < n; ++c) {
                for (const Glyph& g : r.cells.at(c).glyphs) {
                    place(g);
                }
            }
        }
        QList<Cell> cells;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            if (columns.at(k).glyphs.isEmpty()) {
                continue;
            }
            const double l = edges.at(k) + 1;
            const double r = edges.at(k + 1) - 1;
            const double slack = 0.3 * em;
            if (k == 0 || (rules.horizontalNear(l, r, top, slack) && rules.horizontalNear(l, r, bottom, slack))) {
                // The first column has no border on its left to bound it: it is closed when the cell
                // right of it is, as a table's first column usually is.
                if (k > 0 || rules.horizontalNear(edges.at(1) - 0.6 * em, edges.at(1) - 0.2 * em, top, slack)) {
                    cells.append(columns.at(k));
                    continue;
                }
            }
            // A merged cell: continues the label of the band above in this column, or starts one.
            bool joined = false;
            for (Label& lab : labels) {
                if (std::abs(lab.left - l) < 0.5 * em && std::abs(lab.right - r) < 0.5 * em &&
                    std::abs(lab.bottom - top) < 0.5 * em) {
                    for (const Glyph& g : columns.at(k).glyphs) {
                        lab.row.cells.first().add(g);
                    }
                    lab.bottom = bottom;
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                Label lab;
                lab.before = order.first();
                lab.row.em = em;
                lab.row.vertical = true;
                lab.row.cells.append(columns.at(k));
                lab.row.cy = columns.at(k).box.center().y();
                lab.left = l;
                lab.right = r;
                lab.bottom = bottom;
                labels.append(lab);
            }
        }
        for (qsizetype j : std::as_const(members)) {
            rows[j].dropped = true;
        }
        row.cells = cells + row.cells.mid(f);
    }
    std::stable_sort(labels.begin(), labels.end(), [](const Label& a, const Label& b) { return a.before < b.before; });
    for (qsizetype k = labels.size() - 1; k >= 0; --k) {
        rows.insert(labels.at(k).before, labels.at(k).row);
    }
    rows.removeIf([](const Row& r) { return r.dropped; });
}

bool overlapsAcross(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right();
}

// Table cells left empty leave no text, only a wider gap: the row's figures would move into the wrong
// columns. An empty cell goes back between two figures of a row where
//  - the nearest table row above or below (a few lines away at most) has figures in line with both and
//    figures between them (one empty cell for each), or else
//  - the table is ruled and two cell borders or more stand between two figures (one empty cell fewer
//    than borders; looked at only when the row's figures are unevenly spaced), or else
//  - the row is a long one (eight figures or more, table 4's fifteen columns of equal width) and the
//    gap is a whole multiple of its usual distance between figures.
void insertEmptyCells(QList<Row>& rows, Rules& rules)
{
    auto isTableRow = [](const Row& r) { return !r.vertical && r.cells.size() >= 2; };
    auto figures = [](const Row& r) {
        QList<qsizetype> out;
        for (qsizetype k = 0; k < r.cells.size(); ++k) {
            if (isFigureCell(r.cells.at(k))) {
                out.append(k);
            }
        }
        return out;
    };
    QList<QList<std::pair<qsizetype, int>>> inserts(rows.size()); // before cell k, n empty cells
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        if (!isTableRow(row)) {
            continue;
        }
        const QList<qsizetype> mine = figures(row);
        if (mine.size() < 2) {
            continue;
        }
        // The nearest table rows above and below, passing up to two other lines.
        QList<const Row*> neighbours;
        for (int step : {-1, 1}) {
            for (qsizetype j = i + step, passed = 0; j >= 0 && j < rows.size() && passed <= 2; j += step, ++passed) {
                if (std::abs(rows.at(j).cy - row.cy) > 5 * row.em) {
                    break;
                }
                if (isTableRow(rows.at(j))) {
                    neighbours.append(&rows.at(j));
                    break;
                }
            }
        }
        QList<std::pair<qsizetype, int>> found;
        for (const Row* other : std::as_const(neighbours)) {
            const QList<qsizetype> theirs = figures(*other);
            // Each figure of this row in line with one figure of the other, in order.
            QList<qsizetype> match;
            qsizetype from = 0;
            for (qsizetype k : mine) {
                qsizetype m = from;
                while (m < theirs.size() && !overlapsAcross(other->cells.at(theirs.at(m)).box, row.cells.at(k).box)) {
                    ++m;
                }
                if (m == theirs.size()) {
                    break;
                }
                match.append(m);
                from = m + 1;
            }
            if (match.size() != mine.size()) {
                continue;
            }
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                const int between = int(match.at(k + 1) - match.at(k) - 1);
                if (between > 0 && mine.at(k + 1) == mine.at(k) + 1) {
                    found.append({mine.at(k + 1), between});
                }
            }
            break; // the nearest row that lines up decides
        }
        if (found.isEmpty()) {
            QList<double> gaps;
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                gaps.append(row.cells.at(mine.at(k + 1)).box.center().x() - row.cells.at(mine.at(k)).box.center().x());
            }
            const double least = *std::min_element(gaps.begin(), gaps.end());
            const bool uneven = std::any_of(gaps.begin(), gaps.end(), [&](double g) { return g > 1.5 * least; });
            QList<std::pair<qsizetype, int>> byRules;
            bool ruled = uneven;
            for (qsizetype k = 0; ruled && k + 1 < mine.size(); ++k) {
                const QRectF a = row.cells.at(mine.at(k)).box;
                const QRectF b = row.cells.at(mine.at(k + 1)).box;
                const int n =
                    rules.count(a.right(), b.left(), std::max(a.top(), b.top()), std::min(a.bottom(), b.bottom()));
                ruled = n >= 1;
                if (n >= 2 && mine.at(k + 1) == mine.at(k) + 1) {
                    byRules.append({mine.at(k + 1), n - 1});
                }
            }
            if (ruled) {
                found = byRules;
            }
        }
        if (found.isEmpty() && mine.size() >= 8) {
            QList<double> gaps;
            for (qsizetype k = 0; k + 1 < mine.size(); ++k) {
                gaps.append(row.cells.at(mine.at(k + 1)).box.center().x() - row.cells.at(mine.at(k)).box.center().x());
            }
            const double pitch = median(gaps, 0);
            bool regular = pitch > row.em;
            QList<std::pair<qsizetype, int>> byPitch;
            for (qsizetype k = 0; regular && k < gaps.size(); ++k) {
                const double n = std::round(gaps.at(k) / pitch);
                regular = n >= 1 && std::abs(gaps.at(k) - n * pitch) < 0.12 * pitch;
                if (regular && n >= 2 && mine.at(k + 1) == mine.at(k) + 1) {
                    byPitch.append({mine.at(k + 1), int(n) - 1});
                }
            }
            if (regular) {
                found = byPitch;
            }
        }
        inserts[i] = found;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto& list = inserts.at(i);
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            for (int n = 0; n < it->second; ++n) {
                rows[i].cells.insert(it->first, Cell{});
            }
        }
    }
}

// The left edge of the page's running text: where its lines of text start (the leftmost start of a
// line of running text, one cell of eight characters or more); NaN when the page has none.
double textLeftOf(const QList<Row>& rows)
{
    double left = std::numeric_limits<double>::quiet_NaN();
    for (const Row& row : rows) {
        if (row.cells.size() == 1 && !row.vertical && row.cells.first().glyphs.size() >= 8) {
            const double x = row.cells.first().box.left();
            left = std::isnan(left) ? x : std::min(left, x);
        }
    }
    return left;
}

// Whether a line of running text starts with a paragraph's first-line indent (about two characters in
// from the text's left edge, as Chinese documents indent): the text says so with two ideographic
// spaces, so that the matching copy never joins the line with the one before (a title, a heading or a
// paragraph's last line as long as a full one, and no full stop).
bool isIndented(const Row& row, double textLeft)
{
    if (row.cells.size() != 1 || row.vertical || std::isnan(textLeft)) {
        return false;
    }
    const double indent = row.cells.first().box.left() - textLeft;
    return indent > 1.5 * row.em && indent < 4.5 * row.em;
}

void appendPage(PdfText& out, const QList<Glyph>& glyphs, Rules& rules)
{
    const double pageEm = pageEmOf(glyphs);
    QList<Row> rows = buildRows(buildLines(glyphs), pageEm, rules);
    gatherVerticalLabels(rows);
    joinRuledRows(rows, rules);
    joinWrappedCells(rows);
    insertEmptyCells(rows, rules);
    const double textLeft = textLeftOf(rows);
    auto separator = [&](QChar c) {
        out.text.append(c);
        out.boxes.append(PdfCharBox{});
    };
    for (const Row& row : std::as_const(rows)) {
        if (isIndented(row, textLeft)) {
            separator(QChar(0x3000));
            separator(QChar(0x3000));
        }
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (c > 0) {
                separator(u'\t');
            }
            const QList<Glyph>& cell = row.cells.at(c).glyphs;
            for (qsizetype k = 0; k < cell.size(); ++k) {
                const Glyph& g = cell.at(k);
                if (k > 0) {
                    const Glyph& prev = cell.at(k - 1);
                    const double gap = g.box.left() - prev.box.right();
                    const bool digits = prev.ch.isDigit() && g.ch.isDigit();
                    // The next line of a wrapped cell: below and back to the left.
                    const bool wrapped = g.box.top() > prev.box.bottom() && g.box.left() < prev.box.left();
                    // Narrow glyphs have wide side bearings: a gap alone makes a space only between two
                    // letters or digits, and never before closing punctuation (1.属于, 12%).
                    const bool words = prev.ch.isLetterOrNumber() && g.ch.isLetterOrNumber();
                    const bool closing = g.ch == u'.' || g.ch == u',' || g.ch == u'%' || g.ch == u':' || g.ch == u';' ||
                                         g.ch == u')' || g.ch == u'?' || g.ch == u'!';
                    if (!isWide(prev.ch) && !isWide(g.ch) && !closing &&
                        (wrapped || (g.spaceBefore && gap > 0.15 * row.em) ||
                         (words && gap > (digits ? 0.6 : 0.3) * row.em))) {
                        separator(u' '); // between Latin words or numbers; Chinese has no spaces
                    }
                }
                out.text.append(g.ch);
                out.boxes.append(
                    PdfCharBox{float(g.box.x()), float(g.box.y()), float(g.box.width()), float(g.box.height())});
            }
        }
        separator(u'\n');
    }
}

QString loadError(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::IncorrectPassword:
        return QStringLiteral("the PDF is protected by a password; open it in a PDF reader and save or print "
                              "it without the password, then read that file");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QStringLiteral("the PDF is encrypted with a security scheme that cannot be opened; save or "
                              "print it without protection, then read that file");
    case QPdfDocument::Error::DataNotYetAvailable:
        return QStringLiteral("the PDF is damaged or truncated: its data ends before the document does");
    default:
        return QStringLiteral("the PDF is damaged or not a PDF: its structure cannot be read");
    }
}

// ---- the page tree, before Qt PDF sees it ----------------------------------------------------------------

// The number just before `end` in `bytes` (digits ending at end - 1), or -1; `begin` gets its first index.
qint64 numberBefore(QByteArrayView bytes, qsizetype end, qsizetype* begin)
{
    qsizetype i = end;
    while (i > 0 && end - i < 12 && bytes.at(i - 1) >= '0' && bytes.at(i - 1) <= '9') {
        --i;
    }
    if (i == end || end - i >= 12) {
        return -1;
    }
    *begin = i;
    return bytes.sliced(i, end - i).toLongLong();
}

bool isPdfSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// The object references of the array that starts at `pos` ("[4 0 R 5 0 R]"), at most `limit` of them.
QList<qint64> referencesAt(QByteArrayView bytes, qsizetype pos, qsizetype limit)
{
    QList<qint64> refs;
    const qsizetype n = bytes.size();
    while (pos < n && isPdfSpace(bytes.at(pos))) {
        ++pos;
    }
    if (pos >= n || bytes.at(pos) != '[') {
        return refs;
    }
    ++pos;
    qint64 numbers[2] = {-1, -1};
    while (pos < n && bytes.at(pos) != ']' && refs.size() < limit) {
        const char c = bytes.at(pos);
        if (c >= '0' && c <= '9') {
            qint64 v = 0;
            while (pos < n && bytes.at(pos) >= '0' && bytes.at(pos) <= '9' && v < (qint64(1) << 40)) {
                v = v * 10 + (bytes.at(pos) - '0');
                ++pos;
            }
            numbers[0] = numbers[1];
            numbers[1] = v;
            continue;
        }
        if (c == 'R' && numbers[0] >= 0) {
            refs.append(numbers[0]);
            numbers[0] = numbers[1] = -1;
        } else if (!isPdfSpace(c)) {
            break;
        }
        ++pos;
    }
    return refs;
}

// How deep the page tree nests, as far as the file shows it in the clear (objects packed in compressed object
// streams are not seen): the longest chain of /Kids from object to object; a loop counts as too deep. One pass
// over the bytes. Qt PDF's engine (PDFium) hangs on a tree nested more than 1,024 levels.
int pageTreeDepth(QByteArrayView bytes, int limit)
{
    QHash<qint64, QList<qint64>> kids;
    qint64 currentObject = -1;
    qsizetype pos = 0;
    qsizetype nextObj = bytes.indexOf(QByteArrayView("obj"), pos);
    qsizetype nextKids = bytes.indexOf(QByteArrayView("/Kids"), pos);
    while (nextObj >= 0 || nextKids >= 0) {
        if (nextObj >= 0 && (nextKids < 0 || nextObj < nextKids)) {
            // "12 0 obj" (not "endobj"): the object the next /Kids belong to.
            qsizetype genStart = 0;
            qsizetype k = nextObj;
            while (k > 0 && isPdfSpace(bytes.at(k - 1))) {
                --k;
            }
            const bool endobj = nextObj >= 3 && bytes.sliced(nextObj - 3, 3) == QByteArrayView("end");
            if (!endobj && k < nextObj && numberBefore(bytes, k, &genStart) >= 0) {
                k = genStart;
                while (k > 0 && isPdfSpace(bytes.at(k - 1))) {
                    --k;
                }
                qsizetype numStart = 0;
                if (k < genStart) {
                    currentObject = numberBefore(bytes, k, &numStart);
                }
            } else if (endobj) {
                currentObject = -1;
            }
            nextObj = bytes.indexOf(QByteArrayView("obj"), nextObj + 3);
        } else {
            if (currentObject >= 0) {
                kids[currentObject] += referencesAt(bytes, nextKids + 5, 100000);
            }
            nextKids = bytes.indexOf(QByteArrayView("/Kids"), nextKids + 5);
        }
    }
    // Longest path by an iterative depth-first walk: 0 unseen, 1 on the path, 2 done (depth known).
    QHash<qint64, int> state;
    QHash<qint64, int> depth;
    int deepest = 0;
    for (auto it = kids.cbegin(); it != kids.cend(); ++it) {
        if (state.value(it.key()) == 2) {
            continue;
        }
        QList<std::pair<qint64, qsizetype>> path = {{it.key(), 0}};
        state[it.key()] = 1;
        while (!path.isEmpty()) {
            auto& [node, next] = path.last();
            const QList<qint64> children = kids.value(node);
            if (next < children.size()) {
                const qint64 child = children.at(next++);
                const int childState = state.value(child);
                if (childState == 1 || path.size() > limit) {
                    return limit + 1; // a loop, or deeper than the limit already
                }
                if (childState == 0 && kids.contains(child)) {
                    state[child] = 1;
                    path.append({child, 0});
                }
                continue;
            }
            int d = 1;
            for (qint64 child : children) {
                d = std::max(d, 1 + depth.value(child));
            }
            depth[node] = d;
            state[node] = 2;
            deepest = std::max(deepest, d);
            path.removeLast();
        }
    }
    return deepest;
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

    // A PDF ends with %%EOF (after the last cross-reference section); a file cut short does not.
    // Qt PDF rebuilds the structure of such a file and would read what is left without a word.
    if (!bytes.right(4096).contains("%%EOF")) {
        out.error = QStringLiteral("the PDF is damaged or truncated: it does not end with %%EOF (%1 bytes read)")
                        .arg(bytes.size());
        return out;
    }

    // PDFium, inside Qt PDF, never returns on a page tree nested deeper than its limit of 1,024 levels.
    if (pageTreeDepth(bytes, MaxPageTreeDepth) > MaxPageTreeDepth) {
        out.error = QStringLiteral("the PDF is damaged: its page tree is nested more than %1 levels deep, or loops")
                        .arg(MaxPageTreeDepth);
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
    if (pageCount <= 0) {
        out.error = QStringLiteral("the PDF is damaged: it has no pages");
        return out;
    }
    if (pageCount > MaxPages) {
        out.error = QStringLiteral("the PDF has %1 pages, more than the %2 pages accepted for one report")
                        .arg(pageCount)
                        .arg(MaxPages);
        return out;
    }
    for (int p = 0; p < pageCount; ++p) {
        const QSizeF size = doc.pagePointSize(p);
        if (!(size.width() >= 1 && size.height() >= 1 && size.width() <= MaxPagePoints &&
              size.height() <= MaxPagePoints)) {
            out.error = QStringLiteral("page %1 of the PDF has an impossible size (%2 × %3 points); the PDF is damaged")
                            .arg(p + 1)
                            .arg(size.width(), 0, 'g', 6)
                            .arg(size.height(), 0, 'g', 6);
            return out;
        }
        out.pages.append(PdfPage{size, 0, 0});
    }

    int pagesWithText = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (timer.elapsed() > MaxMilliseconds) {
            out.error = QStringLiteral("reading the PDF takes too long: stopped at page %1 of %2 after %3 s")
                            .arg(p + 1)
                            .arg(pageCount)
                            .arg(timer.elapsed() / 1000);
            return out;
        }
        PageGlyphs reader(doc, p, st);
        const QList<Glyph> glyphs = reader.read();
        pagesWithText += glyphs.isEmpty() ? 0 : 1;
        out.pages[p].start = out.text.size();
        Rules rules(&doc, p);
        appendPage(out, glyphs, rules);
        out.pages[p].end = out.text.size();
        if (out.text.size() > MaxCharacters) {
            out.error = QStringLiteral("the PDF holds more than %1 million characters of text (at page %2 of %3): "
                                       "too much for one report")
                            .arg(MaxCharacters / (1024 * 1024))
                            .arg(p + 1)
                            .arg(pageCount);
            return out;
        }
    }
    st.milliseconds = timer.elapsed();
    if (pagesWithText == 0) {
        out.error = pageCount == 1 ? QStringLiteral("no text to read — the page is a scanned image, OCR needed")
                                   : QStringLiteral("no text to read — scanned pages (none of the %1 pages has "
                                                    "text), OCR needed")
                                         .arg(pageCount);
        return out;
    }
    // Mostly scanned: a few pages of text (a cover, page numbers) around pages of images.
    if (pagesWithText * 2 < pageCount) {
        out.error = QStringLiteral("no text to read — scanned pages (%1 of the %2 pages have no text), OCR needed")
                        .arg(pageCount - pagesWithText)
                        .arg(pageCount);
        return out;
    }
    return out;
}

} // namespace jiaohe
