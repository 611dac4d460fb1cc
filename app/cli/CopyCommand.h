// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe copy --from SRC --to DST`: a whole review database from a file to a server or back (StoreCopy), then
// each table's rows counted on both sides, printed. Exit 0 when copied and the counts agree, 1 when the copy was
// refused or rolled back (the target holds a review already, the counts differ, a database cannot be opened), 2 on
// bad usage.
int runCopyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
