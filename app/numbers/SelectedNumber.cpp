// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectedNumber.h"

#include <algorithm>

namespace jiaohe {

SelectedNumber SelectedNumber::find(const QString& text, qsizetype start, qsizetype end,
                                    const std::optional<QString>& fieldUnit)
{
    SelectedNumber out;
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    const qsizetype lineStart = text.lastIndexOf(u'\n', start > 0 ? start - 1 : 0) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', std::max(start, end - 1));
    if (lineEnd < 0) {
        lineEnd = text.size();
    }
    std::optional<Quantity> pick;
    for (Quantity q : scanQuantities(QStringView(text).mid(lineStart, lineEnd - lineStart))) {
        q.start += lineStart;
        q.end += lineStart;
        q.numberStart += lineStart;
        q.numberEnd += lineStart;
        const bool hit = start == end ? (q.start <= start && start < q.end) : (q.start < end && q.end > start);
        if (hit && pick) {
            out.problem = Problem::SeveralNumbers;
            return out;
        }
        if (hit) {
            pick = q;
        }
    }
    if (!pick) {
        return out;
    }
    out.quantity = *pick;
    out.unit = pick->unit.isEmpty() && fieldUnit ? *fieldUnit : pick->unit;
    const bool percent = pick->unit == u"%";
    if (fieldUnit && percent != (*fieldUnit == u"%")) {
        out.problem = percent ? Problem::PercentForCount : Problem::CountForPercent;
    } else {
        out.problem = Problem::None;
        out.unitDiffers = fieldUnit && !fieldUnit->isEmpty() && !pick->unit.isEmpty() && pick->unit != *fieldUnit;
    }
    return out;
}

} // namespace jiaohe
