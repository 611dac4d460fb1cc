// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "support/Config.h"

#include <QLocale>

#include <algorithm>

namespace jiaohe {

Preferences Preferences::load()
{
    Preferences p;
    p.language = Config::instance()->get(Config::Language).toString();
    if (p.language != u"zh_CN" && p.language != u"en") {
        p.language.clear();
    }
    p.reviewer = Config::instance()->get(Config::Reviewer).toString().trimmed();
    p.claimExpiryMinutes = std::max(1, Config::instance()->get(Config::ClaimExpiryMinutes).toInt());
    return p;
}

void Preferences::save() const
{
    Config::instance()->set(Config::Language, language);
    Config::instance()->set(Config::Reviewer, reviewer.trimmed());
    Config::instance()->set(Config::ClaimExpiryMinutes, claimExpiryMinutes);
}

QString Preferences::localeName() const
{
    return language.isEmpty() ? QLocale().name() : language;
}

} // namespace jiaohe
