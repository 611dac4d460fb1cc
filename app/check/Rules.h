// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Flag.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace jiaohe {

struct Rule
{
    QString id;
    QString kind;
    // list_sum, unit_slip, field_sum, share, share_sum, restatement, numbering, required_sections, table_identity,
    // table_localise, year_identity (run by checkAcrossYears), year_jump (likewise)
    QString type;
    Severity severity = Severity::Warning;
    QString messageZh;
    QString messageEn;
    QJsonObject params; // the whole rule object, for type-specific settings
};

// The consistency rules, kept as data in resources/rules.json; a user's file is merged by rule id
// (a rule with a known id replaces it, a new id is added, "enabled": false removes it).
class RuleSet
{
public:
    static const RuleSet& builtin();
    bool load(const QByteArray& json, QString* error);
    bool merge(const QByteArray& json, QString* error);

    const QList<Rule>& rules() const { return m_rules; }

private:
    bool parse(const QByteArray& json, QList<Rule>* out, QList<QString>* disabled, QString* error) const;
    QList<Rule> m_rules;
};

} // namespace jiaohe
