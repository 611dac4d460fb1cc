// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe decisions export [--db FILE] [--out FILE.jsonl]`: every decision of the database as JSON lines (to
// standard output without --out).
// `jiaohe decisions apply [--db FILE] FILE.jsonl`: takes the decisions of the file with the window's actions;
// a line that cannot be applied is reported with its number and why, the others are still applied. Exit 0 when
// every line applied (or was already taken), 1 when one could not be, 2 on bad usage.
int runDecisionsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
