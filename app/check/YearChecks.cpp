// SPDX-License-Identifier: GPL-3.0-or-later
// Checks between this year's report and last year's (year_identity, year_jump).
#include "TableChecks.h"

#include "TableIdentity.h"
#include "common/NumberText.h"

#include <algorithm>
#include <cmath>

namespace jiaohe {

using namespace tablecheck;

QList<Flag> checkAcrossYears(const Extraction& current, const Extraction& previous, const RuleSet& rules)
{
    QList<Flag> flags;
    Cells cells(&current, &previous);
    for (const Rule& r : rules.rules()) {
        if (r.type == u"year_identity") {
            for (const Instance& in : expand(r, cells)) {
                if (std::abs(in.diff(cells.list)) > kEps) {
                    flags.append(mismatchFlag(in, cells.list));
                }
            }
        } else if (r.type == u"year_jump") {
            const double factor = r.params.value(u"factor").toDouble(5);
            const double minimum = r.params.value(u"minimum").toDouble(10);
            const QString variable = variableOf(r.params);
            for (const Binding& b : bindingsOf(r.params)) {
                for (const QString& pattern : stringsOf(r.params.value(u"keys"))) {
                    const QString key = substituted(pattern, variable, b.value);
                    const ExtractedField* now = current.field(key);
                    const ExtractedField* before = previous.field(key);
                    if (!now || !before || now->blank || before->blank || now->approx || before->approx ||
                        now->value <= 0 || before->value <= 0) {
                        continue;
                    }
                    const double hi = std::max(now->value, before->value);
                    const double lo = std::min(now->value, before->value);
                    if (hi < minimum || hi / lo <= factor) {
                        continue;
                    }
                    const auto values = [&](const QString& lang) {
                        return QHash<QString, QString>{{QStringLiteral("label"), cellLabel(key, lang)},
                                                       {QStringLiteral("previous"), numberText(before->value)},
                                                       {QStringLiteral("current"), numberText(now->value)},
                                                       {QStringLiteral("ratio"), QString::number(hi / lo, 'f', 1)}};
                    };
                    Flag f = makeFlag(r, QString(), values(QStringLiteral("zh")), values(QStringLiteral("en")));
                    f.values = {before->value, now->value};
                    f.spans = {{now->start, now->end}};
                    flags.append(f);
                }
            }
        }
    }
    settleFlags(&flags);
    return flags;
}

} // namespace jiaohe
