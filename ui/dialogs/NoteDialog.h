// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace jiaohe {

// Review → Note on field… (Ctrl+Shift+E) and Note on report… (Ctrl+Shift+M): the reviewer's note, several lines,
// prefilled with the note kept so far. Ctrl+Return or OK saves, Escape cancels. Nothing when cancelled; an empty
// text removes the note.
class NoteDialog
{
    Q_DECLARE_TR_FUNCTIONS(jiaohe::NoteDialog)
public:
    // `subject` says what the note is on (the field's label, the report's file name).
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& subject,
                                      const QString& current);
    // Test seam: the next ask() is not shown and returns this (nothing: cancelled); lastSubject() is what it was
    // asked about.
    static void setNextAnswer(std::optional<QString> answer);
    static QString lastSubject();
};

} // namespace jiaohe
