// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdf/GrayImage.h"

#include <QList>

#include <functional>

namespace jiaohe::pdf {

// The ruling lines of a page's tables, seen on the page drawn small. The glyph source gives no vector paths, so a
// table's cell borders are found as pixels: a narrow gap between two characters of one line holds a cell
// border when a column of the gap is dark over the line's whole height (nothing else is drawn between two
// characters of a line; shading is lighter). The page is drawn only when a line has such a gap: producers
// that keep little padding in their cells (LibreOffice's tables of a web page) leave label and figure, or
// two header cells, closer than the wide gap that otherwise separates cells.
class RuledBorders
{
public:
    // Draws the page at the given pixels per point, in grays; called at most once, and only when asked
    // about a rule. Without one (or when it gives a null image) the page has no rules.
    using Render = std::function<GrayImage(double pixelsPerPoint)>;

    explicit RuledBorders(Render render = {}) : m_render(std::move(render)) {}

    // Whether a vertical rule crosses [top, bottom] somewhere between left and right (points).
    bool between(double left, double right, double top, double bottom) { return count(left, right, top, bottom) > 0; }

    // How many vertical rules cross [top, bottom] between left and right (points).
    int count(double left, double right, double top, double bottom);

    // The nearest horizontal rule under the whole of [left, right], from y going up (step -1) or down
    // (step 1) at most `limit` points; NaN when there is none.
    double horizontalFrom(double left, double right, double y, double limit, int step);

    // Whether a horizontal rule under the whole of [left, right] lies within `slack` points of y.
    bool horizontalNear(double left, double right, double y, double slack);

    // The vertical rules crossing all of [top, bottom] between left and right: their x (points).
    QList<double> verticalRules(double left, double right, double top, double bottom);

private:
    bool darkRow(int x0, int x1, int y) const;
    bool render();

    // Pixels per point. Without anti-aliasing Splash draws a rule (stroked, or a filled border) thinner than a pixel
    // one pixel wide, so a point a pixel finds every rule; 2 px a point was 25-40% slower on table pages.
    static constexpr double Scale = 1.0;
    static constexpr int DarkGray = 170;

    Render m_render;
    bool m_rendered = false;
    GrayImage m_image;
};

} // namespace jiaohe::pdf
