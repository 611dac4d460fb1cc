// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/NextAnswer.h"

#include <QString>

class QWidget;

namespace jiaohe {

// The one-line input dialog itself (QInputDialog); the answer trimmed, empty when cancelled.
QString showReasonDialog(QWidget* parent, const QString& title, const QString& question);

// A reason asked in one line (why a flag is dismissed, why a report is taken over), with the test seam of every
// dialog (support/NextAnswer): the base of DismissReasonDialog and TakeOverDialog, each with a seam of its own.
// The subclass says what it asks (its title and question, translated in its own context) and calls askReason().
template <typename Dialog> class ReasonDialog
{
public:
    // Test seam: the next ask() is not shown and returns this (trimmed); asked() is what it was asked about.
    static void setNextAnswer(const QString& reason) { seam().set(reason); }
    static QString asked() { return seam().lastQuestion(); }

protected:
    // The reason, trimmed; empty when cancelled. `subject` is what the question is about (kept by the seam);
    // the dialog shows `title` and `question`.
    static QString askReason(QWidget* parent, const QString& subject, const QString& title, const QString& question)
    {
        if (QString answer; seam().take(subject, answer)) {
            return answer.trimmed();
        }
        return showReasonDialog(parent, title, question);
    }

private:
    static NextAnswer<QString, QString>& seam()
    {
        static NextAnswer<QString, QString> next;
        return next;
    }
};

} // namespace jiaohe
