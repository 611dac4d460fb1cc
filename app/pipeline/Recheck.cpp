// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recheck.h"

#include "check/Checker.h"
#include "document/Document.h"
#include "extract/Extractor.h"

namespace jiaohe {

Extraction applyCorrections(Extraction ex, const QList<Correction>& corrections)
{
    for (const Correction& c : corrections) {
        bool found = false;
        for (ExtractedField& field : ex.fields) {
            if (field.key != c.key) {
                continue;
            }
            found = true;
            field.value = c.value;
            field.approx = false;
            // The number itself only when the evidence is still (over) the extracted one: a value assigned
            // from another place of the text leaves the statement the extractor (wrongly) mapped alone.
            if (field.statement >= 0 && c.start < field.end && c.end > field.start) {
                Quantity& q = ex.statements[field.statement].quantity;
                q.value = c.value;
                q.magnitude = 1;
                q.approx = false;
            } else {
                field.statement = -1;
                field.start = c.start;
                field.end = c.end;
            }
        }
        if (!found) { // a field the reviewer assigned from the text
            ExtractedField added;
            added.key = c.key;
            added.value = c.value;
            added.start = c.start;
            added.end = c.end;
            ex.fields.append(added);
        }
    }
    return ex;
}

QList<Flag> recheck(const Document& document, const QList<Correction>& corrections, const Checker& checker,
                    Extraction* corrected)
{
    Extraction ex = applyCorrections(Extractor().extract(document), corrections);
    QList<Flag> flags = checker.check(document, ex);
    if (corrected) {
        *corrected = std::move(ex);
    }
    return flags;
}

} // namespace jiaohe
