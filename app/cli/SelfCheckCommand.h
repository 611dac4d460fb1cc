// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace jiaohe {

// `jiaohe check --self-check DRAFT [--db FILE] [--out REPORT.pdf] [--lang zh|en]`: the 自查报告 of a draft
// (findings/SelfCheck): what does not add up, what the template requires and is missing, and, with --db, what
// differs from last year's report of the same body. Printed as text; written as PDF with --out. The draft is
// never imported. Exit 0 when the draft was read (whatever it holds), 1 when it or the database cannot be read or
// the PDF written, 2 on bad usage. runCheckCommand hands over when --self-check is given.
int runSelfCheckCommand(const QStringList& arguments, QTextStream& out, QTextStream& err);

// True when `arguments` ask for a self-check.
bool isSelfCheck(const QStringList& arguments);

} // namespace jiaohe
