#pragma once

#include <QStringList>

namespace jiaohe {

// The files a list of paths names: files as they are, folders walked recursively for reports (.txt .text
// .htm .html .xhtml .shtml .pdf), each folder's files in a stable (sorted) order. Paths that do not exist
// are returned as they are, so that whoever reads them says why they cannot be read.
QStringList collectReportFiles(const QStringList& paths);

} // namespace jiaohe
