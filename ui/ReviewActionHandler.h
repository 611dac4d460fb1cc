// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Status.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace jiaohe {

class FieldsPanel;
struct FieldRevert;
class FlagsPanel;
class QueuePanel;
class ReportPanel;
class ReviewCommand;
class ReviewSession;

// The reviewer's actions (Tiled's MapDocumentActionHandler): the Review menu and the flag navigation of the
// Go menu as QActions with their shortcuts, enabled while a database is open, and what each one does — read
// the selection from the panels, ask through a dialog when needed, push one undo command on the session.
// Each action also has a function with explicit arguments (tests call them); false, the reason in error()
// and in message(), when nothing was changed.
class ReviewActionHandler : public QObject
{
    Q_OBJECT

public:
    struct Panels
    {
        QueuePanel* queue = nullptr;
        ReportPanel* report = nullptr;
        FieldsPanel* fields = nullptr;
        FlagsPanel* flags = nullptr;
    };
    ReviewActionHandler(ReviewSession* session, const Panels& panels, QWidget* window);

    void addReviewActions(QMenu* review);
    void addGoActions(QMenu* go);
    QAction* action(const char* objectName) const;

    bool setCurrentFieldStatus(FieldStatus status); // confirmed, as printed, not applicable, unreviewed
    bool correctCurrentField(double value, FieldStatus status = FieldStatus::Corrected);
    // The value column edited in place: the text as typed, parsed like the reports' own numbers; refused
    // (false, the reason in error()) when it does not read. Consecutive edits of one field are one undo step.
    bool editFieldValue(const QString& key, const QString& text);
    // Assign from text: the one number inside [start, end) of the report's text (or under the position when
    // start == end) becomes the selected field's value and evidence; a field the extractor missed can be
    // chosen from every catalogue field. Ctrl+click, Alt+click and Ctrl+T (with a selection) call it.
    bool assignFromText(qsizetype start, qsizetype end, const QString& key = QString());
    bool acceptSuggestion(); // the selected flag's suggested value into the field it points at
    bool resolveCurrentFlag(Resolution resolution, const QString& reason = QString());
    bool dismissCurrentFlag(const QString& reason);
    // The open report reviewed, then the next unreviewed one in the queue. With open flags or unreviewed fields
    // it asks first, saying what is open (MessageBox::question); false and nothing changed when cancelled.
    bool markReviewedAndNext();
    // From the history: the field gets back an earlier value or status, as a new undoable decision (a
    // correction; the printed value takes the correction away and leaves the field to review again).
    bool revertField(const FieldRevert& target);
    // F6 / Shift+F6: the next / previous unreviewed field, with the focus in the fields list.
    bool selectNextUnreviewed(int step);
    // F8 / Shift+F8: the next / previous open flag, with the focus in the flags list — in the report shown, then
    // in the next (previous) report of
    // the queue that has open flags, whose first (last) open flag is selected; wrapping round.
    bool selectNextFlagged();
    bool selectPreviousFlagged();
    // Ctrl+Shift+R: the report the selected flag points at (last year's, for a check across years).
    bool openRelatedReport();

    // Review → Note on field… (Ctrl+Shift+E) / Note on report… (Ctrl+Shift+M): the note asked for through
    // NoteDialog, then saved as one undoable step; the set… functions save a given text (empty: no note).
    bool editFieldNote();
    bool editReportNote();
    bool setCurrentFieldNote(const QString& note);
    bool setReportNote(const QString& note);

    QString error() const { return m_error; }

Q_SIGNALS:
    void message(const QString& text); // for the status bar
    void errorChanged(const QString& error);
    // F6 selected a field: the window gives the focus to the pane that shows it.
    void fieldsFocusWanted();

private:
    QAction* add(QMenu* menu, const char* name, const QString& text, const QList<QKeySequence>& keys);
    bool needReport();
    bool fail(const QString& error);
    bool push(ReviewCommand* command);
    void updateEnabled();
    void confirmAndNext();
    void correctFromDialog();
    void dismissFromDialog();
    void assignFromSelection(bool chooseField);
    bool selectFlagged(int step);
    bool focusFlags(bool selected);

    ReviewSession* m_session = nullptr;
    Panels m_panels;
    QWidget* m_window = nullptr;
    QList<QAction*> m_reportActions; // enabled while a database is open
    QString m_error;
};

} // namespace jiaohe
