// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlagsPanel.h"

#include "FlagsModel.h"
#include "store/Status.h"

#include <QHeaderView>

namespace jiaohe {

FlagsPanel::FlagsPanel(ReviewSession* session, QWidget* parent)
    : QTreeView(parent), m_model(new FlagsModel(session, this))
{
    setObjectName(QStringLiteral("flagsTree"));
    setAccessibleName(tr("Flags"));
    setModel(m_model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    for (int c = 0; c < FlagsModel::ColumnCount; ++c) {
        header()->setSectionResizeMode(c, c == FlagsModel::MessageColumn ? QHeaderView::Stretch
                                                                         : QHeaderView::ResizeToContents);
    }
    header()->setStretchLastSection(false);
    // The decision column says the resolution in words with its reason: the one-word column would repeat it.
    setColumnHidden(FlagsModel::ResolutionColumn, true);
    // A long reason would push the message out of view: the column has a width of its own, the whole decision is
    // in its tooltip and in the detail beside the list.
    header()->setSectionResizeMode(FlagsModel::DecisionColumn, QHeaderView::Interactive);
    header()->resizeSection(FlagsModel::DecisionColumn, fontMetrics().horizontalAdvance(QStringLiteral("已采纳修正：0000")));
    // The numbers can be a long list (a row of table 3): a width of their own too, the whole list in the tooltip.
    header()->setSectionResizeMode(FlagsModel::NumbersColumn, QHeaderView::Interactive);
    header()->resizeSection(FlagsModel::NumbersColumn, fontMetrics().horizontalAdvance(QStringLiteral("000, 000, 000")));
    header()->moveSection(header()->visualIndex(FlagsModel::DecisionColumn),
                          header()->visualIndex(FlagsModel::MessageColumn) + 1);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& item) {
        const QVariant start = item.data(FlagsModel::StartRole);
        Q_EMIT currentFlagChanged(m_model->flagAt(item.row()), start.isValid() ? start.toInt() : -1,
                                  item.data(FlagsModel::EndRole).toInt());
    });
}

qint64 FlagsPanel::currentFlagId() const
{
    return m_model->flagId(currentIndex().row());
}

const StoredFlag* FlagsPanel::currentFlag() const
{
    return m_model->flagAt(currentIndex().row());
}

bool FlagsPanel::selectFlag(qint64 flagId)
{
    const int row = flagId > 0 ? m_model->rowOf(flagId) : -1;
    if (row < 0) {
        return false;
    }
    setCurrentIndex(m_model->index(row, 0));
    scrollTo(m_model->index(row, 0));
    return true;
}

QList<qint64> FlagsPanel::openFlagIds() const
{
    QList<qint64> ids;
    for (const StoredFlag& f : m_model->flags()) {
        if (f.resolution == Resolution::Open) {
            ids.append(f.id);
        }
    }
    return ids;
}

} // namespace jiaohe
