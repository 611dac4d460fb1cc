// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include "document/TextNormaliser.h"

namespace jiaohe {

TextSearch::TextSearch(const QString& text) : m_document(Document::fromPlainText(text)) {}

QList<TextSearch::Span> TextSearch::find(const QString& query) const
{
    QList<Span> matches;
    const QString wanted = normaliseText(query.trimmed()).text;
    if (wanted.isEmpty()) {
        return matches;
    }
    const QString& text = m_document.normalised;
    for (qsizetype at = text.indexOf(wanted, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(wanted, at + 1, Qt::CaseInsensitive)) {
        matches.append(m_document.originalSpan(at, at + wanted.size()));
    }
    return matches;
}

qsizetype TextSearch::pick(const QList<Span>& matches, qsizetype from, int step)
{
    if (matches.isEmpty()) {
        return -1;
    }
    if (step < 0) {
        for (qsizetype i = matches.size() - 1; i >= 0; --i) {
            if (matches[i].first < from) {
                return i;
            }
        }
        return matches.size() - 1;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (step == 0 ? matches[i].first >= from : matches[i].first > from) {
            return i;
        }
    }
    return 0;
}

} // namespace jiaohe
