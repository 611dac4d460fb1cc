// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace jiaohe {

class ReviewSession;

// What is still open in the report the session shows: its flags not yet decided and its fields not yet
// reviewed. Marking the report reviewed asks when either is left; the history panel shows them beside the
// report's status.
struct ReportProgress
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::ReportProgress)
public:
    int openFlags = 0;
    int unreviewedFields = 0;

    static ReportProgress of(ReviewSession& session);
    bool done() const { return openFlags == 0 && unreviewedFields == 0; }
    // "4 flags open, 12 fields unreviewed" (only the parts that are not zero; empty when nothing is open).
    QString text() const;
};

} // namespace jiaohe
