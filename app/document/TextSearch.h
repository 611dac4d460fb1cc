// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>

#include <utility>

namespace jiaohe {

// Find in a report's text as the reviewer means it: matched on the normalised copy (full-width digits,
// traditional script: 简 finds 繁, １２ finds 12, case ignored), the matches given as spans of the text as
// written (through the Document's offset map).
class TextSearch
{
public:
    using Span = std::pair<qsizetype, qsizetype>;

    explicit TextSearch(const QString& text);

    // Every match of the query, in order; none for an empty query.
    QList<Span> find(const QString& query) const;
    // The match to go to from a position of the text: step 0 the first starting at or after `from` (while
    // typing), 1 the first after it, -1 the last before it; wrapping round. -1 when there is no match.
    static qsizetype pick(const QList<Span>& matches, qsizetype from, int step);

private:
    Document m_document;
};

} // namespace jiaohe
