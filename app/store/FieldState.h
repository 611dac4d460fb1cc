// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Status.h"

#include <QString>

#include <optional>

namespace jiaohe {

// A field's review state: the status, the reviewer's value (the true value when corrected, the intended one
// when the report printed it wrong) and the note. The printed value never changes with a decision; it is not
// part of this. The state table of ARCHITECTURE.md ("A field's two values") is this function.
struct FieldState
{
    FieldStatus status = FieldStatus::Unreviewed;
    std::optional<double> reviewerValue;
    QString note;

    bool operator==(const FieldState& other) const = default;

    // The state after a decision: `status` with `value` when one is given (corrected, or source error with the
    // intended value), else with the reviewer's value kept as it was — no status throws a typed value away.
    // Confirming a corrected field confirms the correction (it stays corrected). An empty note keeps the note.
    FieldState after(FieldStatus status, std::optional<double> value, const QString& note) const;
};

} // namespace jiaohe
