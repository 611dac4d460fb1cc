// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace jiaohe::pdf {

// A page drawn in grays, one byte a pixel (0 ink, 255 paper), row after row: all the layout needs of a drawing,
// without Qt Gui's QImage in the core.
struct GrayImage
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // width * height

    bool isNull() const { return width <= 0 || height <= 0; }
    int gray(int x, int y) const { return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
};

} // namespace jiaohe::pdf
