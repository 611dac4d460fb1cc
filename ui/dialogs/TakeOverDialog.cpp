// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeOverDialog.h"

namespace jiaohe {

QString TakeOverDialog::ask(QWidget* parent, const QString& holder)
{
    return askReason(parent, holder, tr("Take over the report"),
                     tr("%1 is reviewing this report. Why do you take it over?\n"
                        "The reason is kept in the report's history.")
                         .arg(holder));
}

} // namespace jiaohe
