// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Flag.h"
#include "extract/Statement.h"

#include <QList>
#include <QString>

namespace jiaohe {

class Checker;
class Document;

// A reviewer's correction as the checks need it: the field, its true value, and where in the original text
// the reviewer found it (the extractor's evidence, or another place for a value assigned from the text).
struct Correction
{
    QString key;
    double value = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

// The reviewer's corrections applied to an extraction: the corrected numbers replace the printed ones before
// the rules run again, so that a corrected unit slip is no longer one and a sum that now adds up is no longer
// flagged. A field the extractor did not find (assigned from the text) is added.
Extraction applyCorrections(Extraction extraction, const QList<Correction>& corrections);

// The checks again on a report's text with the reviewer's corrections (the checks across years are the
// store's: they need last year's report).
QList<Flag> recheck(const Document& document, const QList<Correction>& corrections, const Checker& checker,
                    Extraction* corrected = nullptr);

} // namespace jiaohe
