// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryModel.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace jiaohe {

class ReviewSession;

// The open report's audit trail (HistoryModel), newest first, with the report's status and what is still open
// above it. A field's row can be reverted — the field gets back the value (or status) it had before that change
// — with the button, the context menu or Ctrl+Backspace: the panel asks for it (revertRequested) and the action
// handler pushes it as an undoable decision. As the trail is kept in the database, this is also the way back
// for decisions made before the program was last started (the undo stack is not).
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ReviewSession* session, QWidget* parent = nullptr);

    HistoryModel* historyModel() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QAction* revertAction() const { return m_revert; }
    // What the selected row would revert to; nothing when it is not a field's change.
    std::optional<FieldRevert> currentRevert() const;
    bool selectRow(int row);
    // Asks for the selected row's revert (false, with a message, when it has none).
    bool revertCurrent();

Q_SIGNALS:
    void revertRequested(const jiaohe::FieldRevert& target);
    void message(const QString& text);

private:
    void updateRevert();
    void updateStatus();
    void showMenu(const QPoint& at);

    ReviewSession* m_session = nullptr;
    HistoryModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_button = nullptr;
    QAction* m_revert = nullptr;
};

} // namespace jiaohe
