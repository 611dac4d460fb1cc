// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "numbers/NumberParser.h"

#include <QString>

#include <optional>

namespace jiaohe {

// Assign from text: the one number inside a selection of a report's text (or under a position when the
// selection is empty), scanned on its line of the text as written, and whether its unit fits the field
// (a percentage only for a share, a count only for a count).
struct SelectedNumber
{
    enum class Problem
    {
        None,
        NoNumber,        // nothing there to assign
        SeveralNumbers,  // the selection holds more than one number
        PercentForCount, // a percentage, but the field counts
        CountForPercent, // not a percentage, but the field is one
    };

    Problem problem = Problem::NoNumber;
    Quantity quantity; // offsets in the whole text; valid unless NoNumber / SeveralNumbers
    QString unit;      // the unit to store: the number's own, else the field's
    // The number has a unit of its own that is not the field's (件 for a field that counts 条, 亿元 for 元): not
    // refused — reports do mix their measure words — but the reviewer is asked before it is taken.
    bool unitDiffers = false;

    // `fieldUnit` is the catalogue unit of the field ("%" for a share); nothing when the field is unknown
    // (then any number fits).
    static SelectedNumber find(const QString& text, qsizetype start, qsizetype end,
                               const std::optional<QString>& fieldUnit);
};

} // namespace jiaohe
