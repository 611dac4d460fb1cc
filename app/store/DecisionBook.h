// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decision.h"
#include "Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jiaohe {

class ReviewStore;

// Decisions between a review database and JSON lines (`jiaohe decisions export|apply`). Applying one runs the
// store's own action — the window's — with its audit entry and the checks again; a decision already taken
// changes nothing. Export writes what apply needs to take the same decisions in another database.
class DecisionBook
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::DecisionBook)
public:
    explicit DecisionBook(ReviewStore& store) : m_store(store) {}

    enum class Outcome
    {
        Applied,   // the database changed (audit entries written)
        Unchanged, // the decision was already taken
        Failed,    // not applied; error() says why
    };
    Outcome apply(const Decision& decision);
    QString error() const { return m_error; }

    // Every decision of the current reports: fields decided or noted, flags decided, report notes and reviewed
    // reports, report by report (fields, then flags, then the report), with who and when.
    QList<Decision> collect();

private:
    Outcome run(const Decision& d, qint64 reportId);
    bool runOnField(const Decision& d, qint64 reportId);
    bool runOnFlag(const Decision& d, qint64 reportId);
    // A correction assigned from the text: the field put there (created when the report lacks it).
    bool assign(const Decision& d, qint64 reportId, const std::optional<StoredField>& field);
    qint64 lastAuditId();

    ReviewStore& m_store;
    QString m_error;
};

} // namespace jiaohe
