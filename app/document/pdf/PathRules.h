// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/pdf/GrayImage.h"

#include <QByteArray>

#include <memory>
#include <optional>

// The ruling lines of a page as its content stream draws them (qpdf parses it): dark strokes along x or y, and
// dark filled rectangles thin enough to be a rule (how Chromium and Word draw cell borders). They are drawn alone
// on blank paper, so RuledBorders finds a table's borders without Poppler drawing the page and its text (most of
// the time the reading of a table page took). A page that draws what this reader does not follow — a form
// XObject, a shading, a pattern, a rotation, a crop box other than its media box — gets no answer, and is drawn
// by Poppler as before.
namespace jiaohe::pdf {

class PathRules
{
public:
    // Null when qpdf cannot read the file (Poppler decides about it).
    static std::unique_ptr<PathRules> load(const QByteArray& bytes);
    ~PathRules();

    int pageCount() const;

    // The page's rules at `pixelsPerPoint`, dark on white, on an image of the page's size; none when the page
    // draws what this reader does not follow.
    std::optional<GrayImage> draw(int page, double pixelsPerPoint);

private:
    PathRules();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace jiaohe::pdf
