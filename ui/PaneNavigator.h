// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace jiaohe {

// Moving between the window's panes by keyboard: Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous pane
// (queue → report → fields → flags, round), Tab and Shift+Tab follow the same order, and an action that
// selects something in a pane (F6, F8) gives that pane the focus so that the next key acts on what it
// selected. A pane is its container (to tell which pane has the focus) and the widget that takes the focus in
// it (which may change: the report shows its text or its pages).
class PaneNavigator : public QObject
{
    Q_OBJECT

public:
    struct Pane
    {
        QWidget* container = nullptr;
        std::function<QWidget*()> focusTarget;
    };

    PaneNavigator(const QList<Pane>& panes, QWidget* window);

    QAction* nextPaneAction() const { return m_next; }
    QAction* previousPaneAction() const { return m_previous; }

    // The pane holding the focus, -1 when none does (a menu, a dialog).
    int currentPane() const;
    // Gives pane `index` the focus; false when it has nothing that can take it.
    bool focusPane(int index);
    bool focusPane(QWidget* container);
    // Sets the Tab chain across the panes (call again when a pane's focus widget changes).
    void updateTabOrder();

private:
    void step(int direction);

    QList<Pane> m_panes;
    QWidget* m_window = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
};

} // namespace jiaohe
