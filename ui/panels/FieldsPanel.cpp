// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldsPanel.h"

#include "FieldsModel.h"
#include "store/Status.h"

#include <QHeaderView>

#include <limits>

namespace jiaohe {

FieldsPanel::FieldsPanel(ReviewSession* session, QWidget* parent)
    : QTreeView(parent), m_model(new FieldsModel(session, this))
{
    setObjectName(QStringLiteral("fieldsTree"));
    setAccessibleName(tr("Fields"));
    setModel(m_model);
    setUniformRowHeights(true);
    // Labels sharing a beginning ("Disclosed via government …", a table row's cells) differ at the end.
    setTextElideMode(Qt::ElideMiddle);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 (and typing a digit on a field) edits the value in place; a double click does too.
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::AnyKeyPressed);
    setToolTip(tr("Return: confirm · F2 or type: edit the value · F6: next unreviewed field"));
    auto* valueDelegate = new FieldValueDelegate(this);
    setItemDelegateForColumn(FieldsModel::ValueColumn, valueDelegate);
    connect(valueDelegate, &FieldValueDelegate::preview, this,
            [this](const QString& text, bool) { Q_EMIT message(text); });
    connect(m_model, &FieldsModel::inputRefused, this, [this](const QString&, const QString& reason) {
        Q_EMIT inputRefused(reason);
        Q_EMIT message(tr("Not taken: %1").arg(reason));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldsPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { expandAll(); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const QModelIndex first = current.siblingAtColumn(0);
        if (current.isValid() && current.column() != FieldsModel::ValueColumn && !m_model->keyAt(current).isEmpty()) {
            // On a field the current cell is its value, so F2 or typing a digit edits the value.
            setCurrentIndex(current.siblingAtColumn(FieldsModel::ValueColumn));
            return;
        }
        const QVariant start = first.data(FieldsModel::StartRole);
        Q_EMIT currentFieldChanged(m_model->keyAt(current), start.isValid() ? start.toInt() : -1,
                                   first.data(FieldsModel::EndRole).toInt());
    });
    fitColumns();
}

void FieldsPanel::fitColumns()
{
    expandAll();
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < FieldsModel::ColumnCount; ++c) {
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    header()->setStretchLastSection(false);
}

QString FieldsPanel::currentKey() const
{
    return m_model->keyAt(currentIndex());
}

bool FieldsPanel::selectField(const QString& key)
{
    const QModelIndex index = key.isEmpty() ? QModelIndex() : m_model->indexOfKey(key);
    if (!index.isValid()) {
        return false;
    }
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

bool FieldsPanel::editCurrentValue()
{
    const QModelIndex index = currentIndex().siblingAtColumn(FieldsModel::ValueColumn);
    if (m_model->keyAt(index).isEmpty()) {
        return false;
    }
    setFocus(Qt::ShortcutFocusReason);
    edit(index);
    return true;
}

bool FieldsPanel::selectNextUnreviewed(int step)
{
    const QList<QModelIndex> all = m_model->fieldIndexes();
    if (all.isEmpty()) {
        return false;
    }
    const QString current = currentKey();
    qsizetype at = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_model->keyAt(all[i]) == current) {
            at = i;
            break;
        }
    }
    const qsizetype n = all.size();
    for (qsizetype k = 1; k <= n; ++k) {
        const qsizetype i = ((at < 0 ? (step > 0 ? -1 : 0) : at) + step * k % n + 2 * n) % n;
        const std::optional<FieldStatus> status =
            fieldStatusFromString(all[i].data(FieldsModel::StatusRole).toString());
        if (status == FieldStatus::Unreviewed && m_model->keyAt(all[i]) != current) {
            setCurrentIndex(all[i]);
            scrollTo(all[i]);
            return true;
        }
    }
    Q_EMIT message(tr("Every field of this report has been reviewed"));
    return false;
}

QString FieldsPanel::fieldAt(qsizetype position) const
{
    // The narrowest evidence that holds the position (a field's number inside a longer one's).
    QString best;
    qsizetype bestLength = std::numeric_limits<qsizetype>::max();
    for (const QModelIndex& index : m_model->fieldIndexes()) {
        const qsizetype start = index.data(FieldsModel::StartRole).toLongLong();
        const qsizetype end = index.data(FieldsModel::EndRole).toLongLong();
        if (start <= position && position < end && end - start < bestLength) {
            best = m_model->keyAt(index);
            bestLength = end - start;
        }
    }
    return best;
}

} // namespace jiaohe
