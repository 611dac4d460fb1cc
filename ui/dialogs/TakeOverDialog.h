// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace jiaohe {

// "Take over…" on a report someone else is reviewing: why (written to the audit, read by the one who held it);
// empty when cancelled.
class TakeOverDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::TakeOverDialog)
public:
    static QString ask(QWidget* parent, const QString& holder);
    // Test seam: the next ask() is not shown and returns this; lastHolder() is who it was asked about.
    static void setNextAnswer(const QString& reason);
    static QString lastHolder();
};

} // namespace jiaohe
