// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace jiaohe {

class Analysis;

// How `jiaohe check` prints an analysis. The pipeline's Analysis is data; its renderings live here,
// with the command that prints them.

// The JSON object of `jiaohe check --json` (offsets in Unicode code points of the original text).
QJsonObject analysisJson(const Analysis& analysis, const QString& lang);
// A readable report for a terminal.
QString analysisText(const Analysis& analysis, const QString& lang);
// Every statement with its phrase, role and field: why a number did or did not become a field.
QString analysisExplanation(const Analysis& analysis);

} // namespace jiaohe
