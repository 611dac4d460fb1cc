// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextShape.h"

#include <QStringTokenizer>

#include <algorithm>

namespace jiaohe {

bool looksLikeTableRow(QStringView line)
{
    if (line.contains(u'\t')) {
        return true;
    }
    int pairs = 0;
    bool previousNumeric = false;
    for (QStringView token : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        const bool numeric = std::all_of(token.begin(), token.end(), [](QChar c) {
            return c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u'%';
        });
        pairs += numeric && previousNumeric ? 1 : 0;
        previousNumeric = numeric;
    }
    return pairs >= 2;
}

} // namespace jiaohe
