// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CharClass.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

// Running text set in two columns (a Word or WPS section with columns, CSS columns printed by a browser) is
// found from the page's lines before its rows are built: a gutter, a band a character or so wide that no line of
// the block crosses, with lines of running text on both sides. Each column is then read top to bottom, the left
// one first, as a person reads it; read across, the left column's line ran into the right one's and their figures
// were glued together ("行政复议 2 件" beside "申请 46 件"). A table is never taken for columns: its rows have
// several gaps or figures, not running text on both sides, and a rule drawn down the gap with row borders across it
// makes it a table (a rule down the gap alone is the line Word can draw between columns).

namespace jiaohe::pdf {

namespace {

struct Band
{
    double left = 0;
    double right = 0;
    double width() const { return right - left; }
};

// Where a glyph's ink ends: a wide punctuation mark (，。）) fills only the left half of its box, and a line may end
// with one hanging into the gutter, or with its box reaching into it. (Where a glyph starts is its box: an opening
// bracket starts a column's line at the column's edge.)
double inkRight(const Glyph& g)
{
    return isWide(g.ch) && g.ch.isPunct() ? g.box.left() + 0.5 * g.box.width() : g.box.right();
}

double inkLeft(const Glyph& g)
{
    return g.box.left();
}

// Running text: six characters or more, most of them ideographs, at least five characters wide.
bool isRunningText(const QList<Glyph>& glyphs, qsizetype from, qsizetype to, double em)
{
    if (to - from < 6) {
        return false;
    }
    qsizetype han = 0;
    for (qsizetype k = from; k < to; ++k) {
        han += isHan(glyphs.at(k).ch) ? 1 : 0;
    }
    return 2 * han >= to - from && glyphs.at(to - 1).box.right() - glyphs.at(from).box.left() >= 5 * em;
}

// The gutter a line leaves between two columns of running text: its one gap of 0.7 to 8 characters, with
// running text on both sides. None for a line with no such gap, with two (a table row) or with a wider one.
std::optional<Band> gutterOf(const Line& line, double em)
{
    const QList<Glyph>& g = line.glyphs;
    std::optional<Band> found;
    qsizetype split = 0;
    for (qsizetype k = 1; k < g.size(); ++k) {
        const double gap = inkLeft(g.at(k)) - inkRight(g.at(k - 1));
        if (gap > 8 * em || (gap >= 0.7 * em && found)) {
            return std::nullopt;
        }
        if (gap >= 0.7 * em) {
            found = Band{inkRight(g.at(k - 1)), inkLeft(g.at(k))};
            split = k;
        }
    }
    if (!found || !isRunningText(g, 0, split, em) || !isRunningText(g, split, g.size(), em)) {
        return std::nullopt;
    }
    return found;
}

// The gutter at line k: in the line itself, or (columns out of step by about half a line, so that no line holds
// both) in it and the next line when one lies wholly left of the other. `used` says how many lines it took.
std::optional<Band> gutterAt(const QList<Line>& lines, qsizetype k, double em, qsizetype& used)
{
    used = 1;
    if (std::optional<Band> band = gutterOf(lines.at(k), em)) {
        return band;
    }
    if (k + 1 >= lines.size()) {
        return std::nullopt;
    }
    const Line& a = lines.at(k);
    const Line& b = lines.at(k + 1);
    const double height = std::max(a.bottom - a.top, b.bottom - b.top);
    if (a.glyphs.isEmpty() || b.glyphs.isEmpty() || std::abs(a.cy() - b.cy()) >= 0.8 * height) {
        return std::nullopt;
    }
    const bool aLeft = inkRight(a.glyphs.last()) < inkLeft(b.glyphs.first());
    const bool bLeft = inkRight(b.glyphs.last()) < inkLeft(a.glyphs.first());
    if (!aLeft && !bLeft) {
        return std::nullopt;
    }
    Line pair{aLeft ? a.glyphs + b.glyphs : b.glyphs + a.glyphs, std::min(a.top, b.top), std::max(a.bottom, b.bottom)};
    std::optional<Band> band = gutterOf(pair, em);
    used = band ? 2 : 1;
    return band;
}

enum class Side
{
    None,
    Left,
    Right,
    Both,
    Across
};

// Where a line lies with respect to a gutter: on one side, on both, or across it (a glyph in the band).
Side sideOf(const Line& line, const Band& band, double em)
{
    bool left = false;
    bool right = false;
    // A glyph may reach a little into the gutter (a squeezed line's last mark): a line crosses it when a glyph
    // reaches its middle fifth.
    const double slack = std::max(0.1 * em, 0.4 * band.width());
    for (const Glyph& g : line.glyphs) {
        if (inkRight(g) <= band.left + slack) {
            left = true;
        } else if (inkLeft(g) >= band.right - slack) {
            right = true;
        } else {
            return Side::Across;
        }
    }
    return left && right ? Side::Both : left ? Side::Left : right ? Side::Right : Side::None;
}

struct Block
{
    qsizetype first = 0; // the block's lines: [first, last]
    qsizetype last = 0;
    Band band;
};

// The extent of one side's glyphs in lines [first, last]: top and bottom (NaN when the side has none).
std::pair<double, double> sideExtent(const QList<Line>& lines, qsizetype first, qsizetype last, const Band& band,
                                     bool leftSide)
{
    double top = std::numeric_limits<double>::quiet_NaN();
    double bottom = top;
    for (qsizetype k = first; k <= last; ++k) {
        for (const Glyph& g : lines.at(k).glyphs) {
            if ((g.box.left() < (band.left + band.right) / 2) == leftSide) {
                top = std::isnan(top) ? g.box.top() : std::min(top, g.box.top());
                bottom = std::isnan(bottom) ? g.box.bottom() : std::max(bottom, g.box.bottom());
            }
        }
    }
    return {top, bottom};
}

// A block of two columns starting at line `start` (which has a gutter), or none.
std::optional<Block> blockFrom(const QList<Line>& lines, qsizetype start, qsizetype used, Band band, double em,
                               RuledBorders& rules)
{
    qsizetype lastTwoSided = start + used - 1;
    int twoSided = 1;
    int justified = 0; // lines whose left column runs up to the gutter, as justified text does
    QList<double> leftEnds{band.left};
    for (qsizetype j = lastTwoSided + 1; j < lines.size() && j - lastTwoSided <= 4;) {
        const std::optional<Band> next = gutterAt(lines, j, em, used);
        if (next && std::min(band.right, next->right) - std::max(band.left, next->left) >= 0.5 * em) {
            band = Band{std::max(band.left, next->left), std::min(band.right, next->right)};
            leftEnds.append(next->left);
            lastTwoSided = j + used - 1;
            ++twoSided;
            j += used;
            continue;
        }
        if (sideOf(lines.at(j), band, em) == Side::Across) {
            break;
        }
        ++j;
    }
    for (double end : std::as_const(leftEnds)) {
        justified += end >= band.left - 1.5 * em ? 1 : 0;
    }
    if (twoSided < 3 || 3 * justified < 2 * twoSided) {
        return std::nullopt;
    }
    // A rule drawn down the gap with rules across it (row borders) is a table of two text columns, read row by row;
    // a rule down the gap alone is the line Word draws between columns.
    const double top = lines.at(start).top - 0.5 * em;
    if (rules.between(band.left, band.right, lines.at(start).top, lines.at(start).bottom) &&
        !std::isnan(
            rules.horizontalFrom(band.left, band.right, top, lines.at(lastTwoSided).bottom + 0.5 * em - top, 1))) {
        return std::nullopt;
    }
    Block block{start, lastTwoSided, band};
    // The left column's line pitch (its lines, not the page's: the columns may be out of step).
    QList<double> steps;
    double previous = std::numeric_limits<double>::quiet_NaN();
    for (qsizetype k = start; k <= lastTwoSided; ++k) {
        const Side side = sideOf(lines.at(k), band, em);
        if (side == Side::Left || side == Side::Both) {
            if (!std::isnan(previous)) {
                steps.append(lines.at(k).cy() - previous);
            }
            previous = lines.at(k).cy();
        }
    }
    const double pitch = median(steps, 1.5 * em);
    // The columns end together, give or take a line (Word and WPS balance them): a line beyond the block joins it
    // when it goes on the paragraph of its column (a line pitch from the column's nearest line) and, on one side
    // only, lies within a line of the other column's end; or when it runs to the foot of the page (a last page's
    // columns are not balanced). A heading after the section is not the left column's last line.
    auto extends = [&](qsizetype k, bool down) {
        const Side side = sideOf(lines.at(k), band, em);
        if (side != Side::Left && side != Side::Right && side != Side::Both) {
            return false;
        }
        qsizetype near = down ? block.last : block.first;
        for (; side != Side::Both && near >= block.first && near <= block.last; near += down ? -1 : 1) {
            const Side s = sideOf(lines.at(near), band, em);
            if (s == side || s == Side::Both) {
                break;
            }
        }
        if (near < block.first || near > block.last || std::abs(lines.at(k).cy() - lines.at(near).cy()) > 1.2 * pitch) {
            return false;
        }
        if (side == Side::Both) {
            return true;
        }
        if (down && lines.at(k).cy() - lines.at(near).cy() <= 1.1 * pitch) {
            // The sentence of the column's line above goes on, a line pitch below (no paragraph spacing): a column
            // longer than the other by more than a line (a column break) keeps its text.
            const double middle = (band.left + band.right) / 2;
            const QList<Glyph>& above = lines.at(near).glyphs;
            for (qsizetype g = above.size() - 1; g >= 0; --g) {
                if ((above.at(g).box.left() < middle) == (side == Side::Left)) {
                    static const QString enders = QStringLiteral("。！？；：.!?;:");
                    if (!enders.contains(above.at(g).ch)) {
                        return true;
                    }
                    break;
                }
            }
        }
        const auto [otherTop, otherBottom] = sideExtent(lines, block.first, block.last, band, side == Side::Right);
        return !std::isnan(otherTop) &&
               (down ? lines.at(k).top < otherBottom + 1.2 * pitch : lines.at(k).bottom > otherTop - 1.2 * pitch);
    };
    while (block.last + 1 < lines.size() && extends(block.last + 1, true)) {
        ++block.last;
    }
    // A left column that goes on in full lines (up to the gutter) to the foot of the page, where the right one
    // stopped: the last page of unbalanced columns. Every line from there on is the left column's, but a last
    // short one across the middle (the page number).
    const qsizetype next = block.last + 1;
    if (next < lines.size() && sideOf(lines.at(next), band, em) == Side::Left &&
        lines.at(next).glyphs.last().box.right() >= band.left - 1.5 * em) {
        qsizetype end = lines.size() - 1;
        if (sideOf(lines.at(end), band, em) != Side::Left && lines.at(end).glyphs.size() <= 12) {
            --end;
        }
        bool allLeft = true;
        for (qsizetype rest = next; rest <= end; ++rest) {
            allLeft = allLeft && sideOf(lines.at(rest), band, em) == Side::Left;
        }
        block.last = allLeft ? end : block.last;
    }
    while (block.first > 0 && extends(block.first - 1, false)) {
        --block.first;
    }
    return block;
}

} // namespace

QList<Region> readingRegions(const QList<Glyph>& glyphs, double pageEm, RuledBorders& rules)
{
    const QList<Line> lines = buildLines(glyphs);
    QList<Region> regions;
    Region flow;
    qsizetype flowStart = 0; // the first line of the flow being gathered
    auto flush = [&] {
        if (!flow.glyphs.isEmpty()) {
            regions.append(std::move(flow));
            flow = Region{};
        }
    };
    for (qsizetype k = 0; k < lines.size(); ++k) {
        qsizetype used = 1;
        const std::optional<Band> band = gutterAt(lines, k, pageEm, used);
        std::optional<Block> block = band ? blockFrom(lines, k, used, *band, pageEm, rules) : std::nullopt;
        if (!block) {
            flow.glyphs += lines.at(k).glyphs;
            continue;
        }
        block->first = std::max(block->first, flowStart);
        // Lines taken into the block from above (a column starting a line lower) leave the flow.
        for (qsizetype up = k - 1; up >= block->first; --up) {
            flow.glyphs.resize(flow.glyphs.size() - lines.at(up).glyphs.size());
        }
        flush();
        Region left{{}, true};
        Region right{{}, true};
        // A glyph goes with the column it starts in: a comma hanging into the gutter is the left column's.
        const double middle = (block->band.left + block->band.right) / 2;
        for (qsizetype j = block->first; j <= block->last; ++j) {
            for (const Glyph& g : lines.at(j).glyphs) {
                (g.box.left() < middle ? left : right).glyphs.append(g);
            }
        }
        regions.append(std::move(left));
        regions.append(std::move(right));
        k = block->last;
        flowStart = k + 1;
    }
    if (regions.isEmpty()) {
        return {Region{glyphs, false}}; // no columns: the page as the glyph source gave it
    }
    flush();
    return regions;
}

} // namespace jiaohe::pdf
