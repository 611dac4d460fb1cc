// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Flag.h"
#include "Rules.h"
#include "document/Document.h"
#include "extract/Statement.h"

#include <QHash>
#include <QSet>

// The context the checker's rule functions share (Checker.cpp, StructureChecks.cpp). Internal to app/check.
namespace jiaohe::checks {

// A message with its {placeholders} filled in.
inline QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        text.replace(u'{' + it.key() + u'}', it.value());
    }
    return text;
}

// Context shared by the rule functions.
struct Run
{
    const Document& doc;
    const Extraction& ex;
    QList<Flag>& flags;

    std::pair<qsizetype, qsizetype> span(int statement) const
    {
        const Quantity& q = ex.statements.at(statement).quantity;
        return doc.originalSpan(q.start, q.end);
    }
    const Quantity& q(int statement) const { return ex.statements.at(statement).quantity; }

    Flag make(const Rule& rule, const QHash<QString, QString>& values) const
    {
        Flag f;
        f.rule = rule.id;
        f.kind = rule.kind;
        f.severity = rule.severity;
        f.messageZh = fill(rule.messageZh, values);
        f.messageEn = fill(rule.messageEn, values);
        return f;
    }
    bool alreadyFlagged(const QSet<int>& statements, const QString& kind) const;
    QHash<QString, QSet<int>> flaggedStatements; // kind -> statements already covered by a flag
    // count statement -> the percentages that are shares of it, in text order (an index, so that a report of
    // 100,000 numbers is checked in linear time)
    QHash<int, QList<int>> sharesOf;
};

inline bool Run::alreadyFlagged(const QSet<int>& statements, const QString& kind) const
{
    const auto it = flaggedStatements.constFind(kind);
    return it != flaggedStatements.cend() && it->contains(statements);
}

// The report's section numbering: gaps, repeats and a numbering style that changes within a level.
void runNumbering(Run& run, const Rule& rule);
// Sections the regulations require (依申请公开, 收费, 复议诉讼, 问题): a flag without spans for each missing one,
// whose subject is the section's key.
void runRequiredSections(Run& run, const Rule& rule);

} // namespace jiaohe::checks
