// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe check-db [--db FILE | FILE]`: SQLite's full integrity_check on a review database, opened
// read-only (nothing written, nothing left beside it). Prints "ok" or each problem SQLite found.
// Exit 0 when the file is sound, 1 when it is damaged or cannot be checked, 2 on bad usage.
int runCheckDbCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
