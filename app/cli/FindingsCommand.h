// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe findings [--db FILE] --out FILE [--format xlsx|pdf] [--status reviewed|all] [--body NAME] [--year Y]
// [--lang zh|en] [--headers zh|en]`: the findings workbook or the printable findings report (findings/).
// The format follows --format, else the extension of --out. Exit 0 when written, 1 when the database cannot be
// read or the file written, 2 on bad usage. A PDF needs a QGuiApplication (main.cpp makes one, offscreen).
int runFindingsCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace jiaohe
