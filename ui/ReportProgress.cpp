// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportProgress.h"

#include "ReviewSession.h"

#include <QStringList>

namespace jiaohe {

ReportProgress ReportProgress::of(ReviewSession& session)
{
    ReportProgress p;
    if (!session.store() || session.currentReport() <= 0) {
        return p;
    }
    for (const StoredFlag& f : session.currentFlags()) {
        p.openFlags += f.resolution == Resolution::Open ? 1 : 0;
    }
    for (const StoredField& f : session.store()->fields(session.currentReport())) {
        p.unreviewedFields += f.status == FieldStatus::Unreviewed ? 1 : 0;
    }
    return p;
}

QString ReportProgress::text() const
{
    QStringList parts;
    if (openFlags > 0) {
        parts.append(tr("%n flag(s) open", nullptr, openFlags));
    }
    if (unreviewedFields > 0) {
        parts.append(tr("%n field(s) unreviewed", nullptr, unreviewedFields));
    }
    return parts.join(tr(", ", "between the parts of what is open"));
}

} // namespace jiaohe
