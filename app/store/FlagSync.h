// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Flag.h"
#include "extract/Statement.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace jiaohe {

class ReportRepository;
class StoreContext;

// Keeps a report's stored flags in step with what the checks find: the flags of a new report, and after
// every reviewer action the checks again with the corrections applied (pipeline/Recheck) and last year's
// report of the same body as reviewed. A stored flag is one row per report and identity: a re-run updates
// its numbers and messages and keeps its decision; a flag the checks no longer raise becomes inactive (its
// decision kept, in case it comes back).
class FlagSync
{
public:
    FlagSync(StoreContext& context, ReportRepository& repository) : m_context(context), m_repository(repository) {}

    // The flags of a report just stored (with the checks across years added).
    bool storeNew(qint64 reportId, const QList<Flag>& flags, const Extraction& extraction);
    // The checks again with the reviewer's corrections; and (followNextYear) next year's report of the same
    // body, whose checks across years read this one's figures.
    bool recheck(qint64 reportId, bool followNextYear = true);

private:
    // The checks across years against last year's report of the same body, its figures as reviewed;
    // nothing on a database error.
    std::optional<QList<Flag>> yearFlags(qint64 reportId, const Extraction& ex, int year, const QString& region);
    bool upsert(qint64 reportId, const QList<Flag>& flags);

    StoreContext& m_context;
    ReportRepository& m_repository;
};

// The identity a flag is stored under (one row per report and identity, kept across re-runs).
QString storedIdentity(const Flag& flag);

// Written by hand rather than through QJsonDocument: the import stores two of these per flag, and the
// text is the same compact JSON ("[1103,35,1081]", "[[200,205],[210,213]]").
QString toJsonText(const QList<double>& numbers);
QString toJsonText(const QList<std::pair<qsizetype, qsizetype>>& spans);

} // namespace jiaohe
