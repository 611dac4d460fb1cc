// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jiaohe {

// Review → Dismiss flag… (Ctrl+Shift+D): why the flag is not a problem; empty when cancelled.
class DismissReasonDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::DismissReasonDialog)
public:
    static QString ask(QWidget* parent, const QString& flagMessage);
    // Test seam: the next ask() is not shown and returns this; lastMessage() is the flag it was asked about.
    static void setNextAnswer(const QString& reason);
    static QString lastMessage();
};

} // namespace jiaohe
