// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QList>
#include <QSet>
#include <QString>

// Which fields a flag is about, read from the spans: the rules the review window applies when it marks the
// fields an open flag points at and when it accepts a flag's suggested fix. Pure functions over the stored
// flags and the report's fields, so a test needs no window.
namespace jiaohe::FlagTargets {

// The field a suggested fix is for: the one whose evidence is exactly the suggestion's span, else the one
// whose evidence overlaps it most; empty when no field's evidence overlaps it.
QString fieldForSuggestion(const Suggestion& suggestion, const QList<StoredField>& fields);

// The fields whose evidence one of the flag's spans overlaps.
QSet<QString> fieldsTouched(const StoredFlag& flag, const QList<StoredField>& fields);

// The fields an open, active flag points at (those the window marks with a warning).
QSet<QString> flaggedFields(const QList<StoredFlag>& flags, const QList<StoredField>& fields);

} // namespace jiaohe::FlagTargets
