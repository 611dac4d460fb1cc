// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReasonDialog.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jiaohe {

// Review → Dismiss flag… (Ctrl+Shift+D): why the flag is not a problem; empty when cancelled.
class DismissReasonDialog : public ReasonDialog<DismissReasonDialog>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::DismissReasonDialog)
public:
    static QString ask(QWidget* parent, const QString& flagMessage);
    // Test seam (ReasonDialog::setNextAnswer): the flag message the last answered ask() was about.
    static QString lastMessage() { return asked(); }
};

} // namespace jiaohe
