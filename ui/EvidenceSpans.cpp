// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceSpans.h"

#include "extract/TemplateShape.h"

#include <algorithm>

namespace jiaohe {

QList<EvidenceSpan> evidenceSpans(const QList<StoredField>& fields, const QString& key)
{
    const auto fieldOf = [&fields](const QString& k) -> const StoredField* {
        const auto it = std::find_if(fields.begin(), fields.end(), [&k](const StoredField& f) { return f.key == k; });
        return it == fields.end() ? nullptr : &*it;
    };
    const StoredField* field = fieldOf(key);
    if (!field || field->evidenceEnd <= field->evidenceStart) {
        return {};
    }
    const EvidenceSpan whole{field->evidenceStart, field->evidenceEnd};
    for (const TemplateSummary& summary : TemplateShape::builtin().summaries()) {
        if (summary.field != key || summary.cells.size() < 2) {
            continue;
        }
        QList<EvidenceSpan> parts;
        for (const QString& cell : summary.cells) {
            const StoredField* part = fieldOf(cell);
            // Only cells inside the summary's range: a cell the reviewer assigned elsewhere is not its evidence.
            if (part && part->evidenceEnd > part->evidenceStart && part->evidenceStart >= whole.first &&
                part->evidenceEnd <= whole.second) {
                parts.append({part->evidenceStart, part->evidenceEnd});
            }
        }
        if (!parts.isEmpty()) {
            std::sort(parts.begin(), parts.end());
            return parts;
        }
    }
    return {whole};
}

} // namespace jiaohe
