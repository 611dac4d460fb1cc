// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include <QInputDialog>

namespace jiaohe {

QString showReasonDialog(QWidget* parent, const QString& title, const QString& question)
{
    return QInputDialog::getText(parent, title, question).trimmed();
}

} // namespace jiaohe
