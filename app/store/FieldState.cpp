// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldState.h"

namespace jiaohe {

FieldState FieldState::after(FieldStatus requested, std::optional<double> value, const QString& newNote) const
{
    FieldState next = *this;
    if (value) {
        next.status = requested;
        next.reviewerValue = value;
    } else {
        next.status = requested == FieldStatus::Confirmed && status == FieldStatus::Corrected ? FieldStatus::Corrected
                                                                                              : requested;
    }
    if (!newNote.isEmpty()) {
        next.note = newNote;
    }
    return next;
}

} // namespace jiaohe
