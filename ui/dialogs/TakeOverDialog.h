// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReasonDialog.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jiaohe {

// "Take over…" on a report someone else is reviewing: why (written to the audit, read by the one who held it);
// empty when cancelled.
class TakeOverDialog : public ReasonDialog<TakeOverDialog>
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::TakeOverDialog)
public:
    static QString ask(QWidget* parent, const QString& holder);
    // Test seam (ReasonDialog::setNextAnswer): who the last answered ask() was about.
    static QString lastHolder() { return asked(); }
};

} // namespace jiaohe
