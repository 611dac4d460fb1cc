// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPanel.h"

#include "ReportProgress.h"
#include "ReportQueueModel.h"
#include "ReviewSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace jiaohe {

HistoryPanel::HistoryPanel(ReviewSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new HistoryModel(session, this)), m_view(new QTreeView(this)),
      m_status(new QLabel(this)), m_button(new QPushButton(tr("&Revert field"), this)),
      m_revert(new QAction(tr("Revert field to its value before this change"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_view->setObjectName(QStringLiteral("historyTree"));
    m_view->setAccessibleName(tr("History"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int c = 0; c < HistoryModel::ColumnCount; ++c) {
        m_view->header()->setSectionResizeMode(c, c == HistoryModel::SubjectColumn ? QHeaderView::Stretch
                                                                                   : QHeaderView::ResizeToContents);
    }
    m_view->header()->setStretchLastSection(false);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_button->setObjectName(QStringLiteral("revertButton"));
    m_revert->setObjectName(QStringLiteral("revertFieldAction"));
    m_revert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_revert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_revert->setShortcutVisibleInContextMenu(true);
    addAction(m_revert);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_revert, &QAction::triggered, this, &HistoryPanel::revertCurrent);
    connect(m_button, &QPushButton::clicked, this, &HistoryPanel::revertCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::updateRevert);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateRevert);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateRevert);
    connect(session, &ReviewSession::fieldChanged, this, &HistoryPanel::updateStatus);
    connect(session, &ReviewSession::flagChanged, this, &HistoryPanel::updateStatus);
    connect(session, &ReviewSession::flagsChanged, this, &HistoryPanel::updateStatus);
    connect(session, &ReviewSession::reportStatusChanged, this, &HistoryPanel::updateStatus);
    connect(session, &ReviewSession::currentReportChanged, this, &HistoryPanel::updateStatus);
    connect(session, &ReviewSession::databaseChanged, this, &HistoryPanel::updateStatus);
    updateRevert();
    updateStatus();
}

std::optional<FieldRevert> HistoryPanel::currentRevert() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->revertTarget(current.row()) : std::nullopt;
}

bool HistoryPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return false;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

bool HistoryPanel::revertCurrent()
{
    const std::optional<FieldRevert> target = currentRevert();
    if (!target) {
        Q_EMIT message(tr("Select a change of a field's value or status in the history first"));
        return false;
    }
    Q_EMIT revertRequested(*target);
    return true;
}

void HistoryPanel::updateRevert()
{
    const std::optional<FieldRevert> target = currentRevert();
    const QString keys = m_revert->shortcut().toString(QKeySequence::NativeText);
    m_revert->setEnabled(target.has_value());
    m_button->setEnabled(target.has_value());
    m_revert->setText(target ? tr("Revert %1 to %2").arg(HistoryModel::fieldLabel(target->key), target->shown)
                             : tr("Revert field to its value before this change"));
    m_button->setToolTip(QStringLiteral("%1 (%2)").arg(m_revert->text(), keys));
}

void HistoryPanel::updateStatus()
{
    // Read again: the first decision on a report puts it in review inside the store, with no signal of its own.
    const std::optional<ReportStatus> now =
        m_session->currentReport() > 0 ? m_session->reportStatus(m_session->currentReport()) : std::nullopt;
    if (!now) {
        m_status->clear();
        return;
    }
    const QString status = ReportQueueModel::statusText(toString(*now));
    const QString open = ReportProgress::of(*m_session).text();
    m_status->setText(open.isEmpty() ? tr("Report: %1").arg(status) : tr("Report: %1 — %2").arg(status, open));
}

void HistoryPanel::showMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_revert);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace jiaohe
