// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdf/RuledBorders.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jiaohe::pdf {

int RuledBorders::count(double left, double right, double top, double bottom)
{
    if (!render()) {
        return 0;
    }
    const int x0 = std::max(0, int(std::floor(left * Scale)));
    const int x1 = std::min(m_image.width - 1, int(std::ceil(right * Scale)));
    // The line's whole band (the glyphs' boxes, the font's full height): the ink of a character next
    // to the gap (the stem of a 1) covers only part of it, a cell border all of it.
    const int y0 = std::max(0, int(std::floor(top * Scale)));
    const int y1 = std::min(m_image.height - 1, int(std::ceil(bottom * Scale)));
    if (x1 < x0 || y1 <= y0) {
        return 0;
    }
    int rules = 0;
    bool inRule = false;
    for (int x = x0; x <= x1; ++x) {
        bool dark = true;
        for (int y = y0; dark && y <= y1; ++y) {
            dark = m_image.gray(x, y) < DarkGray;
        }
        rules += dark && !inRule ? 1 : 0;
        inRule = dark;
    }
    return rules;
}

double RuledBorders::horizontalFrom(double left, double right, double y, double limit, int step)
{
    if (!render()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    const int x0 = std::max(0, int(std::ceil(left * Scale)));
    const int x1 = std::min(m_image.width - 1, int(std::floor(right * Scale)));
    const int yFrom = int(std::round(y * Scale));
    const int yTo = int(std::round((y + step * limit) * Scale));
    for (int py = yFrom; x1 > x0 && (step < 0 ? py >= yTo : py <= yTo); py += step) {
        if (py >= 0 && py < m_image.height && darkRow(x0, x1, py)) {
            return py / Scale;
        }
    }
    return std::numeric_limits<double>::quiet_NaN();
}

bool RuledBorders::horizontalNear(double left, double right, double y, double slack)
{
    return !std::isnan(horizontalFrom(left, right, y - slack, 2 * slack, 1));
}

QList<double> RuledBorders::verticalRules(double left, double right, double top, double bottom)
{
    QList<double> xs;
    if (!render()) {
        return xs;
    }
    const int x0 = std::max(0, int(std::floor(left * Scale)));
    const int x1 = std::min(m_image.width - 1, int(std::ceil(right * Scale)));
    const int y0 = std::max(0, int(std::ceil(top * Scale)));
    const int y1 = std::min(m_image.height - 1, int(std::floor(bottom * Scale)));
    bool inRule = false;
    for (int x = x0; y1 > y0 && x <= x1; ++x) {
        bool dark = true;
        for (int y = y0; dark && y <= y1; ++y) {
            dark = m_image.gray(x, y) < DarkGray;
        }
        if (dark && !inRule) {
            xs.append(x / Scale);
        }
        inRule = dark;
    }
    return xs;
}

// A row of pixels dark across [x0, x1], with the row below: a thin rule drawn between two rows of
// pixels is shared out between them, each too light alone.
bool RuledBorders::darkRow(int x0, int x1, int y) const
{
    const int y2 = std::min(m_image.height - 1, y + 1);
    for (int x = x0; x <= x1; ++x) {
        const int ink = 255 - m_image.gray(x, y) + (y2 > y ? 255 - m_image.gray(x, y2) : 0);
        if (ink <= 255 - DarkGray) {
            return false;
        }
    }
    return true;
}

bool RuledBorders::render()
{
    if (!m_rendered) {
        m_rendered = true;
        if (m_render) {
            m_image = m_render(Scale);
        }
    }
    return !m_image.isNull();
}

} // namespace jiaohe::pdf
