// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

namespace jiaohe {

// Every message box of the window goes through here, so that a test never blocks on one: a test sets the
// answer of the next box (setNextAnswer) or of every box (setAnswerForAll); such a box is not shown, and
// what it said is kept in shown().
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::MessageBox)
public:
    struct Shown
    {
        QString title;
        QString text;
        QStringList details;
    };

    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title, const QString& text);
    // A question to go ahead or not (Yes / Cancel, Cancel the default): true when the answer is Yes (a test's
    // answer Ok counts as yes too).
    static bool question(QWidget* parent, const QString& title, const QString& text);
    // A title and one line per problem (import failures, a failed export): the first 20 in the box, every one
    // under Details.
    static void showErrors(QWidget* parent, const QString& title, const QStringList& lines);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setAnswerForAll(std::optional<QMessageBox::StandardButton> answer); // nothing: boxes show again
    static const QList<Shown>& shown();
    static void clearShown();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const Shown& message);
};

} // namespace jiaohe
