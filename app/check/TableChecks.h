// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Flag.h"
#include "Rules.h"
#include "extract/Statement.h"

#include <QList>

namespace jiaohe {

class Document;

// How a printed number may be a slip of the pen for the intended one.
enum class DigitTypo
{
    None,
    Swapped, // two neighbouring digits exchanged: 1230 printed for 1203
    Dropped, // a digit left out: 123 printed for 1223
    Doubled, // a digit written twice: 1223 printed for 123
};

// Which slip turns `intended` into `printed` (both non-negative whole numbers), None when neither is.
DigitTypo digitTypo(double printed, double intended);

// The template's identities (rules of type table_identity) over the table cells of one report, with
// error localisation (the table_localise rule): blank totals whose parts are filled are reported as
// missing, and when identities fail the smallest set of cells (one, else two) whose change makes all
// of them hold is named with the value that does. An identity is only checked when every one of its
// cells was extracted. Appends to `flags`; flag ids are left to the caller.
void checkTableIdentities(const Extraction& ex, const QList<Rule>& rules, QList<Flag>* flags);

// One flag per template-table row the readers left unread because its numbers could not be put in their columns
// with confidence, and per table whose identities failed under every alignment (Extraction::tableDoubts): "check by
// hand", never a guessed number (TableDoubts.cpp).
void flagTableDoubts(const Extraction& ex, QList<Flag>* flags);

// The narrative against the tables: the restatement rule's "table_pairs" map a narrative field to the
// table cells that state the same figure (one or more alternatives, each a sum of cells), and a share the
// text gives of that figure is checked against the table ("share_of": the cells of the whole).
void checkTableRestatements(const Document& doc, const Extraction& ex, const Rule& rule, QList<Flag>* flags);

// Checks between this year's report and last year's (rules of type year_identity and year_jump): carried
// over = last year's carried forward, stock = last year's stock + issued − repealed, jumps. Pure: the
// caller finds last year's extraction. Spans are this year's cells; flags carry their ids.
QList<Flag> checkAcrossYears(const Extraction& current, const Extraction& previous,
                             const RuleSet& rules = RuleSet::builtin());

} // namespace jiaohe
