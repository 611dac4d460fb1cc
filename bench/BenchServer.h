// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QTextStream;

namespace jiaohe::bench {

// `bench_store --db postgresql://…`: the review database on a team's server. `jiaohe import` of `count` reports
// against the floor of psql's \copy of the same rows (taken from the imported tables as CSV, copied into scratch
// tables of the same shape in the same run), and reviewer actions per second with two clients at once against the
// floor of pgbench running an action's bare statements (one UPDATE, one audit INSERT a transaction) with two
// clients. The database named must hold no review yet; the scratch schema is dropped afterwards.
int runServerBench(const QString& uri, const QList<QString>& templates, int count, int jobs, QTextStream& out);

} // namespace jiaohe::bench
