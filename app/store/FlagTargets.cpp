// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagTargets.h"

#include "Status.h"

#include <algorithm>

namespace jiaohe::FlagTargets {

QString fieldForSuggestion(const Suggestion& suggestion, const QList<StoredField>& fields)
{
    QString key;
    qsizetype best = 0;
    for (const StoredField& f : fields) {
        const qsizetype overlap = std::min(f.evidenceEnd, suggestion.end) - std::max(f.evidenceStart, suggestion.start);
        const bool same = f.evidenceStart == suggestion.start && f.evidenceEnd == suggestion.end;
        const qsizetype score = same ? (qsizetype(1) << 30) : overlap;
        if (score > best) {
            best = score;
            key = f.key;
        }
    }
    return key;
}

QSet<QString> fieldsTouched(const StoredFlag& flag, const QList<StoredField>& fields)
{
    QSet<QString> keys;
    for (const StoredField& f : fields) {
        for (const auto& [start, end] : flag.spans) {
            if (start < f.evidenceEnd && end > f.evidenceStart) {
                keys.insert(f.key);
                break;
            }
        }
    }
    return keys;
}

QSet<QString> flaggedFields(const QList<StoredFlag>& flags, const QList<StoredField>& fields)
{
    QSet<QString> keys;
    for (const StoredFlag& flag : flags) {
        if (flag.active && flag.resolution == Resolution::Open) {
            keys.unite(fieldsTouched(flag, fields));
        }
    }
    return keys;
}

} // namespace jiaohe::FlagTargets
