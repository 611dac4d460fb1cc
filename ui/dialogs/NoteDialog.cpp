// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteDialog.h"

#include "support/NextAnswer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace jiaohe {

namespace {
NextAnswer<std::optional<QString>, QString> seam;
}

void NoteDialog::setNextAnswer(std::optional<QString> answer)
{
    seam.set(std::move(answer));
}

QString NoteDialog::lastSubject()
{
    return seam.lastQuestion();
}

std::optional<QString> NoteDialog::ask(QWidget* parent, const QString& title, const QString& subject,
                                       const QString& current)
{
    if (std::optional<QString> answer; seam.take(subject, answer)) {
        return answer ? std::optional<QString>(answer->trimmed()) : std::nullopt;
    }
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(title);
    auto* label = new QLabel(subject, &dialog);
    label->setWordWrap(true);
    auto* edit = new QPlainTextEdit(current, &dialog);
    edit->setObjectName(QStringLiteral("noteEdit"));
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(tr("Empty: no note"));
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save the note (Ctrl+Return)"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Return is a new line in the note: Ctrl+Return saves, as it finishes a report in the window.
    for (const QKeySequence& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        QObject::connect(new QShortcut(key, &dialog), &QShortcut::activated, &dialog, &QDialog::accept);
    }
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    dialog.resize(420, 220);
    edit->moveCursor(QTextCursor::End);
    edit->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return edit->toPlainText().trimmed();
}

} // namespace jiaohe
