// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jiaohe {

// The files a list of paths names: files as they are, folders walked recursively for reports (text, markdown,
// web pages, PDF, Word: the forms DocumentLoader reads), each folder's files in a stable (sorted) order. Paths that do
// not exist are returned as they are, so that whoever reads them says why they cannot be read; so are, in folders,
// files with a report's name that cannot be read (unreadable, dangling links, FIFOs) and folders that cannot
// be opened. Names that are not UTF-8 come decoded by decodeFileName(). Linked folders are followed, each
// folder once; hidden entries (names beginning with a dot) are not reports.
QStringList collectReportFiles(const QStringList& paths);

// The forms a folder is searched for, as messages name them: ".txt, .text, .md, … .odt".
QString reportSuffixesText();

} // namespace jiaohe
