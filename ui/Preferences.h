// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jiaohe {

// The user's preferences, kept in Config: the interface language ("" follows the system, "zh_CN", "en") and
// the reviewer's name written into the audit trail of every database the user opens, and after how many minutes
// without work a claim on a report goes stale (counts as free).
struct Preferences
{
    QString language;
    QString reviewer;
    int claimExpiryMinutes = 30;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences&) const = default;

    // The locale name the translations are loaded for: the chosen language, else the system's.
    QString localeName() const;
};

} // namespace jiaohe
