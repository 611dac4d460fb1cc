// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace jiaohe {

namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QMessageBox::StandardButton> answerForAll;
QList<MessageBox::Shown> shownMessages;

} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const Shown& message)
{
    if (const std::optional<QMessageBox::StandardButton> answer = nextAnswer ? nextAnswer : answerForAll) {
        nextAnswer.reset();
        shownMessages.append(message);
        return *answer;
    }
    QMessageBox box(icon, message.title, message.text, QMessageBox::Ok, parent);
    if (!message.details.isEmpty()) {
        box.setInformativeText(message.details.mid(0, 20).join(QLatin1Char('\n')));
        box.setDetailedText(message.details.join(QLatin1Char('\n')));
    }
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, {title, text, {}});
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Information, parent, {title, text, {}});
}

bool MessageBox::question(QWidget* parent, const QString& title, const QString& text)
{
    if (const std::optional<QMessageBox::StandardButton> answer = nextAnswer ? nextAnswer : answerForAll) {
        nextAnswer.reset();
        shownMessages.append({title, text, {}});
        return *answer == QMessageBox::Yes || *answer == QMessageBox::Ok;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void MessageBox::showErrors(QWidget* parent, const QString& title, const QStringList& lines)
{
    show(QMessageBox::Warning, parent, {title, tr("%n problem(s):", nullptr, int(lines.size())), lines});
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

void MessageBox::setAnswerForAll(std::optional<QMessageBox::StandardButton> answer)
{
    answerForAll = answer;
}

const QList<MessageBox::Shown>& MessageBox::shown()
{
    return shownMessages;
}

void MessageBox::clearShown()
{
    shownMessages.clear();
}

} // namespace jiaohe
