// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jiaohe {

class RuleSet;

// Which engine made a finding: the Jiaohe version and a hash of the rules and the field catalogue it ran with
// (the catalogue's fields.json and the template's shape, which adds the table cells). Every export records it
// (the CSVs in a last column, the workbook in its document properties and summary sheet, the PDF in its footer),
// so that a number in a finding can be traced to the rules that judged it; a user's rules file merged over the
// built-in rules changes the hash.
class EngineFingerprint
{
public:
    // The built-in rules and catalogue; computed once.
    static const EngineFingerprint& builtin();
    // `rules` as loaded (each rule's whole JSON object in order: Qt sorts an object's keys, so the same rules
    // give the same bytes whatever their layout in the file) and the catalogue's source files.
    static EngineFingerprint of(const RuleSet& rules, const QByteArray& fieldsJson, const QByteArray& shapeJson);

    QString version() const { return m_version; }
    // The first 16 hex digits of the SHA-256 of the rules and the catalogue.
    QString hash() const { return m_hash; }
    // "Jiaohe 0.1.0 · 3f2a…" : what an export prints.
    QString text() const;

private:
    QString m_version;
    QString m_hash;
};

} // namespace jiaohe
