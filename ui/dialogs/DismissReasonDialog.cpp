// SPDX-License-Identifier: GPL-3.0-or-later
#include "DismissReasonDialog.h"

#include "support/NextAnswer.h"

#include <QInputDialog>

namespace jiaohe {

namespace {
NextAnswer<QString, QString> seam;
}

void DismissReasonDialog::setNextAnswer(const QString& reason)
{
    seam.set(reason);
}

QString DismissReasonDialog::lastMessage()
{
    return seam.lastQuestion();
}

QString DismissReasonDialog::ask(QWidget* parent, const QString& flagMessage)
{
    if (QString answer; seam.take(flagMessage, answer)) {
        return answer.trimmed();
    }
    return QInputDialog::getText(parent, tr("Dismiss flag"), tr("Why is this not a problem?\n%1").arg(flagMessage))
        .trimmed();
}

} // namespace jiaohe
