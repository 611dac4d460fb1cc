// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Flag.h"
#include "Rules.h"
#include "extract/Statement.h"

namespace jiaohe {

class Document;

// Runs the rules over an extraction and returns the flags, in text order. Never raises an error
// on numbers that agree: rounding and truncation of printed percentages are allowed, lists that
// may be partial are only flagged when their parts exceed the total.
class Checker
{
public:
    // At most this many flags per report, then one that says how many more were left out.
    static constexpr qsizetype MaxFlags = 500;

    explicit Checker(const RuleSet& rules = RuleSet::builtin());

    QList<Flag> check(const Document& doc, const Extraction& ex) const;

private:
    const RuleSet& m_rules;
};

} // namespace jiaohe
