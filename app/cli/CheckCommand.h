// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe check [--json] [--lang zh|en] [--rules FILE] PATH...`
// Prints a readable report per file, or one JSON object per line per file with --json.
// Exit status: 0 when every file was read, 1 when a file could not be read, 2 on bad usage.
int runCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
