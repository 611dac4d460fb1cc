// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Preferences.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace jiaohe {

// Edit → Preferences…: the interface language and the reviewer's name. Nothing when cancelled.
class PreferencesDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::Preferences)
public:
    static std::optional<Preferences> ask(QWidget* parent, const Preferences& current);
    // Test seam: the next ask() is not shown and returns this.
    static void setNextAnswer(std::optional<Preferences> answer);
};

} // namespace jiaohe
