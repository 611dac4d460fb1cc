// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateGridView.h"

#include "FieldsModel.h"
#include "TemplateGridModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace jiaohe {

namespace {

// The value editor of the fields list, and a red frame round the cell a failing identity blames (the shade
// alone would not tell it from the other cells of the sum).
class GridCellDelegate : public FieldValueDelegate
{
public:
    using FieldValueDelegate::FieldValueDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        FieldValueDelegate::paint(painter, option, index);
        if (index.data(TemplateGridModel::BlamedRole).toBool()) {
            painter->save();
            painter->setPen(QPen(QColor(200, 30, 30), 2));
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
            painter->restore();
        }
    }
};

// The widest word of a text: a heading wraps between words and between any two Chinese characters, never inside
// a word.
int widestWord(const QFontMetrics& fm, const QString& text)
{
    int widest = 0;
    QString word;
    const auto end = [&] {
        widest = std::max(widest, fm.horizontalAdvance(word));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isSpace() || c == u'/' || c == u'-') {
            end();
        } else if (c.unicode() >= 0x2e80) { // CJK: a line may break before and after it
            end();
            word = c;
            end();
        } else {
            word += c;
        }
    }
    end();
    return widest;
}

} // namespace

TemplateGridView::TemplateGridView(TemplateGridModel* model, QWidget* parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::AnyKeyPressed);
    setToolTip(tr("Return: confirm · F2 or type: edit the value"));
    auto* delegate = new GridCellDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &FieldValueDelegate::preview, this, &TemplateGridView::preview);
    connect(model, &QAbstractItemModel::modelReset, this, &TemplateGridView::layOut);
    layOut();
}

void TemplateGridView::layOut()
{
    clearSpans();
    for (const auto& [at, size] : m_model->spans()) {
        setSpan(at.y(), at.x(), size.height(), size.width());
    }
    const TemplateGrid& grid = m_model->grid();
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(u'中');
    const int pad = em;
    for (int c = 0; c < grid.columnCount(); ++c) {
        // Group headings are narrow (they wrap over the rows they span), a row's own label wider, a value column
        // three characters of its heading wide, or its widest word: table 3 fits beside the report.
        const bool label = c < grid.headerColumns();
        const int groupWidth = c == 0 ? 2 * em : 5 * em / 2;
        // Table 2 (no heading rows, a few columns) has the room for its headings on two lines.
        const int valueWidth = grid.headerRows() == 0 ? 4 * em : 9 * em / 4;
        int width = label ? (c == grid.headerColumns() - 1 ? 6 * em : groupWidth) : valueWidth;
        for (int r = 0; r < grid.rowCount(); ++r) {
            const GridCell& cell = grid.at(r, c);
            if (!cell.covered && cell.columnSpan == 1) {
                const QString text =
                    cell.kind == GridCell::Kind::Value ? m_model->index(r, c).data().toString() : cell.text;
                width = std::max(width, widestWord(fm, text) + pad);
            }
        }
        setColumnWidth(c, width);
    }
    fitRows();
}

// Each row as high as its own cells' wrapped text, then a heading spanning rows given what it lacks in its last
// row (QTableView would put all of a spanning cell's height into its first row).
void TemplateGridView::fitRows()
{
    const TemplateGrid& grid = m_model->grid();
    const auto needed = [&](int r, int c, const GridCell& cell) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.features |= QStyleOptionViewItem::WrapText;
        int width = 0;
        for (int k = c; k < c + cell.columnSpan; ++k) {
            width += columnWidth(k);
        }
        option.rect = QRect(0, 0, width - 3,
                            32767); // wrapped to the width the text is painted in (less the grid line), no height bound
        // A few pixels more than the hint: the grid line and the text margins come off the painted rect.
        return itemDelegate()->sizeHint(option, m_model->index(r, c)).height() + 6;
    };
    const int least = fontMetrics().height() + 8;
    for (int r = 0; r < grid.rowCount(); ++r) {
        int height = least;
        for (int c = 0; c < grid.columnCount(); ++c) {
            const GridCell& cell = grid.at(r, c);
            if (!cell.covered && cell.rowSpan == 1) {
                height = std::max(height, needed(r, c, cell));
            }
        }
        setRowHeight(r, height);
    }
    for (int r = 0; r < grid.rowCount(); ++r) {
        for (int c = 0; c < grid.columnCount(); ++c) {
            const GridCell& cell = grid.at(r, c);
            if (cell.covered || cell.rowSpan == 1) {
                continue;
            }
            int have = 0;
            for (int k = r; k < r + cell.rowSpan; ++k) {
                have += rowHeight(k);
            }
            const int last = r + cell.rowSpan - 1;
            setRowHeight(last, rowHeight(last) + std::max(0, needed(r, c, cell) - have));
        }
    }
}

QModelIndex TemplateGridView::nextValueCell() const
{
    const QStringList keys = m_model->grid().keys();
    if (keys.isEmpty()) {
        return QModelIndex();
    }
    const qsizetype at = keys.indexOf(m_model->keyAt(currentIndex()));
    return m_model->indexOfKey(keys.at((at + 1) % keys.size()));
}

void TemplateGridView::showEvent(QShowEvent* event)
{
    QTableView::showEvent(event);
    layOut(); // the rows' heights, now that the view has the font it is drawn with
}

void TemplateGridView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != QAbstractItemView::EditingState && event->modifiers() == Qt::NoModifier) {
        Q_EMIT confirmRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace jiaohe
