// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Status.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace jiaohe {

// Review → Correct field… (Shift+F2): a new value typed as the report writes it (1.2万, １２３, 一千二百), and
// whether the report itself is wrong (as printed). Nothing when cancelled.
class CorrectionDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::CorrectionDialog)
public:
    struct Correction
    {
        double value = 0;
        FieldStatus status = FieldStatus::Corrected;
    };
    static std::optional<Correction> ask(QWidget* parent, const QString& field, const QString& current);
    // Test seam: the next ask() is not shown and returns this; lastField() is the field it was asked for.
    static void setNextAnswer(std::optional<Correction> answer);
    static QString lastField();
};

} // namespace jiaohe
