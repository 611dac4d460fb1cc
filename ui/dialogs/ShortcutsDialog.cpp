// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jiaohe {

ShortcutsDialog::ShortcutsDialog(QMainWindow* window) : QDialog(window), m_window(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(480, 420);
}

QList<std::pair<QString, QString>> ShortcutsDialog::shortcutList(const QMainWindow* window)
{
    QList<std::pair<QString, QString>> list;
    QList<const QAction*> seen;
    auto add = [&](const QAction* a) {
        if (seen.contains(a) || a->shortcuts().isEmpty()) {
            return;
        }
        seen.append(a);
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        list.append({a->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))});
    };
    for (const QAction* menuAction : window->menuBar()->actions()) {
        if (const QMenu* menu = menuAction->menu()) {
            for (const QAction* a : menu->actions()) {
                add(a);
            }
        }
    }
    for (const QAction* a : window->findChildren<QAction*>()) {
        add(a);
    }
    return list;
}

void ShortcutsDialog::fill()
{
    m_tree->clear();
    for (const auto& [text, keys] : shortcutList(m_window)) {
        m_tree->addTopLevelItem(new QTreeWidgetItem({text, keys}));
    }
    m_tree->resizeColumnToContents(0);
}

ShortcutsDialog* ShortcutsDialog::showFor(QMainWindow* window)
{
    auto* dialog = window->findChild<ShortcutsDialog*>(QStringLiteral("shortcutsDialog"));
    if (!dialog) {
        dialog = new ShortcutsDialog(window);
    }
    dialog->fill();
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace jiaohe
