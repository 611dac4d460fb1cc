// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QMainWindow;
class QTreeWidget;

namespace jiaohe {

// Help → Keyboard shortcuts: every action of the window that has a shortcut (a non-modal window, rebuilt
// from the actions on every showing so it never goes stale).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow* window);

    // Every action of the window with a shortcut, as (text without '&', shortcuts in native text): in menu
    // order first, then any other action of the window.
    static QList<std::pair<QString, QString>> shortcutList(const QMainWindow* window);
    // Shows the window's one shortcuts dialog (made on first use), filled from the actions as they are now.
    static ShortcutsDialog* showFor(QMainWindow* window);

private:
    void fill();

    QMainWindow* m_window = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace jiaohe
