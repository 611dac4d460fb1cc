// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Records.h"

#include <QList>
#include <QString>

#include <utility>

namespace jiaohe {

using EvidenceSpan = std::pair<qsizetype, qsizetype>;

// Where a field's evidence is in the report's text. Most fields have one span. A summary of the template's
// cells (不予公开 is the sum of eight rows' totals) has the range from its first to its last cell as its stored
// evidence; painting that range would paint the whole of the eight rows, so its evidence is its cells' spans
// (those the report has), in text order. Nothing for a field with no evidence.
QList<EvidenceSpan> evidenceSpans(const QList<StoredField>& fields, const QString& key);

} // namespace jiaohe
