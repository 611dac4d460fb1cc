// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneNavigator.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace jiaohe {

PaneNavigator::PaneNavigator(const QList<Pane>& panes, QWidget* window)
    : QObject(window), m_panes(panes), m_window(window)
{
    m_next = new QAction(tr("Next &pane"), this);
    m_next->setObjectName(QStringLiteral("nextPaneAction"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    m_previous = new QAction(tr("Previous pa&ne"), this);
    m_previous->setObjectName(QStringLiteral("previousPaneAction"));
    // Shift+Tab arrives as Backtab; both spellings, as keyboards and platforms differ.
    m_previous->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    for (QAction* a : {m_next, m_previous}) {
        a->setShortcutContext(Qt::WindowShortcut);
        a->setShortcutVisibleInContextMenu(true);
        window->addAction(a);
    }
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    updateTabOrder();
}

int PaneNavigator::currentPane() const
{
    const QWidget* focus = QApplication::focusWidget();
    for (int i = 0; i < m_panes.size(); ++i) {
        const QWidget* container = m_panes[i].container;
        if (focus && container && (focus == container || container->isAncestorOf(focus))) {
            return i;
        }
    }
    return -1;
}

bool PaneNavigator::focusPane(int index)
{
    if (index < 0 || index >= m_panes.size()) {
        return false;
    }
    QWidget* target = m_panes[index].focusTarget();
    if (!target || !target->isVisible() || !target->isEnabled()) {
        return false;
    }
    target->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool PaneNavigator::focusPane(QWidget* container)
{
    for (int i = 0; i < m_panes.size(); ++i) {
        if (m_panes[i].container == container) {
            return focusPane(i);
        }
    }
    return false;
}

void PaneNavigator::step(int direction)
{
    const int n = int(m_panes.size());
    const int from = currentPane();
    for (int k = 1; k <= n; ++k) {
        const int i = ((from < 0 ? (direction > 0 ? -1 : 0) : from) + direction * k % n + 2 * n) % n;
        if (focusPane(i)) {
            return;
        }
    }
}

void PaneNavigator::updateTabOrder()
{
    QWidget* previous = nullptr;
    for (const Pane& pane : std::as_const(m_panes)) {
        QWidget* target = pane.focusTarget();
        if (!target) {
            continue;
        }
        if (previous) {
            QWidget::setTabOrder(previous, target);
        }
        previous = target;
    }
}

} // namespace jiaohe
