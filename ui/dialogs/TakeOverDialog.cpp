// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakeOverDialog.h"

#include "support/NextAnswer.h"

#include <QInputDialog>

namespace jiaohe {

namespace {
NextAnswer<QString, QString> seam;
}

void TakeOverDialog::setNextAnswer(const QString& reason)
{
    seam.set(reason);
}

QString TakeOverDialog::lastHolder()
{
    return seam.lastQuestion();
}

QString TakeOverDialog::ask(QWidget* parent, const QString& holder)
{
    if (QString answer; seam.take(holder, answer)) {
        return answer.trimmed();
    }
    return QInputDialog::getText(parent, tr("Take over the report"),
                                 tr("%1 is reviewing this report. Why do you take it over?\n"
                                    "The reason is kept in the report's history.")
                                     .arg(holder))
        .trimmed();
}

} // namespace jiaohe
