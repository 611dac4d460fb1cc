// SPDX-License-Identifier: GPL-3.0-or-later
#include "DismissReasonDialog.h"

namespace jiaohe {

QString DismissReasonDialog::ask(QWidget* parent, const QString& flagMessage)
{
    return askReason(parent, flagMessage, tr("Dismiss flag"), tr("Why is this not a problem?\n%1").arg(flagMessage));
}

} // namespace jiaohe
